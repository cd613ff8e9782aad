// Issue 20, a new user's first hour: the shipped data is found from any directory, their own data (.npy
// with labels, IDX folders) works, data-free quantization of a model without BatchNorm names --calib, and
// each small lie or crash is a correct result or one line with exit 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli, type CliResult } from './run-cli.js';
import { writeNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { loadQir } from '../../compiler/qir/load.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import { argmax } from '../../tools/eval/evaluate.js';

const FMNIST = join(REPO_ROOT, 'models/data/fashion-mnist');
const N = 24;
let dir: string;

/** One line on stderr, exit 2, no stack trace. */
function expectOneLineError(r: CliResult, code: string): void {
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`error ${code}:`);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** The first `n` images of an IDX file with its header rewritten for n (IDX is N-major). */
function firstIdx(gz: string, n: number, itemBytes: number, headerBytes: number): Buffer {
  const raw = gunzipSync(readFileSync(join(FMNIST, gz)));
  const out = Buffer.from(raw.subarray(0, headerBytes + n * itemBytes));
  out.writeUInt32BE(n, 4);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-first-hour-'));
  // An IDX folder laid out like MNIST's download (uncompressed, train-* as the calibration split).
  mkdirSync(join(dir, 'idx'));
  writeFileSync(join(dir, 'idx', 't10k-images-idx3-ubyte'), firstIdx('t10k-images-idx3-ubyte.gz', N, 784, 16));
  writeFileSync(join(dir, 'idx', 't10k-labels-idx1-ubyte'), firstIdx('t10k-labels-idx1-ubyte.gz', N, 1, 8));
  copyFileSync(join(FMNIST, 'calib-1000-images-idx3-ubyte.gz'), join(dir, 'idx', 'train-images-idx3-ubyte.gz'));
  copyFileSync(join(FMNIST, 'calib-1000-labels-idx1-ubyte.gz'), join(dir, 'idx', 'train-labels-idx1-ubyte.gz'));
  // The same images as a .npy batch (already normalised, as a user's pipeline would save them) and labels.
  const test = loadFashionMnist(FMNIST, 'test', N);
  writeFileSync(join(dir, 'x.npy'), writeNpy(test.images));
  writeFileSync(join(dir, 'y.npy'), writeNpy(makeTensor('i64', [N], BigInt64Array.from(test.labels, (l) => BigInt(l)))));
});

/** Top-1 of the float CNN on the first N test images, computed in-process: the oracle for eval. */
function expectedCorrect(): number {
  const test = loadFashionMnist(FMNIST, 'test', N);
  const y = runFloatBatched(loadQir(join(REPO_ROOT, 'models/fmnist_cnn.qir')), test.images).data as Float32Array;
  let correct = 0;
  for (let i = 0; i < N; i++) if (argmax(y.subarray(i * 10, (i + 1) * 10)) === test.labels[i]) correct++;
  return correct;
}

