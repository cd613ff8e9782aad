// The data a command evaluates on or calibrates with, from the user's files: an IDX folder (the layout of
// MNIST and Fashion-MNIST: t10k-* is the test split, calib-* or train-* the calibration split), an IDX
// image file with an IDX label file, or a .npy batch with a .npy of labels. IDX pixels are normalised
// ((p/255 − mean) / std, Fashion-MNIST's statistics unless --normalize says otherwise); .npy data is
// taken as given. Every sample is checked against the model's input shape.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { type Tensor, formatShape, makeTensor, numel } from '../compiler/ir/tensor.js';
import { readIdx } from '../compiler/data/idx.js';
import { FASHION_MNIST_NORMALIZATION, type PixelNormalization, pixelTable } from '../compiler/data/pixel-normalization.js';
import { readNpy } from '../compiler/io/npy.js';
import { fail } from '../core/diagnostics.js';
import { displayPath } from './install-paths.js';
import { readInputFile } from './load-model.js';
import { toFloat32 } from './input-files.js';

/** The data flags shared by eval, run (and sweep). */
export interface DataFlags {
  data?: string;
  labels?: string;
  normalize?: string;
}

/** Declares --data and --labels (--normalize comes with the quantization flags: it also applies to --calib). */
export function withDataFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('data', { type: 'string', describe: 'labelled data: an IDX folder (t10k-* test split, e.g. models/data/fashion-mnist), an IDX image file, or a .npy batch [N, ...]' })
    .option('labels', { type: 'string', describe: 'with an IDX image file or a .npy --data: its labels (IDX label file or .npy of class indices [N])' }) as Argv<T>;
}

/** Which part of an IDX folder: the test split or the calibration split. */
export type DataSplit = 'test' | 'calib';

/** Samples shaped like the model's input, their labels when known, and one line saying what they are. */
export interface LabelledBatch {
  readonly images: Tensor;
  readonly labels?: Int32Array;
  readonly count: number;
  readonly description: string;
}

/** Parses `--normalize mean,std` (of pixels scaled to [0, 1]); absent: Fashion-MNIST's statistics. */
export function parseNormalization(text: string | undefined): PixelNormalization {
  if (text === undefined) return FASHION_MNIST_NORMALIZATION;
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || !parts.every(Number.isFinite) || !(parts[1]! > 0)) fail('DATA005', `--normalize must be 'mean,std' with std > 0 (of pixels scaled to [0, 1]), got '${text}'`);
  return { mean: parts[0]!, std: parts[1]! };
}

const describeNormalization = (n: PixelNormalization): string =>
  n === FASHION_MNIST_NORMALIZATION ? 'Fashion-MNIST normalisation (p/255 − 0.286) / 0.353' : `normalised (p/255 − ${n.mean}) / ${n.std}`;

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** The IDX image and label files of a split in a folder, or a DATA001 error naming what was looked for. */
function splitFiles(dir: string, split: DataSplit): { images: string; labels: string } {
  const names = readdirSync(dir).sort();
  const find = (re: RegExp) => names.find((n) => re.test(n));
  const prefixes = split === 'test' ? ['t10k'] : ['calib-\\d+', 'train'];
  for (const prefix of prefixes) {
    const images = find(new RegExp(`^${prefix}-images-idx3-ubyte(\\.gz)?$`));
    const labels = find(new RegExp(`^${prefix}-labels-idx1-ubyte(\\.gz)?$`));
    if (images !== undefined && labels !== undefined) return { images: join(dir, images), labels: join(dir, labels) };
  }
  const wanted = prefixes.map((p) => `${p.replace('\\d+', 'N')}-images-idx3-ubyte[.gz] + ${p.replace('\\d+', 'N')}-labels-idx1-ubyte[.gz]`).join(' or ');
  return fail('DATA001', `IDX folder '${displayPath(dir)}' has no ${split === 'test' ? 'test' : 'calibration'} split: expected ${wanted}`, { file: dir });
}

/** IDX bytes → f32 through the pixel table; grey-scale [N,H,W] images become [N,1,H,W] (NCHW). */
function idxImages(path: string, normalization: PixelNormalization): Tensor {
  const idx = readIdx(new Uint8Array(readInputFile(path, 'IDX image file')), path);
  if (idx.shape.length < 2) fail('DATA003', `${displayPath(path)}: an IDX image file holds [N, ...] samples, this one has shape ${formatShape(idx.shape)}`, { file: path });
  const table = pixelTable(normalization);
  const shape = idx.shape.length === 3 ? [idx.shape[0]!, 1, idx.shape[1]!, idx.shape[2]!] : idx.shape;
  return makeTensor('f32', shape, Float32Array.from(idx.data, (p) => table[p]!));
}

