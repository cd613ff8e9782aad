// loadQir/saveQir with real files in a temp directory: sidecar naming, checks against the sidecar, I/O errors.
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQir, parseQir, saveQir } from '../../../compiler/qir/load.js';
import { readSafetensors, writeSafetensors } from '../../../compiler/qir/safetensors.js';
import { f32Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { expectSameGraph } from './fixtures.js';
import { firstDiagnostic as firstDiag } from '../../user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'accsim-qir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = `qir 1
graph tiny {
  input %x: f32[1,3]
  const @w: f32[2,3]
  const @b: f32[2] = [0.5, -1]
  %y = dense(%x, @w, @b)
  output %y
}
`;
const W = f32Tensor([2, 3], [1, 2, 3, -4, 5.25, 0.1]);

describe('saveQir / loadQir', () => {
  test('a graph without weightsFile gets <basename>.safetensors, named in the text, holding only sidecar constants', () => {
    const g = parseQir(TEXT, 'tiny.qir', new Map([['w', W]]));
    const path = join(dir, 'tiny.qir');
    saveQir(g, path);
    expect(readFileSync(path, 'utf8')).toBe(TEXT.replace('graph tiny {', 'graph tiny (weights "tiny.safetensors") {'));
    const side = readSafetensors(readFileSync(join(dir, 'tiny.safetensors')));
    expect([...side.tensors.keys()]).toEqual(['w']);
    expect(Array.from(side.tensors.get('w')!.data as Float32Array)).toEqual(Array.from(W.data as Float32Array));
    expectSameGraph(loadQir(path), { ...g, weightsFile: 'tiny.safetensors' });
  });

  test('graph.weightsFile is kept, relative to the .qir file', () => {
    const g = { ...parseQir(TEXT, 'x.qir', new Map([['w', W]])), weightsFile: 'other-name.safetensors' };
    saveQir(g, join(dir, 'named.qir'));
    expect(existsSync(join(dir, 'other-name.safetensors'))).toBe(true);
    expectSameGraph(loadQir(join(dir, 'named.qir')), g);
  });

  test('a graph with only inline constants writes no sidecar and no weights clause', () => {
    const text = TEXT.replace('const @w: f32[2,3]', 'const @w: f32[2,3] = [1, 2, 3, -4, 5.25, 0.1]');
    saveQir(parseQir(text), join(dir, 'inline.qir'));
    expect(readFileSync(join(dir, 'inline.qir'), 'utf8')).toBe(text);
    expect(existsSync(join(dir, 'inline.safetensors'))).toBe(false);
  });

  test('i4 constants round-trip through their i8 container; an out-of-range container value is QIR009', () => {
    const text = 'qir 1\ngraph q (weights "q.safetensors") {\n  input %x: f32[1]\n  const @k: i4[3]\n  %y = relu(%x)\n  output %y\n}\n';
    writeFileSync(join(dir, 'q.qir'), text);
    writeFileSync(join(dir, 'q.safetensors'), writeSafetensors(new Map([['k', makeTensor('i8', [3], Int8Array.from([-8, 0, 7]))]])));
    const k = loadQir(join(dir, 'q.qir')).constants.get('k')!;
    expect(k.type.dtype).toBe('i4');
    expect(Array.from(k.data as Int8Array)).toEqual([-8, 0, 7]);
    writeFileSync(join(dir, 'q.safetensors'), writeSafetensors(new Map([['k', makeTensor('i8', [3], Int8Array.from([-8, 9, 7]))]])));
    const d = firstDiag(() => loadQir(join(dir, 'q.qir')));
    expect(d.code).toBe('QIR009');
    expect(d.message).toBe('constant @k is declared i4[3], but element 1 in the weights file "q.safetensors" is 9, outside [-8, 7]');
  });

  test('errors: missing .qir file, no weights clause, missing weights file, corrupt weights file', () => {
    expect(firstDiag(() => loadQir(join(dir, 'nope.qir'))).code).toBe('QIR013');
    writeFileSync(join(dir, 'noclause.qir'), TEXT);
    const noClause = firstDiag(() => loadQir(join(dir, 'noclause.qir')));
    expect(noClause).toMatchObject({ code: 'QIR010', line: 4, col: 9 });
    expect(noClause.message).toContain('add (weights "noclause.safetensors") after the graph name');
    writeFileSync(join(dir, 'gone.qir'), TEXT.replace('graph tiny {', 'graph tiny (weights "gone.safetensors") {'));
    expect(firstDiag(() => loadQir(join(dir, 'gone.qir')))).toMatchObject({ code: 'QIR010', line: 2, col: 21 });
    writeFileSync(join(dir, 'gone.safetensors'), new Uint8Array([1, 2, 3]));
    expect(firstDiag(() => loadQir(join(dir, 'gone.qir'))).code).toBe('ST001');
  });

  test('parseQir without weights for a sidecar constant is QIR010 at the declaration', () => {
    expect(firstDiag(() => parseQir(TEXT, 'in-memory.qir'))).toMatchObject({ code: 'QIR010', file: 'in-memory.qir', line: 4, col: 9 });
  });
});
