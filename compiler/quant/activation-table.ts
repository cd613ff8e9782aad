// The lookup table of a quantized elementwise function (qlut): one output code per input code. The
// construction, which docs/INTEGER-SEMANTICS.md states and the tests check entry by entry:
//   for every input code q of the input dtype, in order from its minimum:
//     r = x_scale · (q − x_zero)                        float64, one rounding
//     v = f(r)                                          the float op's own float64 function (unary-functions.ts)
//     table[q − min] = clamp(roundHalfEven(v / y_scale) + y_zero, qmin, qmax)     (v / y_scale in float64)
//   with ±inf clamping to qmax/qmin and a nan (log or sqrt of a negative code) giving clamp(y_zero).
// The table is stored in the graph, so the integer reference and the hardware read the same bits whatever
// the platform's libm would have computed.
import type { Attrs } from '../ir/graph.js';
import { DTYPES, allocate } from '../ir/dtype.js';
import type { Tensor } from '../ir/tensor.js';
import type { UnaryFunction } from '../ir/ops/unary-functions.js';
import { clamp, roundHalfEven } from '../../core/rounding.js';
import type { ActQuant } from './layer-quantization.js';

/** The table of `fn` (with attributes `attrs`) from input quantization `x` to output quantization `y`. */
export function buildActivationTable(fn: UnaryFunction, attrs: Attrs, x: ActQuant, y: ActQuant): Tensor {
  const { min, max } = DTYPES[x.dtype];
  const entries = max! - min! + 1;
  const table = allocate(y.dtype, entries);
  for (let q = min!; q <= max!; q++) {
    const v = fn.f(x.scale * (q - x.zero), attrs);
    // ±inf rounds to ±inf (roundHalfEven keeps it), which the clamp takes to qmax/qmin.
    const code = Number.isNaN(v) ? y.zero : roundHalfEven(v / y.scale) + y.zero;
    table[q - min!] = clamp(code, y.qmin, y.qmax);
  }
  return { type: { dtype: y.dtype, shape: [entries] }, data: table };
}

/**
 * The range of `fn` over the real interval [lo, hi], for data-free ranges: f at the ends, at 0 when inside,
 * and at 4095 evenly spaced points between (exact for monotonic functions, a close estimate for the others:
 * gelu, silu, hard_swish and mish dip below 0 once). NaN values are skipped.
 */
export function functionRange(fn: UnaryFunction, attrs: Attrs, lo: number, hi: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const steps = 4096;
  const inner = Array.from({ length: steps - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / steps);
  // Stryker disable next-line EqualityOperator: lo <= 0 or hi >= 0 only adds 0 again when it is an end (the < / > flips are killed but ignored with them)
  const points = lo < 0 && hi > 0 ? [lo, hi, 0, ...inner] : [lo, hi, ...inner];
  for (const p of points) {
    const v = fn.f(p, attrs);
    if (Number.isNaN(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { min, max };
}
