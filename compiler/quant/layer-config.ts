// Resolves a QuantConfig against a graph: one LayerQuantConfig per quantized layer (conv2d, dense, add,
// concat node, by node name), with the first/last weighted-layer overrides and per-layer overrides applied.
import { type Graph, type Node, consumersOf } from '../ir/graph.js';
import { fail } from '../../core/diagnostics.js';
import { type LayerQuantConfig, type QuantConfig, checkLayerConfig } from './presets.js';

/** Ops whose output the quantizer requantizes (each is one "layer" of the config). */
export const LAYER_OPS: ReadonlySet<string> = new Set(['conv2d', 'dense', 'conv_transpose', 'add', 'concat']);
const WEIGHTED_OPS: ReadonlySet<string> = new Set(['conv2d', 'dense', 'conv_transpose']);
/** Ops that carry ±1 activations through unchanged in meaning: layout and max pooling. */
const BINARY_PASS_THROUGH: ReadonlySet<string> = new Set(['flatten', 'reshape', 'maxpool']);

/**
 * ±1 activations can only be multiplied: true when every consumer of `node`'s output, looking through
 * flatten/reshape/maxpool, is a conv2d/dense (XNOR-popcount for binary weights, a ±1 dot otherwise;
 * qconv_transpose takes no binary input).
 */
function feedsOnlyWeightedLayers(graph: Graph, node: Node): boolean {
  const consumers = consumersOf(graph, node.name);
  if (consumers.length === 0 || graph.outputs.includes(node.name)) return false;
  return consumers.every((c) => (BINARY_PASS_THROUGH.has(c.op) ? feedsOnlyWeightedLayers(graph, c) : c.op === 'conv2d' || c.op === 'dense'));
}

/**
 * The config of every layer of `graph`. Precedence: default < first/last (first and last conv2d/dense in
 * graph order) < layers[name]. A name in `layers` that is not a layer of the graph is QCFG003.
 */
export function resolveLayerConfigs(graph: Graph, config: QuantConfig): Map<string, LayerQuantConfig> {
  const out = requestedLayerConfigs(graph, config);
  // A layer asked for binary outputs that also feed something else (an average pool, an add, a concat,
  // the graph output) produces 8-bit activations instead: ±1 codes cannot be averaged or rescaled. Adds
  // and concats themselves stay multi-bit (Bi-Real-style real-valued shortcuts): a binary layer reading
  // such a value gets it binarized at its input (insert-quantizers' qbinarize).
  for (const node of graph.nodes) {
    const c = out.get(node.name);
    if (c === undefined || c.actBits !== 1) continue;
    if (node.op === 'add' || node.op === 'concat' || !feedsOnlyWeightedLayers(graph, node)) out.set(node.name, { ...c, actBits: 8 });
  }
  // Group-wise scales run on plain convs (groups = 1) and dense layers. A depthwise tap has one channel, so
  // each weight would be its own group (an 8-bit multiplier per 4-bit weight); grouped convs and
  // conv_transpose have no group datapath: those layers keep their per-channel scales (weightGroup 0).
  for (const node of graph.nodes) {
    const c = out.get(node.name);
    // Stryker disable next-line ConditionalExpression: a skip only; a layer at weightGroup 0 gets 0 again, and a non-layer node is never a conv2d or conv_transpose (the form that skips every layer is killed by layer-config.test.ts)
    if (c === undefined || c.weightGroup === 0) continue;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: among layers only conv2d has a groups attribute (conv_transpose is dropped whatever its groups), and undefined > 1 is false (grouped = false is killed by layer-config.test.ts)
    const grouped = node.op === 'conv2d' && typeof node.attrs['groups'] === 'number' && node.attrs['groups'] > 1;
    if (grouped || node.op === 'conv_transpose') out.set(node.name, { ...c, weightGroup: 0 });
  }
  return out;
}

/**
 * The configs as asked for, before resolveLayerConfigs turns binary outputs that cannot stay binary into
 * 8-bit ones (the same precedence and checks). insert-quantizers reads it to know which multi-bit values
 * were meant to be binary.
 */
export function requestedLayerConfigs(graph: Graph, config: QuantConfig): Map<string, LayerQuantConfig> {
  const layers = graph.nodes.filter((n) => LAYER_OPS.has(n.op));
  const weighted = layers.filter((n) => WEIGHTED_OPS.has(n.op));
  const names = new Set(layers.map((n) => n.name));
  for (const name of Object.keys(config.layers)) {
    if (!names.has(name)) {
      const known = [...names].join(', ');
      fail('QCFG003', `quantization config names layer '${name}', which is not a conv2d/dense/add/concat node of graph ${graph.name} (layers: ${known || 'none'})`, { node: name });
    }
  }
  const out = new Map<string, LayerQuantConfig>();
  for (const node of layers) {
    let c: LayerQuantConfig = config.default;
    if (config.first && node === weighted[0]) c = { ...c, ...config.first };
    if (config.last && node === weighted[weighted.length - 1]) c = { ...c, ...config.last };
    c = { ...c, ...(config.layers[node.name] ?? {}) };
    checkLayerConfig(c, node.name);
    out.set(node.name, c);
  }
  return out;
}
