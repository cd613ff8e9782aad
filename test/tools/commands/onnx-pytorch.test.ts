// A PyTorch export end to end through the CLI, from a directory outside the repository: import (the batch-4
// export becomes per-image, with a note), quantize with --calib x.npy, infer 8 images, run on the simulator
// at 16x16 and 8x32 (ws and os) bit-exactly against the integer reference.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNpy } from '../../../compiler/io/npy.js';
import { REPO_ROOT, runCli } from '../run-cli.js';

const FIX = join(REPO_ROOT, 'test/fixtures/onnx/pytorch');

describe('a PyTorch export through the CLI', () => {
  it('imports, quantizes with --calib, infers any number of images and simulates bit-exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-pytorch-'));
    const at = (args: string[]) => runCli(args, { cwd: dir });
    const imp = at(['import', join(FIX, 'batch4.opset17.onnx'), '-o', 'b4.qir']);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toContain('note: the model was exported with a fixed batch of 4; it computes each image on its own');
    const q = at(['quantize', 'b4.qir', '--calib', join(FIX, 'batch4.calib.npy'), '-o', 'b4.q.qir']);
    expect(q.code, q.stderr).toBe(0);
    const inf = at(['infer', 'b4.qir', '--input', join(FIX, 'batch4.x.npy'), '--output', 'y.npy']);
    expect(inf.code, inf.stderr).toBe(0);
    const y = loadNpy(join(dir, 'y.npy'));
    const want = loadNpy(join(FIX, 'batch4.y.npy'));
    expect(y.type.shape).toEqual([8, 10]);
    (y.data as Float32Array).forEach((v, i) => expect(Math.abs(v - (want.data as Float32Array)[i]!)).toBeLessThan(1e-4));
    for (const [array, dataflow] of [['16x16', 'ws'], ['8x32', 'os']]) {
      const r = at(['run', 'b4.q.qir', '--input', join(FIX, 'batch4.x.npy'), '--array', array!, '--dataflow', dataflow!]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('simulator == integer reference: yes (8 sample(s), every output element)');
    }
  });
});
