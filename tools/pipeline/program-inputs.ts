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
  // Where each program element of a sample comes from in the file's sample (the transpose as an index map,
  // made once): every sample is quantized in one typed pass, straight into the program's order (a cold CLI
  // run quantizes 150 k elements per ImageNet image here).
  const from = nchw === undefined ? undefined : nchwToNhwc(nchw, iota(per));
  for (let b = 0; b < n; b++) {
    const codes = new Int32Array(per);
    const at = b * per;
    if (isFloat) {
      const { min, max } = info!;
      if (from === undefined) for (let j = 0; j < per; j++) codes[j] = quantizeValue(src[at + j]!, scale!, zero, min!, max!);
      else for (let j = 0; j < per; j++) codes[j] = quantizeValue(src[at + from[j]!]!, scale!, zero, min!, max!);
    } else {
      for (let j = 0; j < per; j++) {
        const v = src[at + j]!;
        if (info && (v < info.min! || v > info.max!)) fail('SIM012', `${file}: value ${v} is outside ${desc.dtype} [${info.min}, ${info.max}]`, { file });
        codes[j] = v;
      }
    }
    samples.push(codes);
  }
  return samples;
}

/** 0, 1, …, n − 1. */
function iota(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = j;
  return out;
}
