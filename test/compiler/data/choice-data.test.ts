// The choice-data loader never opens the test split: every file read through node:fs is recorded
// (a spy wrapping the real module), and no path names t10k.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const opened: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const record = <F extends (...a: never[]) => unknown>(f: F): F => ((...a: Parameters<F>) => {
    opened.push(String(a[0]));
    return f(...a);
  }) as F;
  return { ...real, default: real, readFileSync: record(real.readFileSync), openSync: record(real.openSync), createReadStream: record(real.createReadStream) };
});

const { loadChoiceData, looksLikeTestSplit } = await import('../../../compiler/data/choice-data.js');
const { loadFashionMnist } = await import('../../../compiler/data/fashion-mnist.js');
const { saveNpy } = await import('../../../compiler/io/npy.js');
const { sliceSamples } = await import('../../../compiler/data/choice-data.js');
const { makeTensor } = await import('../../../compiler/ir/tensor.js');
const { firstDiagnostic } = await import('../../user-error.js');

const DATA_DIR = fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url));

afterEach(() => {
  opened.length = 0;
});

describe('loadChoiceData', () => {
  it('reads the calibration split only and halves it: 500 calibrate, 500 held out with their labels', () => {
    const data = loadChoiceData(DATA_DIR);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((p) => p.includes('calib-1000'))).toBe(true);
    expect(opened.some((p) => /t10k/.test(p))).toBe(false);
    expect(data.calib.type.shape).toEqual([500, 1, 28, 28]);
    expect(data.heldOut.type.shape).toEqual([500, 1, 28, 28]);
    const all = loadFashionMnist(DATA_DIR, 'calib');
    expect(Array.from(data.heldOutLabels!)).toEqual(Array.from(all.labels.slice(500)));
    expect(data.heldOut.data[0]).toBe(all.images.data[500 * 784]);
    expect(data.description).toContain('0..499 calibrate, 500..999 are held out');
  });

  it('keeps the first N samples with a limit (odd N: the calibration part gets the extra one)', () => {
    const data = loadChoiceData(DATA_DIR, 7);
    expect(data.calib.type.shape[0]).toBe(4);
    expect(data.heldOut.type.shape[0]).toBe(3);
  });

  it('refuses a source named like a test split before opening anything (MIX001)', () => {
    expect(firstDiagnostic(() => loadChoiceData(join(DATA_DIR, 't10k-images-idx3-ubyte.gz'))).code).toBe('MIX001');
    expect(firstDiagnostic(() => loadChoiceData('/tmp/fashion-test.npy')).code).toBe('MIX001');
    expect(opened).toEqual([]);
    expect(looksLikeTestSplit('calib.npy')).toBe(false);
  });

  it('refuses a directory that holds only the test split, without reading it (MIX002)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-choice-'));
    try {
      for (const f of ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']) copyFileSync(join(DATA_DIR, f), join(dir, f));
      opened.length = 0;
      expect(firstDiagnostic(() => loadChoiceData(dir)).code).toBe('MIX002');
      expect(opened).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadChoiceData with a held-out training split', () => {
  // A training split that is the shipped calibration split's files (the shipped split is the first 1000
  // training images), and calibration batches cut from it: the loader must skip exactly those.
  const withDirs = (run: (dirs: { train: string; calib: string }) => void): void => {
    const root = mkdtempSync(join(tmpdir(), 'accsim-heldout-'));
    try {
      const train = join(root, 'train-data');
      mkdirSync(train);
      copyFileSync(join(DATA_DIR, 'calib-1000-images-idx3-ubyte.gz'), join(train, 'train-images-idx3-ubyte.gz'));
      copyFileSync(join(DATA_DIR, 'calib-1000-labels-idx1-ubyte.gz'), join(train, 'train-labels-idx1-ubyte.gz'));
      run({ train, calib: root });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const all = loadFashionMnist(DATA_DIR, 'calib');
  const per = 784;
  /** Image i of a batch's data, as numbers. */
  const image = (data: unknown, i: number): number[] => Array.from((data as Float32Array).subarray(i * per, (i + 1) * per));
  const allData = all.images.data as Float32Array;

  it('calibrates on all of --calib and holds out the next training images that are not calibration images', () => {
    withDirs(({ train, calib }) => {
      const npy = join(calib, 'first-300.npy');
      saveNpy(npy, sliceSamples(all.images, 0, 300));
      opened.length = 0;
      const data = loadChoiceData(npy, undefined, { dir: train, count: 200 });
      expect(opened.some((p) => /t10k/.test(p))).toBe(false);
      expect(data.calib.type.shape).toEqual([300, 1, 28, 28]);
      expect(data.heldOut.type.shape).toEqual([200, 1, 28, 28]);
      expect(image(data.heldOut.data, 0)).toEqual(image(allData, 300));
      expect(Array.from(data.heldOutLabels!)).toEqual(Array.from(all.labels.slice(300, 500)));
      expect(data.description).toContain('training images 300..499');
    });
  });

  it('skips calibration images wherever they are in the training split', () => {
    withDirs(({ train, calib }) => {
      // Calibration: images 0..99 and 200..299; held out: 100..199 then 300..499.
      const two = new Float32Array(200 * per);
      two.set(allData.subarray(0, 100 * per), 0);
      two.set(allData.subarray(200 * per, 300 * per), 100 * per);
      const npy = join(calib, 'two-runs.npy');
      saveNpy(npy, makeTensor('f32', [200, 1, 28, 28], two));
      const data = loadChoiceData(npy, undefined, { dir: train, count: 300 });
      expect(image(data.heldOut.data, 99)).toEqual(image(allData, 199));
      expect(image(data.heldOut.data, 100)).toEqual(image(allData, 300));
      expect(data.description).toContain('300 of 100..499');
    });
  });

  it('fails when fewer training images than asked are left after the calibration images (MIX006)', () => {
    withDirs(({ train }) => {
      // --calib is the calibration split itself: every one of the 1000 training images is a calibration image.
      expect(firstDiagnostic(() => loadChoiceData(DATA_DIR, undefined, { dir: train, count: 10 })).code).toBe('MIX006');
      expect(firstDiagnostic(() => loadChoiceData(DATA_DIR, 400, { dir: train, count: 601 })).code).toBe('MIX006');
      expect(loadChoiceData(DATA_DIR, 400, { dir: train, count: 600 }).heldOut.type.shape[0]).toBe(600);
    });
  });

  it('refuses a held-out directory without a training split (MIX002) or named like a test split (MIX001), opening no test file', () => {
    opened.length = 0;
    expect(firstDiagnostic(() => loadChoiceData(DATA_DIR, 10, { dir: DATA_DIR, count: 10 })).code).toBe('MIX002');
    expect(firstDiagnostic(() => loadChoiceData(DATA_DIR, 10, { dir: '/data/t10k', count: 10 })).code).toBe('MIX001');
    expect(opened.some((p) => /t10k/.test(p))).toBe(false);
  });
});
