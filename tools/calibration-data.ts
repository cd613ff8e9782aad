// Where calibration samples come from for the CLI: an IDX data directory (its calib split) or a .npy batch.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Tensor } from '../compiler/ir/tensor.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { fail } from '../core/diagnostics.js';
import { loadFloatNpy } from './input-files.js';

/** The data directory shipped with accsim (Fashion-MNIST test and calibration splits). */
export const DEFAULT_DATA_DIR = 'models/data/fashion-mnist';

/** Calibration batch f32 [N, ...] from a directory (its 1000-image calib split) or a .npy file; `limit` keeps the first N. */
export function loadCalibration(source: string, limit?: number): { batch: Tensor; description: string } {
  if (existsSync(source) && statSync(source).isDirectory()) {
    const data = loadFashionMnist(source, 'calib', limit);
    return { batch: data.images, description: `${data.count} calibration images from ${join(source, 'calib-1000-images-idx3-ubyte.gz')}` };
  }
  if (!source.toLowerCase().endsWith('.npy')) fail('CLI020', `--calib must be a data directory or a .npy file, got '${source}'`);
  let batch = loadFloatNpy(source, 'calibration .npy');
  const n = batch.type.shape[0] ?? 0;
  if (limit !== undefined && limit < n) {
    const per = batch.data.length / n;
    batch = { type: { dtype: 'f32', shape: [limit, ...batch.type.shape.slice(1)] }, data: (batch.data as Float32Array).slice(0, limit * per) };
  }
  return { batch, description: `${batch.type.shape[0]} calibration samples from ${source}` };
}

/** Parses `--input-range lo,hi` (the real range of the network input, for data-free quantization). */
export function parseInputRange(text: string): [number, number] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite) || parts[0]! >= parts[1]!) fail('CLI021', `--input-range must be 'lo,hi' with lo < hi, got '${text}'`);
  return [parts[0]!, parts[1]!];
}
