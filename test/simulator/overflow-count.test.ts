// Accumulator overflows, simulator vs integer reference, through the whole tool chain: random conv and
// dense layers with narrow accumulators (10..16 bits, wrap or saturate), every output dtype (u8, i8, u4,
// i4, b1) and both requantization modes, lowered by compiler/lower and simulated. The outputs must be
// equal and so must the overflow counts (stats.totals.overflows vs runInt's per-node counts): sums leave
// the accumulator below and above (the weights and the random biases take both signs), and both count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyGraph, type Graph } from '../../compiler/ir/graph.js';
import type { DType } from '../../compiler/ir/dtype.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../tools/pipeline/host-io.js';
import { seededBatch } from '../compiler/lower/models.js';
import { mulberry32 } from '../../core/seeded-random.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

interface OverflowCase {
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
function overflowGraph(c: OverflowCase): Graph {
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

const overflowCase: fc.Arbitrary<OverflowCase> = fc.record({
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

describe('accumulator overflows: simulator == integer reference', () => {
  it('random conv/dense layers, 10..16-bit accumulators, every output dtype and requant mode', () => {
    let negative = 0;
    let positive = 0;
    fc.assert(fc.property(overflowCase, (c) => {
      const g = overflowGraph(c);
      const decl = g.inputs[0]!;
      const x = seededBatch(decl.type.shape.slice(1), 1, c.seed);
      const run = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]]));
      const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: c.array }));
      const xq = run.values.get('xq')!;
      const r = simulateProgram(program, new Map([['xq', Array.from(nchwToNhwc(xq.type.shape, xq.data as ArrayLike<number>))]]));
      const out = program.tensors.find((t) => t.role === 'output')!;
      const ref = run.values.get('l')!;
      expect(Array.from(r.outputs.get(out.name)!)).toEqual(Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)));
      const want = run.counters.get('l')!.accOverflows;
      expect(r.stats.totals.overflows, `${JSON.stringify(c)}`).toBe(want);
      // Which way the exact sums left the accumulator, from an independent recount of the layer.
      const [below, above] = exactSumsOutside(g, xq.data as ArrayLike<number>, c);
      expect(below + above).toBe(want);
      negative += below;
      positive += above;
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
    // Both directions must have been exercised, many times.
    expect(negative).toBeGreaterThan(3 * propertyRuns(30));
    expect(positive).toBeGreaterThan(3 * propertyRuns(30));
  });
});

/** Exact sums of the layer (bias + Σ x·w over the padded input, padding = x_zero: the zero-point term is the bias's) below / above the accumulator. */
function exactSumsOutside(g: Graph, xq: ArrayLike<number>, c: OverflowCase): [number, number] {
  const w = g.constants.get('l.w')!.data as Int8Array;
  const b = g.constants.get('l.b')!.data as Int32Array;
  const lo = -(2 ** (c.accBits - 1));
  const hi = 2 ** (c.accBits - 1) - 1;
  const sums: number[] = [];
  if (c.kind === 'dense') {
    const k = c.cin * c.h * c.w;
    for (let n = 0; n < c.cout; n++) {
      let s = b[n]!;
      for (let i = 0; i < k; i++) s += xq[i]! * w[n * k + i]!;
      sums.push(s);
    }
  } else {
    // pad [top 1, left 0, bottom 1, right 2], 3x3, stride 1: out H = h, out W = w.
    for (let n = 0; n < c.cout; n++) for (let oy = 0; oy < c.h; oy++) for (let ox = 0; ox < c.w; ox++) {
      let s = b[n]!;
      for (let ci = 0; ci < c.cin; ci++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) {
        const iy = oy + ky - 1;
        const ix = ox + kx;
        const x = iy < 0 || iy >= c.h || ix >= c.w ? 131 : xq[(ci * c.h + iy) * c.w + ix]!;
        s += x * w[((n * c.cin + ci) * 3 + ky) * 3 + kx]!;
      }
      sums.push(s);
    }
  }
  return [sums.filter((s) => s < lo).length, sums.filter((s) => s > hi).length];
}
