// The only data loader for CHOICES (AutoQuant's recipe and range choices, sensitivity, the mixed-precision
// search): it opens calibration or training data and nothing else. The test split is for reporting only, so
// this loader has no way to name its files: a directory is read through the 'calib' or 'train' split of
// fashion-mnist.ts (the type excludes 'test'), and a .npy file whose name says test/t10k is refused (MIX001).
//
// The split (docs/MIXED-PRECISION.md): the first ⌈N/2⌉ samples are the calibration part (ranges, AdaRound,
// bias correction), the remaining ⌊N/2⌋ the held-out part every choice is scored on, so a choice is never
// judged on the images that set the ranges it is choosing between. With a separate held-out source
// (HeldOutSource, `search --held-out`), the whole calibration source calibrates (the data `eval` and
// `quantize` calibrate on, so a chosen configuration is the quantized model they rebuild) and the held-out
// part is the first N images of a training split that are not calibration images (MIX006 when none are left).
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

/** A held-out part from elsewhere: the first `count` images of `dir`'s training split that are not calibration images. */
export interface HeldOutSource {
  readonly dir: string;
  readonly count: number;
}

/** The bytes of each sample, to recognise a calibration image inside a training split. */
function sampleKeys(t: Tensor): string[] {
  const per = numel(t.type.shape.slice(1));
  const d = t.data as Float32Array;
  return Array.from({ length: t.type.shape[0] ?? 0 }, (_, i) => Buffer.from(d.buffer, d.byteOffset + i * per * 4, per * 4).toString('base64'));
}

/**
 * `calib` whole as the calibration part, and the held-out part from `held`: training images in order,
 * skipping every image byte-identical to a calibration image (the shipped calibration split is the first
 * 1000 training images), until `count` are kept.
 */
function withHeldOutSource(calib: Tensor, calibDescription: string, held: HeldOutSource): ChoiceData {
  if (looksLikeTestSplit(held.dir)) fail('MIX001', `'${held.dir}' looks like a test split (its name says test/t10k); choices read calibration or training data only`, { file: held.dir });
  const train = splitFiles('train');
  if (!(existsSync(held.dir) && statSync(held.dir).isDirectory() && existsSync(join(held.dir, train.images)) && existsSync(join(held.dir, train.labels)))) {
    fail('MIX002', `--held-out must be a directory with a training split (${train.images} + ${train.labels}); ${held.dir} has none`, { file: held.dir });
  }
  if (!(Number.isSafeInteger(held.count) && held.count >= 1)) fail('MIX003', `the held-out part needs at least 1 sample, got ${held.count}`);
  const calibCount = calib.type.shape[0] ?? 0;
  const data = loadFashionMnist(held.dir, 'train', held.count + calibCount);
  const seen = new Set(sampleKeys(calib));
  const kept = sampleKeys(data.images).map((k, i) => (seen.has(k) ? -1 : i)).filter((i) => i >= 0).slice(0, held.count);
  if (kept.length < held.count) fail('MIX006', `${held.dir}: only ${kept.length} training images are not calibration images, ${held.count} were asked for held out`, { file: held.dir });
  const per = numel(data.images.type.shape.slice(1));
  const images = new Float32Array(kept.length * per);
  kept.forEach((src, i) => images.set((data.images.data as Float32Array).subarray(src * per, (src + 1) * per), i * per));
  const first = kept[0]!, last = kept[kept.length - 1]!;
  const range = last - first + 1 === kept.length ? `${first}..${last}` : `${kept.length} of ${first}..${last}`;
  return {
    calib,
    heldOut: makeTensor('f32', [kept.length, ...data.images.type.shape.slice(1)], images),
    heldOutLabels: Uint8Array.from(kept, (i) => data.labels[i]!),
    description: `${calibDescription}, all calibrate; training images ${range} of ${join(held.dir, train.images)} are held out for choices (${data.count - kept.length > 0 ? 'skipping the calibration images' : 'none of them calibration images'})`,
  };
}

/**
 * Loads choice data from a data directory (its calibration split, else the first `limit ??
 * DEFAULT_TRAIN_SAMPLES` images of its training split) or a float32 .npy batch without labels, and splits
 * it (splitChoiceData). `limit` keeps the first N samples of the source before the split. With `heldOut`
 * the source is not split: all of it calibrates, and the held-out part comes from `heldOut`.
 */
export function loadChoiceData(source: string, limit?: number, heldOut?: HeldOutSource): ChoiceData {
  if (looksLikeTestSplit(source)) fail('MIX001', `'${source}' looks like a test split (its name says test/t10k); choices read calibration or training data only`, { file: source });
  if (existsSync(source) && statSync(source).isDirectory()) {
    const split = choiceSplitOf(source);
    const data = loadFashionMnist(source, split, limit ?? (split === 'train' ? DEFAULT_TRAIN_SAMPLES : undefined));
    const description = `${data.count} ${split === 'calib' ? 'calibration' : 'training'} images from ${join(source, splitFiles(split).images)}`;
    if (heldOut !== undefined) return withHeldOutSource(data.images, description, heldOut);
    return splitChoiceData(data.images, data.labels, description);
  }
  if (!source.toLowerCase().endsWith('.npy') || !existsSync(source)) fail('MIX002', `choice data must be a data directory or an existing .npy batch, got '${source}'`, { file: source });
  const raw = readNpy(new Uint8Array(readFileSync(source)), source);
  let batch = raw.data instanceof Float32Array ? raw : makeTensor('f32', raw.type.shape, Float32Array.from(raw.data as ArrayLike<number>));
  const n = batch.type.shape[0] ?? 0;
  if (limit !== undefined && limit < n) batch = sliceSamples(batch, 0, limit);
  const description = `${batch.type.shape[0]} samples from ${source}`;
  return heldOut !== undefined ? withHeldOutSource(batch, description, heldOut) : splitChoiceData(batch, undefined, description);
}
