// resize: nearest (modes and coordinate transformations), linear (PyTorch's bilinear, hand-computed), cubic
// (reproduces constants and ramps inside the image), tf_crop_and_resize extrapolation, and errors.
import { describe, expect, it } from 'vitest';
import { resize } from '../../../../compiler/ir/ops/resize.js';
import { evalOp, expectUserError, inferOp, iota, t, values } from './op-harness.js';

const r1 = (x: number[], size: number, attrs: Record<string, unknown> = {}) =>
  values(evalOp(resize, [t([x.length], x)], { sizes: [size], scales: [size / x.length], ...attrs } as never));

describe('resize', () => {
  it('nearest with asymmetric coordinates and floor repeats elements (numpy.repeat, PyTorch nearest)', () => {
    expect(r1([1, 2, 3], 6, { coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor' })).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('nearest modes decide the ties: round_prefer_floor vs round_prefer_ceil', () => {
    // half_pixel, 4 → 2: x = (o + 0.5)·2 − 0.5 = 0.5 and 2.5.
    expect(r1([10, 20, 30, 40], 2)).toEqual([10, 30]);
    expect(r1([10, 20, 30, 40], 2, { nearest_mode: 'round_prefer_ceil' })).toEqual([20, 40]);
    expect(r1([10, 20, 30, 40], 2, { nearest_mode: 'ceil' })).toEqual([20, 40]);
  });

  it('linear with half_pixel is PyTorch bilinear (align_corners=False), edges clamped', () => {
    // x = (o + 0.5)/2 − 0.5 = −0.25, 0.25, 0.75, 1.25 → 1, 1.5, 2.5, 3
    expect(r1([1, 3], 4, { mode: 'linear' })).toEqual([1, 1.5, 2.5, 3]);
    expect(r1([1, 3], 3, { mode: 'linear', coordinate_transformation_mode: 'align_corners' })).toEqual([1, 2, 3]);
  });

  it('cubic reproduces a constant everywhere and a ramp away from the edges', () => {
    expect(r1([5, 5, 5, 5], 7, { mode: 'cubic' })).toEqual(new Array(7).fill(5));
    const ramp = r1(iota(8), 15, { mode: 'cubic', coordinate_transformation_mode: 'align_corners' });
    for (let o = 4; o <= 10; o++) expect(ramp[o]).toBeCloseTo(o / 2, 5);
  });

  it('resizes only the axes whose size or scale changes, in 2-D', () => {
    const y = evalOp(resize, [t([1, 1, 2, 2], [1, 2, 3, 4])], { sizes: [1, 1, 4, 4], scales: [1, 1, 2, 2], coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor' });
    expect(values(y)).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
  });

  it('tf_crop_and_resize writes the extrapolation value outside the crop', () => {
    // roi [0, 1.5]: x = o·1.5·(3 − 1)/(3 − 1) = 0, 1.5, 3 → 3 is outside [0, 2].
    expect(r1([0, 10, 20], 3, { mode: 'linear', coordinate_transformation_mode: 'tf_crop_and_resize', roi: [0, 1.5], extrapolation_value: -1 })).toEqual([0, 15, -1]);
  });

  it('moves codes only in nearest mode without extrapolation; checks sizes and scales', () => {
    expect(resize.movesCodes!({ mode: 'nearest', coordinate_transformation_mode: 'half_pixel' })).toBe(true);
    expect(resize.movesCodes!({ mode: 'linear', coordinate_transformation_mode: 'half_pixel' })).toBe(false);
    expect(resize.movesCodes!({ mode: 'nearest', coordinate_transformation_mode: 'tf_crop_and_resize' })).toBe(false);
    expectUserError(() => inferOp(resize, [[1, 4]], { sizes: [2], scales: [1] }), 'GRAPH010', 'sizes [2] must be 2');
    expectUserError(() => inferOp(resize, [[4]], { sizes: [2], scales: [0] }), 'GRAPH010', 'positive numbers');
  });
});
