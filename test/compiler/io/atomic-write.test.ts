import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomic } from '../../../compiler/io/atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function errorCode(f: () => void): string | undefined {
  try {
    f();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code;
  }
  return undefined;
}

describe('writeFileAtomic', () => {
  it('creates a file with exactly the given bytes or UTF-8 text, leaving no temp file', () => {
    writeFileAtomic(join(dir, 'a.bin'), Uint8Array.from([0, 1, 255]));
    writeFileAtomic(join(dir, 'b.txt'), 'héllo\n');
    expect([...readFileSync(join(dir, 'a.bin'))]).toEqual([0, 1, 255]);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('héllo\n');
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'b.txt']);
  });

  it('replaces a longer existing file whole (no stale tail)', () => {
    const path = join(dir, 'x.qir');
    writeFileSync(path, 'a much longer old content\n');
    writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['x.qir']);
  });

  it('writes an empty file', () => {
    writeFileAtomic(join(dir, 'empty'), new Uint8Array(0));
    expect(readFileSync(join(dir, 'empty')).length).toBe(0);
  });

  it('rethrows when the directory is missing, leaving nothing behind', () => {
    expect(errorCode(() => writeFileAtomic(join(dir, 'missing', 'x.npy'), 'data'))).toBe('ENOENT');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes its temp file when the final rename fails (target is a non-empty directory)', () => {
    const target = join(dir, 'target');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(errorCode(() => writeFileAtomic(target, 'data'))).toMatch(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/);
    expect(readdirSync(dir)).toEqual(['target']);
    expect(readdirSync(target)).toEqual(['keep']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes all files', () => {
    writeFilesAtomic([
      { path: join(dir, 'net.qir'), data: 'qir 1\n' },
      { path: join(dir, 'net.safetensors'), data: Uint8Array.from([8, 0, 0, 0, 0, 0, 0, 0]) },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['net.qir', 'net.safetensors']);
    expect(readFileSync(join(dir, 'net.qir'), 'utf8')).toBe('qir 1\n');
  });

  it('replaces none of the files when one of them cannot be written, and removes every temp', () => {
    const qir = join(dir, 'net.qir');
    writeFileSync(qir, 'old\n');
    const code = errorCode(() => writeFilesAtomic([
      { path: qir, data: 'new\n' },
      { path: join(dir, 'missing', 'net.safetensors'), data: 'weights' },
    ]));
    expect(code).toBe('ENOENT');
    expect(readFileSync(qir, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['net.qir']);
  });
});
