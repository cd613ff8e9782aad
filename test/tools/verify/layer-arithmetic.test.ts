// verify's layer check: a correct quantized graph is within one output step of its own real-valued
// arithmetic at every layer, for every model, preset and input kind; a multiplier 10% off or a scale
// attribute that does not match it are named with their layer.
import { describe, expect, it } from 'vitest';
import { layerArithmeticViolation } from '../../../tools/verify/layer-arithmetic.js';
import { INPUT_KINDS, materialize } from '../../../tools/verify/input-arbitrary.js';
import { inputQuantRange } from '../../../tools/verify/input-range.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { makeTensor, numel } from '../../../compiler/ir/tensor.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { mulberry32 } from '../../../core/seeded-random.js';
import { allModels, seededBatch } from '../../compiler/lower/models.js';

/** The first violation over `count` inputs of every kind, or undefined. */
function violation(g: Graph, count: number, seed: number): string | undefined {
  const decl = g.inputs[0]!;
  const [lo, hi] = inputQuantRange(g);
  const r = mulberry32(seed);
  const attrs = inferTypes(g);
  for (let s = 0; s < count; s++) {
    const x = makeTensor('f32', decl.type.shape, materialize({ kind: INPUT_KINDS[s % INPUT_KINDS.length]!, seed: Math.floor(r() * 1e6), amplitude: r() }, numel(decl.type.shape), lo, hi));
    const v = layerArithmeticViolation(g, attrs, runIntGraph(g, new Map([[decl.name, x]]), attrs).values);
    if (v !== undefined) return v;
  }
  return undefined;
}

function quantize(model: string, preset: string): Graph {
  const graph = loadQir(model);
  return quantizeModel(graph, { preset, calib: seededBatch(graph.inputs[0]!.type.shape.slice(1), 8, 3), adaround: false }).graph;
}

describe.each(allModels())('%s', (model) => {
  it.each(['w8a8', 'w8a8-pc', 'w4a4', 'w8a8-pow2', 'binary'])('%s: every layer agrees with its own arithmetic', (preset) => {
    if (model.includes('concat') && preset === 'binary') return; // the quantizer refuses this pair (QCFG004)
    expect(violation(quantize(model, preset), 14, 5)).toBeUndefined();
  });
});

describe('what it catches', () => {
  const g = quantize('models/examples/residual.qir', 'w8a8');
  const conv = g.nodes.find((n) => n.op === 'qconv2d')!;
  const constOf = (k: number) => g.constants.get(conv.operands[k]!.name)!.data as Int32Array;

  it('a requantization multiplier 10% off', () => {
    const broken = structuredClone(g);
    const m0 = broken.constants.get(conv.operands[3]!.name)!.data as Int32Array;
    for (let i = 0; i < m0.length; i++) m0[i] = Math.round(constOf(3)[i]! * 0.9);
    expect(violation(broken, 14, 5)).toMatch(new RegExp(`^layer %${conv.name.replace(/[/.]/g, '\\$&')}: dequantized output element \\d+ is`));
  });

  it('an output scale that does not match the multiplier', () => {
    const broken = structuredClone(g);
    const node = broken.nodes.find((n) => n.name === conv.name)!;
    broken.nodes[broken.nodes.indexOf(node)] = { ...node, attrs: { ...node.attrs, y_scale: (node.attrs['y_scale'] as number) * 1.1 } };
    expect(violation(broken, 14, 5)).toMatch(/: a requantization multiplier, shift or scale is wrong$/);
  });
});
