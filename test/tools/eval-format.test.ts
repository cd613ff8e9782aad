// `accsim eval --preset mxint8,fp8` runs the format reference (the same predictions as formatQuantize +
// runFormat in process); the integer pipeline refuses mxfp6 (QCFG005: no array mode) and fp8 and the MX presets
// the machine runs (QCFG006: `run` runs them); `run --preset mxint8|mxfp8|mxfp4` equals the format reference.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, REPO_ROOT } from './run-cli.js';
import { loadQir } from '../../compiler/qir/load.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { formatQuantize } from '../../compiler/ptq/format-model.js';
import { runFormat } from '../../compiler/reference/format-interpreter.js';
import { argmax } from '../../tools/eval/evaluate.js';

const DATA = join(REPO_ROOT, 'models/data/fashion-mnist');

describe('eval with format presets', () => {
  it('mxint8 and fp8 rows equal the format reference run in process', () => {
    const r = runCli(['eval', 'models/fmnist_mlp.qir', '--preset', 'mxint8,fp8', '--limit', '100', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { config: string; correct: number }[] };
    const test = loadFashionMnist(DATA, 'test', 100);
    const calib = loadFashionMnist(DATA, 'calib').images;
    const graph = loadQir(join(REPO_ROOT, 'models/fmnist_mlp.qir'));
    for (const preset of ['mxint8', 'fp8']) {
      const fm = formatQuantize(graph, preset, calib);
      const input = fm.graph.inputs[0]!;
      let correct = 0;
      for (let i = 0; i < 100; i++) {
        const image = { type: input.type, data: (test.images.data as Float32Array).subarray(i * 784, (i + 1) * 784) };
        if (argmax(runFormat(fm, new Map([[input.name, image]])).get(fm.graph.outputs[0]!)!.data as Float32Array) === test.labels[i]) correct++;
      }
      expect(out.results.find((x) => x.config === preset)!.correct).toBe(correct);
    }
  });

  it('quantize refuses a format preset: not yet on the machine (QCFG005, exit 2)', () => {
    const r = runCli(['quantize', 'models/fmnist_mlp.qir', '--preset', 'mxfp6', '--input-range', '-1,3', '-o', join(tmpdir(), 'never-mx.qir')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('QCFG005');
    expect(r.stderr).toContain('not yet on the machine');
  });

  it('run --preset fp8 simulates on the fp8-e4m3 mode and equals the format reference; quantize refuses fp8 (QCFG006)', () => {
    const r = runCli(['run', 'models/fmnist_mlp.qir', '--preset', 'fp8', '--batch', '2', '--threads', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('simulator == format reference: yes (2 sample(s), every output element)');
    expect(r.stdout).toMatch(/fc1\/Gemm +│ dense/);
    const q = runCli(['quantize', 'models/fmnist_mlp.qir', '--preset', 'fp8', '--input-range', '-1,3', '-o', join(tmpdir(), 'never-fp8.qir')]);
    expect(q.code).toBe(2);
    expect(q.stderr).toContain('QCFG006');
  }, 120_000);

  for (const [preset, array, dataflow] of [['mxint8', '16x16', 'ws'], ['mxfp8', '8x8', 'os'], ['mxfp4', '16x16', 'os']] as const) {
    it(`run --preset ${preset} (fmnist_cnn, ${array} ${dataflow}) simulates on the ${preset} mode and equals the format reference`, () => {
      const r = runCli(['run', 'models/fmnist_cnn.qir', '--preset', preset, '--array', array, '--dataflow', dataflow, '--batch', '2', '--threads', '1']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('simulator == format reference: yes (2 sample(s), every output element)');
    }, 120_000);
  }
});
