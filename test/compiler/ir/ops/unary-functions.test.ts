// The elementwise function ops: each against its definition at chosen points (closed forms and published
// values), erf against tabulated values to 1e-15, and one f32 rounding of the float64 result.
import { describe, expect, it } from 'vitest';
import { UNARY_FUNCTIONS, UNARY_FUNCTION_OPS, unaryFunction } from '../../../../compiler/ir/ops/unary-functions.js';
import { erf } from '../../../../compiler/ir/ops/special-functions.js';
import { lookupOp } from '../../../../compiler/ir/op-registry.js';
import { evalOp, expectUserError, t, values } from './op-harness.js';

const f = (name: string, x: number, attrs: Record<string, unknown> = {}) => values(evalOp(lookupOp(name)!, [t([1], [x])], attrs as never))[0]!;

describe('erf', () => {
  // Abramowitz & Stegun table 7.1 and its extensions (15 significant digits).
  it.each([
    [0, 0], [0.1, 0.112462916018285], [0.5, 0.520499877813047], [1, 0.842700792949715], [1.5, 0.966105146475311],
    [2, 0.995322265018953], [2.5, 0.999593047982555], [3, 0.999977909503001], [4, 0.999999984582742], [-0.3, -0.328626759459127],
  ])('erf(%f) = %f', (x, want) => {
    expect(Math.abs(erf(x) - want)).toBeLessThan(2e-15);
  });
  it('is odd, ±1 beyond 6, nan for nan', () => {
    expect(erf(-2.2)).toBe(-erf(2.2));
    expect(erf(7)).toBe(1);
    expect(Number.isNaN(erf(NaN))).toBe(true);
  });
});

describe('elementwise functions', () => {
  it('evaluate their definitions', () => {
    expect(f('sigmoid', 0)).toBe(0.5);
    expect(f('sigmoid', Math.log(3))).toBeCloseTo(0.75, 7);
    expect(f('hard_sigmoid', 1)).toBeCloseTo(0.7, 7);
    expect(f('hard_sigmoid', 10)).toBe(1);
    expect(f('hard_sigmoid', 1, { alpha: 0.5, beta: 0 })).toBe(0.5);
    expect([-4, -3, -1, 0, 3, 4].map((x) => f('hard_swish', x))).toEqual([-0, -0, Math.fround(-1 / 3), 0, 3, 4]);
    expect(f('leaky_relu', -2)).toBeCloseTo(-0.02, 9);
    expect(f('leaky_relu', -2, { alpha: 0.1 })).toBeCloseTo(-0.2, 7);
    expect(f('gelu', 1)).toBeCloseTo(0.841344746, 7);
    expect(f('gelu', 1, { approximate: 'tanh' })).toBeCloseTo(0.841191990, 7);
    expect(f('silu', 1)).toBeCloseTo(0.731058579, 7);
    expect(f('silu', 1, { alpha: 2 })).toBeCloseTo(0.880797078, 7);
    expect(f('elu', -1)).toBeCloseTo(Math.exp(-1) - 1, 7);
    expect(f('selu', 1)).toBeCloseTo(1.050701, 6);
    expect(f('celu', -2, { alpha: 2 })).toBeCloseTo(2 * (Math.exp(-1) - 1), 7);
    expect(f('softplus', 0)).toBeCloseTo(Math.LN2, 7);
    expect(f('softplus', 100)).toBe(100);
    expect(f('softsign', 3)).toBe(0.75);
    expect(f('mish', 1)).toBeCloseTo(0.865098396, 7);
    expect([0.5, 1, 2].map((x) => f('thresholded_relu', x))).toEqual([0, 0, 2]);
    expect([-1, -0.2, 0.7].map((x) => f('shrink', x, { bias: 0.1, lambd: 0.5 }))).toEqual([Math.fround(-0.9), 0, Math.fround(Math.fround(0.7) - 0.1)]);
    expect([f('exp', 0), f('log', 1), f('sqrt', 9), f('reciprocal', 4), f('abs', -2), f('neg', 2)]).toEqual([1, 0, 3, 0.25, 2, -2]);
    expect([-0.5, 0.5, 1.5, 2.5, -2.5].map((x) => f('round', x))).toEqual([-0, 0, 2, 2, -2]);
    expect([f('floor', -1.5), f('ceil', -1.5), f('sign', -3), f('sign', 0), f('tanh', 0)]).toEqual([-2, -1, -1, 0, 0]);
  });

  it('round once from float64 to f32', () => {
    const x = 0.3;
    expect(f('exp', x)).toBe(Math.fround(Math.exp(Math.fround(x))));
  });

  it('are registered from one table and refuse integer inputs', () => {
    expect(UNARY_FUNCTION_OPS.map((o) => o.name)).toEqual(UNARY_FUNCTIONS.map((u) => u.name));
    for (const u of UNARY_FUNCTIONS) expect(lookupOp(u.name)).toBeDefined();
    expect(unaryFunction('relu')).toBeUndefined();
    expectUserError(() => lookupOp('sigmoid')!.inferType([{ dtype: 'u8', shape: [2] }], {}, { node: 'y', op: 'sigmoid' }), 'GRAPH010', 'qlut');
  });
});
