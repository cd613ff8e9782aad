// The importer's layout, reduction and normalisation ops against hand-computed or float64 results: Slice,
// Split, Expand, Tile, DepthToSpace/SpaceToDepth, Sum/Mean, ReduceMax/ReduceSum, LogSoftmax,
// LayerNormalization (with its Mean and InvStdDev outputs), InstanceNormalization, and integer inputs.
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, int64Tensor, node, randomFloats } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { runFloat } from '../../../../compiler/reference/float-interpreter.js';
import { f32Tensor, makeTensor } from '../../../../compiler/ir/tensor.js';
import { ONNX_DTYPE } from '../../../../compiler/import/onnx/onnx-schema.js';
import { quantizeModel } from '../../../../compiler/ptq/quantize-model.js';

const iota = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('layout ops', () => {
  it('Slice with negative starts, ends past the end and a negative step', () => {
    const m = buildModel({
      inputs: [{ name: 'x', dims: [1, 6] }], outputs: ['y'],
      initializers: [int64Tensor('s', [1], [-1]), int64Tensor('e', [1], [-100]), int64Tensor('a', [1], [1]), int64Tensor('st', [1], [-2])],
      nodes: [node('Slice', ['x', 's', 'e', 'a', 'st'], ['y'])],
    });
    expect(Array.from(importAndRun(m, iota(6)).y)).toEqual([5, 3, 1]);
  });

  it('Split by sizes (opset 13 input) and in equal parts (opset 18 num_outputs, last part smaller)', () => {
    const s13 = buildModel({ inputs: [{ name: 'x', dims: [1, 5] }], outputs: ['a', 'b'], initializers: [int64Tensor('sz', [2], [2, 3])], nodes: [node('Split', ['x', 'sz'], ['a', 'b'], { axis: { i: 1 } })] });
    const g = importOnnx(s13);
    const out = runFloat(g, new Map([['x', f32Tensor([1, 5], iota(5))]]));
    expect(Array.from(out.get('a')!.data as ArrayLike<number>)).toEqual([0, 1]);
    expect(Array.from(out.get('b')!.data as ArrayLike<number>)).toEqual([2, 3, 4]);
    const s18 = buildModel({ opset: 18, inputs: [{ name: 'x', dims: [1, 5] }], outputs: ['a', 'b'], nodes: [node('Split', ['x'], ['a', 'b'], { axis: { i: 1 }, num_outputs: { i: 2 } })] });
    const o18 = runFloat(importOnnx(s18), new Map([['x', f32Tensor([1, 5], iota(5))]]));
    expect([Array.from(o18.get('a')!.data as ArrayLike<number>), Array.from(o18.get('b')!.data as ArrayLike<number>)]).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('Expand and Tile repeat; DepthToSpace (DCR, CRD) inverts SpaceToDepth', () => {
    const ex = buildModel({ inputs: [{ name: 'x', dims: [1, 2, 1] }], outputs: ['y'], initializers: [int64Tensor('s', [3], [1, 2, 3])], nodes: [node('Expand', ['x', 's'], ['y'])] });
    expect(Array.from(importAndRun(ex, [1, 2]).y)).toEqual([1, 1, 1, 2, 2, 2]);
    const ti = buildModel({ inputs: [{ name: 'x', dims: [1, 2] }], outputs: ['y'], initializers: [int64Tensor('r', [2], [2, 2])], nodes: [node('Tile', ['x', 'r'], ['y'])] });
    expect(Array.from(importAndRun(ti, [1, 2]).y)).toEqual([1, 2, 1, 2, 1, 2, 1, 2]);
    const x = randomFloats(16, 3);
    for (const mode of ['DCR', 'CRD']) {
      const rt = buildModel({
        inputs: [{ name: 'x', dims: [1, 1, 4, 4] }], outputs: ['y'],
        nodes: [node('SpaceToDepth', ['x'], ['d'], { blocksize: { i: 2 } }), node('DepthToSpace', ['d'], ['y'], { blocksize: { i: 2 }, mode: { s: mode } })],
      });
      const y = importAndRun(rt, x).y;
      if (mode === 'DCR') expect(Array.from(y)).toEqual(Array.from(x)); // SpaceToDepth's layout is DCR's inverse
      else expect(Array.from(y).sort()).toEqual(Array.from(x).sort());
    }
    // SpaceToDepth by hand: pixel (h, w) of channel 0 goes to channel (h mod 2)·2 + (w mod 2).
    const sd = buildModel({ inputs: [{ name: 'x', dims: [1, 1, 2, 2] }], outputs: ['y'], nodes: [node('SpaceToDepth', ['x'], ['y'], { blocksize: { i: 2 } })] });
    expect(Array.from(importAndRun(sd, [1, 2, 3, 4]).y)).toEqual([1, 2, 3, 4]);
  });
});

describe('reductions and normalisations', () => {
  it('Sum, Mean of three inputs (constants after the first); ReduceMax over H, W is a max pool', () => {
    const m = buildModel({
      inputs: [{ name: 'x', dims: [1, 2] }], outputs: ['s', 'm'], initializers: [floatTensor('b', [2], [10, 20]), floatTensor('c', [1], [3])],
      nodes: [node('Sum', ['x', 'b', 'c'], ['s']), node('Mean', ['x', 'b', 'c'], ['m'])],
    });
    const out = runFloat(importOnnx(m), new Map([['x', f32Tensor([1, 2], [1, 2])]]));
    expect(Array.from(out.get('s')!.data as ArrayLike<number>)).toEqual([14, 25]);
    expect(Array.from(out.get('m')!.data as ArrayLike<number>)).toEqual([14 / 3, 25 / 3].map(Math.fround));
    const rm = buildModel({ inputs: [{ name: 'x', dims: [1, 2, 2, 2] }], outputs: ['y'], nodes: [node('ReduceMax', ['x'], ['y'], { axes: { ints: [2, 3] }, keepdims: { i: 0 } })] });
    const { graph, y } = importAndRun(rm, [1, 5, 2, 3, -1, -2, -3, -4]);
    expect(opsOf(graph)).toEqual(['maxpool', 'flatten']);
    expect(Array.from(y)).toEqual([5, -1]);
    const rs = buildModel({ inputs: [{ name: 'x', dims: [1, 2, 3] }], outputs: ['y'], initializers: [int64Tensor('a', [1], [-1])], nodes: [node('ReduceSum', ['x', 'a'], ['y'], { keepdims: { i: 0 } })] });
    expect(Array.from(importAndRun(rs, iota(6)).y)).toEqual([3, 12]);
  });

  it('LogSoftmax at opset 11 over the flattened trailing axes', () => {
    const x = randomFloats(6, 9);
    const m = buildModel({ opset: 11, inputs: [{ name: 'x', dims: [1, 2, 3] }], outputs: ['y'], nodes: [node('LogSoftmax', ['x'], ['y'])] });
    const s = Array.from(x).reduce((a, v) => a + Math.exp(v), 0);
    Array.from(importAndRun(m, x).y).forEach((v, i) => expect(v).toBeCloseTo(x[i]! - Math.log(s), 5));
  });

  it('LayerNormalization with its Mean and InvStdDev outputs; InstanceNormalization per channel', () => {
    const x = [1, 2, 3, 4, 10, 20, 30, 40];
    const ln = buildModel({
      opset: 17, inputs: [{ name: 'x', dims: [2, 4] }], outputs: ['y', 'mean', 'inv'],
      initializers: [floatTensor('g', [4], [1, 1, 2, 2]), floatTensor('b', [4], [0, 0, 0, 1])],
      nodes: [node('LayerNormalization', ['x', 'g', 'b'], ['y', 'mean', 'inv'], { epsilon: { f: 0 } })],
    });
    const g = importOnnx(ln, { batch: 'keep' });
    const out = runFloat(g, new Map([['x', f32Tensor([2, 4], x)]]));
    expect(Array.from(out.get('mean')!.data as ArrayLike<number>)).toEqual([2.5, 25]);
    const inv = Array.from(out.get('inv')!.data as ArrayLike<number>);
    expect(inv[0]).toBeCloseTo(1 / Math.sqrt(1.25), 6);
    expect(inv[1]).toBeCloseTo(1 / Math.sqrt(125), 6);
    const y = Array.from(out.get('y')!.data as ArrayLike<number>);
    [-1.5, -0.5, 0.5, 1.5].forEach((d, i) => expect(y[i]).toBeCloseTo(d / Math.sqrt(1.25) * [1, 1, 2, 2][i]! + [0, 0, 0, 1][i]!, 5));
    const inn = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 1, 2] }], outputs: ['y'], initializers: [floatTensor('s', [2], [1, 2]), floatTensor('b', [2], [0, 5])],
      nodes: [node('InstanceNormalization', ['x', 's', 'b'], ['y'], { epsilon: { f: 0 } })],
    });
    expect(Array.from(importAndRun(inn, [1, 3, 10, 30]).y)).toEqual([-1, 1, 3, 7]);
  });
});

