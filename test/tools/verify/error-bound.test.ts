// The per-input quantization error bound verify uses as its default tolerance: no output element of any
// input exceeds it (every model, every preset with a bound, every input kind verify generates, the
// saturating ones included). It is loose (the figures are printed); layer-arithmetic.test.ts shows what catches
// a broken multiplier.
import { describe, expect, it } from 'vitest';
import { errorBoundUnsupported, sampleErrorBound } from '../../../tools/verify/error-bound.js';
import { INPUT_KINDS, materialize } from '../../../tools/verify/input-arbitrary.js';
import { inputQuantRange } from '../../../tools/verify/input-range.js';
import { quantizeModel, type QuantizeModelOptions } from '../../../compiler/ptq/quantize-model.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { makeTensor, numel } from '../../../compiler/ir/tensor.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { mulberry32 } from '../../../core/seeded-random.js';
import { allModels, seededBatch } from '../../compiler/lower/models.js';

/** Over `count` generated inputs of every kind: the largest error, the largest bound, and any element over its bound. */
function check(floatGraph: Graph, quantGraph: Graph, count: number, seed: number): { worst: number; widest: number; over: string[] } {
  const shape = floatGraph.inputs[0]!.type.shape;
  const [lo, hi] = inputQuantRange(quantGraph);
  const r = mulberry32(seed);
  const n = numel(shape);
  let worst = 0;
  let widest = 0;
  const over: string[] = [];
  for (let s = 0; s < count; s++) {
    const kind = INPUT_KINDS[s % INPUT_KINDS.length]!;
    const x = makeTensor('f32', shape, materialize({ kind, seed: Math.floor(r() * 1e6), amplitude: r() }, n, lo, hi));
    const q = runInt(quantGraph, x).floatOutput.data as Float32Array;
    const { floatOutput, bound } = sampleErrorBound(floatGraph, quantGraph, x);
    for (let i = 0; i < q.length; i++) {
      const e = Math.abs(q[i]! - floatOutput[i]!);
      worst = Math.max(worst, e);
      widest = Math.max(widest, bound[i]!);
      if (e > bound[i]!) over.push(`${kind} sample ${s} element ${i}: ${e} > ${bound[i]}`);
    }
  }
  return { worst, widest, over };
}

function quantize(model: string, options: QuantizeModelOptions): { quantGraph: Graph; floatGraph: Graph } {
  const graph = loadQir(model);
  const calib = seededBatch(graph.inputs[0]!.type.shape.slice(1), 8, 3);
  const q = quantizeModel(graph, { calib, ...options });
  return { quantGraph: q.graph, floatGraph: q.floatGraph };
}

describe.each(allModels())('%s', (model) => {
  // AdaRound is off here only to keep the test quick; its weights are covered below.
  it.each(['w8a8', 'w8a8-pc', 'w4a8', 'w4a4', 'w8a8-pow2'])('%s: no output element of any input exceeds its bound', (preset) => {
    const { quantGraph, floatGraph } = quantize(model, { preset, adaround: false });
    expect(errorBoundUnsupported(floatGraph, quantGraph)).toBeUndefined();
    const { worst, widest, over } = check(floatGraph, quantGraph, 14, 7);
    expect(over).toEqual([]);
    console.log(`${model} ${preset}: worst error ${worst.toPrecision(3)}, widest bound ${widest.toPrecision(3)}`);
  });
});

describe('the bound', () => {
  it('holds with the full low-bit recipe (CLE, AdaRound, bias correction)', () => {
    const { quantGraph, floatGraph } = quantize('models/examples/residual.qir', { preset: 'w4a8', cle: true, adaround: true, biasCorrection: true });
    expect(check(floatGraph, quantGraph, 14, 9).over).toEqual([]);
  });

  it('does not exist for binary activations, and says why', () => {
    const { quantGraph, floatGraph } = quantize('models/fmnist_mlp.qir', { preset: 'binary' });
    expect(errorBoundUnsupported(floatGraph, quantGraph)).toMatch(/binary activations/);
  });
});
