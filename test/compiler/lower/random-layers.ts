// Random two-layer quantized graphs for property tests of the lowering: a 1x1 qconv from the quantized
// input to an intermediate of a chosen dtype (u8, u4, i4 or b1), then one random layer reading it
// (conv with i8/i4/i2/b1 weights, depthwise, max/avg pool, or flatten + dense), then dequantize.
import fc from 'fast-check';
import { emptyGraph, type Attrs, type Graph } from '../../../compiler/ir/graph.js';
import type { DType } from '../../../compiler/ir/dtype.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';

/** What a random graph is made of. */
export interface LayerCase {
  readonly h: number; readonly w: number; readonly c0: number; readonly cin: number; readonly cout: number;
  readonly mid: 'u8' | 'u4' | 'i4' | 'b1';
  readonly kind: 'conv' | 'depthwise' | 'grouped' | 'maxpool' | 'avgpool' | 'dense';
  /** Groups of a grouped conv (cin and cout are then multiples of it). */
  readonly groups: number;
  readonly weight: 'i8' | 'i4' | 'i2' | 'b1';
  readonly k: readonly [number, number]; readonly stride: readonly [number, number]; readonly dilation: readonly [number, number];
  readonly pad: readonly [number, number, number, number];
  readonly seed: number;
}

/** Random layer cases whose windows fit their inputs. */
export const layerCase: fc.Arbitrary<LayerCase> = fc.record({
  h: fc.integer({ min: 1, max: 9 }), w: fc.integer({ min: 1, max: 9 }), c0: fc.integer({ min: 1, max: 3 }),
  cin: fc.integer({ min: 1, max: 20 }), cout: fc.integer({ min: 1, max: 40 }),
  mid: fc.constantFrom('u8', 'u4', 'i4', 'b1'),
  kind: fc.constantFrom('conv', 'conv', 'depthwise', 'grouped', 'maxpool', 'avgpool', 'dense'),
  groups: fc.constantFrom(2, 3),
  weight: fc.constantFrom('i8', 'i4', 'i2', 'b1'),
  k: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
  stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  pad: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
  seed: fc.nat(),
}).map((c) => {
  const pool = c.kind === 'maxpool' || c.kind === 'avgpool';
  const dilation: [number, number] = pool ? [1, 1] : [c.dilation[0], c.dilation[1]];
  // A grouped conv: channels multiples of the groups.
  const cin = c.kind === 'grouped' ? c.groups * Math.max(1, Math.ceil(c.cin / c.groups)) : c.cin;
  const cout = c.kind === 'grouped' ? c.groups * Math.max(1, Math.ceil(c.cout / c.groups)) : c.cout;
  // Pools: pad < kernel; everything: the (dilated) window fits the padded input.
  const pad = c.pad.map((p, i) => (pool ? Math.min(p, c.k[i % 2]! - 1) : p)) as [number, number, number, number];
  const kh = Math.min(c.k[0], Math.floor((c.h + pad[0] + pad[2] - 1) / dilation[0]) + 1);
  const kw = Math.min(c.k[1], Math.floor((c.w + pad[1] + pad[3] - 1) / dilation[1]) + 1);
  const fixedPad = pool ? (pad.map((p, i) => Math.min(p, (i % 2 === 0 ? kh : kw) - 1)) as [number, number, number, number]) : pad;
  const mid = c.kind === 'avgpool' && c.mid === 'b1' ? 'u8' : c.mid;
  return { ...c, cin, cout, mid, dilation, k: [kh, kw] as const, pad: fixedPad };
});

const RANGES: Record<string, [number, number]> = { u8: [0, 255], u4: [0, 15], i4: [-8, 7], b1: [-1, 1], i8: [-127, 127], i2: [-2, 1] };

/** Builds and type-checks the graph of a case. */
export function layerGraph(c: LayerCase): Graph {
  let s = c.seed >>> 0 || 1;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const g = emptyGraph('random');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, c.c0, c.h, c.w] } });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale: 1 / 100, zero: 128, dtype: 'u8' } });
  const weighted = (name: string, input: string, wDtype: DType, shape: number[], xZero: number, out: DType, attrs: Attrs) => {
    const [lo, hi] = RANGES[wDtype]!;
    const n = shape.reduce((a, b) => a * b, 1);
    const w = new Int8Array(n).map(() => (wDtype === 'b1' ? (rand() < 0.5 ? -1 : 1) : int(lo, hi)));
    const cout = shape[0]!;
    const [ylo, yhi] = RANGES[out]!;
    const yZero = out === 'b1' || out.startsWith('i') ? 0 : int(ylo, Math.min(yhi, ylo + 40));
    g.constants.set(`${name}.w`, makeTensor(wDtype, shape, w));
    g.constants.set(`${name}.b`, makeTensor('i32', [cout], new Int32Array(cout).map(() => int(-3000, 3000))));
    g.constants.set(`${name}.m0`, makeTensor('i32', [cout], new Int32Array(cout).map(() => int(2 ** 30, 2 ** 31 - 1))));
    g.constants.set(`${name}.s`, makeTensor('i32', [cout], new Int32Array(cout).map(() => int(-11, -5))));
    const operands = ['w', 'b', 'm0', 's'].map((k) => ({ ref: 'const' as const, name: `${name}.${k}` }));
    g.nodes.push({
      name, op: attrs['op'] as string, operands: [{ ref: 'value', name: input }, ...operands],
      attrs: { ...Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== 'op')), x_zero: xZero, x_scale: 0.1, y_zero: yZero, y_scale: 0.1, qmin: ylo, qmax: yhi, out_dtype: out },
    });
    return yZero;
  };
  const midZero = weighted('a', 'xq', 'i8', [c.cin, c.c0, 1, 1], 128, c.mid, { op: 'qconv2d' });
  const window = { stride: [...c.stride], pad: [...c.pad] };
  if (c.kind === 'conv' || c.kind === 'depthwise' || c.kind === 'grouped') {
    const groups = c.kind === 'depthwise' ? c.cin : c.kind === 'grouped' ? c.groups : 1;
    const cout = c.kind === 'depthwise' ? c.cin : c.cout;
    const wDtype = groups > 1 && c.weight === 'b1' ? 'i8' : c.weight;
    weighted('b', 'a', wDtype, [cout, c.cin / groups, c.k[0], c.k[1]], midZero, 'u8', { op: 'qconv2d', ...window, dilation: [...c.dilation], groups });
  } else if (c.kind === 'dense') {
    g.nodes.push({ name: 'flat', op: 'flatten', operands: [{ ref: 'value', name: 'a' }], attrs: {} });
    weighted('b', 'flat', c.weight, [c.cout, c.cin * c.h * c.w], midZero, 'u8', { op: 'qdense' });
  } else {
    g.nodes.push({ name: 'b', op: c.kind === 'maxpool' ? 'qmaxpool' : 'qavgpool', operands: [{ ref: 'value', name: 'a' }], attrs: { kernel: [...c.k], ...window } });
  }
  g.nodes.push({ name: 'y', op: 'dequantize', operands: [{ ref: 'value', name: 'b' }], attrs: { scale: 0.1, zero: 0 } });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}
