// QCFG: quantization presets and the per-layer quantization config file (compiler/quant/presets.ts).
import type { ErrorArea } from './error-area.js';

/** A quantization config (JSON or preset name) that is not valid for the graph. */
export const QCFG_AREA = {
  prefix: 'QCFG',
  title: 'quantization config',
  source: 'compiler/quant/presets.ts, compiler/quant/layer-config.ts, compiler/passes/insert-quantizers.ts',
  codes: {
    QCFG000: 'the quantization config is not a JSON object',
    QCFG001: 'unknown quantization preset',
    QCFG002: 'unknown key or invalid value in the quantization config',
    QCFG003: 'the config names a layer that is not a quantizable node of the graph',
    QCFG004: "a layer's settings contradict each other or the layer's op (e.g. 16-bit unsigned or binary add activations)",
    QCFG005: 'a format preset the machine has no array mode for (mxfp6) asked of the integer pipeline: reference and accuracy only',
    QCFG006: 'a format preset on the machine (fp8, fp8-rtn, fp8-pc, mxint8, mxfp8, mxfp4) asked of the integer pipeline: it runs through accsim run and accsim sweep only so far',
  },
} as const satisfies ErrorArea;

/** A code of the QCFG area. */
export type QcfgCode = keyof typeof QCFG_AREA.codes;
