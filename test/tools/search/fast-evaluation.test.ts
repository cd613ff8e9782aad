// The fast convolutions are the op table's entries only inside withFastConvs.
import { describe, expect, it } from 'vitest';
import type { OpSpec } from '../../../compiler/ir/op-spec.js';
import { lookupOp } from '../../../compiler/ir/op-registry.js';
import { evalQconv2dFast } from '../../../tools/search/fast-qconv.js';
import { evalConv2dFast } from '../../../tools/search/fast-float-conv.js';
import { withFastConvs } from '../../../tools/search/fast-evaluation.js';

describe('withFastConvs', () => {
  it('swaps qconv2d and conv2d in for the call and restores the references after it, also after a throw', () => {
    const qconv = lookupOp('qconv2d') as OpSpec;
    const conv = lookupOp('conv2d') as OpSpec;
    const reference = [qconv.evalInt, conv.evalFloat];
    expect(withFastConvs(() => [qconv.evalInt, conv.evalFloat])).toEqual([evalQconv2dFast, evalConv2dFast]);
    expect([qconv.evalInt, conv.evalFloat]).toEqual(reference);
    expect(() => withFastConvs(() => { throw new Error('boom'); })).toThrow('boom');
    expect([qconv.evalInt, conv.evalFloat]).toEqual(reference);
  });
});
