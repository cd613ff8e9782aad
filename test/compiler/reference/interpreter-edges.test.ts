// The reference interpreters around the ops: input binding and its refusals (exact messages), batches run
// one sample at a time and stacked in order, overflow counts summed over the batch, a graph without a
// dequantize, and the float reference's batched entry.
import { describe, expect, it } from 'vitest';
import { emptyGraph, type Graph } from '../../../compiler/ir/graph.js';
import { f32Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runFloat, runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { cloneGraph } from '../../../compiler/ir/graph.js';
import { runInt, runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { UserError } from '../../../core/diagnostics.js';

/** x [1,3] → quantize (i8, scale 1/16) → qdense 2 with an 8-bit wrapping accumulator → dequantize → y. */
function narrowDense(withDequantize = true): Graph {
  const g = emptyGraph('narrow');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale: 1 / 16, zero: 0, dtype: 'i8' } });
  g.constants.set('w', makeTensor('i8', [2, 3], Int8Array.from([10, 20, 30, -10, -20, -30])));
  g.constants.set('b', makeTensor('i32', [2], Int32Array.from([0, 5])));
  g.constants.set('m0', makeTensor('i32', [2], Int32Array.from([2 ** 30, 2 ** 30])));
  g.constants.set('s', makeTensor('i32', [2], Int32Array.from([0, 0])));
  g.nodes.push({
    name: 'd', op: 'qdense', operands: [{ ref: 'value', name: 'xq' }, ...['w', 'b', 'm0', 's'].map((n) => ({ ref: 'const' as const, name: n }))],
    attrs: { x_zero: 0, x_scale: 1 / 16, y_zero: 0, y_scale: 1, qmin: -128, qmax: 127, out_dtype: 'i8', acc_bits: 8, acc_overflow: 'wrap' },
  });
  if (withDequantize) g.nodes.push({ name: 'y', op: 'dequantize', operands: [{ ref: 'value', name: 'd' }], attrs: { scale: 1, zero: 0 } });
  g.outputs.push(withDequantize ? 'y' : 'd');
  inferTypes(g);
  return g;
}

function codeAndMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  return 'no error';
}

describe('input binding', () => {
  it('a missing input is RUN001, a wrong shape RUN002, each naming the input and shapes', () => {
    const g = narrowDense();
    expect(codeAndMessage(() => runIntGraph(g, new Map()))).toBe('RUN001: missing input %x ([1,3])');
    expect(codeAndMessage(() => runFloat(g, new Map([['x', f32Tensor([1, 4], [0, 0, 0, 0])]])))).toBe('RUN002: input %x has shape [1,4], the graph expects [1,3]');
  });

  it('data of another dtype is RUN002, except float data for a float input (any float width is read as numbers)', () => {
    const g = narrowDense();
    const x = (dtype: 'i8' | 'u8' | 'f64' | 'f16' | 'f32') => new Map([['x', makeTensor(dtype, [1, 3], dtype === 'i8' ? Int8Array.from([1, 2, 3]) : dtype === 'u8' ? Uint8Array.from([1, 2, 3]) : Float64Array.from([1, 2, 3]))]]);
    expect(codeAndMessage(() => runIntGraph(g, x('i8')))).toBe('RUN002: input %x is i8 data; the graph takes f32');
    const f32 = runIntGraph(g, x('f32')).values.get('d')!.data;
    for (const dtype of ['f64', 'f16'] as const) expect(Array.from(runIntGraph(g, x(dtype)).values.get('d')!.data as ArrayLike<number>)).toEqual(Array.from(f32 as ArrayLike<number>));
    // An integer input takes its own dtype only: not another integer type, not float data.
    const ints = emptyGraph('ints');
    ints.inputs.push({ name: 'x', type: { dtype: 'i8', shape: [1, 3] } });
    ints.nodes.push({ name: 'r', op: 'reshape', operands: [{ ref: 'value', name: 'x' }], attrs: { shape: [3, 1] } });
    ints.outputs.push('r');
    inferTypes(ints);
    expect(Array.from(runIntGraph(ints, x('i8')).values.get('r')!.data as ArrayLike<number>)).toEqual([1, 2, 3]);
    expect(codeAndMessage(() => runIntGraph(ints, x('u8')))).toBe('RUN002: input %x is u8 data; the graph takes i8');
    expect(codeAndMessage(() => runIntGraph(ints, x('f32')))).toBe('RUN002: input %x is f32 data; the graph takes i8');
  });
});

