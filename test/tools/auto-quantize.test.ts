// `quantize --auto --report --save-config` on the CLI: the decisions table and the per-layer choices are
// printed, and the saved configuration quantizes to the same bytes through --config.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

describe('quantize --auto', () => {
  it('reports every decision and per-layer choice; --save-config reproduces the model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-auto-'));
    try {
      const calib = ['--calib', 'models/data/fashion-mnist', '--calib-limit', '16'];
      const r = runCli(['quantize', 'models/fmnist_cnn.qir', '--preset', 'w8a8', '--auto', ...calib, '--report', '--report-samples', '2', '--save-config', join(dir, 'auto.json'), '-o', join(dir, 'a.qir')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('AutoQuant: ');
      for (const stage of ['cle', 'weight-range', 'bias-correction']) expect(r.stdout).toMatch(new RegExp(`│ ${stage} +│ model`));
      expect(r.stdout).toContain('per-layer choices');
      expect(r.stdout).toContain('samples 0..7 calibrate, 8..15 are held out');
      const config = JSON.parse(readFileSync(join(dir, 'auto.json'), 'utf8')) as { preset: string; recipe: Record<string, boolean> };
      expect(config.preset).toBe('w8a8');
      expect(Object.keys(config.recipe).sort()).toEqual(['adaround', 'biasCorrection', 'cle']);
      // The saved config, calibrated on the same calibration half (the first 8 images), gives the same bytes.
      const again = runCli(['quantize', 'models/fmnist_cnn.qir', '--config', join(dir, 'auto.json'), '--calib', 'models/data/fashion-mnist', '--calib-limit', '8', '-o', join(dir, 'b.qir')]);
      expect(again.code).toBe(0);
      expect(readFileSync(join(dir, 'b.safetensors'))).toEqual(readFileSync(join(dir, 'a.safetensors')));
      expect(runCli(['quantize', 'models/fmnist_cnn.qir', '--auto', '--input-range=-1,2', '-o', join(dir, 'c.qir')]).stderr).toMatch(/CLI023/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
