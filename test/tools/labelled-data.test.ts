// tools/labelled-data.ts in-process: the sources it accepts, the shapes it conforms, and each refusal's code.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformToModel, hasCalibrationSplit, loadLabelled, parseNormalization } from '../../tools/labelled-data.js';
import { writeNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { FASHION_MNIST_NORMALIZATION } from '../../compiler/data/pixel-normalization.js';
import { firstDiagnostic } from '../user-error.js';

let dir: string;

/** An IDX file: magic 0 0 type rank, big-endian dims, bytes. */
function idx(shape: number[], data: number[]): Buffer {
  const head = Buffer.alloc(4 + 4 * shape.length);
  head[2] = 0x08;
  head[3] = shape.length;
  shape.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([head, Buffer.from(data)]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-data-'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 't10k-images-idx3-ubyte'), idx([3, 2, 2], [0, 255, 0, 255, 10, 20, 30, 40, 1, 2, 3, 4]));
  writeFileSync(join(dir, 'folder', 't10k-labels-idx1-ubyte'), idx([3], [2, 0, 1]));
  writeFileSync(join(dir, 'x.npy'), writeNpy(makeTensor('f32', [3, 4], Float32Array.from({ length: 12 }, (_, i) => i))));
  writeFileSync(join(dir, 'y.npy'), writeNpy(makeTensor('i32', [3], Int32Array.from([1, 2, 0]))));
  writeFileSync(join(dir, 'y2.npy'), writeNpy(makeTensor('i32', [2], Int32Array.from([1, 2]))));
  writeFileSync(join(dir, 'bad-labels.npy'), writeNpy(makeTensor('f32', [3], Float32Array.from([1, 2.5, 0]))));
});

describe('loadLabelled', () => {
  it('reads an IDX folder: [N,H,W] grey images as [N,1,H,W], normalised, with labels', () => {
    const d = loadLabelled({ data: join(dir, 'folder') }, { split: 'test', sampleShape: [1, 2, 2], needLabels: true });
    expect(d.images.type.shape).toEqual([3, 1, 2, 2]);
    expect(d.images.data[1]).toBe(Math.fround(Math.fround(Math.fround(1) - Math.fround(0.286)) / Math.fround(0.353)));
    expect(Array.from(d.labels!)).toEqual([2, 0, 1]);
    expect(d.description).toMatch(/^all 3 test images from .*t10k-images-idx3-ubyte \(IDX, Fashion-MNIST normalisation/);
    const mnist = loadLabelled({ data: join(dir, 'folder'), normalize: '0.1307,0.3081' }, { split: 'test', limit: 2, needLabels: true });
    expect(mnist.count).toBe(2);
    expect(mnist.images.data[0]).toBe(Math.fround(Math.fround(0 - Math.fround(0.1307)) / Math.fround(0.3081)));
    expect(mnist.description).toMatch(/^the first 2 test images .*normalised \(p\/255 − 0.1307\) \/ 0.3081/);
  });

  it('reads a .npy batch with .npy labels, shaped like the model input', () => {
    const d = loadLabelled({ data: join(dir, 'x.npy'), labels: join(dir, 'y.npy') }, { split: 'test', sampleShape: [1, 4], needLabels: true });
    expect(d.images.type.shape).toEqual([3, 1, 4]);
    expect(Array.from(d.labels!)).toEqual([1, 2, 0]);
  });

  it('refuses what it cannot use, each with its code', () => {
    const at = (flags: Parameters<typeof loadLabelled>[0], split: 'test' | 'calib' = 'test', sampleShape = [1, 2, 2]) =>
      firstDiagnostic(() => loadLabelled(flags, { split, sampleShape, needLabels: true })).code;
    expect(at({ data: join(dir, 'folder') }, 'calib')).toBe('DATA001');
    expect(at({ data: join(dir, 'folder'), labels: join(dir, 'y.npy') })).toBe('DATA002');
    expect(at({ data: join(dir, 'x.npy') }, 'test', [4])).toBe('DATA002');
    expect(at({ data: join(dir, 'x.npy'), labels: join(dir, 'y.npy') }, 'test', [5])).toBe('DATA003');
    expect(at({ data: join(dir, 'x.npy'), labels: join(dir, 'bad-labels.npy') }, 'test', [4])).toBe('DATA004');
    expect(at({ data: join(dir, 'x.npy'), labels: join(dir, 'y2.npy') }, 'test', [4])).toBe('DATA004');
    // An IDX label file serves as labels too.
    expect(Array.from(loadLabelled({ data: join(dir, 'x.npy'), labels: join(dir, 'folder', 't10k-labels-idx1-ubyte') }, { split: 'test', needLabels: true }).labels!)).toEqual([2, 0, 1]);
    expect(at({ data: join(dir, 'x.npy'), labels: join(dir, 'y.npy'), normalize: '0,1' }, 'test', [4])).toBe('DATA005');
  });
});

describe('helpers', () => {
  it('conforms shapes equal up to dimensions of size 1, and nothing else', () => {
    const t = makeTensor('f32', [2, 28, 28], new Float32Array(2 * 784));
    expect(conformToModel(t, [1, 28, 28], 'd').type.shape).toEqual([2, 1, 28, 28]);
    expect(firstDiagnostic(() => conformToModel(t, [1, 784], 'd')).code).toBe('DATA003');
  });

  it('parses --normalize and knows calibration splits', () => {
    expect(parseNormalization(undefined)).toBe(FASHION_MNIST_NORMALIZATION);
    expect(parseNormalization('0.5,0.25')).toEqual({ mean: 0.5, std: 0.25 });
    for (const bad of ['1', '0,0', 'a,b', '0,-1']) expect(firstDiagnostic(() => parseNormalization(bad)).code).toBe('DATA005');
    expect(hasCalibrationSplit(join(dir, 'folder'))).toBe(false);
    expect(hasCalibrationSplit('models/data/fashion-mnist')).toBe(true);
    expect(hasCalibrationSplit(join(dir, 'x.npy'))).toBe(false);
  });
});
