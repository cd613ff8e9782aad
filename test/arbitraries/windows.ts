// 2-D windows that are asymmetric on purpose: four independent pads (so top ≠ bottom and left ≠ right, and
// a [t, b, l, r] / [t, l, b, r] mix-up shows), non-square kernels, strides and dilations, small inputs.
// Every drawn window has at least one output position; pool windows keep each pad below the kernel.
import fc from 'fast-check';

/** One 2-D window over an H×W input; pads are [top, left, bottom, right] (ONNX's [x1_begin, x2_begin, x1_end, x2_end]). */
export interface Window2d {
  readonly h: number;
  readonly w: number;
  readonly kernel: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly dilations: readonly [number, number];
  readonly pads: readonly [number, number, number, number];
}

/** Output extent along one axis (floor mode). */
export function outExtent(size: number, padBegin: number, padEnd: number, kernel: number, stride: number, dilation: number): number {
  return Math.floor((size + padBegin + padEnd - dilation * (kernel - 1) - 1) / stride) + 1;
}

/**
 * Windows with kernels up to `maxKernel`, strides up to 3, dilations up to `maxDilation`, pads up to 3
 * (`pool`: each pad below its kernel, as pooling requires). Inputs 1..9 per side.
 */
export function window2d(o: { maxKernel: number; maxDilation: number; pool: boolean }): fc.Arbitrary<Window2d> {
  return fc
    .record({
      h: fc.integer({ min: 1, max: 9 }), w: fc.integer({ min: 1, max: 9 }),
      kernel: fc.tuple(fc.integer({ min: 1, max: o.maxKernel }), fc.integer({ min: 1, max: o.maxKernel })),
      strides: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      dilations: fc.tuple(fc.integer({ min: 1, max: o.maxDilation }), fc.integer({ min: 1, max: o.maxDilation })),
      pads: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
    })
    .map((x) => {
      const pads = (o.pool ? x.pads.map((p, i) => Math.min(p, x.kernel[i % 2]! - 1)) : [...x.pads]) as [number, number, number, number];
      return { ...x, pads };
    })
    .filter((x) => outExtent(x.h, x.pads[0], x.pads[2], x.kernel[0], x.strides[0], x.dilations[0]) >= 1
      && outExtent(x.w, x.pads[1], x.pads[3], x.kernel[1], x.strides[1], x.dilations[1]) >= 1);
}

/** True when reading the pads as [top, bottom, left, right] or as [left, top, right, bottom] gives other pads. */
export function padOrderMatters(pads: readonly number[]): boolean {
  return pads[1] !== pads[2] && pads[0] !== pads[1];
}
