// The lookup table of a quantized elementwise function, entry by entry: real input of each code, the float
// function, round half to even on the output grid, clamp; ±inf and nan; and the data-free function range.
import { describe, expect, it } from 'vitest';
import { buildActivationTable, functionRange } from '../../../compiler/quant/activation-table.js';
import { unaryFunction } from '../../../compiler/ir/ops/unary-functions.js';
import { qlut } from '../../../compiler/ir/ops/quantized/qlut.js';
import type { ActQuant } from '../../../compiler/quant/layer-quantization.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';

const q = (dtype: ActQuant['dtype'], scale: number, zero: number, qmin: number, qmax: number): ActQuant => ({ dtype, scale, zero, qmin, qmax, offset: 0 });

describe('buildActivationTable', () => {
  it('sigmoid from u8 (scale 0.1, zero 128) to u8 (scale 1/256, zero 0): hand-checked entries', () => {
    const t = buildActivationTable(unaryFunction('sigmoid')!, {}, q('u8', 0.1, 128, 0, 255), q('u8', 1 / 256, 0, 0, 255));
    expect(t.type).toEqual({ dtype: 'u8', shape: [256] });
    const d = t.data as Uint8Array;
    expect(d[128]).toBe(128); // r = 0 → 0.5 → 128
    expect(d[0]).toBe(0); // r = −12.8 → 2.8e-6 → 0
    expect(d[255]).toBe(255); // r = 12.7 → 0.999997 → 255.9993 → 256 → clamp 255
    expect(d[138]).toBe(187); // r = 1 → 0.7310586 → 187.151 → 187
    for (let i = 1; i < 256; i++) expect(d[i]).toBeGreaterThanOrEqual(d[i - 1]!); // monotonic
  });

  it('rounds half to even on the output grid and indexes i8 codes from −128', () => {
    // leaky_relu(alpha 0.5) on i8 codes with scale 1, zero 0, output scale 1: code −3 → −1.5 → −2, −1 → −0.5 → 0, −5 → −2.5 → −2.
    const t = buildActivationTable(unaryFunction('leaky_relu')!, { alpha: 0.5 }, q('i8', 1, 0, -128, 127), q('i8', 1, 0, -128, 127));
    const d = t.data as Int8Array;
    expect([d[-3 + 128], d[-1 + 128], d[-5 + 128], d[7 + 128], d[0]]).toEqual([-2, 0, -2, 7, -64]);
  });

  it('clamps to the output clamp; +inf → qmax, −inf → qmin, nan → the zero point', () => {
    const x = q('u4', 1, 0, 0, 15);
    const y = q('u4', 1, 3, 3, 15);
    const log = buildActivationTable(unaryFunction('log')!, {}, x, y).data as Uint8Array;
    expect(log[0]).toBe(3); // log 0 = −inf → qmin
    expect(log[1]).toBe(3); // 0 + 3
    expect(log[15]).toBe(6); // ln 15 = 2.708 → 3 + 3
    const rec = buildActivationTable(unaryFunction('reciprocal')!, {}, x, y).data as Uint8Array;
    expect(rec[0]).toBe(15); // 1/0 = +inf → qmax
    const sqrt = buildActivationTable(unaryFunction('sqrt')!, {}, q('i4', 1, 0, -8, 7), q('u4', 1, 0, 0, 15)).data as Uint8Array;
    expect(sqrt[0]).toBe(0); // sqrt(−8) = nan → the zero point 0
    expect(sqrt[8 + 4]).toBe(2);
  });

  it('is what qlut looks up', () => {
    const table = buildActivationTable(unaryFunction('hard_swish')!, {}, q('u8', 0.05, 100, 0, 255), q('u8', 0.04, 10, 0, 255));
    const x = makeTensor('u8', [3], Uint8Array.from([0, 100, 255]));
    const attrs = { fn: 'hard_swish', x_scale: 0.05, x_zero: 100, y_scale: 0.04, y_zero: 10, out_dtype: 'u8' };
    const y = qlut.evalInt!([x, table], attrs, qlut.inferType([x.type, table.type], attrs, { node: 'y', op: 'qlut' }), { accOverflows: 0 });
    expect(Array.from(y.data as Uint8Array)).toEqual([table.data[0], table.data[100], table.data[255]]);
    // x = 7.75 → hard_swish = 7.75 → 193.75 + 10 → 204.
    expect(y.data[2]).toBe(204);
  });
});

describe('functionRange', () => {
  it('is exact for monotonic functions and finds the dip of gelu', () => {
    expect(functionRange(unaryFunction('sigmoid')!, {}, 0, 0)).toEqual({ min: 0.5, max: 0.5 });
    const g = functionRange(unaryFunction('gelu')!, { approximate: 'none' }, -4, 2);
    expect(g.min).toBeCloseTo(-0.16997, 4);
    expect(g.max).toBeCloseTo(1.9545, 4);
  });

  it('samples exactly [lo, hi]: the ends, 0 when strictly inside (not on the grid for [−1, 2]), nothing outside', () => {
    const f = (name: string) => unaryFunction(name)!;
    // |x| on [−1, 2] has its minimum only at 0, which the 4095 inner points (thirds of 1/4096) miss.
    expect(functionRange(f('abs'), {}, -1, 2)).toEqual({ min: 0, max: 2 });
    // 0 outside [1, 2] is not sampled; a monotonic function's range is its values at the ends.
    expect(functionRange(f('abs'), {}, 1, 2)).toEqual({ min: 1, max: 2 });
    expect(functionRange(f('exp'), {}, 0, 1)).toEqual({ min: 1, max: Math.E });
    expect(functionRange(f('neg'), {}, -3, -1)).toEqual({ min: 1, max: 3 });
    // NaN values (√ of negatives) are skipped.
    expect(functionRange(f('sqrt'), {}, -1, 4)).toEqual({ min: 0, max: 2 });
  });
});
