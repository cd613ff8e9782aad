// A transposed convolution's weight [Cin, Cout/groups, k...] (ONNX ConvTranspose) reordered output channel
// first, [Cout, Cin/groups, k...], the layout qconv_transpose stores: per-output-channel quantization, bias
// and requantization then index channel o along axis 0, as for conv2d.
import { type Tensor, makeTensor, numel } from '../ir/tensor.js';
import { allocate } from '../ir/dtype.js';

/** W'[g·coutG + o, c, tap] = W[g·cinG + c, o, tap]. */
export function outputMajorWeights(w: Tensor, groups: number): Tensor {
  const [cin, coutG, ...kernel] = w.type.shape as [number, number, ...number[]];
  const cinG = cin / groups;
  const k = numel(kernel);
  const out = allocate(w.type.dtype, w.data.length) as Float32Array;
  const src = w.data as Float32Array;
  for (let g = 0; g < groups; g++) {
    for (let o = 0; o < coutG; o++) {
      // Stryker disable next-line EqualityOperator: c <= cinG copies into the slot that follows in loop order, which its own pass then rewrites (an empty copy at the very end); the >= flip is killed
      for (let c = 0; c < cinG; c++) {
        const from = ((g * cinG + c) * coutG + o) * k;
        const to = ((g * coutG + o) * cinG + c) * k;
        out.set(src.subarray(from, from + k), to);
      }
    }
  }
  return makeTensor(w.type.dtype, [coutG * groups, cinG, ...kernel], out);
}
