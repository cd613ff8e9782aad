// Where calibration samples come from for the CLI: an IDX folder (its calibration split), an IDX image
// file, or a .npy batch.
import { existsSync, statSync } from 'node:fs';
import type { Tensor } from '../compiler/ir/tensor.js';
import { fail } from '../core/diagnostics.js';
import { loadLabelled } from './labelled-data.js';

/**
 * Calibration batch f32 [N, ...] from a folder (its calibration split: calib-* or train-* IDX files), an
 * IDX image file or a .npy file; `limit` keeps the first N; `normalize` is the --normalize text for IDX
 * pixels; with `sampleShape` the samples are checked against (and shaped like) the model's input.
 */
export function loadCalibration(source: string, limit?: number, opts: { normalize?: string; sampleShape?: readonly number[] } = {}): { batch: Tensor; description: string } {
  const folder = existsSync(source) && statSync(source).isDirectory();
  const lower = source.toLowerCase();
  if (!folder && !lower.endsWith('.npy') && !/idx3-ubyte(\.gz)?$/.test(lower)) fail('CLI020', `--calib must be an IDX folder, an IDX image file or a .npy file, got '${source}'`);
  const flags = { data: source, ...(opts.normalize !== undefined ? { normalize: opts.normalize } : {}) };
  const loaded = loadLabelled(flags, { split: 'calib', ...(limit !== undefined ? { limit } : {}), ...(opts.sampleShape ? { sampleShape: opts.sampleShape } : {}), needLabels: false });
  return { batch: loaded.images, description: `${loaded.count} ${loaded.description.replace(/^(all|the first) \d+ /, '').replace(/, labelled$/, '')}` };
}

/** Parses `--input-range lo,hi` (the real range of the network input, for data-free quantization). */
export function parseInputRange(text: string): [number, number] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite) || parts[0]! >= parts[1]!) fail('CLI021', `--input-range must be 'lo,hi' with lo < hi, got '${text}'`);
  return [parts[0]!, parts[1]!];
}
