// Importer end to end on small convolutional models built in the test: the imported graph's float result
// must equal an independent float64 computation of the same ONNX model within 1e-5.
import { describe, expect, it } from 'vitest';
import { buildModel, constScalar, floatTensor, int64Tensor, node, randomFloats } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { batchNorm, clip, conv, globalAvgPool, map, matmul, maxAbsDiff, perChannel, pool, relu, t64, zip } from './reference64.js';

const TOL = 1e-5;
const positive = (n: number, seed: number) => randomFloats(n, seed).map((v) => 0.5 + Math.abs(v));

describe('residual block with a projection shortcut', () => {
  // x [1,4,6,6] → Conv3x3 s2 p1 (4→8) → BN → Relu → Conv3x3 p1 (8→8) → BN ─┐
  //  └─────────── Conv1x1 s2 (4→8) shortcut ──────────────────────────────┴→ Add → Relu
  const w1 = randomFloats(8 * 4 * 9, 1), b1 = randomFloats(8, 2), w2 = randomFloats(8 * 8 * 9, 3), ws = randomFloats(8 * 4, 4);
  const bn = (k: number) => [randomFloats(8, k), randomFloats(8, k + 1), randomFloats(8, k + 2), positive(8, k + 3)] as const;
  const bn1 = bn(10), bn2 = bn(20);
  const bnInits = (p: string, v: readonly Float32Array[]) => ['scale', 'bias', 'mean', 'var'].map((s, i) => floatTensor(`${p}.${s}`, [8], v[i]!));
  const bytes = buildModel({
    inputs: [{ name: 'x', dims: ['N', 4, 6, 6] }],
    outputs: ['y'],
    initializers: [floatTensor('c1.w', [8, 4, 3, 3], w1), floatTensor('c1.b', [8], b1), floatTensor('c2.w', [8, 8, 3, 3], w2),
      floatTensor('sc.w', [8, 4, 1, 1], ws), ...bnInits('bn1', bn1), ...bnInits('bn2', bn2)],
    nodes: [
      node('Conv', ['x', 'c1.w', 'c1.b'], ['c1'], { kernel_shape: { ints: [3, 3] }, strides: { ints: [2, 2] }, pads: { ints: [1, 1, 1, 1] } }, '/layer1/conv1/Conv'),
      node('BatchNormalization', ['c1', 'bn1.scale', 'bn1.bias', 'bn1.mean', 'bn1.var'], ['n1'], { epsilon: { f: 1e-5 } }, '/layer1/bn1/BatchNormalization'),
      node('Relu', ['n1'], ['r1'], {}, '/layer1/relu/Relu'),
      node('Conv', ['r1', 'c2.w'], ['c2'], { pads: { ints: [1, 1, 1, 1] } }, '/layer1/conv2/Conv'),
      node('BatchNormalization', ['c2', 'bn2.scale', 'bn2.bias', 'bn2.mean', 'bn2.var'], ['n2'], {}, '/layer1/bn2/BatchNormalization'),
      node('Conv', ['x', 'sc.w'], ['s'], { strides: { ints: [2, 2] } }, '/layer1/shortcut/Conv'),
      node('Add', ['n2', 's'], ['sum'], {}, '/layer1/Add'),
      node('Relu', ['sum'], ['y'], {}, '/layer1/relu_1/Relu'),
    ],
  });
  const x = randomFloats(4 * 36, 99);

  it('matches a float64 evaluation and keeps readable names', () => {
    const { graph, y } = importAndRun(bytes, x);
    const xs = t64([1, 4, 6, 6], x);
    const main = batchNorm(conv(relu(batchNorm(conv(xs, t64([8, 4, 3, 3], w1), b1, { strides: [2, 2], pads: [1, 1, 1, 1] }), ...bn1)),
      t64([8, 8, 3, 3], w2), undefined, { pads: [1, 1, 1, 1] }), ...bn2);
    const want = relu(zip(main, conv(xs, t64([8, 4, 1, 1], ws), undefined, { strides: [2, 2] }), (a, b) => a + b));
    expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
    expect(graph.inputs[0]).toEqual({ name: 'x', type: { dtype: 'f32', shape: [1, 4, 6, 6] } }); // symbolic batch → 1
    expect(graph.nodes.map((n) => n.name)).toEqual(['layer1/conv1/Conv', 'layer1/bn1/BatchNormalization', 'layer1/relu/Relu',
      'layer1/conv2/Conv', 'layer1/bn2/BatchNormalization', 'layer1/shortcut/Conv', 'layer1/Add', 'y']);
    expect(opsOf(graph)).toEqual(['conv2d', 'batchnorm', 'relu', 'conv2d', 'batchnorm', 'conv2d', 'add', 'relu']);
    expect([...graph.constants.keys()].sort()).toEqual(['bn1.bias', 'bn1.mean', 'bn1.scale', 'bn1.var', 'bn2.bias', 'bn2.mean', 'bn2.scale', 'bn2.var', 'c1.b', 'c1.w', 'c2.w', 'sc.w']);
    expect(graph.weightsFile).toBeUndefined();
    expect(graph.inlineConstants.size).toBe(0);
  });
});

