// The constructs of issue 20 as a PyTorch export writes them, built in the test: each imports, matches an
// independent float64 computation of the ONNX model within 1e-4, quantizes (w8a8, calibration images) and
// runs in the integer reference.
import { describe, expect, it } from 'vitest';
import { buildModel, constScalar, floatTensor, int64Tensor, node, randomFloats, type ModelSpec } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { type T64, batchNorm, conv, globalAvgPool, hardSwish, leakyRelu, matmul, maxAbsDiff, meanHW, pad2d, pool, relu, sigmoid, t64 } from './reference64.js';
import { quantizeModel } from '../../../../compiler/ptq/quantize-model.js';
import { runInt } from '../../../../compiler/reference/int-interpreter.js';
import { f32Tensor } from '../../../../compiler/ir/tensor.js';
import type { Graph } from '../../../../compiler/ir/graph.js';
import { UserError } from '../../../../core/diagnostics.js';

const TOL = 1e-4;
const conv3x3 = (name: string, cin: number, cout: number, seed: number) => [floatTensor(`${name}.w`, [cout, cin, 3, 3], randomFloats(cout * cin * 9, seed)), floatTensor(`${name}.b`, [cout], randomFloats(cout, seed + 1))];
const w64 = (spec: ModelSpec, name: string, shape: number[]): T64 => {
  const init = spec.initializers!.find((t) => t['name'] === name)!;
  return t64(shape, new Float32Array((init['raw_data'] as Uint8Array).buffer.slice(0)));
};

/** Quantizes with 4 seeded calibration images and runs 2 images in integers: the output has the float shape. */
function quantizesAndRuns(graph: Graph): void {
  const per = graph.inputs[0]!.type.shape.slice(1);
  const n = per.reduce((a, b) => a * b, 1);
  const calib = f32Tensor([4, ...per], randomFloats(4 * n, 77));
  const q = quantizeModel(graph, { preset: 'w8a8', calib }).graph;
  const r = runInt(q, f32Tensor([2, ...per], randomFloats(2 * n, 78)));
  expect(r.floatOutput.type.shape).toEqual([2, ...graph.values.get(graph.outputs[0]!)!.type.shape.slice(1)]);
}

function check(spec: ModelSpec, x: Float32Array, want: T64, ops?: string[]): Graph {
  const { graph, y } = importAndRun(buildModel(spec), x);
  if (ops) expect(opsOf(graph)).toEqual(ops);
  expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
  quantizesAndRuns(graph);
  return graph;
}

/** erf to ~1e-15 by its Maclaurin series (|x| ≤ 3) or the continued fraction of erfc (beyond): independent of the IR's. */
function erf64(x: number): number {
  const a = Math.abs(x);
  if (a <= 3) {
    let term = a;
    let sum = a;
    for (let n = 1; n < 80; n++) {
      term *= (-a * a) / n;
      sum += term / (2 * n + 1);
    }
    return Math.sign(x) * ((2 / Math.sqrt(Math.PI)) * sum);
  }
  let f = 0;
  for (let k = 60; k >= 1; k--) f = (k / 2) / (a + f);
  return Math.sign(x) * (1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / (a + f));
}

const img = (c: number, h: number) => ({ name: 'x', dims: [1, c, h, h] });