describe('integer graph inputs', () => {
  it('uint8 Add wraps around, as ONNX does; quantization refuses the integer input', () => {
    const m = buildModel({ inputs: [{ name: 'x', dims: [1, 2], elemType: ONNX_DTYPE.UINT8 }, { name: 'z', dims: [1, 2], elemType: ONNX_DTYPE.UINT8 }], outputs: ['y'], nodes: [node('Add', ['x', 'z'], ['y'])] });
    const g = importOnnx(m);
    expect(g.inputs.map((v) => v.type.dtype)).toEqual(['u8', 'u8']);
    const out = runFloat(g, new Map([['x', makeTensor('u8', [1, 2], Uint8Array.from([200, 1]))], ['z', makeTensor('u8', [1, 2], Uint8Array.from([100, 2]))]]));
    expect(Array.from(out.get('y')!.data as ArrayLike<number>)).toEqual([44, 3]);
    expect(() => runFloat(g, new Map([['x', f32Tensor([1, 2], [1, 2])], ['z', f32Tensor([1, 2], [1, 2])]]))).toThrow(/RUN002.*f32 data; the graph takes u8/);
    expect(() => quantizeModel(g, { preset: 'w8a8', inputRange: [0, 255] })).toThrow(/QMOD002.*graph input %x is u8: quantization starts from float32 inputs/);
  });
});
