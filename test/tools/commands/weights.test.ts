// `accsim weights pack/list`: a sidecar written from .npy files is what a hand-written .qir loads; bad items exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveNpy } from '../../../compiler/io/npy.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { runCli } from '../run-cli.js';

describe('accsim weights', () => {
  it('packs .npy files into the sidecar a hand-written .qir reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-weights-'));
    saveNpy(join(dir, 'w.npy'), f32Tensor([2, 3], [1, 0, -1, 2, 2, 2]));
    saveNpy(join(dir, 'b.npy'), f32Tensor([2], [0.5, -0.5]));
    const r = runCli(['weights', 'pack', '-o', join(dir, 'net.safetensors'), `fc.w=${join(dir, 'w.npy')}`, `fc.b=${join(dir, 'b.npy')}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 tensor(s)');
    writeFileSync(join(dir, 'net.qir'), 'qir 1\ngraph net (weights "net.safetensors") {\n  input %x: f32[1,3]\n  const @fc.w: f32[2,3]\n  const @fc.b: f32[2]\n  %y = dense(%x, @fc.w, @fc.b)\n  output %y\n}\n');
    const g = loadQir(join(dir, 'net.qir'));
    const y = runFloat(g, new Map([['x', f32Tensor([1, 3], [1, 2, 3])]])).get('y')!;
    expect(Array.from(y.data as Float32Array)).toEqual([1 - 3 + 0.5, 2 + 4 + 6 - 0.5]);
    expect(runCli(['weights', 'list', join(dir, 'net.safetensors')]).stdout).toBe('fc.b: f32[2]\nfc.w: f32[2,3]\n');
  });

  it('refuses an item that is not name=file.npy and a missing -o, with one line and exit 2', () => {
    for (const args of [['weights', 'pack', '-o', join(tmpdir(), 'x.safetensors'), 'nonsense'], ['weights', 'pack', 'a=b.npy']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('CLI080');
    }
  });
});
