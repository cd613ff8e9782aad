// The per-input quantization error bound verify uses as its default tolerance: no output element of any
// input exceeds it (every model, every preset with a bound, every input kind verify generates, the
// saturating ones included). It is loose (the figures are printed); layer-arithmetic.test.ts shows what catches
// a broken multiplier.
import { describe, expect, it } from 'vitest';
import { errorBoundUnsupported, sampleErrorBound } from '../../../tools/verify/error-bound.js';
import { INPUT_KINDS, materialize } from '../../../tools/verify/input-arbitrary.js';
import { inputQuantRange } from '../../../tools/verify/input-range.js';
import { quantizeModel, type QuantizeModelOptions } from '../../../compiler/ptq/quantize-model.js';
import { loadQir, parseQir } from '../../../compiler/qir/load.js';
import { makeTensor, numel } from '../../../compiler/ir/tensor.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { mulberry32 } from '../../../core/seeded-random.js';
import { allModels, seededBatch } from '../../compiler/lower/models.js';
import { readFileSync } from 'node:fs';
import { importOnnx } from '../../../compiler/import/onnx/to-graph.js';
import { loadNpy } from '../../../compiler/io/npy.js';

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

  it.each(['activations', 'upsample_pad'])('holds through tables (qlut) and nearest resizes: the PyTorch export %s', (name) => {
    const dir = 'test/fixtures/onnx/pytorch';
    const graph = importOnnx(new Uint8Array(readFileSync(`${dir}/${name}.opset17.onnx`)));
    const q = quantizeModel(graph, { preset: 'w8a8', calib: loadNpy(`${dir}/${name}.calib.npy`) });
    expect(q.graph.nodes.some((v) => v.op === (name === 'activations' ? 'qlut' : 'resize'))).toBe(true);
    expect(errorBoundUnsupported(q.floatGraph, q.graph)).toBeUndefined();
    const { worst, widest, over } = check(q.floatGraph, q.graph, 14, 11);
    expect(over).toEqual([]);
    console.log(`${name} w8a8: worst error ${worst.toPrecision(3)}, widest bound ${widest.toPrecision(3)}`);
  });

  it.each(['sigmoid', 'silu', 'hard_swish', 'leaky_relu {alpha=0.1}'])('of a table at the output (%s) holds (the rule alone bounds the output)', (fn) => {
    const op = fn.split(' ')[0]!;
    const attrs = fn.includes('{') ? ` ${fn.slice(fn.indexOf('{'))}` : '';
    const text = ['qir 1', 'graph t {', '  input %x: f32[1,3,6,6]', '  const @w: f32[4,3,3,3]', '  %c = conv2d(%x, @w) {pad=[1,1,1,1]}', `  %y = ${op}(%c)${attrs}`, '  output %y', '}'].join('\n');
    const w = seededBatch([4, 3, 3, 3], 1, 5);
    const graph = parseQir(text, 't.qir', new Map([['w', { type: { dtype: 'f32', shape: [4, 3, 3, 3] }, data: w.data }]]));
    const q = quantizeModel(graph, { preset: 'w8a8', calib: seededBatch([3, 6, 6], 8, 3), adaround: false });
    expect(errorBoundUnsupported(q.floatGraph, q.graph)).toBeUndefined();
    const { worst, widest, over } = check(q.floatGraph, q.graph, 14, 13);
    expect(over).toEqual([]);
    console.log(`table ${fn}: worst error ${worst.toPrecision(3)}, widest bound ${widest.toPrecision(3)}`);
  });

  it('does not exist for binary activations, and says why', () => {
    const { quantGraph, floatGraph } = quantize('models/fmnist_mlp.qir', { preset: 'binary' });
    expect(errorBoundUnsupported(floatGraph, quantGraph)).toMatch(/binary activations/);
  });
});
