// The integer reference: layout ops pass integers through, float tails run after dequantize, integer
// inputs to float-only ops are RUN012, and a quantized graph prints and parses back identically.
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runInt, runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { parseQir } from '../../../compiler/qir/load.js';
import { UserError } from '../../../core/diagnostics.js';

/** x [1,4] → dense 3 (+ReLU) → dense 2 → softmax. */
function mlp() {
  const g = emptyGraph('mlp');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 4] } });
  g.constants.set('w1', f32Tensor([3, 4], [0.5, -0.25, 0.1, 0.3, -0.4, 0.2, 0.6, -0.1, 0.05, 0.3, -0.2, 0.4]));
  g.constants.set('w2', f32Tensor([2, 3], [0.7, -0.3, 0.2, -0.5, 0.4, 0.1]));
  g.nodes.push({ name: 'h', op: 'dense', operands: [valueRef('x'), constRef('w1')], attrs: {} });
  g.nodes.push({ name: 'r', op: 'relu', operands: [valueRef('h')], attrs: {} });
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('r'), constRef('w2')], attrs: {} });
  g.nodes.push({ name: 'p', op: 'softmax', operands: [valueRef('y')], attrs: {} });
  g.outputs.push('p');
  inferTypes(g);
  return g;
}

const calib = f32Tensor([3, 4], [1, -1, 0.5, 0.25, -0.5, 0.75, 1, -1, 0.2, 0.4, -0.6, 0.8]);

describe('runInt', () => {
  it('dequantizes before the float softmax; intOutput is the last integer tensor', () => {
    const { graph } = quantizeModel(mlp(), { preset: 'w8a8', calib });
    expect(graph.nodes.map((n) => n.op)).toEqual(['quantize', 'qdense', 'qdense', 'dequantize', 'softmax']);
    const out = runInt(graph, calib);
    expect(out.intOutput!.type).toEqual({ dtype: 'u8', shape: [3, 2] });
    const p = out.floatOutput.data as Float32Array;
    for (let i = 0; i < 3; i++) expect(p[2 * i]! + p[2 * i + 1]!).toBeCloseTo(1, 6);
    expect(out.overflows.get('h')).toBe(0);
  });

  it('an integer value reaching a float-only op is RUN012', () => {
    const g = emptyGraph('bad');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 2] } });
    g.nodes.push({ name: 'q', op: 'quantize', operands: [valueRef('x')], attrs: { scale: 0.5, zero: 0, dtype: 'i8' } });
    g.nodes.push({ name: 's', op: 'relu', operands: [valueRef('q')], attrs: {} });
    g.outputs.push('s');
    inferTypes(g);
    try {
      runIntGraph(g, new Map([['x', f32Tensor([1, 2], [1, 2])]]));
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).diagnostics[0]!.code).toBe('RUN012');
    }
  });

  it('the printed quantized QIR parses back to an identical graph', () => {
    const { graph } = quantizeModel(mlp(), { preset: 'w8a8-pc', calib });
    const text = printQir(graph);
    const back = parseQir(text, 'q.qir', graph.constants); // constants as the sidecar would hold them
    expect(printQir(back)).toBe(text);
    // The printer leaves default-valued attributes out, so compare with defaults filled in.
    expect(back.nodes.map((n) => [n.name, n.op, n.operands])).toEqual(graph.nodes.map((n) => [n.name, n.op, n.operands]));
    expect(inferTypes(back)).toEqual(inferTypes(graph));
    expect(runInt(back, calib).intOutput!.data).toEqual(runInt(graph, calib).intOutput!.data);
  });
});

describe('codes through layout ops, pads and tables', () => {
  it('transpose and nearest resize move codes; qpad pads with its code; qlut looks up', () => {
    const text = `qir 1
graph g {
  input %x: f32[1,1,2,3]
  const @t: u8[256] = [${Array.from({ length: 256 }, (_, i) => 255 - i).join(', ')}]
  %q = quantize(%x) {scale=1.0, zero=0, dtype="u8"}
  %tr = transpose(%q) {perm=[0,1,3,2]}
  %r = resize(%tr) {sizes=[1,1,3,4], scales=[1,1,1,2], coordinate_transformation_mode="asymmetric", nearest_mode="floor"}
  %p = qpad(%r) {pads=[0,0,0,1,0,0,0,0], value=9}
  %l = qlut(%p, @t) {fn="neg", x_scale=1.0, x_zero=0, y_scale=1.0, y_zero=0, out_dtype="u8"}
  output %l
}
`;
    const g = parseQir(text, 'codes.qir');
    const run = runIntGraph(g, new Map([['x', f32Tensor([1, 1, 2, 3], [1, 2, 3, 4, 5, 6])]]));
    // transpose: [[1,4],[2,5],[3,6]]; resize W ×2: [[1,1,4,4],[2,2,5,5],[3,3,6,6]]; pad left with 9; table: 255 − v.
    expect(Array.from(run.values.get('p')!.data as Uint8Array)).toEqual([9, 1, 1, 4, 4, 9, 2, 2, 5, 5, 9, 3, 3, 6, 6]);
    expect(Array.from(run.values.get('l')!.data as Uint8Array)).toEqual([246, 254, 254, 251, 251, 246, 253, 253, 250, 250, 246, 252, 252, 249, 249]);
  });

  it('a linear resize of codes is refused: it computes new values (GRAPH010)', () => {
    const text = `qir 1
graph g {
  input %x: f32[1,2]
  %q = quantize(%x) {scale=1.0, zero=0, dtype="u8"}
  %r = resize(%q) {sizes=[1,4], scales=[1,2], mode="linear"}
  output %r
}
`;
    expect(() => parseQir(text, 'linear.qir')).toThrow(/GRAPH010.*x must be a float tensor, got u8/);
  });
});

describe('runIntGraph with known node outputs', () => {
  it('takes a known node output instead of evaluating the node (no counters for it); with the true value the run is unchanged', () => {
    const { graph } = quantizeModel(mlp(), { preset: 'w8a8', calib });
    const x = new Map([['x', f32Tensor([1, 4], [1, -1, 0.5, 0.25])]]);
    const plain = runIntGraph(graph, x);
    const h = plain.values.get('h')!;
    const same = runIntGraph(graph, x, undefined, new Map([['h', h]]));
    expect(same.values.get('p')!.data).toEqual(plain.values.get('p')!.data);
    expect(same.counters.has('h')).toBe(false);
    expect(same.counters.has('y')).toBe(true);
    // A different known value flows downstream: the node really was not evaluated.
    const other = { type: h.type, data: (h.data as Uint8Array).map((v) => 255 - v) };
    const changed = runIntGraph(graph, x, undefined, new Map([['h', other]]));
    expect(changed.values.get('h')).toBe(other);
    expect(changed.values.get('y')!.data).not.toEqual(plain.values.get('y')!.data);
  });
});
