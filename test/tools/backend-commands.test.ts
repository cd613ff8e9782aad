// The back-end commands as a user runs them: compile → disasm → asm round trip, sim, run, verify, sweep.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, REPO_ROOT } from './run-cli.js';
import { readNpy, writeNpy } from '../../compiler/io/npy.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { loadQir, saveQir } from '../../compiler/qir/load.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { GraphBuilder, randomData, seededRandom } from '../compiler/passes/graph-builder.js';
import { runInt } from '../../compiler/reference/int-interpreter.js';
import { readProgram } from '../../isa/program-file.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'accsim-backend-'));

describe('compile, disasm, asm, sim', () => {
  const dir = tmp();
  const q = join(dir, 'cnn.q.qir');
  const bin = join(dir, 'cnn.accbin');

  it('compiles a quantized model and the simulator reproduces the integer reference', () => {
    expect(runCli(['quantize', 'models/fmnist_cnn.qir', '--preset', 'w8a8', '--calib', 'models/data/fashion-mnist', '--calib-limit', '64', '-o', q]).code).toBe(0);
    const c = runCli(['compile', q, '--array', '8x8', '-o', bin, '--asm', join(dir, 'cnn.s')]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain('DRAM read B');
    // The header's instruction count is the table's total: the layers cover every instruction (ISA v2 emits
    // the final drain and HALT inside the last layer; a program with instructions outside any layer gets a
    // row of its own).
    const header = Number(/: ([\d,]+) instructions/.exec(c.stdout)![1]!.replace(/,/g, ''));
    const total = Number(/│ total\s+│\s+([\d,]+) │/.exec(c.stdout)![1]!.replace(/,/g, ''));
    expect(total).toBe(header);
    const program = readProgram(readFileSync(bin), bin);
    expect(header).toBe(program.instructions.length);
    const inLayers = program.layers.reduce((sum, l) => sum + l.instructionCount, 0);
    expect(c.stdout.includes('(outside any layer)')).toBe(inLayers < header);
    const x = join(dir, 'x.npy');
    const images = loadFashionMnist(join(REPO_ROOT, 'models/data/fashion-mnist'), 'test', 3).images;
    writeFileSync(x, writeNpy(images));
    const s = runCli(['sim', bin, '--input', x, '--output', join(dir, 'y.npy'), '--json', join(dir, 'stats.json'), '--trace', join(dir, 'trace.json')]);
    expect(s.code, s.stderr).toBe(0);
    // The .accbin's layer table carries each layer's op and output type for this table.
    expect(s.stdout).toMatch(/│ conv2\/Conv\s+│ qconv2d\s+│ u8\[1,32,14,14\]\s+│/);
    const y = readNpy(new Uint8Array(readFileSync(join(dir, 'y.npy'))));
    const ref = runInt(loadQir(q), images).intOutput!;
    expect(Array.from(y.data as Uint8Array)).toEqual(Array.from(ref.data as Uint8Array));
    const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as {
      cycles: number; energy: { totalPj: number }; dram: { total: number };
      layers: { counters: { dramReadBytes: number; dramWriteBytes: number }; dram: { total: number; activationsIn: number } }[];
    };
    expect(stats.cycles).toBeGreaterThan(0);
    // The DRAM split per layer (table and JSON) accounts for the same bytes as the counters.
    expect(s.stdout).toMatch(/act in.*compulsory.*efficiency/);
    for (const l of stats.layers) expect(l.dram.total).toBe(l.counters.dramReadBytes + l.counters.dramWriteBytes);
    expect(stats.dram.total).toBe(stats.layers.reduce((a, l) => a + l.dram.total, 0));
    expect(stats.layers[0]!.dram.activationsIn).toBeGreaterThan(0);
    expect(stats.energy.totalPj).toBeGreaterThan(0);
    const trace = JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8')) as { traceEvents: { name: string }[] };
    expect(trace.traceEvents.length).toBeGreaterThan(0);
  });

  it('disassembles and reassembles to the identical program', () => {
    const s = join(dir, 'round.s');
    expect(runCli(['disasm', bin, '-o', s]).code).toBe(0);
    expect(readFileSync(s, 'utf8')).toContain('; layer conv2/Conv');
    const again = join(dir, 'again.accbin');
    const r = runCli(['asm', s, '--data', bin, '-o', again]);
    expect(r.code, r.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(bin), readFileSync(again))).toBe(0);
  });

  it('reports assembly errors with file:line:col and a corrupt program precisely', () => {
    const bad = join(dir, 'bad.s');
    writeFileSync(bad, 'HALT\nFROB x=1\n');
    const r = runCli(['asm', bad, '--array', '4x4', '-o', join(dir, 'bad.accbin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.s:2:1: error ISA\d+/);
    const truncated = join(dir, 'truncated.accbin');
    writeFileSync(truncated, readFileSync(bin).subarray(0, 100));
    const t = runCli(['sim', truncated, '--input', join(dir, 'x.npy')]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('error ACC');
  });

  it('refuses to compile a float model, naming the fix', () => {
    const r = runCli(['compile', 'models/fmnist_cnn.qir', '-o', join(dir, 'f.accbin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quantize it first');
  });
});

describe('run', () => {
  it('prints the full report and writes JSON and a trace; the simulator is bit-exact', () => {
    const dir = tmp();
    const r = runCli(['run', '--array', '8x8', 'models/fmnist_mlp.qir', '--batch', '4', '--json', join(dir, 'r.json'), '--trace', join(dir, 't.json')]);
    expect(r.code, r.stderr).toBe(0);
    for (const s of ['machine', 'pJ/MAC', 'TOPS/W', 'simulator == integer reference: yes', 'SQNR', 'accuracy on the batch']) expect(r.stdout).toContain(s);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { fidelity: { bitExact: boolean; top1Agreement: number } };
    expect(report.fidelity.bitExact).toBe(true);
    expect(existsSync(join(dir, 't.json'))).toBe(true);
  });

  it('uses a seeded sample when no data set applies, and says first that it calibrated on random samples', () => {
    const json = join(tmp(), 'run.json');
    const r = runCli(['run', '--array', '4x4', 'models/examples/residual.qir', '--batch', '2', '--json', json]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^WARNING: no calibration data: quantization ranges come from 32 random samples uniform in \[-1, 1\), not from real inputs;.*--calib/);
    expect(r.stdout).toContain('calibration: calibrated on 32 seeded random samples, uniform in [-1, 1) (seed 2)');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { warnings: string[] };
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^no calibration data: /);
    expect(r.stdout).toContain('seeded random samples');
    expect(r.stdout).toContain('simulator == integer reference: yes');
  });

  it('names an unmappable configuration', () => {
    const r = runCli(['run', 'models/fmnist_mlp.qir', '--preset', 'w16a16', '--batch', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error MAP');
  });
});

describe('verify', () => {
  it('passes on a sound design point', () => {
    const r = runCli(['verify', 'models/fmnist_mlp.qir', '--preset', 'w8a8', '--array', '8x8', '--runs', '15', '--seed', '3']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('passed: 15 inputs');
  });

  it('finds, shrinks and saves a counterexample for a too-narrow accumulator', () => {
    const dir = tmp();
    const config = join(dir, 'narrow.json');
    writeFileSync(config, JSON.stringify({ preset: 'w8a8', default: { accBits: 12 } }));
    const out = join(dir, 'cex.npy');
    const r = runCli(['verify', 'models/fmnist_mlp.qir', '--config', config, '--runs', '20', '--seed', '3', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED');
    expect(r.stdout).toContain('accumulator overflow in');
    expect(readNpy(new Uint8Array(readFileSync(out))).type.shape).toEqual([1, 1, 28, 28]);
    // A second failure never overwrites the first one's input.
    const again = runCli(['verify', 'models/fmnist_mlp.qir', '--config', config, '--runs', '20', '--seed', '3', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`the input is saved in ${join(dir, 'cex-1.npy')}`);
    expect(existsSync(join(dir, 'cex-1.npy'))).toBe(true);
    // Two verify runs that find and shrink a counterexample: past 120 s at load 27-46.
  }, 300_000);

  it('passes correct w8a8 compiles of random-weight networks at 50 runs (its tolerance is a bound, not a guess)', () => {
    const dir = tmp();
    for (const seed of [1, 2, 3]) {
      const model = join(dir, `random-${seed}.qir`);
      saveQir(randomCnn(seed), model);
      const r = runCli(['verify', model, '--preset', 'w8a8', '--array', '8x8', '--runs', '50', '--seed', String(seed)]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('tolerance: the quantization error bound of each input');
      expect(r.stdout).toContain('passed: 50 inputs');
    }
  }, 300_000); // three verify spawns of 50 runs: 201 s at load 27-46
});

/** x [1,3,12,12] → conv 3x3 (8) → relu → conv 3x3 stride 2 (8) → relu → global pool → dense 5, random weights. */
function randomCnn(seed: number): Graph {
  const r = seededRandom(seed);
  const w = (n: number, scale: number) => randomData(r, n, -scale, scale);
  return new GraphBuilder(`random_${seed}`, { x: [1, 3, 12, 12] })
    .constant('c1.w', [8, 3, 3, 3], w(216, 0.5)).constant('c1.b', [8], w(8, 0.2))
    .constant('c2.w', [8, 8, 3, 3], w(576, 0.3)).constant('c2.b', [8], w(8, 0.2))
    .constant('fc.w', [5, 8], w(40, 0.8)).constant('fc.b', [5], w(5, 0.1))
    .node('c1', 'conv2d', ['%x', '@c1.w', '@c1.b'], { pad: [1, 1, 1, 1] }).node('r1', 'relu', ['%c1'])
    .node('c2', 'conv2d', ['%r1', '@c2.w', '@c2.b'], { pad: [1, 1, 1, 1], stride: [2, 2] }).node('r2', 'relu', ['%c2'])
    .node('g', 'global_avgpool', ['%r2']).node('f', 'flatten', ['%g']).node('logits', 'dense', ['%f', '@fc.w', '@fc.b'])
    .build('logits');
}

describe('sweep', () => {
  it('evaluates every point for real, writes CSV and HTML', () => {
    const dir = tmp();
    const csv = join(dir, 's.csv');
    const html = join(dir, 's.html');
    // Two presets without a recipe (w4a8's AdaRound made this test pass its 120 s at load 25-35).
    const r = runCli(['sweep', 'models/fmnist_mlp.qir', '--preset', 'w8a8,binary', '--array', '8x8', '--data', 'models/data/fashion-mnist', '--limit', '20', '--csv', csv, '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(readFileSync(html, 'utf8')).toContain('binary@8x8/ws');
  });
});
