// Importer end to end on Gemm/MatMul/elementwise models: float results against an independent float64
// computation (within 1e-5), and the accsim ops each ONNX form becomes.
import { describe, expect, it } from 'vitest';
import { buildModel, constScalar, floatTensor, int64Tensor, node, randomFloats } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { matmul, maxAbsDiff, t64 } from './reference64.js';

const TOL = 1e-5;
const x = randomFloats(2 * 4, 30); // A: [2, 4]

/** alpha·A·op(B) + beta·C with C broadcast per column, in float64. */
function gemm64(b: Float32Array, bShape: number[], transB: boolean, alpha: number, beta: number, c?: ArrayLike<number>, transA = false, a: Float32Array = x): number[] {
  const aShape = transA ? [4, 2] : [2, 4];
  const p = matmul(t64(aShape, a), t64(bShape, b), transA, transB);
  const n = p.shape[1]!;
  return Array.from(p.data, (v, i) => alpha * v + (c ? beta * c[c.length === n ? i % n : i]! : 0));
}

describe('Gemm', () => {
  const w = randomFloats(3 * 4, 31), bias = randomFloats(3, 32);

  it('transB=1 with alpha=0.5, beta=2 becomes dense with a scaled weight and bias as new constants', () => {
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [floatTensor('fc.weight', [3, 4], w), floatTensor('fc.bias', [3], bias)],
      nodes: [node('Gemm', ['a', 'fc.weight', 'fc.bias'], ['y'], { transB: { i: 1 }, alpha: { f: 0.5 }, beta: { f: 2 } }, '/fc/Gemm')],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['dense']);
    expect(graph.nodes[0]!.operands.map((o) => o.name)).toEqual(['a', 'fc.weight.scaled', 'fc.bias.bias']);
    expect(graph.constants.get('fc.weight.scaled')!.data).toEqual(w.map((v) => v * 0.5));
    expect(graph.constants.has('fc.weight')).toBe(false); // the original is not used, so not kept
    expect(maxAbsDiff(y, gemm64(w, [3, 4], true, 0.5, 2, bias))).toBeLessThan(TOL);
  });

  it('transB=0 stores Bᵀ as a new [N,K] constant; a [1,N] C is the bias', () => {
    const b = randomFloats(4 * 3, 33);
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [floatTensor('B', [4, 3], b), floatTensor('C', [1, 3], bias)],
      nodes: [node('Gemm', ['a', 'B', 'C'], ['y'])],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['dense']);
    expect(graph.constants.get('B.T')!.type.shape).toEqual([3, 4]);
    expect(graph.constants.get('B.T')!.data[1]).toBe(b[3]); // w[0][1] = B[1][0]
    expect(maxAbsDiff(y, gemm64(b, [4, 3], false, 1, 1, bias))).toBeLessThan(TOL);
  });

  it('transB=1, alpha=beta=1 keeps the weight and bias constants as they are', () => {
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [floatTensor('fc.weight', [3, 4], w), floatTensor('fc.bias', [3], bias)],
      nodes: [node('Gemm', ['a', 'fc.weight', 'fc.bias'], ['y'], { transB: { i: 1 } })],
    });
    const { graph } = importAndRun(bytes, x);
    expect(graph.nodes[0]!.operands.map((o) => o.name)).toEqual(['a', 'fc.weight', 'fc.bias']);
  });

  it('transA=1 becomes matmul {trans_a}, then mul by alpha, then add of beta·C', () => {
    const b = randomFloats(4 * 3, 34);
    const c = randomFloats(2 * 3, 35); // a full [M,N] C cannot be a dense bias
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [4, 2] }], outputs: ['y'],
      initializers: [floatTensor('B', [4, 3], b), floatTensor('C', [2, 3], c)],
      nodes: [node('Gemm', ['a', 'B', 'C'], ['y'], { transA: { i: 1 }, alpha: { f: 1.5 }, beta: { f: -1 } }, '/head/Gemm')],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['matmul', 'mul', 'add']);
    expect(graph.nodes.map((n) => n.name)).toEqual(['y.matmul', 'y.alpha', 'y']);
    expect(graph.nodes[0]!.attrs).toEqual({ trans_a: true, trans_b: false });
    expect(maxAbsDiff(y, gemm64(b, [4, 3], false, 1.5, -1, c, true))).toBeLessThan(TOL);
  });
});

