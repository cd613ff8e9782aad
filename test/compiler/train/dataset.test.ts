// The training-data loader: the IDX training split (gzipped or not) or .npy images + labels, preprocessed as
// the reference models saw them; the held-out slice is the tail; the test split is never read.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFashionMnist, preprocessPixel } from '../../../compiler/data/fashion-mnist.js';
import { saveNpy } from '../../../compiler/io/npy.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { defaultHoldout, loadTrainingData, splitHoldout } from '../../../compiler/train/dataset.js';
import { firstDiagnostic } from '../../user-error.js';

const codeOf = (f: () => unknown): string => firstDiagnostic(f).code;

const SHIPPED = 'models/data/fashion-mnist';

/** A folder holding the shipped calibration images (the first training images) under the training split's names. */
function idxFolder(gzipped: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-train-idx-'));
  for (const [from, to] of [['calib-1000-images-idx3-ubyte.gz', 'train-images-idx3-ubyte'], ['calib-1000-labels-idx1-ubyte.gz', 'train-labels-idx1-ubyte']]) {
    if (gzipped) copyFileSync(join(SHIPPED, from), join(dir, `${to}.gz`));
    else writeFileSync(join(dir, to), gunzipSync(readFileSync(join(SHIPPED, from))));
  }
  return dir;
}

describe('training data', () => {
  const reference = loadFashionMnist(SHIPPED, 'calib');

  it('reads the IDX training split, gzipped or not, preprocessed exactly as compiler/data/fashion-mnist.ts', () => {
    for (const gz of [true, false]) {
      const d = loadTrainingData(idxFolder(gz));
      expect(d.count).toBe(1000);
      expect(d.sample).toEqual([1, 28, 28]);
      // Buffer.equals, not toEqual: a deep comparison of 784k floats element by element takes minutes.
      expect(Buffer.from(d.images.buffer).equals(Buffer.from((reference.images.data as Float32Array).buffer))).toBe(true);
      expect(Buffer.from(d.labels).equals(Buffer.from(reference.labels))).toBe(true);
    }
  });

  it('reads .npy images (uint8: preprocessed; f32: as they are) with their labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-train-npy-'));
    const pixels = Uint8Array.from([0, 1, 128, 255, 7, 9]);
    saveNpy(join(dir, 'images.npy'), makeTensor('u8', [3, 1, 2], pixels));
    saveNpy(join(dir, 'labels.npy'), makeTensor('i64', [3], BigInt64Array.from([3n, 1n, 4n])));
    const d = loadTrainingData(dir);
    expect(Array.from(d.images)).toEqual(Array.from(pixels, (p) => preprocessPixel(p)));
    expect(Array.from(d.labels)).toEqual([3, 1, 4]);
    saveNpy(join(dir, 'f.npy'), makeTensor('f32', [2, 3], Float32Array.from([0.5, -1, 2, 3, 4, 5])));
    saveNpy(join(dir, 'l.npy'), makeTensor('u8', [2], Uint8Array.from([0, 1])));
    const f = loadTrainingData(join(dir, 'f.npy'), join(dir, 'l.npy'));
    expect(Array.from(f.images)).toEqual([0.5, -1, 2, 3, 4, 5]);
    expect(f.sample).toEqual([3]);
  });

  it('never reads the test split: a folder with only t10k files has no training data (TRN011)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-train-test-only-'));
    for (const f of ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']) copyFileSync(join(SHIPPED, f), join(dir, f));
    expect(codeOf(() => loadTrainingData(dir))).toBe('TRN011');
  });

  it('holds out the last images (5000 of 60,000 by default)', () => {
    const d = loadTrainingData(idxFolder(true), undefined, 120);
    const { train, heldOut } = splitHoldout(d, 20);
    expect([train.count, heldOut.count]).toEqual([100, 20]);
    expect(Array.from(heldOut.labels)).toEqual(Array.from(reference.labels.slice(100, 120)));
    expect(heldOut.images[0]).toBe((reference.images.data as Float32Array)[100 * 784]);
    expect(defaultHoldout(60000)).toBe(5000);
    expect(codeOf(() => splitHoldout(d, 120))).toBe('TRN012');
  });
});
