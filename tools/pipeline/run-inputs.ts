// Which inputs `run` (and `verify`, `sweep`) use: the user's .npy, the user's labelled data (--data, an IDX
// folder or files), the data set accsim ships when the model takes its images, or a seeded sample — and
// which calibration data goes with them when the user gives none. The choice is always reported, and
// calibrating on random samples comes with a warning the reports print first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../compiler/ir/graph.js';
import { type Tensor, numel, sameShape } from '../../compiler/ir/tensor.js';
import { fail } from '../../core/diagnostics.js';
import { loadFloatNpy } from '../input-files.js';
import { displayPath, shippedDataDir } from '../install-paths.js';
import { conformToModel, hasCalibrationSplit, loadLabelled } from '../labelled-data.js';
import { mulberry32 } from '../../core/seeded-random.js';

export interface RunInputs {
  readonly batch: Tensor;
  readonly labels?: ArrayLike<number>;
  /** One line saying where the inputs came from. */
  readonly source: string;
  /** The calibration batch to use when the user gave none, and where it came from. */
  readonly calib: Tensor;
  readonly calibSource: string;
  /** Set when `calib` is random samples, not data: what reports must print first. */
  readonly calibWarning?: string;
}

/** Calibration samples `run` takes from a data set's calibration split when the user gives none. */
const CALIBRATION_SAMPLES = 256;
/** Random calibration samples when there is no data set at all. */
const RANDOM_CALIBRATION_SAMPLES = 32;

/** A seeded pseudo-random batch (values in [-1, 1)), reproducible across runs and machines. */
export function seededBatch(sampleShape: readonly number[], n: number, seed: number): Tensor {
  const next = mulberry32(seed);
  const shape = [n, ...sampleShape];
  return { type: { dtype: 'f32', shape }, data: Float32Array.from({ length: numel(shape) }, () => next() * 2 - 1) };
}

/** The shipped Fashion-MNIST applies when the graph takes one 1×28×28 image (and the data is installed). */
function shippedDataApplies(graph: Graph): boolean {
  return graph.inputs.length === 1 && sameShape(graph.inputs[0]!.type.shape, [1, 1, 28, 28]) && existsSync(join(shippedDataDir(), 't10k-images-idx3-ubyte.gz'));
}

type Calibration = Pick<RunInputs, 'calib' | 'calibSource' | 'calibWarning'>;

function folderCalibration(dir: string, normalize: string | undefined, sampleShape: readonly number[]): Calibration {
  const c = loadLabelled({ data: dir, ...(normalize !== undefined ? { normalize } : {}) }, { split: 'calib', limit: CALIBRATION_SAMPLES, sampleShape, needLabels: false });
  return { calib: c.images, calibSource: c.description.replace(/^(all|the first) /, '').replace(/, labelled$/, '') };
}

function randomCalibration(sampleShape: readonly number[], seed: number): Calibration {
  const n = RANDOM_CALIBRATION_SAMPLES;
  return {
    calib: seededBatch(sampleShape, n, seed),
    calibSource: `${n} seeded random samples, uniform in [-1, 1) (seed ${seed})`,
    calibWarning: `no calibration data: quantization ranges come from ${n} random samples uniform in [-1, 1), not from real inputs; SQNR and accuracy may be meaningless. Give --calib DIR|x.npy (or --data with a calibration split)`,
  };
}

/**
 * Picks the inputs: --input (a float .npy), else --data (with --labels for files), else the shipped data
 * set (the first `count` test images, labelled), else a seeded sample. Calibration: the calibration split
 * of --data or of the shipped data set when there is one, else random samples (with a warning).
 */
export function chooseRunInputs(graph: Graph, opts: { input?: string; data?: string; labels?: string; normalize?: string; count: number; seed: number }): RunInputs {
  const sampleShape = graph.inputs[0]!.type.shape.slice(1);
  if (opts.input !== undefined && opts.data !== undefined) fail('CLI061', 'give --input (samples without labels) or --data (labelled data), not both');
  if (opts.labels !== undefined && opts.data === undefined) fail('DATA002', '--labels goes with --data (an IDX image file or a .npy batch)');
  const shipped = opts.data === undefined && shippedDataApplies(graph);
  const calibDir = opts.data !== undefined ? (hasCalibrationSplit(opts.data) ? opts.data : undefined) : shipped ? shippedDataDir() : undefined;
  const calibration = calibDir !== undefined ? folderCalibration(calibDir, opts.normalize, sampleShape) : randomCalibration(sampleShape, opts.seed + 1);
  if (opts.input !== undefined) {
    const batch = conformToModel(loadFloatNpy(opts.input, 'input .npy'), sampleShape, displayPath(opts.input));
    return { batch, source: `${batch.type.shape[0]} sample(s) from ${displayPath(opts.input)}`, ...calibration };
  }
  if (opts.data !== undefined || shipped) {
    const flags = { data: opts.data ?? shippedDataDir(), ...(opts.labels !== undefined ? { labels: opts.labels } : {}), ...(opts.normalize !== undefined ? { normalize: opts.normalize } : {}) };
    const d = loadLabelled(flags, { split: 'test', limit: opts.count, sampleShape, needLabels: false });
    return { batch: d.images, ...(d.labels ? { labels: d.labels } : {}), source: d.description, ...calibration };
  }
  return { batch: seededBatch(sampleShape, opts.count, opts.seed), source: `${opts.count} seeded random samples (seed ${opts.seed}); give --input or --data for your own data`, ...calibration };
}
