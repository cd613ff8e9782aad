// The search's fast qconv2d against the reference evalInt, bit for bit: every activation and weight form the
// search quantizes to (u8/i8/u4/i4/b1 codes, int8/int4/int2/binary/log-domain weights, group scales), zero
// points ≠ 0, padding, strides, dilation, channel groups and depthwise, both requantizations, and narrow
// accumulators that wrap or saturate (the overflow counts must match too).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttrValue, Attrs } from '../../../compiler/ir/graph.js';
import type { IntCounters, OpSpec } from '../../../compiler/ir/op-spec.js';
import { lookupOp } from '../../../compiler/ir/op-registry.js';
import { resolveAttrs } from '../../../compiler/ir/verify.js';
import type { DType } from '../../../compiler/ir/dtype.js';
import { weightGroupLayout } from '../../../core/weight-groups.js';
import { evalQconv2dFast, gemmForm } from '../../../tools/search/fast-qconv.js';
import { tensor } from '../../compiler/ir/ops/quantized/run-int-op.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const X_RANGE: Record<string, [number, number]> = { u8: [0, 255], i8: [-128, 127], u4: [0, 15], i4: [-8, 7] };
const W_RANGE: Record<string, [number, number]> = { i8: [-127, 127], i4: [-8, 7], i2: [-2, 1] };
const OUT: Record<string, [number, number]> = { u8: [0, 255], i8: [-128, 127], i16: [-32768, 32767], b1: [-1, 1] };

