// qconv_transpose: a hand-computed case, and quantized models against an independent oracle of the ONNX
// formula (every (input, tap) pair scattered, the zero point subtracted per term) and against float.
import { describe, expect, it } from 'vitest';
import type { Attrs, Graph } from '../../../../../compiler/ir/graph.js';
import { lookupOp } from '../../../../../compiler/ir/op-registry.js';
import { resolveAttrs } from '../../../../../compiler/ir/verify.js';
import { type Tensor, f32Tensor, makeTensor } from '../../../../../compiler/ir/tensor.js';
import { parseQir } from '../../../../../compiler/qir/load.js';
import { quantizeModel } from '../../../../../compiler/ptq/quantize-model.js';
import { runInt, runIntGraph } from '../../../../../compiler/reference/int-interpreter.js';
import { runFloatBatched } from '../../../../../compiler/reference/float-interpreter.js';
import { multiplyByQuantizedMultiplier } from '../../../../../core/fixed-point.js';
import { clamp } from '../../../../../core/rounding.js';
import { mulberry32 } from '../../../../../core/seeded-random.js';

function run(inputs: Tensor[], attrs: Attrs): number[] {
  const spec = lookupOp('qconv_transpose')!;
  const resolved = resolveAttrs({ name: 'n', op: 'qconv_transpose', operands: [], attrs }, spec);
  const out = spec.evalInt!(inputs, resolved, spec.inferType(inputs.map((x) => x.type), resolved, { node: 'n', op: 'qconv_transpose' }), { accOverflows: 0 });
  return Array.from(out.data as ArrayLike<number>);
}

const i32 = (v: number[]) => makeTensor('i32', [v.length], Int32Array.from(v));

describe('qconv_transpose', () => {
  it('scatters (x − x_zero)·w: 1-D by hand, the zero point per term', () => {
    // x − zero = [1, 2], w = [1, 1], stride 1: [1, 3, 2]; bias 5; M = 1 (m0 2^30, shift 1); y_zero 100.
    const x = makeTensor('u8', [1, 1, 2], Uint8Array.from([11, 12]));
    const w = makeTensor('i8', [1, 1, 2], Int8Array.from([1, 1]));
    const attrs = { stride: [1], dilation: [1], pad: [0, 0], output_padding: [0], x_zero: 10, x_scale: 1, y_zero: 100, y_scale: 1, qmin: 0, qmax: 255, out_dtype: 'u8' };
    expect(run([x, w, i32([5]), i32([2 ** 30]), i32([1])], attrs)).toEqual([106, 108, 107]);
  });

  it('a quantized model equals the oracle of the ONNX formula bit for bit, and float within 8-bit error', () => {
    const rand = mulberry32(5);
    const w = Array.from({ length: 4 * 3 * 3 * 3 }, () => rand() - 0.5);
    const g: Graph = parseQir(`qir 1
graph up {
  input %x: f32[1,4,3,3]
  const @w: f32[4,3,3,3] = [${w.join(', ')}]
  const @b: f32[6] = [0.1, -0.2, 0.3, 0, 0.05, -0.1]
  %y = conv_transpose(%x, @w, @b) {stride=[2,2], dilation=[1,1], pad=[1,0,0,1], output_padding=[1,0], groups=2}
  output %y
}
`, 'up.qir');
    const calib = f32Tensor([4, 4, 3, 3], Array.from({ length: 144 }, () => rand() * 2 - 1));
    const q = quantizeModel(g, { preset: 'w8a8-pc', calib }).graph;
    const node = q.nodes.find((n) => n.op === 'qconv_transpose')!;
    const xq = runIntGraph(q, new Map([['x', { type: { dtype: 'f32', shape: [1, 4, 3, 3] }, data: calib.data.subarray(0, 36) }]])).values;
    const got = Array.from(xq.get('y')!.data as ArrayLike<number>);
    // Oracle: ONNX's scatter with weights [Cin, Cout/g, kh, kw] = the stored [Cout, Cin/g, …] read back.
    const [xi, wq, bias, m0, shift] = ['x_q', ...node.operands.slice(1, 5).map((o) => o.name)].map((n, k) => (k === 0 ? xq.get(n)! : q.constants.get(n)!).data as ArrayLike<number>);
    const a = node.attrs as Record<string, number>;
    const [oh, ow] = [2 * 2 + 1 + 3 - 1, 2 * 2 + 3 - 1]; // stride·(3−1) + output_padding + k − pads
    const acc = Array.from({ length: 6 * oh * ow }, (_, i) => Number(bias[Math.floor(i / (oh * ow))]));
    for (let ic = 0; ic < 4; ic++) for (let iy = 0; iy < 3; iy++) for (let ix = 0; ix < 3; ix++) {
      const g2 = Math.floor(ic / 2);
      for (let o = 0; o < 3; o++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) {
        const [y, xx] = [iy * 2 + ky - 1, ix * 2 + kx - 0];
        if (y < 0 || y >= oh || xx < 0 || xx >= ow) continue;
        const oc = g2 * 3 + o;
        acc[(oc * oh + y) * ow + xx] += (Number(xi[(ic * 3 + iy) * 3 + ix]) - a['x_zero']!) * Number(wq[((oc * 2 + (ic % 2)) * 3 + ky) * 3 + kx]);
      }
    }
    const want = acc.map((v, i) => {
      const oc = Math.floor(i / (oh * ow));
      return clamp(multiplyByQuantizedMultiplier(v, Number(m0[oc]), Number(shift[oc])) + a['y_zero']!, a['qmin']!, a['qmax']!);
    });
    expect(got).toEqual(want);
    const f = runFloatBatched(g, calib).data as Float32Array;
    const r = runInt(q, calib).floatOutput.data as Float32Array;
    let num = 0, den = 0;
    f.forEach((v, i) => { den += v * v; num += (v - r[i]!) ** 2; });
    expect(10 * Math.log10(den / num)).toBeGreaterThan(30);
  });
});
