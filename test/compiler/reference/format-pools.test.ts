// The format reference's average pools: the same windows and divisors as avgpool/global_avgpool's evalFloat
// (equal on small-integer data, where the double sum and quotient are exact enough to agree), the exact rule
// where the double sum is not exact, and runFormat dispatching to them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { avgpool, global_avgpool } from '../../../compiler/ir/ops/pool.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes, resolveAttrs } from '../../../compiler/ir/verify.js';
import { formatAvgPool, formatGlobalAvgPool } from '../../../compiler/reference/format-pools.js';
import { runFormat } from '../../../compiler/reference/format-interpreter.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { formatQuantize } from '../../../compiler/ptq/format-model.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const EXACT_THIRD = Math.fround(2 ** -60 / 3);

describe('format average pools', () => {
  it('avgpool: the same windows and divisors as evalFloat (padding both ways, dilation, ceil_mode)', () => {
    const attrs = fc.record({
      k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      p: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
      includePad: fc.boolean(),
      ceil: fc.boolean(),
      hw: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })),
    });
    let checked = 0;
    fc.assert(fc.property(attrs, fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 72, maxLength: 72 }), (a, vals) => {
      const pad = [a.p[0] % a.k[0], a.p[1] % a.k[1], a.p[2] % a.k[0], a.p[3] % a.k[1]];
      const raw = { kernel: a.k, stride: a.s, dilation: a.d, pad, count_include_pad: a.includePad, ceil_mode: a.ceil };
      const resolved = resolveAttrs({ name: 'y', op: 'avgpool', operands: [], attrs: raw }, avgpool);
      const x = f32Tensor([1, 2, ...a.hw], vals.slice(0, 2 * a.hw[0] * a.hw[1]));
      let type;
      try {
        type = avgpool.inferType([x.type], resolved, { node: 'y', op: 'avgpool' });
      } catch {
        return; // a window that does not fit the input
      }
      checked++;
      expect(Array.from(formatAvgPool(x, resolved, type).data as Float32Array)).toEqual(Array.from(avgpool.evalFloat([x], resolved, type).data as Float32Array));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
    // A quarter of the runs at least (the runs scale: npm run mutate runs a quarter of them).
    expect(checked).toBeGreaterThan(propertyRuns(400) / 4);
  });

  it('count_include_pad: a ceil_mode window hanging past the end padding divides by its taps inside the padded extent', () => {
    // width 4, kernel 3, stride 2, ceil_mode: windows [0, 3) and [2, 5), the second ending past the input (no padding)
    const resolved = resolveAttrs({ name: 'y', op: 'avgpool', operands: [], attrs: { kernel: [1, 3], stride: [1, 2], ceil_mode: true, count_include_pad: true } }, avgpool);
    const x = f32Tensor([1, 1, 1, 4], [1, 2, 3, 5]);
    const type = avgpool.inferType([x.type], resolved, { node: 'y', op: 'avgpool' });
    expect(Array.from(formatAvgPool(x, resolved, type).data as Float32Array)).toEqual([2, 4]);
  });

  it('global_avgpool: evalFloat\'s means on integer data; the exact sum where the double sum loses a term', () => {
    const x = f32Tensor([1, 2, 2, 2], [1, 2, 3, 5, -7, 1, 1, 2]);
    const type = { dtype: 'f32' as const, shape: [1, 2, 1, 1] };
    expect(Array.from(formatGlobalAvgPool(x, type).data as Float32Array)).toEqual(Array.from(global_avgpool.evalFloat([x], {}, type).data as Float32Array));
    // 1 + 2^−60 − 1 is 0 in doubles: evalFloat's mean is 0, the exact rule's fp32(2^−60 / 3)
    const y = f32Tensor([1, 1, 1, 3], [1, 2 ** -60, -1]);
    const t1 = { dtype: 'f32' as const, shape: [1, 1, 1, 1] };
    expect(formatGlobalAvgPool(y, t1).data[0]).toBe(EXACT_THIRD);
    expect(global_avgpool.evalFloat([y], {}, t1).data[0]).toBe(0);
    const resolved = resolveAttrs({ name: 'y', op: 'avgpool', operands: [], attrs: { kernel: [1, 3] } }, avgpool);
    expect(formatAvgPool(y, resolved, t1).data[0]).toBe(EXACT_THIRD);
  });

  it('runFormat evaluates global_avgpool by the exact rule (the float interpreter does not)', () => {
    const g = emptyGraph('pool');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 1, 1, 3] } });
    g.constants.set('w', f32Tensor([1, 3], [0.5, 0.25, 1]));
    g.nodes.push({ name: 'gap', op: 'global_avgpool', operands: [valueRef('x')], attrs: {} });
    g.nodes.push({ name: 'f', op: 'flatten', operands: [valueRef('x')], attrs: {} });
    g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('f'), constRef('w')], attrs: {} });
    g.outputs.push('gap', 'y');
    inferTypes(g);
    const input = new Map([['x', f32Tensor([1, 1, 1, 3], [1, 2 ** -60, -1])]]);
    const fm = formatQuantize(g, 'mxint8');
    expect(runFormat(fm, input).get('gap')!.data[0]).toBe(EXACT_THIRD);
    expect(runFloat(fm.graph, input).get('gap')!.data[0]).toBe(0);
  });
});