describe('runInt on a batch', () => {
  const xs = [[1, 2, 3], [-4, 5, -6], [7, 7, 7]];

  it('runs each sample alone, stacks the integer and float outputs in order, sums overflows', () => {
    const g = narrowDense();
    const batch = runInt(g, f32Tensor([3, 3], xs.flat()));
    const one = xs.map((x) => runInt(g, f32Tensor([1, 3], x)));
    expect(batch.intOutput!.type).toEqual({ dtype: 'i8', shape: [3, 2] });
    expect(Array.from(batch.intOutput!.data as Int8Array)).toEqual(one.flatMap((r) => Array.from(r.intOutput!.data as Int8Array)));
    expect(Array.from(batch.floatOutput.data as Float32Array)).toEqual(one.flatMap((r) => Array.from(r.floatOutput.data as Float32Array)));
    // x·16 = [16,32,48]: 160+640+1440 = 2240 (wraps), −2240+5 (wraps); [−64,80,−96]: −640+1600−2880 = −1920,
    // 1925; [112]×3: 6720, −6715. Every exact sum leaves [−128, 127]: 2 per sample.
    expect(one.map((r) => r.overflows.get('d'))).toEqual([2, 2, 2]);
    expect(batch.overflows.get('d')).toBe(6);
  });

  it('refuses two inputs (RUN003), a wrong sample shape and an empty batch (RUN002)', () => {
    const g = narrowDense();
    expect(codeAndMessage(() => runInt(g, f32Tensor([2, 4], new Array(8).fill(0))))).toBe('RUN002: input %x has shape [2,4]; the graph takes [N,3]: any number N ≥ 1 of images of [3]');
    expect(codeAndMessage(() => runInt(g, f32Tensor([0, 3], [])))).toBe('RUN002: input %x has shape [0,3]; the graph takes [N,3]: any number N ≥ 1 of images of [3]');
    const two = narrowDense();
    two.inputs.push({ name: 'x2', type: { dtype: 'f32', shape: [1, 3] } });
    expect(codeAndMessage(() => runInt(two, f32Tensor([1, 3], [0, 0, 0])))).toBe('RUN003: runInt needs a graph with one input and one output (narrow has 2 and 1)');
  });

  it('a graph without dequantize has no integer output; its float output is the last value', () => {
    const r = runInt(narrowDense(false), f32Tensor([2, 3], [1, 2, 3, 7, 7, 7]));
    expect(r.intOutput).toBeUndefined();
    expect(r.floatOutput.type.shape).toEqual([2, 2]);
  });
});

describe('integer-only rules and invariants', () => {
  it('reshape passes integers through; an integer reaching a float-only op is RUN012 naming the node', () => {
    const g = narrowDense(false);
    g.nodes.push({ name: 'r', op: 'reshape', operands: [{ ref: 'value', name: 'd' }], attrs: { shape: [2, 1] } });
    g.outputs = ['r'];
    inferTypes(g);
    const run = runIntGraph(g, new Map([['x', f32Tensor([1, 3], [1, 2, 3])]]));
    expect(run.values.get('r')!.type).toEqual({ dtype: 'i8', shape: [2, 1] });
    expect(Array.from(run.values.get('r')!.data as Int8Array)).toEqual(Array.from(run.values.get('d')!.data as Int8Array));
    const bad = narrowDense(false);
    bad.nodes.push({ name: 's', op: 'relu', operands: [{ ref: 'value', name: 'd' }], attrs: {} });
    bad.outputs = ['s'];
    inferTypes(bad);
    try {
      runIntGraph(bad, new Map([['x', f32Tensor([1, 3], [1, 2, 3])]]));
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).diagnostics[0]).toMatchObject({
        code: 'RUN012', node: 's',
        message: 'relu %s has integer inputs but no integer semantics: quantize the graph (it should become a q-op) or dequantize first',
      });
    }
  });

  it('a float-only op with one integer and one float operand is RUN012 too (every operand must be float)', () => {
    const g = emptyGraph('mixed');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
    g.constants.set('c', makeTensor('i8', [1, 3], Int8Array.from([1, 2, 3])));
    g.nodes.push({ name: 'a', op: 'add', operands: [{ ref: 'value', name: 'x' }, { ref: 'const', name: 'c' }], attrs: {} });
    g.outputs.push('a');
    inferTypes(g);
    expect(codeAndMessage(() => runIntGraph(g, new Map([['x', f32Tensor([1, 3], [1, 2, 3])]]))))
      .toBe('RUN012: add %a has integer inputs but no integer semantics: quantize the graph (it should become a q-op) or dequantize first');
  });

  it('two outputs are refused by runInt; a declared batch of 2 runs on exactly that shape', () => {
    const two = narrowDense();
    two.outputs.push('d');
    expect(codeAndMessage(() => runInt(two, f32Tensor([1, 3], [0, 0, 0])))).toBe('RUN003: runInt needs a graph with one input and one output (narrow has 1 and 2)');
    const batch2 = narrowDense();
    batch2.inputs[0] = { name: 'x', type: { dtype: 'f32', shape: [2, 3] } };
    inferTypes(batch2);
    // one run on both images: outputs of the declared batch, equal to the graph run on that input
    const x2 = f32Tensor([2, 3], [1, 2, 3, -1, 0, 2]);
    const out = runInt(batch2, x2);
    const direct = runIntGraph(batch2, new Map([['x', x2]])).values;
    expect([out.intOutput!.type.shape, out.floatOutput.type.shape]).toEqual([[2, 2], [2, 2]]);
    expect([Array.from(out.intOutput!.data as Int8Array), Array.from(out.floatOutput.data as Float32Array)]).toEqual([Array.from(direct.get('d')!.data as Int8Array), Array.from(direct.get('y')!.data as Float32Array)]);
    expect(codeAndMessage(() => runInt(batch2, f32Tensor([3, 3], new Array(9).fill(0)))))
      .toBe('RUN002: input %x has shape [3,3]; the graph keeps the fixed batch of 2 it was exported with (it mixes images; the import note says how), so it takes exactly [2,3]');
  });

  it('a graph broken after verification (an unknown op, a missing constant) is an internal error naming it', () => {
    const g = narrowDense();
    const attrs = inferTypes(g);
    const x = new Map([['x', f32Tensor([1, 3], [1, 2, 3])]]);
    const unknown = cloneGraph(g);
    unknown.nodes = unknown.nodes.map((n) => (n.name === 'd' ? { ...n, op: 'nope' } : n));
    expect(() => runIntGraph(unknown, x, attrs)).toThrow('invariant violated: verified graph has unknown op nope');
    const missing = cloneGraph(g);
    missing.constants.delete('w');
    expect(() => runIntGraph(missing, x, attrs)).toThrow('invariant violated: operand w of d missing at run time');
  });
});

