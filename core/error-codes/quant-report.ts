// QREP: the per-layer quantization report, comparing a quantized graph with its float source (compiler/ptq/).
import type { ErrorArea } from './error-area.js';

/** Graphs the quantization report cannot compare. */
export const QREP_AREA = {
  prefix: 'QREP',
  title: 'quantization report',
  source: 'compiler/ptq/quant-report.ts',
  codes: {
    QREP001: 'a quantized layer has no matching float weight or value',
    QREP002: 'the graphs do not have one input and one output, or the batch does not fit the input',
  },
} as const satisfies ErrorArea;

/** A code of the QREP area. */
export type QrepCode = keyof typeof QREP_AREA.codes;
