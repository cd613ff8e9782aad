// Tensor types (dtype + static shape) and tensors (type + data), with shape helpers.
import { type DType, type TypedArray, allocate } from './dtype.js';
import { assert } from '../../core/diagnostics.js';

/** A static tensor type. Shapes are fully known: the batch dimension is the first one of an input. */
export interface TensorType {
  readonly dtype: DType;
  readonly shape: readonly number[];
}

/** A tensor: its type and row-major (C order) data, one element per slot. */
export interface Tensor {
  readonly type: TensorType;
  readonly data: TypedArray;
}

/** Number of elements of a shape (1 for a scalar). */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function tensorType(dtype: DType, shape: readonly number[]): TensorType {
  return { dtype, shape: [...shape] };
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function sameType(a: TensorType, b: TensorType): boolean {
  return a.dtype === b.dtype && sameShape(a.shape, b.shape);
}

/** `f32[1,16,28,28]`, the form used in QIR text and in messages. */
export function formatType(t: TensorType): string {
  return `${t.dtype}[${t.shape.join(',')}]`;
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** A zero-filled tensor of the given type. */
export function zeros(type: TensorType): Tensor {
  return { type, data: allocate(type.dtype, numel(type.shape)) };
}

/** Wraps existing data as a tensor after checking the element count. */
export function makeTensor(dtype: DType, shape: readonly number[], data: TypedArray): Tensor {
  assert(data.length === numel(shape), `tensor data has ${data.length} elements, shape ${formatShape(shape)} needs ${numel(shape)}`);
  return { type: tensorType(dtype, shape), data };
}

/** A float32 tensor. */
export function f32Tensor(shape: readonly number[], data: Float32Array | readonly number[]): Tensor {
  return makeTensor('f32', shape, data instanceof Float32Array ? data : Float32Array.from(data));
}

/** Row-major strides of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return strides;
}