const caseArb = fc.record({
  cin: fc.integer({ min: 1, max: 6 }), cout: fc.integer({ min: 1, max: 6 }), groups: fc.constantFrom(1, 1, 2, 'depthwise'),
  h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }), kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }), stride: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 2 }),
  dilation: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 2 }),
  xDtype: fc.constantFrom('u8', 'i8', 'u4', 'i4', 'b1'), wForm: fc.constantFrom('i8', 'i4', 'i2', 'b1', 'log', 'group'),
  outDtype: fc.constantFrom('u8', 'i8', 'i16', 'b1'), pow2: fc.boolean(), accBits: fc.constantFrom(12, 16, 32), saturate: fc.boolean(), seed: fc.integer(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

/** The operands and attributes of one random qconv2d, or undefined when the geometry has no output. */
function build(c: Case): { inputs: ReturnType<typeof tensor>[]; attrs: Attrs } | undefined {
  let s = c.seed;
  const rnd = (lo: number, hi: number): number => { s = (Math.imul(s, 1103515245) + 12345) | 0; return lo + ((s >>> 8) % (hi - lo + 1)); };
  const groups = c.groups === 'depthwise' ? c.cin : Number(c.groups);
  const cin = c.groups === 2 ? 2 * Math.ceil(c.cin / 2) : c.cin;
  const cout = groups * Math.max(1, Math.round(c.cout / groups));
  const hOut = Math.floor((c.h + c.pad[0]! + c.pad[2]! - (c.kh - 1) * c.dilation[0]! - 1) / c.stride[0]!) + 1;
  const wOut = Math.floor((c.w + c.pad[1]! + c.pad[3]! - (c.kw - 1) * c.dilation[1]! - 1) / c.stride[1]!) + 1;
  if (hOut < 1 || wOut < 1) return undefined;
  const group = c.wForm === 'group' && (groups === 1 || c.groups === 2);
  const wDtype: DType = c.wForm === 'log' || c.wForm === 'group' ? 'i8' : c.wForm as DType;
  const xs = Array.from({ length: cin * c.h * c.w }, () => (c.xDtype === 'b1' ? (rnd(0, 1) === 0 ? -1 : 1) : rnd(...X_RANGE[c.xDtype]!)));
  const wShape = [cout, cin / groups, c.kh, c.kw];
  const ws = Array.from({ length: cout * (cin / groups) * c.kh * c.kw }, () => {
    if (wDtype === 'b1') return rnd(0, 1) === 0 ? -1 : 1;
    if (c.wForm === 'log') return rnd(0, 3) === 0 ? 0 : (rnd(0, 1) === 0 ? -1 : 1) * 2 ** rnd(0, 6);
    return rnd(...W_RANGE[wDtype]!);
  });
  const xZero = c.xDtype === 'b1' ? 0 : rnd(...X_RANGE[c.xDtype]!);
  const [qmin, qmax] = OUT[c.outDtype]!;
  const inputs = [
    tensor(c.xDtype as DType, [1, cin, c.h, c.w], xs), tensor(wDtype, wShape, ws),
    tensor('i32', [cout], Array.from({ length: cout }, () => rnd(-3000, 3000))),
    tensor('i32', [cout], Array.from({ length: cout }, () => (c.pow2 ? 0 : rnd(2 ** 29, 2 ** 31 - 1)))),
    tensor('i32', [cout], Array.from({ length: cout }, () => rnd(-9, c.pow2 ? 2 : 1))),
  ];
  const attrs: Record<string, AttrValue> = {
    pad: c.pad, stride: c.stride, dilation: c.dilation, groups, x_zero: xZero, x_scale: 1, y_zero: 0, y_scale: 1, qmin, qmax, out_dtype: c.outDtype,
    requant: c.pow2 ? 'pow2' : 'm0shift', acc_bits: c.accBits, acc_overflow: c.saturate ? 'saturate' : 'wrap',
  };
  if (group) {
    const count = weightGroupLayout(wShape, 32).count;
    inputs.push(tensor('f32', [cout], Array.from({ length: cout }, () => 1)), tensor('u8', [cout, count], Array.from({ length: cout * count }, () => rnd(1, 255))));
    attrs['w_group'] = 32;
  }
  return { inputs, attrs };
}

function evaluate(evalInt: OpSpec['evalInt'], inputs: ReturnType<typeof tensor>[], attrs: Attrs): { y: number[]; overflows: number; form: boolean } {
  const spec = lookupOp('qconv2d') as OpSpec;
  const resolved = resolveAttrs({ name: 'n', op: 'qconv2d', operands: [], attrs }, spec);
  const type = spec.inferType(inputs.map((x) => x.type), resolved, { node: 'n', op: 'qconv2d' });
  const counters: IntCounters = { accOverflows: 0 };
  const out = evalInt!(inputs, resolved, type, counters);
  return { y: Array.from(out.data as ArrayLike<number>), overflows: counters.accOverflows, form: gemmForm(inputs, resolved) };
}

describe('evalQconv2dFast', () => {
  it('equals the reference qconv2d bit for bit, overflow counts included, in every form', () => {
    const reference = (lookupOp('qconv2d') as OpSpec).evalInt;
    let gemmCases = 0;
    fc.assert(fc.property(caseArb, (c) => {
      const built = build(c);
      fc.pre(built !== undefined);
      const want = evaluate(reference, built!.inputs, built!.attrs);
      const got = evaluate(evalQconv2dFast, built!.inputs, built!.attrs);
      if (got.form) gemmCases++;
      expect(got.y).toEqual(want.y);
      expect(got.overflows).toBe(want.overflows);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    // The GEMM path itself was exercised, not only the reference fallback (groups, group scales).
    expect(gemmCases).toBeGreaterThan(50);
  });


  it('repacks a weight array rewritten in place between calls', () => {
    const built = build({ cin: 2, cout: 3, groups: 1, h: 4, w: 4, kh: 3, kw: 3, pad: [1, 1, 1, 1], stride: [1, 1], dilation: [1, 1], xDtype: 'u8', wForm: 'i8', outDtype: 'i16', pow2: false, accBits: 32, saturate: false, seed: 7 })!;
    const reference = (lookupOp('qconv2d') as OpSpec).evalInt;
    expect(evaluate(evalQconv2dFast, built.inputs, built.attrs).y).toEqual(evaluate(reference, built.inputs, built.attrs).y);
    const w = built.inputs[1]!.data as Int8Array;
    for (let i = 0; i < w.length; i++) w[i] = -w[i]!;
    expect(evaluate(evalQconv2dFast, built.inputs, built.attrs).y).toEqual(evaluate(reference, built.inputs, built.attrs).y);
  });
});
