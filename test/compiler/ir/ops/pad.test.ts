// pad and qpad: every mode by hand, crops, and the shape errors.
import { describe, expect, it } from 'vitest';
import { pad } from '../../../../compiler/ir/ops/pad.js';
import { qpad } from '../../../../compiler/ir/ops/quantized/qpad.js';
import { resolveAttrs } from '../../../../compiler/ir/verify.js';
import { makeTensor } from '../../../../compiler/ir/tensor.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

describe('pad', () => {
  it('pads H and W of NCHW data with a constant', () => {
    const y = evalOp(pad, [t([1, 1, 2, 2], [1, 2, 3, 4])], { pads: [0, 0, 1, 0, 0, 0, 0, 1], value: 9 });
    expect(y.type.shape).toEqual([1, 1, 3, 3]);
    expect(values(y)).toEqual([9, 9, 9, 1, 2, 9, 3, 4, 9]);
  });

  it.each([
    ['reflect', [3, 2, 1, 2, 3, 2, 1]],
    ['edge', [1, 1, 1, 2, 3, 3, 3]],
    ['wrap', [2, 3, 1, 2, 3, 1, 2]],
    ['constant', [0, 0, 1, 2, 3, 0, 0]],
  ])('mode %s on [1, 2, 3] by 2 on each side', (mode, want) => {
    expect(values(evalOp(pad, [t([3], [1, 2, 3])], { pads: [2, 2], mode }))).toEqual(want);
  });

  it('crops with negative pads', () => {
    expect(values(evalOp(pad, [t([4], [1, 2, 3, 4])], { pads: [-1, 1] }))).toEqual([2, 3, 4, 0]);
    expect(values(evalOp(pad, [t([2, 3], iota(6))], { pads: [0, -1, 0, 0] }))).toEqual([1, 2, 4, 5]);
    expect(values(evalOp(pad, [t([2, 3], iota(6))], { pads: [0, -1, -1, 0] }))).toEqual([1, 2]);
  });

  it('refuses pads of the wrong length, crops past the data, reflect by the whole axis', () => {
    expectUserError(() => inferOp(pad, [[1, 2]], { pads: [1, 1] }), 'GRAPH010', 'needs 4 entries');
    expectUserError(() => inferOp(pad, [[2]], { pads: [-2, -1] }), 'GRAPH010', 'crop more than axis 0');
    expectUserError(() => inferOp(pad, [[3]], { pads: [3, 0], mode: 'reflect' }), 'GRAPH010', 'at most 2 per side');
  });
});

describe('qpad', () => {
  it('pads integer codes with an integer code and keeps the dtype', () => {
    const x = makeTensor('u8', [1, 1, 1, 2], Uint8Array.from([200, 7]));
    const attrs = resolveAttrs({ name: 'y', op: 'qpad', operands: [], attrs: { pads: [0, 0, 0, 1, 0, 0, 0, 1], value: 128 } }, qpad);
    const type = qpad.inferType([x.type], attrs, { node: 'y', op: 'qpad' });
    const y = qpad.evalInt!([x], attrs, type, { accOverflows: 0 });
    expect(y.type).toEqual({ dtype: 'u8', shape: [1, 1, 1, 4] });
    expect(Array.from(y.data as Uint8Array)).toEqual([128, 200, 7, 128]);
  });

  it('refuses a constant outside the dtype', () => {
    const attrs = resolveAttrs({ name: 'y', op: 'qpad', operands: [], attrs: { pads: [1, 1], value: 300 } }, qpad);
    expectUserError(() => qpad.inferType([{ dtype: 'u8', shape: [2] }], attrs, { node: 'y', op: 'qpad' }), 'GRAPH010', 'value 300 is outside u8');
  });
});
