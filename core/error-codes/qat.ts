// QAT: quantization-aware training (compiler/qat/, tools/commands/qat.ts, docs/QAT.md).
import type { ErrorArea } from './error-area.js';

/** QAT presets and the networks QAT cannot mirror. */
export const QAT_AREA = {
  prefix: 'QAT',
  title: 'quantization-aware training',
  source: 'compiler/qat/, tools/commands/qat.ts',
  codes: {
    QAT001: 'a layer of the quantized graph has no float counterpart to train',
    QAT002: 'the quantized graph has an op QAT cannot train through, or no dequantized output',
    QAT010: 'unknown QAT preset',
    QAT011: 'a qat flag out of range (a count that is not a positive integer, a learning rate ≤ 0, too few training images)',
  },
} as const satisfies ErrorArea;

/** A code of the QAT area. */
export type QatCode = keyof typeof QAT_AREA.codes;
