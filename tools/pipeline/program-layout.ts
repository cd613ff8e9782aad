// A program's ends and element order without the compiler's op registry: what `accsim sim` needs to turn a
// user's .npy into program inputs (host-io.ts, which quantizes through the graph, re-exports these).
import { fail } from '../../core/diagnostics.js';
import type { Program, TensorDescriptor } from '../../isa/program-file.js';

/** The program's single input and output descriptors. */
export function programEnds(program: Program): { input: TensorDescriptor; output: TensorDescriptor } {
  const inputs = program.tensors.filter((t) => t.role === 'input');
  const outputs = program.tensors.filter((t) => t.role === 'output');
  if (inputs.length !== 1 || outputs.length !== 1) fail('SIM010', `the program has ${inputs.length} inputs and ${outputs.length} outputs; accsim runs programs with one of each`);
  return { input: inputs[0]!, output: outputs[0]! };
}

/**
 * Moves a [1,C,H,W] tensor's elements between NCHW order (the graph's) and NHWC order (the program's);
 * other ranks are the same in both.
 */
function transposeChannels(shape: readonly number[], v: ArrayLike<number>, toNhwc: boolean): Int32Array {
  const out = new Int32Array(v.length);
  if (shape.length !== 4) {
    out.set(v);
    return out;
  }
  const [, c, h, w] = shape as [number, number, number, number];
  let k = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let ch = 0; ch < c; ch++, k++) {
        const nchw = (ch * h + y) * w + x;
        if (toNhwc) out[k] = v[nchw]!;
        else out[nchw] = v[k]!;
      }
    }
  }
  return out;
}

/** NCHW element order → NHWC (the program's layout). */
export const nchwToNhwc = (shape: readonly number[], v: ArrayLike<number>): Int32Array => transposeChannels(shape, v, true);

/** NHWC order (as the program stores a [1,C,H,W] graph tensor) → NCHW. */
export const nhwcToNchw = (shape: readonly number[], v: ArrayLike<number>): Int32Array => transposeChannels(shape, v, false);