describe('issue-20 constructs', () => {
  const x8 = randomFloats(3 * 64, 1);
  const xs = t64([1, 3, 8, 8], x8);

  it('AvgPool2d default: a zero Pad (all pads 0) and a padded Pad before AveragePool', () => {
    const spec: ModelSpec = {
      opset: 11, inputs: [img(3, 8)], outputs: ['y'],
      initializers: [...conv3x3('c', 3, 4, 10), int64Tensor('p0', [8], [0, 0, 0, 0, 0, 0, 0, 0]), int64Tensor('p1', [8], [0, 0, 1, 1, 0, 0, 1, 1])],
      nodes: [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['c'], ['r']),
        node('Pad', ['r', 'p0'], ['q0']), node('AveragePool', ['q0'], ['a0'], { kernel_shape: { ints: [2, 2] }, strides: { ints: [2, 2] } }),
        node('Pad', ['a0', 'p1'], ['q1']), node('AveragePool', ['q1'], ['y'], { kernel_shape: { ints: [3, 3] } })],
    };
    const c = relu(conv(xs, w64(spec, 'c.w', [4, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [4]).data), { pads: [1, 1, 1, 1] }));
    const want = pool(pad2d(pool(c, 'avg', [2, 2], [2, 2], [0, 0, 0, 0]), [1, 1, 1, 1]), 'avg', [3, 3], [1, 1], [0, 0, 0, 0]);
    check(spec, x8, want, ['conv2d', 'relu', 'avgpool', 'pad', 'avgpool']);
  });

  it.each([['LeakyRelu', 16], ['Sigmoid', 13], ['HardSwish', 14], ['HardSigmoid+Mul', 13]])('%s (opset %i)', (act, opset) => {
    const nodes = [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } })];
    if (act === 'LeakyRelu') nodes.push(node('LeakyRelu', ['c'], ['y'], { alpha: { f: 0.1 } }));
    else if (act === 'HardSigmoid+Mul') nodes.push(node('HardSigmoid', ['c'], ['h'], { alpha: { f: 1 / 6 } }), node('Mul', ['c', 'h'], ['y']));
    else nodes.push(node(act as string, ['c'], ['y']));
    const spec: ModelSpec = { opset: opset as number, inputs: [img(3, 8)], outputs: ['y'], initializers: conv3x3('c', 3, 4, 20), nodes };
    const c = conv(xs, w64(spec, 'c.w', [4, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [4]).data), { pads: [1, 1, 1, 1] });
    const want = act === 'LeakyRelu' ? leakyRelu(c, Math.fround(0.1)) : act === 'Sigmoid' ? sigmoid(c) : hardSwish(c);
    check(spec, x8, want);
  });

  it.each(['Sigmoid+Mul', 'Swish', 'Gelu', 'Erf'])('SiLU and GELU as exporters write them (%s): fused into silu/gelu, quantized to a 256-entry qlut', (form) => {
    const nodes = [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } })];
    // nn.SiLU exports x·Sigmoid(x) (ONNX Swish from opset 24); nn.GELU exports Gelu from opset 20, before that x·½·(1 + erf(x/√2)).
    if (form === 'Sigmoid+Mul') nodes.push(node('Sigmoid', ['c'], ['s']), node('Mul', ['c', 's'], ['y']));
    else if (form === 'Gelu') nodes.push(node('Gelu', ['c'], ['y']));
    else if (form === 'Swish') nodes.push(node('Swish', ['c'], ['y']));
    else {
      nodes.push(constScalar('r2', Math.SQRT2), constScalar('one', 1), constScalar('half', 0.5), node('Div', ['c', 'r2'], ['d']), node('Erf', ['d'], ['e']),
        node('Add', ['e', 'one'], ['a']), node('Mul', ['c', 'a'], ['m']), node('Mul', ['m', 'half'], ['y']));
    }
    const spec: ModelSpec = { opset: form === 'Gelu' ? 20 : form === 'Swish' ? 24 : 13, inputs: [img(3, 8)], outputs: ['y'], initializers: conv3x3('c', 3, 4, 25), nodes };
    const c = conv(xs, w64(spec, 'c.w', [4, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [4]).data), { pads: [1, 1, 1, 1] });
    const want = t64(c.shape, c.data.map((v, i) => (form === 'Sigmoid+Mul' || form === 'Swish' ? v * sigmoid(c).data[i]! : (v / 2) * (1 + erf64(v / Math.SQRT2)))));
    const graph = check(spec, x8, want);
    const per = graph.inputs[0]!.type.shape.slice(1);
    const q = quantizeModel(graph, { preset: 'w8a8', calib: f32Tensor([4, ...per], randomFloats(4 * 192, 77)) }).graph;
    expect(opsOf(q)).toEqual(['quantize', 'qconv2d', 'qlut', 'dequantize']);
  });

  it('a product of two different activations (x·Sigmoid(z), no SiLU) is refused in one line naming the Mul', () => {
    const spec: ModelSpec = {
      opset: 13, inputs: [img(3, 8)], outputs: ['y'], initializers: [...conv3x3('a', 3, 4, 26), ...conv3x3('b', 3, 4, 28)],
      nodes: [node('Conv', ['x', 'a.w', 'a.b'], ['a']), node('Conv', ['x', 'b.w', 'b.b'], ['b']), node('Sigmoid', ['b'], ['s']), node('Mul', ['a', 's'], ['y'])],
    };
    const { graph } = importAndRun(buildModel(spec), x8);
    const calib = f32Tensor([4, 3, 8, 8], randomFloats(4 * 192, 77));
    let error: unknown;
    try {
      quantizeModel(graph, { preset: 'w8a8', calib });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics[0]!.code).toBe('QMOD007');
    expect((error as UserError).message).toMatch(/mul %y cannot be quantized: it multiplies two activations/);
    expect((error as UserError).message).not.toContain('\n');
  });

  it.each([13, 18])('x.mean([2, 3]) as ReduceMean (opset %i) → global_avgpool + flatten', (opset) => {
    const spec: ModelSpec = {
      opset, inputs: [img(3, 8)], outputs: ['y'], initializers: [...conv3x3('c', 3, 4, 30), floatTensor('fc.w', [2, 4], randomFloats(8, 32)), ...(opset >= 18 ? [int64Tensor('ax', [2], [2, 3])] : [])],
      nodes: [node('Conv', ['x', 'c.w', 'c.b'], ['c']), node('Relu', ['c'], ['r']),
        node('ReduceMean', opset >= 18 ? ['r', 'ax'] : ['r'], ['m'], { keepdims: { i: 0 }, ...(opset < 18 ? { axes: { ints: [2, 3] } } : {}) }),
        node('Gemm', ['m', 'fc.w'], ['y'], { transB: { i: 1 } })],
    };
    const m = meanHW(relu(conv(xs, w64(spec, 'c.w', [4, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [4]).data))));
    check(spec, x8, matmul(m, w64(spec, 'fc.w', [2, 4]), false, true), ['conv2d', 'relu', 'global_avgpool', 'flatten', 'dense']);
  });

  it('a grouped convolution and a dilated depthwise convolution', () => {
    const spec: ModelSpec = {
      inputs: [img(4, 8)], outputs: ['y'],
      initializers: [floatTensor('g.w', [8, 2, 3, 3], randomFloats(144, 40)), floatTensor('d.w', [8, 1, 3, 3], randomFloats(72, 41)), floatTensor('d.b', [8], randomFloats(8, 42))],
      nodes: [node('Conv', ['x', 'g.w'], ['g'], { group: { i: 2 }, pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['g'], ['r']),
        node('Conv', ['r', 'd.w', 'd.b'], ['y'], { group: { i: 8 }, dilations: { ints: [2, 2] }, pads: { ints: [2, 2, 2, 2] } })],
    };
    const x = randomFloats(4 * 64, 43);
    const g = relu(conv(t64([1, 4, 8, 8], x), w64(spec, 'g.w', [8, 2, 3, 3]), undefined, { group: 2, pads: [1, 1, 1, 1] }));
    check(spec, x, conv(g, w64(spec, 'd.w', [8, 1, 3, 3]), Float32Array.from(w64(spec, 'd.b', [8]).data), { group: 8, dilations: [2, 2], pads: [2, 2, 2, 2] }));
  });

  it('Conv → ReLU → BatchNorm2d → 1x1 conv and → padded 3x3 conv', () => {
    const bn = (p: string, s: number) => ['s', 'b', 'm', 'v'].map((k, i) => floatTensor(`${p}.${k}`, [4], k === 'v' ? randomFloats(4, s + i).map((v) => 0.5 + Math.abs(v)) : randomFloats(4, s + i)));
    const spec: ModelSpec = {
      inputs: [img(3, 8)], outputs: ['y'],
      initializers: [...conv3x3('c', 3, 4, 50), ...bn('bn1', 52), floatTensor('p.w', [4, 4, 1, 1], randomFloats(16, 56)), ...bn('bn2', 57), ...conv3x3('e', 4, 4, 61)],
      nodes: [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['c'], ['r']),
        node('BatchNormalization', ['r', 'bn1.s', 'bn1.b', 'bn1.m', 'bn1.v'], ['n1']), node('Conv', ['n1', 'p.w'], ['p']), node('Relu', ['p'], ['r2']),
        node('BatchNormalization', ['r2', 'bn2.s', 'bn2.b', 'bn2.m', 'bn2.v'], ['n2']), node('Conv', ['n2', 'e.w', 'e.b'], ['y'], { pads: { ints: [1, 1, 1, 1] } })],
    };
    const v = (n: string) => Float32Array.from(w64(spec, n, [4]).data);
    const n1 = batchNorm(relu(conv(xs, w64(spec, 'c.w', [4, 3, 3, 3]), v('c.b'), { pads: [1, 1, 1, 1] })), v('bn1.s'), v('bn1.b'), v('bn1.m'), v('bn1.v'));
    const n2 = batchNorm(relu(conv(n1, w64(spec, 'p.w', [4, 4, 1, 1]), undefined)), v('bn2.s'), v('bn2.b'), v('bn2.m'), v('bn2.v'));
    check(spec, x8, conv(n2, w64(spec, 'e.w', [4, 4, 3, 3]), v('e.b'), { pads: [1, 1, 1, 1] }));
  });

  it('a global average pool over a 32x32 map', () => {
    const spec: ModelSpec = { inputs: [img(3, 32)], outputs: ['y'], initializers: conv3x3('c', 3, 4, 70), nodes: [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } }), node('GlobalAveragePool', ['c'], ['y'])] };
    const x = randomFloats(3 * 1024, 71);
    check(spec, x, globalAvgPool(conv(t64([1, 3, 32, 32], x), w64(spec, 'c.w', [4, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [4]).data), { pads: [1, 1, 1, 1] })));
  });

  it('a batch-4 export with Reshape [4, -1] runs image by image', () => {
    const spec: ModelSpec = {
      inputs: [{ name: 'x', dims: [4, 3, 8, 8] }], outputs: ['y'],
      initializers: [...conv3x3('c', 3, 2, 80), int64Tensor('shape', [2], [4, -1]), floatTensor('fc.w', [3, 128], randomFloats(384, 82))],
      nodes: [node('Conv', ['x', 'c.w', 'c.b'], ['c'], { pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['c'], ['r']),
        node('Reshape', ['r', 'shape'], ['f']), node('Gemm', ['f', 'fc.w'], ['y'], { transB: { i: 1 } })],
    };
    const x = randomFloats(4 * 192, 83);
    const r = relu(conv(t64([4, 3, 8, 8], x), w64(spec, 'c.w', [2, 3, 3, 3]), Float32Array.from(w64(spec, 'c.b', [2]).data), { pads: [1, 1, 1, 1] }));
    const graph = check(spec, x, matmul({ shape: [4, 128], data: r.data }, w64(spec, 'fc.w', [3, 128]), false, true));
    expect(graph.inputs[0]!.type.shape).toEqual([1, 3, 8, 8]);
    expect(graph.nodes[2]!.attrs['shape']).toEqual([1, -1]);
  });
});