describe('depthwise-separable stack with ReLU6 exported as Clip(Constant, Constant)', () => {
  const dw = randomFloats(4 * 9, 5), dwb = randomFloats(4, 6), pw = randomFloats(6 * 4, 7), pwb = randomFloats(6, 8);
  const bytes = buildModel({
    inputs: [{ name: 'input', dims: [1, 4, 5, 5] }],
    outputs: ['out'],
    initializers: [floatTensor('dw.w', [4, 1, 3, 3], dw), floatTensor('dw.b', [4], dwb), floatTensor('pw.w', [6, 4, 1, 1], pw), floatTensor('pw.b', [6], pwb)],
    nodes: [
      node('Conv', ['input', 'dw.w', 'dw.b'], ['d'], { group: { i: 4 }, pads: { ints: [1, 1, 1, 1] }, strides: { ints: [2, 2] } }),
      constScalar('lo', 0), constScalar('hi', 6),
      node('Clip', ['d', 'lo', 'hi'], ['a']),
      node('Conv', ['a', 'pw.w', 'pw.b'], ['p']),
      constScalar('lo2', -0.5), constScalar('hi2', 0.25),
      node('Clip', ['p', 'lo2', 'hi2'], ['c']),
      node('Clip', ['c', 'lo'], ['out']), // only a min: relu
    ],
  });
  const x = randomFloats(4 * 25, 11).map((v) => v * 8); // large enough that ReLU6 clips

  it('imports 0/6 as relu6, 0/+inf as relu and other bounds as clip, with float64 agreement', () => {
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['conv2d', 'relu6', 'conv2d', 'clip', 'relu']);
    expect(graph.nodes[0]!.attrs).toEqual({ stride: [2, 2], dilation: [1, 1], pad: [1, 1, 1, 1], groups: 4 });
    expect(graph.nodes[3]!.attrs).toEqual({ min: -0.5, max: 0.25 });
    // The Constant bounds are read, not turned into graph constants.
    expect([...graph.constants.keys()].sort()).toEqual(['dw.b', 'dw.w', 'pw.b', 'pw.w']);
    const a = clip(conv(t64([1, 4, 5, 5], x), t64([4, 1, 3, 3], dw), dwb, { group: 4, pads: [1, 1, 1, 1], strides: [2, 2] }), 0, 6);
    const want = relu(clip(conv(a, t64([6, 4, 1, 1], pw), pwb), -0.5, 0.25));
    expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
    expect(Math.max(...a.data)).toBe(6); // the test input really exercises the upper bound
  });
});

describe('auto_pad', () => {
  const w = randomFloats(2 * 1 * 3 * 3, 12);
  const model = (autoPad: string) => buildModel({
    inputs: [{ name: 'x', dims: [1, 1, 6, 7] }],
    outputs: ['y'],
    initializers: [floatTensor('w', [2, 1, 3, 3], w)],
    nodes: [node('Conv', ['x', 'w'], ['y'], { auto_pad: { s: autoPad }, strides: { ints: [2, 2] } })],
  });
  const x = randomFloats(42, 13);

  // in 6, stride 2, kernel 3: out 3, total pad (3−1)·2 + 3 − 6 = 1; in 7: out 4, total (4−1)·2 + 3 − 7 = 2.
  it.each([
    ['SAME_UPPER', [0, 1, 1, 1]],
    ['SAME_LOWER', [1, 1, 0, 1]],
    ['VALID', [0, 0, 0, 0]],
  ])('%s becomes explicit pads %j', (autoPad, pads) => {
    const { graph, y } = importAndRun(model(autoPad), x);
    expect(graph.nodes[0]!.attrs['pad']).toEqual(pads);
    const want = conv(t64([1, 1, 6, 7], x), t64([2, 1, 3, 3], w), undefined, { strides: [2, 2], pads });
    expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
    if (autoPad !== 'VALID') expect(graph.values.get('y')!.type.shape).toEqual([1, 2, 3, 4]);
  });
});

