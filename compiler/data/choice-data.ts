// The only data loader for CHOICES (AutoQuant's recipe and range choices, sensitivity, the mixed-precision
// search): it opens calibration or training data and nothing else. The test split is for reporting only, so
// this loader has no way to name its files: a directory is read through the 'calib' or 'train' split of
// fashion-mnist.ts (the type excludes 'test'), and a .npy file whose name says test/t10k is refused (MIX001).
//
// The split (docs/MIXED-PRECISION.md): the first ⌈N/2⌉ samples are the calibration part (ranges, AdaRound,
// bias correction), the remaining ⌊N/2⌋ the held-out part every choice is scored on, so a choice is never
// judged on the images that set the ranges it is choosing between.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail } from '../../core/diagnostics.js';
import { type Tensor, makeTensor, numel } from '../ir/tensor.js';
import { readNpy } from '../io/npy.js';
import { type FashionMnistSplit, loadFashionMnist, splitFiles } from './fashion-mnist.js';

/** The splits a choice may read. */
export type ChoiceSplit = Exclude<FashionMnistSplit, 'test'>;

/** Samples for choices: the calibration part, the held-out part (with labels when the source has them). */
export interface ChoiceData {
  readonly calib: Tensor;
  readonly heldOut: Tensor;
  readonly heldOutLabels?: Uint8Array;
  /** Where the data came from and how it was split, for reports. */
  readonly description: string;
}

/** Samples a training-split directory contributes by default (the split is 60,000 images). */
export const DEFAULT_TRAIN_SAMPLES = 2000;

/** A name that says it is a test split (t10k, test): never a source of choices. */
export function looksLikeTestSplit(path: string): boolean {
  return /t10k|test/i.test(basename(path));
}

/** Images [from, to) of a batch. */
export function sliceSamples(t: Tensor, from: number, to: number): Tensor {
  const per = numel(t.type.shape.slice(1));
  return { type: { dtype: t.type.dtype, shape: [to - from, ...t.type.shape.slice(1)] }, data: (t.data as Float32Array).subarray(from * per, to * per) };
}

/** Splits N samples into the calibration part (first ⌈N/2⌉) and the held-out part (the rest). */
export function splitChoiceData(images: Tensor, labels: Uint8Array | undefined, description: string): ChoiceData {
  const n = images.type.shape[0] ?? 0;
  if (n < 2) fail('MIX003', `choices need at least 2 samples (half to calibrate, half held out); ${description} has ${n}`);
  const cut = Math.ceil(n / 2);
  return {
    calib: sliceSamples(images, 0, cut),
    heldOut: sliceSamples(images, cut, n),
    ...(labels ? { heldOutLabels: labels.slice(cut, n) } : {}),
    description: `${description}: samples 0..${cut - 1} calibrate, ${cut}..${n - 1} are held out for choices`,
  };
}

/** Which split a directory offers for choices: its calibration split, else its training split (MIX002 when neither). */
function choiceSplitOf(dir: string): ChoiceSplit {
  const has = (split: ChoiceSplit): boolean => existsSync(join(dir, splitFiles(split).images)) && existsSync(join(dir, splitFiles(split).labels));
  if (has('calib')) return 'calib';
  if (has('train')) return 'train';
  const { images, labels } = splitFiles('calib');
  const train = splitFiles('train');
  return fail('MIX002', `${dir} has no calibration or training split for choices (${images} + ${labels}, or ${train.images} + ${train.labels}); the test split is never used for choices`, { file: dir });
}

/**
 * Loads choice data from a data directory (its calibration split, else the first `limit ??
 * DEFAULT_TRAIN_SAMPLES` images of its training split) or a float32 .npy batch without labels, and splits
 * it (splitChoiceData). `limit` keeps the first N samples of the source before the split.
 */
export function loadChoiceData(source: string, limit?: number): ChoiceData {
  if (looksLikeTestSplit(source)) fail('MIX001', `'${source}' looks like a test split (its name says test/t10k); choices read calibration or training data only`, { file: source });
  if (existsSync(source) && statSync(source).isDirectory()) {
    const split = choiceSplitOf(source);
    const data = loadFashionMnist(source, split, limit ?? (split === 'train' ? DEFAULT_TRAIN_SAMPLES : undefined));
    return splitChoiceData(data.images, data.labels, `${data.count} ${split === 'calib' ? 'calibration' : 'training'} images from ${join(source, splitFiles(split).images)}`);
  }
  if (!source.toLowerCase().endsWith('.npy') || !existsSync(source)) fail('MIX002', `choice data must be a data directory or an existing .npy batch, got '${source}'`, { file: source });
  const raw = readNpy(new Uint8Array(readFileSync(source)), source);
  let batch = raw.data instanceof Float32Array ? raw : makeTensor('f32', raw.type.shape, Float32Array.from(raw.data as ArrayLike<number>));
  const n = batch.type.shape[0] ?? 0;
  if (limit !== undefined && limit < n) batch = sliceSamples(batch, 0, limit);
  return splitChoiceData(batch, undefined, `${batch.type.shape[0]} samples from ${source}`);
}
