// fast-check generators of small tensors of every file dtype, shared by the .npy and .safetensors tests.
import fc from 'fast-check';
import { type DType, allocate } from '../../../compiler/ir/dtype.js';
import { type Tensor, makeTensor, numel } from '../../../compiler/ir/tensor.js';
import { halfBitsToFloat } from '../../../compiler/io/half-float.js';

/** Every half-precision value except NaN (whose payload a Float32Array does not promise to keep). */
const halfValue = fc.integer({ min: 0, max: 0xffff })
  .filter((h) => (h & 0x7c00) !== 0x7c00 || (h & 0x3ff) === 0)
  .map(halfBitsToFloat);

/** Element generators biased to the extremes by fast-check itself (min, max, -0, ±inf, NaN for floats). */
export const ELEMENT_ARBITRARIES: Readonly<Record<string, readonly [DType, fc.Arbitrary<number | bigint>]>> = {
  f64: ['f64', fc.double()],
  f32: ['f32', fc.float()],
  f16: ['f16', halfValue],
  i64: ['i64', fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })],
  i32: ['i32', fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })],
  i16: ['i16', fc.integer({ min: -32768, max: 32767 })],
  i8: ['i8', fc.integer({ min: -128, max: 127 })],
  u8: ['u8', fc.integer({ min: 0, max: 255 })],
};

/** A tensor of `dtype` with up to 3 dimensions of size 0..4 (0-d and empty tensors included). */
export function tensorArbitrary(dtype: DType, element: fc.Arbitrary<number | bigint>): fc.Arbitrary<Tensor> {
  return fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }).chain((shape) =>
    fc.array(element, { minLength: numel(shape), maxLength: numel(shape) }).map((values) => tensorOf(dtype, shape, values)));
}

/** A tensor holding `values` in the storage array of `dtype`. */
export function tensorOf(dtype: DType, shape: readonly number[], values: readonly (number | bigint)[]): Tensor {
  const data = allocate(dtype, values.length);
  const slots = data as unknown as (number | bigint)[];
  values.forEach((v, i) => (slots[i] = v));
  return makeTensor(dtype, shape, data);
}

/** Element-wise equality that tells -0 from 0 and treats NaN as equal to NaN (Object.is). */
export function sameElements(a: Tensor, b: Tensor): boolean {
  return a.data.length === b.data.length && [...a.data].every((v, i) => Object.is(v, b.data[i]));
}
