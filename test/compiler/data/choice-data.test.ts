// The choice-data loader never opens the test split: every file read through node:fs is recorded
// (a spy wrapping the real module), and no path names t10k.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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
