// `accsim sim` on several samples: the batch's worker threads (started before the program is decoded when
// the input's leading dimension says there are several samples) give every sample what simulating it alone
// gives, whatever the thread count, and the statistics JSON (the first sample's) does not depend on it.
// Runs the built CLI (dist/: the worker thread exists only there).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNpy, saveNpy } from '../../../compiler/io/npy.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { readProgram } from '../../../isa/program-file.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { runCli } from '../run-cli.js';

const PROGRAM = 'test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin';
const program = readProgram(readFileSync(PROGRAM), PROGRAM);
const input = program.tensors.find((t) => t.role === 'input')!;
const output = program.tensors.find((t) => t.role === 'output')!;
const PER = input.shape.reduce((a, b) => a * b, 1); // [1, 28, 28, 1] u8 codes
const N = 8;
const codes = Uint8Array.from({ length: N * PER }, (_, j) => (j * 31 + Math.floor(j / PER) * 17) & 255);
const dir = mkdtempSync(join(tmpdir(), 'accsim-sim-batch-'));

/** Each sample simulated alone in this process: the expected outputs, in order. */
const alone = Array.from({ length: N }, (_, b) => {
  const values = simulateProgram(program, new Map([[input.name, codes.subarray(b * PER, (b + 1) * PER)]])).outputs.get(output.name)!;
  return Array.from(values as ArrayLike<number>);
});

function simulate(name: string, shape: number[], threads: number | undefined): { outputs: number[][]; stats: string } {
  const x = join(dir, `${name}.npy`);
  saveNpy(x, makeTensor('u8', shape, codes));
  const y = join(dir, `${name}-y.npy`);
  const json = join(dir, `${name}.json`);
  const r = runCli(['sim', PROGRAM, '--input', x, '--output', y, '--json', json, ...(threads === undefined ? [] : ['--threads', String(threads)])]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const t = readNpy(readFileSync(y), y);
  expect(t.type.shape).toEqual([N, ...output.shape.slice(1)]);
  const per = output.shape.reduce((a, b) => a * b, 1);
  return { outputs: Array.from({ length: N }, (_, b) => Array.from(t.data.subarray(b * per, (b + 1) * per) as ArrayLike<number>)), stats: readFileSync(json, 'utf8') };
}

describe('accsim sim, several samples', () => {
  const one = simulate('threads1', [N, 28, 28, 1], 1);

  it('one thread gives every sample what it gives alone', () => {
    expect(one.outputs).toEqual(alone);
    expect(JSON.parse(one.stats)['samples']).toBe(N);
  });

  for (const threads of [2, 3, undefined]) {
    it(`--threads ${threads ?? '(default)'} gives the same outputs and statistics`, () => {
      const r = simulate(`threads${threads ?? 'default'}`, [N, 28, 28, 1], threads);
      expect(r.outputs).toEqual(alone);
      expect(r.stats).toBe(one.stats);
    });
  }

  it('ends at once with the one-line error when the program is bad after the workers started', () => {
    const x = join(dir, 'bad-program-x.npy');
    saveNpy(x, makeTensor('u8', [N, 28, 28, 1], codes));
    const bad = join(dir, 'truncated.accbin');
    writeFileSync(bad, readFileSync(PROGRAM).subarray(0, 200));
    const r = runCli(['sim', bad, '--input', x, '--threads', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^accsim: .*error ACC001: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a flat input (no sample dimension to start workers from) gives the same', () => {
    const r = simulate('flat', [N * PER], 2);
    expect(r.outputs).toEqual(alone);
    expect(r.stats).toBe(one.stats);
  });
});
