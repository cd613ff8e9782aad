import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FASHION_MNIST_CLASSES, loadFashionMnist, preprocessPixel } from '../../../compiler/data/fashion-mnist.js';
import { UserError } from '../../../core/diagnostics.js';

const DATA_DIR = fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url));

function classCounts(labels: Uint8Array): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const l of labels) counts[l]!++;
  return counts;
}

describe('preprocessPixel', () => {
  it('gives the float32 values numpy computes (RESULTS.md anchors)', () => {
    expect(preprocessPixel(0)).toBe(Math.fround(-0.810198367));
    expect(preprocessPixel(1)).toBe(Math.fround(-0.799089134));
    expect(preprocessPixel(128)).toBe(Math.fround(0.611787021));
    expect(preprocessPixel(255)).toBe(Math.fround(2.02266288));
  });

  it('matches numpy bit for bit on all 256 pixel values', () => {
    // sha256 of the 256 little-endian float32s from numpy 2.4:
    // ((np.arange(256).astype(np.float32) / np.float32(255)) - np.float32(0.2860)) / np.float32(0.3530)
    const table = Float32Array.from({ length: 256 }, (_, p) => preprocessPixel(p));
    const digest = createHash('sha256').update(new Uint8Array(table.buffer)).digest('hex');
    expect(digest).toBe('897c26057ea3a3d3b3806b3c7f76a0d02f6d9bde09d1b5335f3f9f91fde2728d');
    const bits = new Uint32Array(table.buffer);
    expect([bits[0], bits[1], bits[128], bits[255]].map((b) => b!.toString(16))).toEqual(['bf4f6929', 'bf4c911b', '3f1c9e13', '4001734f']);
  });

  it('differs from rounding the double-precision formula once (why each step is rounded)', () => {
    const once = Array.from({ length: 256 }, (_, p) => Math.fround((p / 255 - 0.286) / 0.353));
    expect(once.some((v, p) => v !== preprocessPixel(p))).toBe(true);
  });
});

describe('loadFashionMnist', () => {
  it('loads the 10k test split: first labels, 1000 per class, preprocessed pixels', () => {
    const set = loadFashionMnist(DATA_DIR, 'test');
    expect(set.count).toBe(10000);
    expect(set.images.type).toEqual({ dtype: 'f32', shape: [10000, 1, 28, 28] });
    expect([...set.labels.subarray(0, 10)]).toEqual([9, 2, 1, 1, 6, 1, 4, 6, 5, 7]);
    expect(classCounts(set.labels)).toEqual(new Array(10).fill(1000));
    // Every pixel is one of the 256 table values; the image border of item 0 is background (p = 0).
    expect(set.images.data[0]).toBe(preprocessPixel(0));
  });

  it('loads the calibration split with its class counts', () => {
    const set = loadFashionMnist(DATA_DIR, 'calib');
    expect(set.count).toBe(1000);
    expect(classCounts(set.labels)).toEqual([107, 104, 86, 92, 95, 100, 100, 115, 102, 99]);
    expect(FASHION_MNIST_CLASSES[set.labels[0]!]).toBe('Ankle boot');
  });

  it('keeps the first `limit` images and their labels', () => {
    const full = loadFashionMnist(DATA_DIR, 'calib');
    const some = loadFashionMnist(DATA_DIR, 'calib', 3);
    expect(some.count).toBe(3);
    expect(some.images.type.shape).toEqual([3, 1, 28, 28]);
    expect([...some.images.data]).toEqual([...full.images.data.subarray(0, 3 * 784)]);
    expect([...some.labels]).toEqual([...full.labels.subarray(0, 3)]);
    expect(loadFashionMnist(DATA_DIR, 'calib', 5000).count).toBe(1000);
  });

  it('names the directory and the expected file when a file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-fmnist-'));
    try {
      copyFileSync(join(DATA_DIR, 'calib-1000-images-idx3-ubyte.gz'), join(dir, 'calib-1000-images-idx3-ubyte.gz'));
      let error: unknown;
      try {
        loadFashionMnist(dir, 'calib');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UserError);
      const d = (error as UserError).diagnostics[0]!;
      expect(d.code).toBe('FMN001');
      expect(d.message).toContain('calib-1000-labels-idx1-ubyte.gz');
      expect(d.message).toContain(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a negative or fractional limit', () => {
    expect(() => loadFashionMnist(DATA_DIR, 'calib', -1)).toThrow(/FMN004/);
    expect(() => loadFashionMnist(DATA_DIR, 'calib', 1.5)).toThrow(/FMN004/);
  });
});
