// Turning a user's .npy into program inputs: integer codes in the program layout, or float data that is
// quantized with the input descriptor's scale and zero point (exactly as the graph's quantize node does).
import type { Tensor } from '../../compiler/ir/tensor.js';
import { numel } from '../../compiler/ir/tensor.js';
import { DTYPES, isDType } from '../../compiler/ir/dtype.js';
import { quantizeValue } from '../../compiler/quant/quantize-tensor.js';
import { fail } from '../../core/diagnostics.js';
import type { TensorDescriptor } from '../../isa/program-file.js';
import { nchwToNhwc } from './program-layout.js';

/** Splits a batch into per-sample program inputs. Accepts [N, ...descriptor shape without batch] or the NCHW float form for NHWC tensors. */
export function programInputsFromNpy(t: Tensor, desc: TensorDescriptor, file: string): Int32Array[] {
  const per = numel(desc.shape);
  if (t.data.length % per !== 0 || t.data.length === 0) fail('SIM012', `${file}: ${t.data.length} elements do not split into samples of ${per} (program input "${desc.name}" ${desc.dtype}[${desc.shape.join(',')}] ${desc.layout})`, { file });
  const n = t.data.length / per;
  const isFloat = t.data instanceof Float32Array || t.data instanceof Float64Array;
  if (t.data instanceof BigInt64Array) fail('SIM012', `${file}: int64 input is not supported; save the codes as int8/uint8/int32`, { file });
  const samples: Int32Array[] = [];
  const src = t.data as ArrayLike<number>;
  const scale = desc.scale?.[0];
  const zero = desc.zeroPoint?.[0] ?? 0;
  const info = isDType(desc.dtype) ? DTYPES[desc.dtype] : undefined;
  if (isFloat && (scale === undefined || info === undefined)) fail('SIM012', `${file}: float input needs the input's scale, which program input "${desc.name}" does not record`, { file });
  // Float data is taken as the graph's NCHW input; integer codes as the program's own layout.
  const nchw = isFloat && desc.layout === 'NHWC' ? [1, desc.shape[3]!, desc.shape[1]!, desc.shape[2]!] : undefined;
  // One typed loop per sample (a cold CLI run quantizes 150 k elements per ImageNet image here).
  for (let b = 0; b < n; b++) {
    const codes = new Int32Array(per);
    for (let j = 0, at = b * per; j < per; j++, at++) {
      const v = src[at]!;
      if (isFloat) codes[j] = quantizeValue(v, scale!, zero, info!.min!, info!.max!);
      else if (info && (v < info.min! || v > info.max!)) fail('SIM012', `${file}: value ${v} is outside ${desc.dtype} [${info.min}, ${info.max}]`, { file });
      else codes[j] = v;
    }
    samples.push(nchw ? nchwToNhwc(nchw, codes) : codes);
  }
  return samples;
}
