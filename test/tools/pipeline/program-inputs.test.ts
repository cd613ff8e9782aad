// A user's .npy as program inputs (tools/pipeline/program-inputs.ts): float NCHW data quantized with the input's
// scale and zero point into the program's NHWC order, sample by sample; integer codes taken as they are.
import { describe, expect, it } from 'vitest';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { quantizeValue } from '../../../compiler/quant/quantize-tensor.js';
import type { TensorDescriptor } from '../../../isa/program-file.js';
import { programInputsFromNpy } from '../../../tools/pipeline/program-inputs.js';
import { nchwToNhwc } from '../../../tools/pipeline/program-layout.js';
import { firstDiagnostic } from '../../user-error.js';

const [H, W, C] = [3, 4, 2];
const input = (layout: string, dtype: 'u8' | 'i8' = 'u8'): TensorDescriptor => ({
  name: 'x', role: 'input', dramAddr: 0, dtype, shape: [1, H, W, C], layout, scale: [0.05], zeroPoint: [dtype === 'u8' ? 3 : 0],
});
/** Two samples of seeded float values, some past the clamp, some on rounding ties (0.05 · k.5). */
const floats = Float32Array.from({ length: 2 * H * W * C }, (_, j) => (j % 7 === 0 ? 0.05 * (j / 7 + 0.5) : Math.sin(j) * 8));

describe('programInputsFromNpy', () => {
  it('quantizes float NCHW samples with the input scale into the NHWC program order', () => {
    const samples = programInputsFromNpy(makeTensor('f32', [2, C, H, W], floats), input('NHWC'), 'x.npy');
    const per = H * W * C;
    const want = [0, 1].map((b) => nchwToNhwc([1, C, H, W], Array.from(floats.subarray(b * per, (b + 1) * per), (v) => quantizeValue(v, 0.05, 3, 0, 255))));
    expect(samples).toEqual(want);
  });

  it('keeps the element order of float data for other layouts, and takes integer codes as they are', () => {
    const samples = programInputsFromNpy(makeTensor('f64', [2, H * W * C], Float64Array.from(floats)), input('NC', 'i8'), 'x.npy');
    expect(samples[1]).toEqual(Int32Array.from(floats.subarray(H * W * C), (v) => quantizeValue(v, 0.05, 0, -128, 127)));
    const codes = Int8Array.from({ length: 2 * H * W * C }, (_, j) => j - 20);
    expect(programInputsFromNpy(makeTensor('i8', [2, H, W, C], codes), input('NHWC', 'i8'), 'x.npy')).toEqual([Int32Array.from(codes.subarray(0, 24)), Int32Array.from(codes.subarray(24))]);
  });

  it('names the file and the problem: codes outside the dtype, a size that is not whole samples', () => {
    expect(firstDiagnostic(() => programInputsFromNpy(makeTensor('i32', [1, H, W, C], new Int32Array(H * W * C).fill(300)), input('NHWC'), 'x.npy'))).toMatchObject({ code: 'SIM012', message: 'x.npy: value 300 is outside u8 [0, 255]' });
    expect(firstDiagnostic(() => programInputsFromNpy(makeTensor('f32', [5], new Float32Array(5)), input('NHWC'), 'x.npy')).code).toBe('SIM012');
  });
});