describe('from a directory outside the installation', () => {
  it('run finds the shipped data: labelled inputs, calibration split, accuracy line, no warning', () => {
    const r = runCli(['run', join(REPO_ROOT, 'models/fmnist_cnn.qir'), '--batch', '4'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('WARNING');
    expect(r.stdout).toMatch(/inputs: the first 4 test images from .*models\/data\/fashion-mnist\/t10k-images-idx3-ubyte\.gz .*labelled/);
    expect(r.stdout).toMatch(/calibration: calibrated on 256 calibration images from .*calib-1000-images-idx3-ubyte\.gz/);
    expect(r.stdout).toMatch(/accuracy on the batch: quantized [\d.]+%, float [\d.]+%/);
  });

  it('eval evaluates the shipped test split', () => {
    const r = runCli(['eval', join(REPO_ROOT, 'models/fmnist_cnn.qir'), '--limit', String(N), '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { images: number; results: { correct: number }[] };
    expect(out.images).toBe(N);
    expect(out.results[0]!.correct).toBe(expectedCorrect());
  });
});

describe('your own data', () => {
  it('eval --data x.npy --labels y.npy reports the top-1 the float reference gives', () => {
    const r = runCli(['eval', 'models/fmnist_cnn.qir', '--data', join(dir, 'x.npy'), '--labels', join(dir, 'y.npy'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { images: number; results: { correct: number; accuracyPct: number }[] };
    expect(out.images).toBe(N);
    expect(out.results[0]!.correct).toBe(expectedCorrect());
  });

  it('eval --data on an MNIST-style IDX folder: same top-1, presets calibrated on its train-* split', () => {
    const r = runCli(['eval', 'models/fmnist_cnn.qir', '--data', join(dir, 'idx'), '--preset', 'fp32,w8a8', '--calib-limit', '64', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { notes: string[]; results: { config: string; correct: number }[] };
    expect(out.results.map((x) => x.config)).toEqual(['fp32', 'w8a8']);
    expect(out.results[0]!.correct).toBe(expectedCorrect());
    expect(out.notes[0]).toMatch(/calibrated on 64 calibration images from .*train-images-idx3-ubyte\.gz/);
  });

  it('eval refuses to calibrate a preset on the evaluated .npy data', () => {
    expectOneLineError(runCli(['eval', 'models/fmnist_cnn.qir', '--data', join(dir, 'x.npy'), '--labels', join(dir, 'y.npy'), '--preset', 'w8a8']), 'CLI016');
  });

  it('run --data x.npy --labels y.npy reports accuracy on those samples', () => {
    const r = runCli(['run', 'models/fmnist_mlp.qir', '--data', join(dir, 'x.npy'), '--labels', join(dir, 'y.npy'), '--calib', FMNIST, '--calib-limit', '64', '--batch', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/inputs: the first 3 samples from .*x\.npy, labelled/);
    expect(r.stdout).toMatch(/accuracy on the batch: quantized [\d.]+%, float [\d.]+%/);
  });
});

describe('defaults that do not lie', () => {
  it('data-free quantization of a model without BatchNorm exits 2 naming --calib', () => {
    const r = runCli(['quantize', 'models/examples/mlp.qir', '--input-range', '-1,1', '-o', join(dir, 'never.qir')]);
    expectOneLineError(r, 'QMOD013');
    expect(r.stderr).toContain('--calib');
  });

  it('run --config names the configuration file and its preset', () => {
    const config = join(dir, 'bin.json');
    writeFileSync(config, JSON.stringify({ preset: 'binary' }));
    const r = runCli(['run', 'models/fmnist_mlp.qir', '--config', config, '--batch', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/preset config bin\.json \(preset binary\)/);
  });
});

describe('crashes and small lies: one line, exit 2', () => {
  it.each([
    ['run --batch 0', ['run', 'models/fmnist_cnn.qir', '--batch', '0'], 'CLI003'],
    ['run --batch -1', ['run', 'models/fmnist_cnn.qir', '--batch', '-1'], 'CLI003'],
    ['run --seed abc', ['run', 'models/fmnist_cnn.qir', '--seed', 'abc'], 'CLI002'],
    ['run --json DIR', ['run', 'models/fmnist_cnn.qir', '--json', tmpdir()], 'IO003'],
    ['infer --output DIR', ['infer', 'models/fmnist_cnn.qir', '--input', 'x.npy', '--output', tmpdir()], 'IO003'],
    ['sim --trace DIR', ['sim', 'p.accbin', '--input', 'x.npy', '--trace', tmpdir()], 'IO003'],
    ['compile --asm DIR', ['compile', 'q.qir', '-o', join(tmpdir(), 'p.accbin'), '--asm', tmpdir()], 'IO003'],
    ['sweep --csv DIR', ['sweep', 'models/examples/cnn_bn.qir', '--preset', 'w8a8', '--array', '4x4', '--csv', tmpdir()], 'IO003'],
    ['sweep --html DIR (before any point runs)', ['sweep', 'models/examples/cnn_bn.qir', '--preset', 'w8a8', '--array', '4x4', '--csv', join(tmpdir(), 'never.csv'), '--html', tmpdir()], 'IO003'],
    ['quantize -o in a missing directory', ['quantize', 'models/fmnist_cnn.qir', '-o', join(tmpdir(), 'no', 'such', 'q.qir')], 'IO004'],
  ])('%s', (_name, args, code) => {
    expectOneLineError(runCli(args as string[]), code as string);
  });
});
