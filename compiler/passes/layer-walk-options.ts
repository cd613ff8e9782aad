// The options of the passes that walk a quantized graph's layers over calibration data (correct-bias,
// adaround): what compiler/quant/layer-walk.ts parses, declared once for both.
import type { PassOptionSpec } from './pass.js';

export const LAYER_WALK_OPTIONS: Readonly<Record<string, PassOptionSpec>> = {
  floatGraph: { kind: 'data', doc: 'the float graph that insert-quantizers quantized (Graph or QIR text)' },
  'walk-cache': { kind: 'data', doc: 'node outputs over the calibration samples by what computed them (compiler/quant/node-output-cache.ts), shared by the quantizations of one calibration context' },
  calib: { kind: 'data', doc: 'calibration batch, f32 [N, ...input] (Tensor or {shape, data})' },
};