/** Labels from an IDX label file or a .npy of integers: one non-negative integer per sample. */
function readLabels(path: string): Int32Array {
  const isNpy = path.toLowerCase().endsWith('.npy');
  const t = isNpy ? readNpy(new Uint8Array(readInputFile(path, 'labels .npy')), path) : undefined;
  const values: ArrayLike<number | bigint> = t ? t.data : readIdx(new Uint8Array(readInputFile(path, 'IDX label file')), path).data;
  const shape = t ? t.type.shape : [values.length];
  if (shape.length !== 1) fail('DATA004', `${displayPath(path)}: labels must have shape [N], got ${formatShape(shape)}`, { file: path });
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = Number(values[i]!);
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 31 - 1) fail('DATA004', `${displayPath(path)}: label ${i} is ${values[i]}, not a class index (a non-negative integer)`, { file: path });
    out[i] = v;
  }
  return out;
}

/**
 * The samples reshaped to the model's sample shape: equal shapes, or the same shape up to dimensions of
 * size 1 ([N,28,28] data for a [1,1,28,28] input). Anything else is DATA003 naming both shapes.
 */
export function conformToModel(images: Tensor, sampleShape: readonly number[], source: string): Tensor {
  const have = images.type.shape.slice(1);
  const squeeze = (s: readonly number[]) => s.filter((d) => d !== 1).join(',');
  if (have.join(',') !== sampleShape.join(',') && squeeze(have) !== squeeze(sampleShape)) {
    fail('DATA003', `${source} holds samples of shape ${formatShape(have)}; the model takes [N,${sampleShape.join(',')}]`, { file: source });
  }
  return { type: { dtype: 'f32', shape: [images.type.shape[0]!, ...sampleShape] }, data: images.data };
}

/** The first `limit` samples (all when undefined or larger). */
function firstSamples(images: Tensor, labels: Int32Array | undefined, limit: number | undefined): { images: Tensor; labels?: Int32Array; count: number } {
  const n = images.type.shape[0]!;
  const count = Math.min(n, limit ?? n);
  if (count === n) return { images, count, ...(labels ? { labels } : {}) };
  const per = numel(images.type.shape.slice(1));
  const data = (images.data as Float32Array).slice(0, count * per);
  return { images: { type: { dtype: 'f32', shape: [count, ...images.type.shape.slice(1)] }, data }, count, ...(labels ? { labels: labels.slice(0, count) } : {}) };
}

/**
 * Loads `--data` (and `--labels`): a folder gives its `split`; an IDX image file or a .npy batch is one
 * split already and needs `--labels` only when labels are needed (`needLabels`). `limit` keeps the first N;
 * with `sampleShape` the samples are checked against (and shaped like) the model's input.
 */
export function loadLabelled(flags: DataFlags, opts: { split: DataSplit; limit?: number; sampleShape?: readonly number[]; needLabels: boolean }): LabelledBatch {
  const source = flags.data!;
  const normalization = parseNormalization(flags.normalize);
  let images: Tensor;
  let labels: Int32Array | undefined;
  let what: string;
  if (isDirectory(source)) {
    if (flags.labels !== undefined) fail('DATA002', `--labels applies to an image file or a .npy --data; the IDX folder '${displayPath(source)}' has its own labels`);
    const files = splitFiles(source, opts.split);
    images = idxImages(files.images, normalization);
    labels = readLabels(files.labels);
    what = `${opts.split === 'test' ? 'test' : 'calibration'} images from ${displayPath(files.images)} (IDX, ${describeNormalization(normalization)})`;
  } else {
    const isNpy = source.toLowerCase().endsWith('.npy');
    if (isNpy && flags.normalize !== undefined) fail('DATA005', `--normalize applies to IDX pixels; the .npy data '${displayPath(source)}' is used as it is`);
    images = isNpy ? toFloat32(readNpy(new Uint8Array(readInputFile(source, 'data .npy')), source), source) : idxImages(source, normalization);
    if (flags.labels === undefined && opts.needLabels) fail('DATA002', `--data ${displayPath(source)} is a file: give its labels with --labels y.npy (or an IDX label file)`);
    if (flags.labels !== undefined) labels = readLabels(flags.labels);
    what = `samples from ${displayPath(source)}${isNpy ? '' : ` (IDX, ${describeNormalization(normalization)})`}`;
  }
  const n = images.type.shape[0] ?? 0;
  if (images.type.shape.length < 2 || n === 0) fail('DATA003', `${displayPath(source)} holds no samples (shape ${formatShape(images.type.shape)})`, { file: source });
  if (labels !== undefined && labels.length !== n) fail('DATA004', `${n} samples but ${labels.length} labels`, { file: flags.labels ?? source });
  const shaped = opts.sampleShape === undefined ? images : conformToModel(images, opts.sampleShape, displayPath(source));
  const picked = firstSamples(shaped, labels, opts.limit);
  const labelled = picked.labels ? ', labelled' : '';
  return { ...picked, description: `${picked.count === n ? 'all' : `the first`} ${picked.count} ${what}${labelled}` };
}

/** True when `--data` is an IDX folder with a calibration split (calib-* or train-* files). */
export function hasCalibrationSplit(source: string): boolean {
  if (!isDirectory(source)) return false;
  return readdirSync(source).some((n) => /^(calib-\d+|train)-images-idx3-ubyte(\.gz)?$/.test(n));
}
