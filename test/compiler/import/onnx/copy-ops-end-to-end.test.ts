// ONNX Pad that cannot fold (reflect; a non-zero constant before a max pool) and Resize (nearest ×2, as
// nn.Upsample exports it), built in the test: each imports, matches an independent float64 computation within
// 1e-4, quantizes with calibration data, and the compiled program (qpad, resize: compiler/lower/spatial-copy.ts)
// simulates equal to the integer reference at 16x16 and 8x32, ws and os.
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, int64Tensor, node, randomFloats, type ModelSpec } from './onnx-builder.js';
import { importAndRun } from './run-imported.js';
import { type T64, conv, maxAbsDiff, pool, relu, t64 } from './reference64.js';
import { quantizeModel } from '../../../../compiler/ptq/quantize-model.js';
import { runIntGraph } from '../../../../compiler/reference/int-interpreter.js';
import { lowerGraph } from '../../../../compiler/lower/lower-graph.js';
import { f32Tensor } from '../../../../compiler/ir/tensor.js';
import type { Graph } from '../../../../compiler/ir/graph.js';
import { checkProgram } from '../../../../isa/check/index.js';
import { applyOverrides, defaultHwConfig } from '../../../../isa/hw-config.js';
import { simulateProgram } from '../../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../../tools/pipeline/host-io.js';

const conv3x3 = (name: string, cin: number, cout: number, seed: number) => [floatTensor(`${name}.w`, [cout, cin, 3, 3], randomFloats(cout * cin * 9, seed)), floatTensor(`${name}.b`, [cout], randomFloats(cout, seed + 1))];
const w64 = (spec: ModelSpec, name: string, shape: number[]): T64 => {
  const init = spec.initializers!.find((t) => t['name'] === name)!;
  return t64(shape, new Float32Array((init['raw_data'] as Uint8Array).buffer.slice(0)));
};

/** out[n,c,oy,ox] = x[n,c,mapH[oy],mapW[ox]], or `value` where a map is −1 (written out here, not taken from the IR). */
function gather2d(x: T64, mapH: number[], mapW: number[], value = 0): T64 {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  const out = new Float64Array(n * c * mapH.length * mapW.length);
  let o = 0;
  for (let p = 0; p < n * c; p++) for (const sy of mapH) for (const sx of mapW) out[o++] = sy < 0 || sx < 0 ? value : x.data[(p * h + sy) * w + sx]!;
  return { shape: [n, c, mapH.length, mapW.length], data: out };
}
const reflect = (n: number, before: number, after: number) => Array.from({ length: n + before + after }, (_, o) => {
  const i = o - before;
  return i < 0 ? -i : i >= n ? 2 * (n - 1) - i : i;
});
const constant = (n: number, before: number, after: number) => Array.from({ length: n + before + after }, (_, o) => (o - before >= 0 && o - before < n ? o - before : -1));
const twice = (n: number) => Array.from({ length: 2 * n }, (_, o) => Math.floor(o / 2));

/** Quantizes with calibration data; the simulator equals the integer reference on one image at 16x16 and 8x32, ws and os. */
function simulatesExactly(graph: Graph, ops: string[]): void {
  const per = graph.inputs[0]!.type.shape.slice(1);
  const n = per.reduce((a, b) => a * b, 1);
  const q = quantizeModel(graph, { preset: 'w8a8', calib: f32Tensor([4, ...per], randomFloats(4 * n, 77)) }).graph;
  for (const op of ops) expect(q.nodes.map((v) => v.op)).toContain(op);
  const decl = q.inputs[0]!;
  const run = runIntGraph(q, new Map([[decl.name, { type: decl.type, data: randomFloats(n, 78) }]]));
  for (const array of ['16x16', '8x32']) {
    for (const dataflow of ['ws', 'os'] as const) {
      const program = lowerGraph(q, applyOverrides(defaultHwConfig(), { array, dataflow }));
      expect(checkProgram(program)).toEqual([]);
      const inDesc = program.tensors.find((t) => t.role === 'input')!;
      const outDesc = program.tensors.find((t) => t.role === 'output')!;
      const qi = run.values.get(inDesc.name)!;
      const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(qi.type.shape, qi.data as ArrayLike<number>))]]));
      const ref = run.values.get(outDesc.name)!;
      expect(Array.from(r.outputs.get(outDesc.name)!), `${array} ${dataflow}`).toEqual(Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)));
    }
  }
}