describe('MatMul', () => {
  it('MatMul by a constant [K,N] + Add bias becomes dense(x, Bᵀ) then add', () => {
    const b = randomFloats(4 * 5, 36), bias = randomFloats(5, 37);
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [floatTensor('proj', [4, 5], b), floatTensor('proj.bias', [5], bias)],
      nodes: [node('MatMul', ['a', 'proj'], ['m'], {}, '/proj/MatMul'), node('Add', ['m', 'proj.bias'], ['y'], {}, '/proj/Add')],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['dense', 'add']);
    expect(graph.nodes[0]!.operands[1]).toEqual({ ref: 'const', name: 'proj.T' });
    expect(maxAbsDiff(y, gemm64(b, [4, 5], false, 1, 1, bias))).toBeLessThan(TOL);
  });

  it('MatMul and Gemm of two computed tensors stay matmul', () => {
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [int64Tensor('shape', [2], [4, -1])],
      nodes: [
        node('Relu', ['a'], ['r']),
        node('Gemm', ['a', 'r'], ['g'], { transB: { i: 1 } }), // [2,4]·[2,4]ᵀ = [2,2]
        node('Reshape', ['a', 'shape'], ['a42']),
        node('MatMul', ['g', 'g'], ['gg']),
        node('MatMul', ['a42', 'gg'], ['y']), // [4,2]·[2,2]
      ],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['relu', 'matmul', 'reshape', 'matmul', 'matmul']);
    expect(graph.nodes[1]!.attrs).toEqual({ trans_a: false, trans_b: true });
    const g = matmul(t64([2, 4], x), t64([2, 4], x.map((v) => Math.max(v, 0))), false, true);
    const want = matmul(t64([4, 2], x), matmul(g, g));
    expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
  });
});

describe('elementwise ops with constants', () => {
  it('Mul/Sub/Div by initializers and Constant nodes, Identity and Dropout pass through', () => {
    const scale = randomFloats(4, 38);
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      initializers: [floatTensor('scale', [4], scale)],
      nodes: [
        node('Mul', ['a', 'scale'], ['m']),
        constScalar('three', 3),
        node('Sub', ['three', 'm'], ['s']), // constant on the left
        node('Identity', ['s'], ['s2']),
        node('Dropout', ['s2'], ['d']),
        constScalar('four', 4),
        node('Div', ['d', 'four'], ['y']),
      ],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['mul', 'sub', 'div']);
    expect(graph.nodes[1]!.operands).toEqual([{ ref: 'const', name: 'three' }, { ref: 'value', name: 'm/Mul' }]);
    expect(graph.constants.get('four')!.type.shape).toEqual([]);
    const want = Array.from(x, (v, i) => (3 - v * scale[i % 4]!) / 4);
    expect(maxAbsDiff(y, want)).toBeLessThan(TOL);
  });

  it('Concat with a negative axis and Softmax', () => {
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      nodes: [node('Relu', ['a'], ['r']), node('Concat', ['a', 'r'], ['c'], { axis: { i: -1 } }), node('Softmax', ['c'], ['y'], { axis: { i: 1 } })],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['relu', 'concat', 'softmax']);
    expect(graph.nodes[1]!.attrs).toEqual({ axis: 1 });
    const want: number[] = [];
    for (let r = 0; r < 2; r++) {
      const a = [...x.subarray(4 * r, 4 * r + 4)];
      const row = [...a, ...a.map((u) => Math.max(u, 0))];
      const mx = Math.max(...row);
      const sum = row.reduce((s, v) => s + Math.exp(v - mx), 0);
      want.push(...row.map((v) => Math.exp(v - mx) / sum));
    }
    expect(maxAbsDiff(y, want)).toBeLessThan(TOL);
  });

  it('Constant value_ints feeds Reshape and value_float / value_floats feed Mul and Add', () => {
    const bytes = buildModel({
      inputs: [{ name: 'a', dims: [2, 4] }], outputs: ['y'],
      nodes: [
        node('Constant', [], ['shape'], { value_ints: { ints: [4, 2] } }),
        node('Reshape', ['a', 'shape'], ['r']),
        node('Constant', [], ['half'], { value_float: { f: 0.5 } }),
        node('Mul', ['r', 'half'], ['m']),
        node('Constant', [], ['offs'], { value_floats: { floats: [1, -1] } }),
        node('Add', ['m', 'offs'], ['y']),
      ],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(opsOf(graph)).toEqual(['reshape', 'mul', 'add']);
    expect(graph.nodes[0]!.attrs).toEqual({ shape: [4, 2] });
    expect([...graph.constants.keys()]).toEqual(['half', 'offs']); // the shape is read, not kept
    expect(maxAbsDiff(y, Array.from(x, (v, i) => v * 0.5 + (i % 2 === 0 ? 1 : -1)))).toBeLessThan(TOL);
  });
});
