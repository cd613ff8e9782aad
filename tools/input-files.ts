// Data files the commands read besides networks: float .npy batches and energy-table overrides.
import type { Tensor } from '../compiler/ir/tensor.js';
import { makeTensor } from '../compiler/ir/tensor.js';
import { readNpy } from '../compiler/io/npy.js';
import { fail } from '../core/diagnostics.js';
import { type EnergyTable, loadEnergyTable } from '../simulator/energy/energy-table.js';
import { readInputFile } from './read-input-file.js';

/** Any numeric tensor as f32 (inputs may come as uint8 images or float64 arrays from numpy). */
export function toFloat32(t: Tensor, file: string): Tensor {
  if (t.data instanceof Float32Array) return t;
  if (t.data instanceof BigInt64Array) fail('NPY010', `${file}: int64 input cannot be used as network input; save it as float32`, { file });
  return makeTensor('f32', t.type.shape, Float32Array.from(t.data as ArrayLike<number>));
}

/** Reads a .npy file as float32 (`what` names it in errors). */
export function loadFloatNpy(path: string, what: string): Tensor {
  return toFloat32(readNpy(new Uint8Array(readInputFile(path, what)), path), path);
}

/** Loads `--energy table.json` (a partial override of the Horowitz table), or undefined without the flag. */
export function energyTableFromFlag(path: string | undefined): EnergyTable | undefined {
  return path === undefined ? undefined : loadEnergyTable(readInputFile(path, 'energy table').toString('utf8'), path);
}