describe('Pad and Resize from ONNX, compiled and simulated', () => {
  const x = randomFloats(3 * 64, 1);
  const xs = t64([1, 3, 8, 8], x);

  it('a reflect Pad before an unpadded conv (nn.ReflectionPad2d): a qpad on chip', () => {
    const spec: ModelSpec = {
      opset: 13, inputs: [{ name: 'x', dims: [1, 3, 8, 8] }], outputs: ['y'],
      initializers: [...conv3x3('a', 3, 6, 10), ...conv3x3('b', 6, 4, 12), int64Tensor('p', [8], [0, 0, 1, 2, 0, 0, 2, 1])],
      nodes: [node('Conv', ['x', 'a.w', 'a.b'], ['a'], { pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['a'], ['r']),
        node('Pad', ['r', 'p'], ['q'], { mode: { s: 'reflect' } }), node('Conv', ['q', 'b.w', 'b.b'], ['y'])],
    };
    const a = relu(conv(xs, w64(spec, 'a.w', [6, 3, 3, 3]), Float32Array.from(w64(spec, 'a.b', [6]).data), { pads: [1, 1, 1, 1] }));
    const want = conv(gather2d(a, reflect(8, 1, 2), reflect(8, 2, 1)), w64(spec, 'b.w', [4, 6, 3, 3]), Float32Array.from(w64(spec, 'b.b', [4]).data));
    const { graph, y } = importAndRun(buildModel(spec), x);
    expect(maxAbsDiff(y, want.data)).toBeLessThan(1e-4);
    simulatesExactly(graph, ['qpad']);
  });

  it('a constant-0.5 Pad before a max pool, then a nearest ×2 Resize (nn.Upsample) and a conv', () => {
    const spec: ModelSpec = {
      opset: 13, inputs: [{ name: 'x', dims: [1, 3, 8, 8] }], outputs: ['y'],
      initializers: [...conv3x3('a', 3, 20, 20), ...conv3x3('b', 20, 4, 22), int64Tensor('p', [8], [0, 0, 1, 1, 0, 0, 1, 1]), floatTensor('v', [], [0.5]), floatTensor('s', [4], [1, 1, 2, 2])],
      nodes: [node('Conv', ['x', 'a.w', 'a.b'], ['a'], { pads: { ints: [1, 1, 1, 1] } }), node('Relu', ['a'], ['r']),
        node('Pad', ['r', 'p', 'v'], ['q']), node('MaxPool', ['q'], ['m'], { kernel_shape: { ints: [2, 2] }, strides: { ints: [2, 2] } }),
        node('Resize', ['m', '', 's'], ['u'], { mode: { s: 'nearest' }, coordinate_transformation_mode: { s: 'asymmetric' }, nearest_mode: { s: 'floor' } }),
        node('Conv', ['u', 'b.w', 'b.b'], ['y'], { pads: { ints: [1, 1, 1, 1] } })],
    };
    const a = relu(conv(xs, w64(spec, 'a.w', [20, 3, 3, 3]), Float32Array.from(w64(spec, 'a.b', [20]).data), { pads: [1, 1, 1, 1] }));
    const m = pool(gather2d(a, constant(8, 1, 1), constant(8, 1, 1), 0.5), 'max', [2, 2], [2, 2], [0, 0, 0, 0]);
    const want = conv(gather2d(m, twice(5), twice(5)), w64(spec, 'b.w', [4, 20, 3, 3]), Float32Array.from(w64(spec, 'b.b', [4]).data), { pads: [1, 1, 1, 1] });
    const { graph, y } = importAndRun(buildModel(spec), x);
    expect(maxAbsDiff(y, want.data)).toBeLessThan(1e-4);
    simulatesExactly(graph, ['qpad', 'resize']);
  });
});
