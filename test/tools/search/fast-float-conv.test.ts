// The probes' float convolution against the reference conv2d, bit for bit (the f32 bit patterns, −0 and NaN
// included): padding, strides, dilation, groups and depthwise, with and without bias, fused clamps, sums that
// cancel to zero, −0 biases and non-finite weights (which take the reference).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttrValue } from '../../../compiler/ir/graph.js';
import type { OpSpec } from '../../../compiler/ir/op-spec.js';
import { lookupOp } from '../../../compiler/ir/op-registry.js';
import { resolveAttrs } from '../../../compiler/ir/verify.js';
import { type Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { evalConv2dFast } from '../../../tools/search/fast-float-conv.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const caseArb = fc.record({
  cin: fc.integer({ min: 1, max: 6 }), cout: fc.integer({ min: 1, max: 9 }), groups: fc.constantFrom(1, 1, 2, 'depthwise'),
  h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }), kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  pad: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }), stride: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 2 }),
  dilation: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 2 }),
  // Small integers make exact cancellations (sums of ±0) common; 'wide' values (±2^−1, ±1, ±2^30: products up to
  // 2^60) make the double sums drop small terms that a later cancellation exposes, so another order would show.
  values: fc.constantFrom('small', 'real', 'wide'), bias: fc.constantFrom('none', 'some', 'minus zero'), special: fc.constantFrom('none', 'none', 'infinite weight', 'NaN input'),
  clamp: fc.boolean(), seed: fc.integer(),
});

const bits = (t: Tensor): number[] => Array.from(new Uint32Array((t.data as Float32Array).slice().buffer));

describe('evalConv2dFast', () => {
  it('equals the reference conv2d bit for bit', () => {
    const spec = lookupOp('conv2d') as OpSpec;
    fc.assert(fc.property(caseArb, (c) => {
      let s = c.seed;
      const rnd = (): number => { s = (Math.imul(s, 1103515245) + 12345) | 0; return (s >>> 8) / 2 ** 24; };
      const value = (): number => (c.values === 'small' ? Math.round(rnd() * 4) - 2 : c.values === 'wide' ? (rnd() < 0.5 ? -1 : 1) * [0.5, 1, 2 ** 30][Math.floor(rnd() * 3)]! : (rnd() - 0.5) * 3);
      const groups = c.groups === 'depthwise' ? c.cin : Number(c.groups);
      const cin = c.groups === 2 ? 2 * Math.ceil(c.cin / 2) : c.cin;
      const cout = groups * Math.max(1, Math.round(c.cout / groups));
      const xs = Float32Array.from({ length: cin * c.h * c.w }, value);
      const ws = Float32Array.from({ length: cout * (cin / groups) * c.kh * c.kw }, value);
      if (c.special === 'infinite weight') ws[ws.length - 1] = -Infinity;
      if (c.special === 'NaN input') xs[0] = NaN;
      const inputs = [makeTensor('f32', [1, cin, c.h, c.w], xs), makeTensor('f32', [cout, cin / groups, c.kh, c.kw], ws)];
      if (c.bias !== 'none') inputs.push(makeTensor('f32', [cout], Float32Array.from({ length: cout }, (_, i) => (c.bias === 'minus zero' && i % 2 === 0 ? -0 : value()))));
      const attrs: Record<string, AttrValue> = { pad: c.pad, stride: c.stride, dilation: c.dilation, groups };
      if (c.clamp) Object.assign(attrs, { act_min: 0, act_max: 1.5 });
      let resolved;
      let type;
      try {
        resolved = resolveAttrs({ name: 'n', op: 'conv2d', operands: [], attrs }, spec);
        type = spec.inferType(inputs.map((t) => t.type), resolved, { node: 'n', op: 'conv2d' });
      } catch {
        fc.pre(false); // a geometry without an output
        return;
      }
      expect(bits(evalConv2dFast(inputs, resolved, type))).toEqual(bits(spec.evalFloat(inputs, resolved, type)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('sums in the reference order: bias first, then the taps (hand-computed)', () => {
    // x = [2^30, 2^30], each of five channels w = [2^30, −2^30], bias 1: (1 + 2^60) rounds to 2^60 in a double,
    // then − 2^60 gives 0; another order (the bias last) would give 1. Five channels: the four-channel block and the tail.
    const spec = lookupOp('conv2d') as OpSpec;
    const inputs = [makeTensor('f32', [1, 1, 1, 2], Float32Array.of(2 ** 30, 2 ** 30)),
      makeTensor('f32', [5, 1, 1, 2], Float32Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 2 ** 30 : -(2 ** 30)))), makeTensor('f32', [5], new Float32Array(5).fill(1))];
    const resolved = resolveAttrs({ name: 'n', op: 'conv2d', operands: [], attrs: {} }, spec);
    const type = spec.inferType(inputs.map((t) => t.type), resolved, { node: 'n', op: 'conv2d' });
    expect(Array.from(evalConv2dFast(inputs, resolved, type).data as Float32Array)).toEqual([0, 0, 0, 0, 0]);
  });
});
