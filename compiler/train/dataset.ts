// Labelled training data for the training engine: the TRAINING split of an IDX folder (Fashion-MNIST
// layout, gzipped or not) or .npy images + labels; preprocessed exactly as compiler/data/fashion-mnist.ts
// (uint8 pixels → the f32 table). The held-out slice (the last images) is split off here, and the test
// split is never opened: only train-* files are looked for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../../core/diagnostics.js';
import { readIdx } from '../data/idx.js';
import { preprocessPixel } from '../data/fashion-mnist.js';
import { readNpy } from '../io/npy.js';
import type { Tensor } from '../ir/tensor.js';

/** Preprocessed images (NCHW f32, `sample` per image) and their labels. */
export interface LabelledData {
  readonly images: Float32Array;
  readonly labels: Uint8Array;
  readonly count: number;
  readonly sample: readonly number[];
  /** Where the data came from, for messages. */
  readonly source: string;
}

/** The IDX training files looked for in a folder (the test split's t10k-* files are never read). */
export const TRAIN_IDX_FILES = { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' } as const;

const PIXELS: Float32Array = Float32Array.from({ length: 256 }, (_, p) => preprocessPixel(p));

function readMaybeGz(dir: string, base: string): { bytes: Uint8Array; path: string } | undefined {
  for (const name of [`${base}.gz`, base]) {
    const path = join(dir, name);
    if (existsSync(path)) return { bytes: new Uint8Array(readFileSync(path)), path };
  }
  return undefined;
}

/** uint8 pixels → the reference preprocessing; float data as it is. */
function imagesFrom(t: { shape: readonly number[]; data: ArrayLike<number> }, isBytes: boolean, file: string): { images: Float32Array; sample: number[] } {
  const [n, ...rest] = t.shape;
  if (n === undefined || rest.length < 1 || rest.length > 3) fail('TRN010', `images have shape [${t.shape.join(',')}]; expected [N,H,W], [N,C,H,W] or [N,F]`, { file });
  const sample = rest.length === 2 ? [1, rest[0]!, rest[1]!] : rest;
  const images = new Float32Array(t.data.length);
  if (isBytes) for (let i = 0; i < images.length; i++) images[i] = PIXELS[t.data[i]!]!;
  else for (let i = 0; i < images.length; i++) images[i] = t.data[i]!;
  return { images, sample };
}

function labelsFrom(t: { shape: readonly number[]; data: ArrayLike<number> }, n: number, file: string): Uint8Array {
  if (t.shape.length !== 1 || t.shape[0] !== n) fail('TRN010', `labels have shape [${t.shape.join(',')}]; expected [${n}] to match the images`, { file });
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = Number(t.data[i]);
    if (!Number.isInteger(v) || v < 0 || v > 255) fail('TRN010', `label ${i} is ${v}; labels are class indices 0..255`, { file });
    out[i] = v;
  }
  return out;
}

function readNpyFile(path: string): Tensor {
  return readNpy(new Uint8Array(readFileSync(path)), path);
}

/**
 * Loads training data from `path`: a folder with the IDX training split (train-images-idx3-ubyte[.gz] and
 * train-labels-idx1-ubyte[.gz]) or with images.npy + labels.npy, or an images .npy file with `labelsPath`.
 * `limit` keeps the first N images.
 */
export function loadTrainingData(path: string, labelsPath?: string, limit?: number): LabelledData {
  let imgs: { shape: readonly number[]; data: ArrayLike<number> };
  let labs: { shape: readonly number[]; data: ArrayLike<number> };
  let bytes: boolean;
  let source: string;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const ii = readMaybeGz(path, TRAIN_IDX_FILES.images);
    const ll = readMaybeGz(path, TRAIN_IDX_FILES.labels);
    if (ii && ll) {
      imgs = readIdx(ii.bytes, ii.path);
      labs = readIdx(ll.bytes, ll.path);
      bytes = true;
      source = ii.path;
    } else if (existsSync(join(path, 'images.npy')) && existsSync(join(path, 'labels.npy'))) {
      const t = readNpyFile(join(path, 'images.npy'));
      imgs = { shape: t.type.shape, data: t.data as ArrayLike<number> };
      bytes = t.type.dtype === 'u8';
      labs = npyLabels(join(path, 'labels.npy'));
      source = join(path, 'images.npy');
    } else {
      fail('TRN011', `no training data in ${path}: expected ${TRAIN_IDX_FILES.images}[.gz] and ${TRAIN_IDX_FILES.labels}[.gz] (the IDX training split) or images.npy and labels.npy`, { file: path });
    }
  } else if (path.toLowerCase().endsWith('.npy')) {
    if (labelsPath === undefined) fail('TRN011', `${path} holds images only: give the labels .npy too`, { file: path });
    if (!existsSync(path)) fail('TRN011', `cannot read training images '${path}': no such file`, { file: path });
    const t = readNpyFile(path);
    imgs = { shape: t.type.shape, data: t.data as ArrayLike<number> };
    bytes = t.type.dtype === 'u8';
    labs = npyLabels(labelsPath);
    source = path;
  } else {
    fail('TRN011', `training data must be a folder (IDX training split or images.npy + labels.npy) or an images .npy file, got '${path}'`, { file: path });
  }
  const all = imagesFrom(imgs, bytes, source);
  const n = imgs.shape[0]!;
  const count = Math.min(n, limit ?? n);
  const per = all.images.length / Math.max(1, n);
  return { images: all.images.slice(0, count * per), labels: labelsFrom(labs, n, source).slice(0, count), count, sample: all.sample, source };
}

function npyLabels(path: string): { shape: readonly number[]; data: ArrayLike<number> } {
  if (!existsSync(path)) fail('TRN011', `cannot read training labels '${path}': no such file`, { file: path });
  const t = readNpyFile(path);
  if (t.data instanceof BigInt64Array) return { shape: t.type.shape, data: Array.from(t.data, Number) };
  return { shape: t.type.shape, data: t.data as ArrayLike<number> };
}

/** The first `count − holdout` images train; the last `holdout` are the held-out slice for every choice. */
export function splitHoldout(data: LabelledData, holdout: number): { train: LabelledData; heldOut: LabelledData } {
  if (!Number.isInteger(holdout) || holdout < 1 || holdout >= data.count) fail('TRN012', `the held-out slice must be 1..${data.count - 1} images, got ${holdout}`);
  const per = data.images.length / data.count;
  const cut = data.count - holdout;
  const part = (from: number, to: number): LabelledData => ({
    images: data.images.subarray(from * per, to * per), labels: data.labels.subarray(from, to), count: to - from, sample: data.sample, source: data.source,
  });
  return { train: part(0, cut), heldOut: part(cut, data.count) };
}

/** The default held-out size: one twelfth of the images (5000 of Fashion-MNIST's 60,000), at least 1. */
export function defaultHoldout(count: number): number {
  return Math.max(1, Math.round(count / 12));
}
