// QNT: quantization arithmetic (compiler/quant/): grids, scales, zero points, ranges, multipliers.
import type { ErrorArea } from './error-area.js';

/** Quantization parameters and tensor data that cannot be quantized. */
export const QNT_AREA = {
  prefix: 'QNT',
  title: 'quantization arithmetic',
  source: 'compiler/quant/',
  codes: {
    QNT001: 'bit width not supported',
    QNT002: 'scale not finite and positive',
    QNT003: 'zero point not an integer inside [qmin, qmax]',
    QNT004: 'per-channel layout or tensor shape does not match (axis, lengths or element count)',
    QNT005: 'pow2 requested but a scale or a requantization multiplier is not a power of two',
    QNT006: 'NaN or infinity in tensor data',
    QNT007: 'qmin/qmax not an integer sub-range of the bit width',
    QNT008: 'requantization multiplier invalid (not finite, negative or too large)',
    QNT009: 'range or estimator setting invalid, or no data observed to set a range from',
  },
} as const satisfies ErrorArea;

/** A code of the QNT area. */
export type QntCode = keyof typeof QNT_AREA.codes;
