// The per-layer settings a quantization used and where each came from (the preset, the config file, or an
// AutoQuant decision), for `quantize --report`.
import type { Graph } from '../compiler/ir/graph.js';
import { runPipeline } from '../compiler/passes/index.js';
import { resolveLayerConfigs } from '../compiler/quant/layer-config.js';
import type { LayerQuantConfig, QuantConfig } from '../compiler/quant/presets.js';
import type { AutoQuantDecision } from '../compiler/ptq/auto-quant.js';

const weightText = (c: LayerQuantConfig): string =>
  `${c.weightFormat === 'log' ? 'log4' : c.weightBits === 1 ? 'b1' : `i${c.weightBits}`} ${c.perChannel ? 'per-channel' : 'per-tensor'}${c.weightBits > 1 ? ` ${c.weightRange}` : ''}${c.pow2 ? ' pow2' : ''}${c.weightGroup > 0 ? ` g${c.weightGroup}` : ''}`;
const actText = (c: LayerQuantConfig): string =>
  c.actBits === 1 ? 'b1 (mean threshold)' : `${c.actSigned ? 'i' : 'u'}${c.actBits} ${c.actRange === 'percentile' ? `percentile ${c.percentile}` : c.actRange}${c.pow2 ? ' pow2' : ''}`;

/** One row per quantized layer: name, weights, activation, and what set them. */
export function layerChoiceRows(graph: Graph, config: QuantConfig, decisions?: readonly AutoQuantDecision[]): string[][] {
  const float = runPipeline(graph, ['matmul-to-dense', 'fold-constant-affine', 'fold-batchnorm', 'fuse-activations']).graph;
  const configs = resolveLayerConfigs(float, config);
  const model = (decisions ?? []).filter((d) => d.scope === 'model' && d.candidates.length > 0).map((d) => `${d.stage} ${d.chosen}`);
  const weighted = new Set(float.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense').map((n) => n.name));
  return [...configs].map(([name, c]) => {
    const own = decisions?.find((d) => d.scope === name);
    const source = own !== undefined ? `AutoQuant act-range: ${own.why}`
      : config.layers[name] !== undefined ? `${config.name}: layers["${name}"]` : `${config.preset ?? config.name} defaults`;
    const from = model.length > 0 ? `${source}; AutoQuant (model): ${model.join(', ')}` : source;
    return [name, weighted.has(name) ? weightText(c) : '-', actText(c), from];
  });
}
