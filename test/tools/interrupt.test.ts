// Issue 17 item 6: SIGINT/SIGTERM leave no partial output file. Each long command runs once to completion
// (its outputs are checked and its duration measured), then is killed at 60% and 95% of that duration,
// when it is computing or writing. Afterwards the output folder holds no temp file, and every output that
// exists is complete: it reads back (a .qir with its sidecar, an .accbin, a .npy, JSON).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQir, saveQir } from '../../compiler/qir/load.js';
import { readNpy, writeNpy } from '../../compiler/io/npy.js';
import { readProgram, writeProgram } from '../../isa/program-file.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { quantized } from '../compiler/lower/models.js';
import { REPO_ROOT } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/accsim.js', import.meta.url));
let inputs: string;

beforeAll(() => {
  inputs = mkdtempSync(join(tmpdir(), 'accsim-kill-inputs-'));
  const q = quantized('models/fmnist_cnn.qir', 'w8a8', 16);
  saveQir({ ...q, name: 'cnn_q', weightsFile: 'cnn_q.safetensors' }, join(inputs, 'cnn_q.qir'));
  writeFileSync(join(inputs, 'cnn.accbin'), writeProgram(lowerGraph(q, defaultHwConfig())));
  writeFileSync(join(inputs, 'x.npy'), writeNpy(loadFashionMnist(join(REPO_ROOT, 'models/data/fashion-mnist'), 'test', 6).images));
}, 120_000);

/** A command writing `outputs` (file names in its output folder) and how to read each back. */
interface LongCommand {
  readonly name: string;
  readonly args: (out: string) => string[];
  readonly outputs: readonly string[];
}

const COMMANDS: readonly LongCommand[] = [
  { name: 'quantize', args: (o) => ['quantize', 'models/fmnist_cnn.qir', '--calib', 'models/data/fashion-mnist', '--calib-limit', '200', '-o', join(o, 'q.qir')], outputs: ['q.qir', 'q.safetensors'] },
  { name: 'import', args: (o) => ['import', 'test/fixtures/onnx/fmnist_mlp.onnx', '-o', join(o, 'm.qir')], outputs: ['m.qir', 'm.safetensors'] },
  { name: 'compile', args: (o) => ['compile', join(inputs, 'cnn_q.qir'), '--array', '4x4', '--dataflow', 'os', '-o', join(o, 'p.accbin'), '--asm', join(o, 'p.s')], outputs: ['p.accbin', 'p.s'] },
  { name: 'infer', args: (o) => ['infer', 'models/fmnist_cnn.qir', '--input', join(inputs, 'x.npy'), '--output', join(o, 'y.npy')], outputs: ['y.npy'] },
  { name: 'sim', args: (o) => ['sim', join(inputs, 'cnn.accbin'), '--input', join(inputs, 'x.npy'), '--output', join(o, 'y.npy'), '--json', join(o, 's.json'), '--trace', join(o, 't.json')], outputs: ['y.npy', 's.json', 't.json'] },
  { name: 'run', args: (o) => ['run', 'models/fmnist_cnn.qir', '--batch', '6', '--json', join(o, 'r.json'), '--trace', join(o, 't.json')], outputs: ['r.json', 't.json'] },
];

/** Reads an output back whole (throws on a truncated or inconsistent file). */
function readBack(path: string): void {
  if (path.endsWith('.qir')) loadQir(path);
  else if (path.endsWith('.accbin')) readProgram(new Uint8Array(readFileSync(path)), path);
  else if (path.endsWith('.npy')) readNpy(new Uint8Array(readFileSync(path)), path);
  else if (path.endsWith('.json')) JSON.parse(readFileSync(path, 'utf8'));
  else if (path.endsWith('.s')) expect(readFileSync(path, 'utf8')).toMatch(/HALT\n?$/);
  else if (!path.endsWith('.safetensors')) throw new Error(`no reader for ${path}`);
}

/** Runs the command; with `killAfterMs`, sends `signal` then. Resolves with how it ended and its duration. */
function runUntil(args: string[], killAfterMs?: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  if (killAfterMs !== undefined) setTimeout(() => child.kill(signal), killAfterMs);
  return new Promise((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig, ms: performance.now() - started, stderr })));
}

/** No temp file, and every output present reads back whole. */
function expectNoPartialFiles(dir: string, outputs: readonly string[]): void {
  const names = readdirSync(dir);
  expect(names.filter((n) => !outputs.includes(n)), `leftovers in ${dir}`).toEqual([]);
  for (const n of names) readBack(join(dir, n));
  // The .qir and its sidecar are written together: both or neither.
  const qir = outputs.find((o) => o.endsWith('.qir'));
  if (qir !== undefined) expect(existsSync(join(dir, qir))).toBe(existsSync(join(dir, qir.replace(/\.qir$/, '.safetensors'))));
}

describe.each(COMMANDS.map((c) => [c.name, c] as const))('killing accsim %s', (_name, command) => {
  it('leaves either nothing or complete outputs, never a temp or partial file', async () => {
    const full = mkdtempSync(join(tmpdir(), 'accsim-kill-'));
    const done = await runUntil(command.args(full));
    expect(done.code, done.stderr).toBe(0);
    expect(readdirSync(full).sort()).toEqual([...command.outputs].sort());
    expectNoPartialFiles(full, command.outputs);
    rmSync(full, { recursive: true });
    for (const [fraction, signal] of [[0.6, 'SIGINT'], [0.95, 'SIGTERM']] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'accsim-kill-'));
      const r = await runUntil(command.args(dir), Math.round(done.ms * fraction), signal);
      // Killed by the signal, or finished before it came.
      expect(r.signal === signal || r.code === 0, `${signal} at ${fraction}: code ${r.code}, signal ${r.signal}\n${r.stderr}`).toBe(true);
      expectNoPartialFiles(dir, command.outputs);
      rmSync(dir, { recursive: true });
    }
  }, 240_000);
});
