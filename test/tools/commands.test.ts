// The CLI commands on every shipped model: check, fmt --check, infer (float and integer), quantize, eval.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCommand, REPO_ROOT } from './run-cli.js';
import { checkCommand } from '../../tools/commands/check.js';
import { fmtCommand } from '../../tools/commands/fmt.js';
import { inferCommand } from '../../tools/commands/infer.js';
import { readNpy, writeNpy } from '../../compiler/io/npy.js';
import { loadQir } from '../../compiler/qir/load.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import { makeTensor, numel } from '../../compiler/ir/tensor.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';

const MODELS = [
  ...['fmnist_mlp', 'fmnist_cnn', 'fmnist_dwsep'].map((m) => `models/${m}.qir`),
  ...readdirSync(join(REPO_ROOT, 'models/examples')).filter((f) => f.endsWith('.qir')).map((f) => `models/examples/${f}`),
];

/** A seeded batch of 2 inputs matching the model's declared input (sin-based, so no RNG state is shared). */
function sampleInput(model: string, dir: string): string {
  const shape = loadQir(join(REPO_ROOT, model)).inputs[0]!.type.shape;
  const batchShape = [2, ...shape.slice(1)];
  const data = Float32Array.from({ length: numel(batchShape) }, (_, i) => Math.sin(i * 0.37) * 1.5);
  const path = join(dir, 'x.npy');
  writeFileSync(path, writeNpy(makeTensor('f32', batchShape, data)));
  return path;
}

