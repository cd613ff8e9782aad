// Content bundles and point hashes: what changes a point's identity (content, flags, build) and what does
// not (where the files are), and the model bundle carrying the weights its .qir names.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../../tools/sweep/grid.js';
import { modelBundle, pathBundle, qirWeightsFile } from '../../../tools/sweep/input-bundle.js';
import { pointHash, sweepHash, sweepInputs } from '../../../tools/sweep/point-hash.js';
import { REPO_ROOT } from '../run-cli.js';
import { firstDiagnostic as diagnostic } from '../../user-error.js';

function modelCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-bundle-'));
  for (const f of ['mlp.qir', 'mlp.safetensors']) cpSync(join(REPO_ROOT, 'models/examples', f), join(dir, f));
  return join(dir, 'mlp.qir');
}

describe('input bundles and point hashes', () => {
  it('a .qir bundle holds the model and the weights file it names', () => {
    expect(qirWeightsFile('qir 1\ngraph mlp (weights "mlp.safetensors") {\n')).toBe('mlp.safetensors');
    expect(qirWeightsFile('qir 1\ngraph tiny {\n')).toBeUndefined();
    const b = modelBundle(modelCopy());
    expect(b.entry).toBe('mlp.qir');
    expect(b.files.map((f) => f.path)).toEqual(['mlp.qir', 'mlp.safetensors']);
  });

  it('a bundle hash depends on content, not on where the files are', () => {
    const a = modelBundle(modelCopy());
    const b = modelBundle(modelCopy());
    expect(a.root).not.toBe(b.root);
    expect(a.hash).toBe(b.hash);
    const changed = modelCopy();
    writeFileSync(join(changed, '..', 'mlp.safetensors'), 'other weights');
    expect(modelBundle(changed).hash).not.toBe(a.hash);
    const dir = mkdtempSync(join(tmpdir(), 'accsim-bundle-'));
    writeFileSync(join(dir, 'x.txt'), 'x');
    expect(pathBundle(dir)).toMatchObject({ entry: '.', files: [{ path: 'x.txt', bytes: 1 }] });
  });

  it('refuses weights outside the model folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-bundle-'));
    writeFileSync(join(dir, 'm.qir'), 'qir 1\ngraph m (weights "../w.safetensors") {\n}\n');
    expect(diagnostic(() => modelBundle(join(dir, 'm.qir'))).code).toBe('SWP041');
  });

  it('a point hash covers build, inputs, preset, array, dataflow, limit and seed', () => {
    const model = modelCopy();
    const [spec, other] = buildGrid({ model, preset: 'w8a8', array: '8x8', dataflow: 'ws,os', seed: 1 });
    const inputs = sweepInputs(spec!);
    const h = pointHash(inputs, spec!, 'v1');
    expect(pointHash(sweepInputs({ ...spec!, model: modelCopy() }), spec!, 'v1')).toBe(h);
    for (const different of [pointHash(inputs, spec!, 'v2'), pointHash(inputs, other!, 'v1'), pointHash(inputs, { ...spec!, seed: 2 }, 'v1'), pointHash(inputs, { ...spec!, limit: 5 }, 'v1')]) {
      expect(different).not.toBe(h);
    }
    // The sweep hash also covers the model path as typed, which the CSV rows carry.
    const hashed = [{ spec: spec!, hash: h }];
    expect(sweepHash([{ spec: { ...spec!, model: 'elsewhere.qir' }, hash: h }])).not.toBe(sweepHash(hashed));
  });
});
