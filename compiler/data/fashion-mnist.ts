// Fashion-MNIST as the reference models saw it: IDX files -> f32 NCHW tensors normalised with the
// training-set mean and standard deviation, bit-identical to numpy/PyTorch (models/data/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, fail } from '../../core/diagnostics.js';
import { type Tensor, formatShape, makeTensor } from '../ir/tensor.js';
import { readIdx } from './idx.js';
import { FASHION_MNIST_NORMALIZATION, pixelTable } from './pixel-normalization.js';

/** Class names by label index. */
export const FASHION_MNIST_CLASSES: readonly string[] = [
  'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot',
];

/**
 * The splits: the 10k test split and the first 1000 training images for calibration (both shipped in
 * models/data/fashion-mnist), and the 60k training split (Debian's dataset-fashion-mnist has it).
 */
export type FashionMnistSplit = 'test' | 'calib' | 'train';

const SPLIT_FILES: Readonly<Record<FashionMnistSplit, { images: string; labels: string }>> = {
  test: { images: 't10k-images-idx3-ubyte.gz', labels: 't10k-labels-idx1-ubyte.gz' },
  calib: { images: 'calib-1000-images-idx3-ubyte.gz', labels: 'calib-1000-labels-idx1-ubyte.gz' },
  train: { images: 'train-images-idx3-ubyte.gz', labels: 'train-labels-idx1-ubyte.gz' },
};

/** The file names of a split (the choice-data loader checks a directory for them without opening any). */
export function splitFiles(split: FashionMnistSplit): { readonly images: string; readonly labels: string } {
  return SPLIT_FILES[split];
}

const SIDE = 28;

/** x = (p/255 − 0.2860) / 0.3530 in float32 steps (pixel-normalization.ts), as the models were trained. */
const PIXEL_TABLE: Float32Array = pixelTable(FASHION_MNIST_NORMALIZATION);

/** The normalised float32 input for the pixel value `p` (an integer 0..255). */
export function preprocessPixel(p: number): number {
  assert(Number.isInteger(p) && p >= 0 && p <= 255, `pixel value ${p} is not an integer in 0..255`);
  return PIXEL_TABLE[p]!;
}

/** A loaded split: images as f32 [N,1,28,28] (preprocessed), labels 0..9, and N. */
export interface FashionMnistSet {
  images: Tensor;
  labels: Uint8Array;
  count: number;
}

/**
 * Loads a split from `dir` (normally models/data/fashion-mnist), keeping the first `limit` images
 * when given. Missing or malformed files are UserErrors (FMN001..FMN004) naming the file.
 */
export function loadFashionMnist(dir: string, split: FashionMnistSplit, limit?: number): FashionMnistSet {
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0)) {
    fail('FMN004', `image limit ${limit} is not a non-negative integer`);
  }
  const names = SPLIT_FILES[split];
  const images = readIdx(readDataFile(dir, names.images), join(dir, names.images));
  const labels = readIdx(readDataFile(dir, names.labels), join(dir, names.labels));
  const n = images.shape[0] ?? 0;
  if (images.shape.length !== 3 || images.shape[1] !== SIDE || images.shape[2] !== SIDE) {
    fail('FMN002', `images have shape ${formatShape(images.shape)}, expected [N,28,28]`, { file: join(dir, names.images) });
  }
  if (labels.shape.length !== 1 || labels.shape[0] !== n) {
    fail('FMN002', `labels have shape ${formatShape(labels.shape)}, expected [${n}] to match the ${n} images`, { file: join(dir, names.labels) });
  }
  const count = Math.min(n, limit ?? n);
  const labelData = labels.data.slice(0, count);
  const bad = labelData.findIndex((l) => l >= FASHION_MNIST_CLASSES.length);
  if (bad >= 0) fail('FMN003', `label ${labelData[bad]} of image ${bad} is not a class index 0..9`, { file: join(dir, names.labels) });
  const pixels = new Float32Array(count * SIDE * SIDE);
  for (let i = 0; i < pixels.length; i++) pixels[i] = PIXEL_TABLE[images.data[i]!]!;
  return { images: makeTensor('f32', [count, 1, SIDE, SIDE], pixels), labels: labelData, count };
}

function readDataFile(dir: string, name: string): Uint8Array {
  const path = join(dir, name);
  if (!existsSync(path)) {
    fail('FMN001', `Fashion-MNIST file ${name} not found in directory ${dir} (the repository ships it in models/data/fashion-mnist)`, { file: path });
  }
  return new Uint8Array(readFileSync(path));
}