// In process (runCommand: the commands' own flags and handlers): 39 cases of what the commands compute; the
// process boundary (exit codes, stderr) is tested below and in cli.test.ts.
describe.each(MODELS)('%s', (model) => {
  it('check prints the layer table and totals as JSON', async () => {
    const r = await runCommand(checkCommand, ['check', model, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { ok: boolean; layers: unknown[]; totalMacs: number };
    expect(summary.ok).toBe(true);
    expect(summary.layers.length).toBeGreaterThan(0);
    expect(summary.totalMacs).toBeGreaterThan(0);
  });

  it('is in canonical form (fmt --check)', async () => {
    const r = await runCommand(fmtCommand, ['fmt', '--check', model]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('infer writes the float reference output for a batch of 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-infer-'));
    const input = sampleInput(model, dir);
    const out = join(dir, 'y.npy');
    const r = await runCommand(inferCommand, ['infer', model, '--input', input, '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    const got = readNpy(new Uint8Array(readFileSync(out)));
    const want = runFloatBatched(loadQir(join(REPO_ROOT, model)), readNpy(new Uint8Array(readFileSync(input))));
    expect(got.type.shape).toEqual(want.type.shape);
    expect(Array.from(got.data as Float32Array)).toEqual(Array.from(want.data as Float32Array));
  });
});

describe('quantize then infer', () => {
  it('writes a quantized model whose integer output dequantizes close to the float logits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-quant-'));
    const q = join(dir, 'cnn.q.qir');
    const r1 = runCli(['quantize', 'models/fmnist_cnn.qir', '--preset', 'w8a8', '--calib', 'models/data/fashion-mnist', '--calib-limit', '100', '-o', q]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r1.stdout).toContain('calibrated on 100 calibration images');
    const input = join(dir, 'images.npy');
    writeFileSync(input, writeNpy(loadFashionMnist(join(REPO_ROOT, 'models/data/fashion-mnist'), 'test', 4).images));
    const r2 = runCli(['infer', q, '--input', input, '--output', join(dir, 'q.npy'), '--output-float', join(dir, 'f.npy')]);
    expect(r2.code, r2.stderr).toBe(0);
    const ints = readNpy(new Uint8Array(readFileSync(join(dir, 'q.npy'))));
    expect(ints.type.dtype).toBe('u8');
    const floats = readNpy(new Uint8Array(readFileSync(join(dir, 'f.npy')))).data as Float32Array;
    const want = runFloatBatched(loadQir(join(REPO_ROOT, 'models/fmnist_cnn.qir')), readNpy(new Uint8Array(readFileSync(input)))).data as Float32Array;
    const maxErr = Math.max(...Array.from(floats, (v, i) => Math.abs(v - want[i]!)));
    const range = Math.max(...Array.from(want, Math.abs));
    // 8-bit logits on real test images: within a few output steps (0.05 of the logit range is ~13 steps of 255).
    expect(maxErr).toBeLessThan(0.05 * range);
  });

  it('rejects an unknown preset, and data-free quantization without an input range, with exit 2', () => {
    const r1 = runCli(['eval', 'models/fmnist_mlp.qir', '--preset', 'w3a3', '--limit', '5']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("unknown configuration 'w3a3'");
    const r2 = runCli(['quantize', 'models/fmnist_mlp.qir', '--preset', 'w8a8', '-o', join(tmpdir(), 'never.qir')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('--input-range');
  });
});

describe('eval', () => {
  it('prints one row per configuration with accuracy on the first images', () => {
    const r = runCli(['eval', 'models/fmnist_mlp.qir', '--preset', 'fp32,w8a8', '--limit', '200', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { config: string; images: number; accuracyPct: number }[] };
    expect(out.results.map((x) => x.config)).toEqual(['fp32', 'w8a8']);
    for (const x of out.results) {
      expect(x.images).toBe(200);
      expect(x.accuracyPct).toBeGreaterThan(80);
    }
  });

  it('evaluates a --config file as one row beside fp32, and refuses it with two quantized presets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-eval-config-'));
    const config = join(dir, 'mixed.json');
    // binary: no recipe (w4a8's AdaRound took most of this test's 120 s under load), and far from the default
    // w8a8 (75 vs 88 of these 100 images), so a config whose preset were ignored would not match.
    writeFileSync(config, JSON.stringify({ preset: 'binary' }));
    const viaConfig = runCli(['eval', 'models/fmnist_mlp.qir', '--config', config, '--limit', '100', '--json']);
    expect(viaConfig.code, viaConfig.stderr).toBe(0);
    const rows = (JSON.parse(viaConfig.stdout) as { results: { config: string; correct: number }[] }).results;
    expect(rows.map((x) => x.config)).toEqual(['fp32', 'mixed.json']);
    const viaPreset = runCli(['eval', 'models/fmnist_mlp.qir', '--preset', 'binary', '--limit', '100', '--json']);
    expect(viaPreset.code, viaPreset.stderr).toBe(0);
    // The file names only its preset, so it quantizes exactly as that preset does.
    expect(rows[1]!.correct).toBe((JSON.parse(viaPreset.stdout) as { results: { correct: number }[] }).results[0]!.correct);
    const both = runCli(['eval', 'models/fmnist_mlp.qir', '--config', config, '--preset', 'w8a8,binary', '--limit', '5']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('CLI017');
    // Three spawns quantizing and evaluating 100 images: 188 s at load 32-39 even without w4a8's AdaRound.
  }, 300_000);
});

describe('opt', () => {
  it('runs named passes and prints the folded, fused graph', () => {
    const r = runCli(['opt', '--passes', 'fold-batchnorm,fuse-activations', 'models/fmnist_cnn.qir']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('batchnorm(');
    expect(r.stdout).not.toContain('relu(');
    expect(r.stdout).toContain('act_min=0.0');
  });

  it('names the unknown pass', () => {
    const r = runCli(['opt', '--passes', 'fold-everything', 'models/fmnist_cnn.qir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown pass 'fold-everything'");
  });
});

describe('quantize --report', () => {
  it('prints per-layer SQNR with the weights-only / activations-only split', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'accsim-report-')), 'mlp.q.qir');
    const r = runCli(['quantize', 'models/fmnist_mlp.qir', '--preset', 'w8a8', '--calib', 'models/data/fashion-mnist', '--calib-limit', '40', '--report', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    for (const s of ['debugging report', 'weight SQNR dB', 'weights-only dB', 'acts-only dB', 'clipped %', 'output logits']) expect(r.stdout).toContain(s);
  });

  it('needs calibration data', () => {
    const r = runCli(['quantize', 'models/fmnist_mlp.qir', '--preset', 'w8a8', '--input-range=-1,3', '--report', '-o', join(tmpdir(), 'never.qir')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--report compares with float on calibration data');
  });
});
