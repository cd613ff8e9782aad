// The format reference's average pools (docs/INTEGER-SEMANTICS.md §14, "Between layers"): each window's FP32
// inputs summed exactly and divided once, correctly rounded to FP32 (core/fp32-average.ts), the rule a
// vector unit implements with a wide fixed-point accumulator. The float graph's own evalFloat sums in a
// double instead; the two agreed on every calibration global average measured (HARDWARE.md §3), but only
// this rule is a hardware rule. The windows and divisors are avgpool's (compiler/ir/ops/pool.ts).
import type { Attrs } from '../ir/graph.js';
import { boolAttr, intsAttr } from '../ir/op-spec.js';
import { type Tensor, type TensorType, numel } from '../ir/tensor.js';
import { type WindowAxis, readWindow2d } from '../ir/ops/conv-geometry.js';
import { fp32AverageExact } from '../../core/fp32-average.js';

/** One output position's real input rows (or columns) and its divisor factor along one axis. */
interface AxisTaps {
  readonly at: readonly number[];
  readonly count: number;
}

/**
 * The taps of output position `o` along one axis: the inputs inside [0, size) and the count the divisor
 * takes (count_include_pad: the taps inside the padded extent [−padBegin, size + padEnd); else the real ones).
 */
function axisTaps(o: number, size: number, a: WindowAxis, includePad: boolean): AxisTaps {
  const at: number[] = [];
  let padded = 0;
  for (let k = 0; k < a.kernel; k++) {
    const p = o * a.stride - a.padBegin + k * a.dilation;
    if (p >= 0 && p < size) at.push(p);
    // Stryker disable next-line UpdateOperator: 'padded--' negates both axes' counts, and the divisor is their product (the only use of count)
    if (p < size + a.padEnd) padded++; // p ≥ −padBegin always (o, k ≥ 0)
  }
  return { at, count: includePad ? padded : at.length };
}

/** avgpool {kernel, stride, pad, dilation, count_include_pad, ceil_mode} on FP32 x [N,C,H,W] by the exact rule. */
export function formatAvgPool(x: Tensor, attrs: Attrs, output: TensorType): Tensor {
  const kernel = intsAttr(attrs, 'kernel');
  const win = readWindow2d(attrs, [kernel[0]!, kernel[1]!]);
  const includePad = boolAttr(attrs, 'count_include_pad');
  const [n, c, h, w] = x.type.shape as [number, number, number, number];
  const [, , hOut, wOut] = output.shape as [number, number, number, number];
  const rows = Array.from({ length: hOut }, (_, oy) => axisTaps(oy, h, win.h, includePad));
  const cols = Array.from({ length: wOut }, (_, ox) => axisTaps(ox, w, win.w, includePad));
  const xd = x.data as Float32Array;
  const out = new Float32Array(numel(output.shape));
  const window = new Float32Array(win.h.kernel * win.w.kernel);
  let o = 0;
  // Stryker disable next-line EqualityOperator: plane n·c reads past x (NaN means, no throw) and writes past out (dropped)
  for (let plane = 0; plane < n * c; plane++) {
    const base = plane * h * w;
    for (const r of rows) {
      for (const col of cols) {
        let len = 0;
        for (const y of r.at) for (const xi of col.at) window[len++] = xd[base + y * w + xi]!;
        out[o++] = fp32AverageExact(window, r.count * col.count, 0, len);
      }
    }
  }
  return { type: output, data: out };
}

/** global_avgpool on FP32 x [N,C,spatial...]: each plane's mean by the exact rule. */
export function formatGlobalAvgPool(x: Tensor, output: TensorType): Tensor {
  const xd = x.data as Float32Array;
  const planes = x.type.shape[0]! * x.type.shape[1]!;
  const size = numel(x.type.shape.slice(2));
  const out = new Float32Array(planes);
  // Stryker disable next-line EqualityOperator: p = planes averages past x (a NaN, no throw) into a slot past out (dropped)
  for (let p = 0; p < planes; p++) out[p] = fp32AverageExact(xd, size, p * size, (p + 1) * size);
  return { type: output, data: out };
}

/** The ops the format reference evaluates with these pools instead of their evalFloat. */
export const FORMAT_POOLS: Readonly<Record<string, (x: Tensor, attrs: Attrs, output: TensorType) => Tensor>> = {
  avgpool: formatAvgPool,
  global_avgpool: (x, _attrs, output) => formatGlobalAvgPool(x, output),
};