describe('pools and heads', () => {
  const x = randomFloats(2 * 5 * 5, 14);

  it.each([0, 1])('AveragePool with pads and count_include_pad=%i', (cip) => {
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 5, 5] }],
      outputs: ['y'],
      nodes: [node('AveragePool', ['x'], ['y'], { kernel_shape: { ints: [3, 3] }, strides: { ints: [2, 2] }, pads: { ints: [1, 1, 1, 1] }, count_include_pad: { i: cip } })],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(graph.nodes[0]!.attrs['count_include_pad']).toBe(cip === 1);
    expect(maxAbsDiff(y, pool(t64([1, 2, 5, 5], x), 'avg', [3, 3], [2, 2], [1, 1, 1, 1], cip === 1).data)).toBeLessThan(TOL);
    // A corner window covers 4 real pixels of 9: the two conventions must really differ there.
    const corner = (x[0]! + x[1]! + x[5]! + x[6]!) / (cip ? 9 : 4);
    expect(y[0]).toBeCloseTo(corner, 6);
  });

  it('MaxPool → Reshape(Constant [0,-1]) → Gemm head, and GlobalAveragePool → Flatten', () => {
    const w = randomFloats(3 * 8, 15), b = randomFloats(3, 16);
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 5, 5] }],
      outputs: ['logits', 'gap'],
      initializers: [floatTensor('fc.w', [3, 8], w), floatTensor('fc.b', [3], b), int64Tensor('shape', [2], [0, -1], 'raw')],
      nodes: [
        node('MaxPool', ['x'], ['m'], { kernel_shape: { ints: [2, 2] }, strides: { ints: [2, 2] } }),
        node('Reshape', ['m', 'shape'], ['r']),
        node('Gemm', ['r', 'fc.w', 'fc.b'], ['logits'], { transB: { i: 1 } }),
        node('GlobalAveragePool', ['x'], ['g']),
        node('Flatten', ['g'], ['gap'], { axis: { i: -3 } }),
      ],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['maxpool', 'reshape', 'dense', 'global_avgpool', 'flatten']);
    expect(graph.nodes[1]!.attrs).toEqual({ shape: [0, -1] });
    expect(graph.nodes[4]!.attrs).toEqual({ axis: 1 });
    expect(graph.outputs).toEqual(['logits', 'gap']);
    const m = pool(t64([1, 2, 5, 5], x), 'max', [2, 2], [2, 2], [0, 0, 0, 0]);
    const want = matmul(t64([1, 8], m.data), t64([3, 8], w), false, true);
    expect(maxAbsDiff(y, want.data.map((v, i) => v + b[i]!))).toBeLessThan(TOL);
    expect(graph.values.get('gap')!.type.shape).toEqual([1, 2]);
    expect(globalAvgPool(t64([1, 2, 5, 5], x)).data.length).toBe(2);
  });
});

describe('initializer encodings', () => {
  it('raw_data and float_data initializers import to identical constants and results', () => {
    const w = randomFloats(3 * 2 * 2 * 2, 17), s = randomFloats(3, 18);
    const make = (enc: 'raw' | 'float_data') => buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 3, 3] }],
      outputs: ['y'],
      initializers: [floatTensor('w', [3, 2, 2, 2], w, enc), floatTensor('s', [3, 1, 1], s, enc)],
      nodes: [node('Conv', ['x', 'w'], ['c']), node('Mul', ['c', 's'], ['y'])],
    });
    const x = randomFloats(18, 19);
    const raw = importAndRun(make('raw'), x);
    const typed = importAndRun(make('float_data'), x);
    expect(typed.graph.constants.get('w')!.data).toEqual(Float32Array.from(w));
    expect(raw.graph.constants.get('w')!.data).toEqual(typed.graph.constants.get('w')!.data);
    expect(raw.y).toEqual(typed.y);
    const want = perChannel(conv(t64([1, 2, 3, 3], x), t64([3, 2, 2, 2], w), undefined), s, (a, k) => a * k);
    expect(maxAbsDiff(raw.y, want.data)).toBeLessThan(TOL);
    expect(map(want, Math.abs).data.some((v) => v > 0.1)).toBe(true);
  });
});
