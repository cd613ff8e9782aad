// A one-layer quantized graph whose sums leave a narrow accumulator (10..16 bits, wrap or saturate), random
// conv or dense, every output dtype and requantization mode: the cases of overflow-count.test.ts, shared with
// the timeline-reuse test (overflow counts are the one value statistic).
import fc from 'fast-check';
import { emptyGraph, type Graph } from '../../compiler/ir/graph.js';
import type { DType } from '../../compiler/ir/dtype.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { mulberry32 } from '../../core/seeded-random.js';

export interface OverflowCase {
  readonly kind: 'conv' | 'dense';
  readonly out: 'u8' | 'i8' | 'u4' | 'i4' | 'b1';
  readonly pow2: boolean;
  readonly accBits: number;
  readonly saturate: boolean;
  readonly cin: number;
  readonly cout: number;
  readonly h: number;
  readonly w: number;
  readonly seed: number;
  readonly array: string;
}

const OUT_RANGE: Record<OverflowCase['out'], [number, number]> = { u8: [0, 255], i8: [-128, 127], u4: [0, 15], i4: [-8, 7], b1: [-1, 1] };

/** quantize (u8, zero 131) → one qconv2d 3x3 (or flatten + qdense) with the case's accumulator → dequantize. */
export function overflowGraph(c: OverflowCase): Graph {
  const rand = mulberry32(c.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const g = emptyGraph('overflow');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, c.cin, c.h, c.w] } });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale: 1 / 120, zero: 131, dtype: 'u8' } });
  const k = c.kind === 'conv' ? c.cin * 9 : c.cin * c.h * c.w;
  const shape = c.kind === 'conv' ? [c.cout, c.cin, 3, 3] : [c.cout, k];
  g.constants.set('l.w', makeTensor('i8', shape, new Int8Array(c.cout * k).map(() => int(-127, 127))));
  g.constants.set('l.b', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => int(-5000, 5000))));
  g.constants.set('l.m0', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => (c.pow2 ? 2 ** 30 : int(2 ** 30, 2 ** 31 - 1)))));
  g.constants.set('l.s', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => int(-(c.accBits - 4), -2))));
  const [qmin, qmax] = OUT_RANGE[c.out];
  const yZero = c.out.startsWith('u') ? int(qmin + 1, Math.min(qmax, qmin + 9)) : 0;
  let input = 'xq';
  if (c.kind === 'dense') {
    g.nodes.push({ name: 'flat', op: 'flatten', operands: [{ ref: 'value', name: 'xq' }], attrs: {} });
    input = 'flat';
  }
  g.nodes.push({
    name: 'l', op: c.kind === 'conv' ? 'qconv2d' : 'qdense',
    operands: [{ ref: 'value', name: input }, ...['w', 'b', 'm0', 's'].map((s) => ({ ref: 'const' as const, name: `l.${s}` }))],
    attrs: {
      ...(c.kind === 'conv' ? { stride: [1, 1], pad: [1, 0, 1, 2], dilation: [1, 1], groups: 1 } : {}),
      x_zero: 131, x_scale: 1 / 120, y_zero: yZero, y_scale: 0.05, qmin, qmax, out_dtype: c.out as DType,
      requant: c.pow2 ? 'pow2' : 'm0shift', acc_bits: c.accBits, acc_overflow: c.saturate ? 'saturate' : 'wrap',
    },
  });
  g.nodes.push({ name: 'y', op: 'dequantize', operands: [{ ref: 'value', name: 'l' }], attrs: { scale: 0.05, zero: yZero } });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}

export const overflowCase: fc.Arbitrary<OverflowCase> = fc.record({
  kind: fc.constantFrom('conv' as const, 'dense' as const),
  out: fc.constantFrom('u8' as const, 'i8' as const, 'u4' as const, 'i4' as const, 'b1' as const),
  pow2: fc.boolean(),
  accBits: fc.integer({ min: 10, max: 16 }),
  saturate: fc.boolean(),
  cin: fc.integer({ min: 1, max: 6 }),
  cout: fc.integer({ min: 1, max: 12 }),
  h: fc.integer({ min: 2, max: 5 }),
  w: fc.integer({ min: 2, max: 5 }),
  seed: fc.nat(),
  array: fc.constantFrom('4x4', '8x8', '16x16', '4x8'),
});
