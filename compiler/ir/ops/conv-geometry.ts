// Sliding-window geometry shared by conv2d and the pools (and later by the lowering's tiling):
// output sizes with floor/ceil mode, and the 2-D window attributes read from a node.
import type { Attrs } from '../graph.js';
import { type OpContext, boolAttr, intsAttr, shapeError } from '../op-spec.js';
import { formatShape } from '../tensor.js';

/** One spatial axis of a sliding window: kernel extent, stride, dilation and the padding on each side. */
export interface WindowAxis {
  readonly kernel: number;
  readonly stride: number;
  readonly dilation: number;
  readonly padBegin: number;
  readonly padEnd: number;
}

/** A 2-D window over NCHW data: `h` is axis 2, `w` is axis 3. */
export interface Window2d {
  readonly h: WindowAxis;
  readonly w: WindowAxis;
  /** Round the output size up (pools only); windows that would start in the end padding are dropped. */
  readonly ceilMode: boolean;
}

/**
 * Number of window positions along one axis (may be < 1: callers report that as an error):
 *   floor mode: floor((in + padBegin + padEnd − dilation·(kernel−1) − 1) / stride) + 1
 *   ceil mode:  the same with ceil, minus the last position when it would start at or past
 *               `in + padBegin` (inside the end padding), as PyTorch and ONNX (opset ≥ 19) do.
 */
export function windowOutputSize(inSize: number, axis: WindowAxis, ceilMode: boolean): number {
  const span = inSize + axis.padBegin + axis.padEnd - axis.dilation * (axis.kernel - 1) - 1;
  if (span < 0) return 0;
  if (!ceilMode) return Math.floor(span / axis.stride) + 1;
  let out = Math.ceil(span / axis.stride) + 1;
  if ((out - 1) * axis.stride >= inSize + axis.padBegin) out--;
  return out;
}

/**
 * A pool's windows along one axis (no dilation), per output position: its real inputs [lo, hi) and its divisor
 * factor, the real count, or with count_include_pad the positions inside the padded input [−padBegin, size + padEnd)
 * (a ceil_mode window hanging past the end padding is not divided by the full kernel, as in ONNX Runtime and PyTorch).
 */
export function axisWindows(size: number, outSize: number, a: WindowAxis, includePad: boolean): { lo: number; hi: number; count: number }[] {
  return Array.from({ length: outSize }, (_, o) => {
    const start = o * a.stride - a.padBegin;
    const lo = Math.max(0, start), hi = Math.min(size, start + a.kernel);
    return { lo, hi, count: includePad ? Math.min(size + a.padEnd, start + a.kernel) - start : hi - lo };
  });
}

/**
 * Reads kernel/stride/dilation/pad(/ceil_mode) from resolved attributes. `kernel` is passed in because
 * conv2d takes it from the weight shape and the pools from their `kernel` attribute; ops without a
 * `dilation` or `ceil_mode` attribute get 1 and false. Pads are [top, left, bottom, right] (DESIGN §3).
 */
export function readWindow2d(attrs: Attrs, kernel: readonly [number, number]): Window2d {
  const stride = intsAttr(attrs, 'stride');
  const pad = intsAttr(attrs, 'pad');
  const dilation = 'dilation' in attrs ? intsAttr(attrs, 'dilation') : [1, 1];
  return {
    h: { kernel: kernel[0], stride: stride[0]!, dilation: dilation[0]!, padBegin: pad[0]!, padEnd: pad[2]! },
    w: { kernel: kernel[1], stride: stride[1]!, dilation: dilation[1]!, padBegin: pad[1]!, padEnd: pad[3]! },
    ceilMode: 'ceil_mode' in attrs ? boolAttr(attrs, 'ceil_mode') : false,
  };
}

/** Output [Hout, Wout] of a window over x [N,C,H,W]; a user error naming the shapes when a side is < 1. */
export function windowOutputHW(ctx: OpContext, xShape: readonly number[], win: Window2d): [number, number] {
  const hOut = windowOutputSize(xShape[2]!, win.h, win.ceilMode);
  const wOut = windowOutputSize(xShape[3]!, win.w, win.ceilMode);
  if (hOut < 1 || wOut < 1) {
    const k = (a: WindowAxis) => a.dilation * (a.kernel - 1) + 1;
    shapeError(ctx, `window ${k(win.h)}x${k(win.w)} (kernel ${win.h.kernel}x${win.w.kernel}, dilation ${win.h.dilation}x${win.w.dilation}) `
      + `does not fit x ${formatShape(xShape)} with pad [${win.h.padBegin},${win.w.padBegin},${win.h.padEnd},${win.w.padEnd}]: output would be ${hOut}x${wOut}`);
  }
  return [hOut, wOut];
}

/** Shared check: an NCHW operand must have rank 4. */
export function requireNchw(ctx: OpContext, what: string, shape: readonly number[]): void {
  if (shape.length !== 4) shapeError(ctx, `${what} must be 4-D NCHW, got ${formatShape(shape)}`);
}