describe('runFloatBatched', () => {
  /** x [1,2] → dense 2. */
  function dense(): Graph {
    const g = emptyGraph('f');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 2] } });
    g.constants.set('w', f32Tensor([2, 2], [1, 2, -3, 0.5]));
    g.nodes.push({ name: 'y', op: 'dense', operands: [{ ref: 'value', name: 'x' }, { ref: 'const', name: 'w' }], attrs: {} });
    g.outputs.push('y');
    inferTypes(g);
    return g;
  }

  it('stacks per-sample results; refuses a wrong sample shape', () => {
    const y = runFloatBatched(dense(), f32Tensor([3, 2], [1, 0, 0, 1, 2, -2]));
    expect(y.type).toEqual({ dtype: 'f32', shape: [3, 2] });
    expect(Array.from(y.data as Float32Array)).toEqual([1, -3, 2, 0.5, -2, -7]);
    expect(codeAndMessage(() => runFloatBatched(dense(), f32Tensor([3, 3], new Array(9).fill(0))))).toBe('RUN002: input %x has shape [3,3]; the graph takes [N,2]: any number N ≥ 1 of images of [2]');
  });

  it('a wrong sample shape of a rank-3 input names every sample dimension', () => {
    const g = emptyGraph('r3');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 2, 3] } });
    g.nodes.push({ name: 'y', op: 'relu', operands: [{ ref: 'value', name: 'x' }], attrs: {} });
    g.outputs.push('y');
    inferTypes(g);
    expect(codeAndMessage(() => runFloatBatched(g, f32Tensor([2, 3, 2], new Array(12).fill(0))))).toBe('RUN002: input %x has shape [2,3,2]; the graph takes [N,2,3]: any number N ≥ 1 of images of [2,3]');
  });

  it('an op unknown after verification is an internal error naming it', () => {
    const g = dense();
    const attrs = inferTypes(g);
    g.nodes = g.nodes.map((n) => ({ ...n, op: 'nope' }));
    expect(() => runFloat(g, new Map([['x', f32Tensor([1, 2], [1, 1])]]), attrs)).toThrow('invariant violated: verified graph has unknown op nope');
  });

  it('needs one input and one output', () => {
    const g = dense();
    g.outputs.push('y');
    expect(() => runFloatBatched(g, f32Tensor([1, 2], [1, 1]))).toThrow('invariant violated: batched run needs one input and one output');
    const twoInputs = dense();
    twoInputs.inputs.push({ name: 'z', type: { dtype: 'f32', shape: [1, 2] } });
    expect(() => runFloatBatched(twoInputs, f32Tensor([1, 2], [1, 1]))).toThrow('invariant violated: batched run needs one input and one output');
  });

  it('a graph declared with a batch runs on exactly that shape in one go', () => {
    const g = dense();
    g.inputs[0] = { name: 'x', type: { dtype: 'f32', shape: [2, 2] } };
    inferTypes(g);
    expect(Array.from(runFloatBatched(g, f32Tensor([2, 2], [1, 0, 0, 1])).data as Float32Array)).toEqual([1, -3, 2, 0.5]);
  });
});
