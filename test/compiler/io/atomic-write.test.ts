import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomic } from '../../../compiler/io/atomic-write.js';
import { userErrorOf } from '../../user-error.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The diagnostic code and message of the UserError `f` throws. */
function errorOf(f: () => void): { code: string; message: string } {
  const d = userErrorOf(f).diagnostics[0]!;
  return { code: d.code, message: d.message };
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

  it('is a user error naming the path when the directory is missing, leaving nothing behind', () => {
    const path = join(dir, 'missing', 'x.npy');
    expect(errorOf(() => writeFileAtomic(path, 'data'))).toEqual({ code: 'IO004', message: `cannot write '${path}': directory '${join(dir, 'missing')}' does not exist` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a target that is a directory (empty or not) before writing anything', () => {
    const target = join(dir, 'target');
    mkdirSync(target);
    expect(errorOf(() => writeFileAtomic(target, 'data'))).toEqual({ code: 'IO003', message: `cannot write '${target}': it is a directory; give a file name` });
    writeFileSync(join(target, 'keep'), 'x');
    expect(errorOf(() => writeFileAtomic(target, 'data')).code).toBe('IO003');
    expect(readdirSync(dir)).toEqual(['target']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('refuses a target whose "directory" is a file', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(errorOf(() => writeFileAtomic(join(dir, 'plain', 'y.npy'), 'data')).code).toBe('IO004');
  });

  it('turns an operating-system error during the write into IO005 naming the errno, leaving nothing behind', () => {
    // A name longer than any file system allows (255 bytes): ENAMETOOLONG, for root too.
    const path = join(dir, `${'n'.repeat(300)}.bin`);
    const e = errorOf(() => writeFileAtomic(path, 'data'));
    expect(e.code).toBe('IO005');
    expect(e.message).toContain('ENAMETOOLONG');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomic under SIGTERM and SIGINT', () => {
  // A child process rewrites a 16 MiB file over and over (the event loop turns between writes, as in the
  // CLI); the parent kills it at staggered moments. Whatever the moment, the directory must hold either
  // nothing or the complete file, never a temp file, and the child must die of the signal it was sent.
  const MODULE = new URL('../../../dist/compiler/io/atomic-write.js', import.meta.url).href;
  const SIZE = 16 << 20;
  const child = (target: string) => spawn(process.execPath, ['--input-type=module', '-e', `
    import { writeFileAtomic } from ${JSON.stringify(MODULE)};
    const data = new Uint8Array(${SIZE}).fill(7);
    let first = true;
    const loop = () => { writeFileAtomic(${JSON.stringify(target)}, data); if (first) { first = false; process.stdout.write('wrote\\n'); } setImmediate(loop); };
    process.stdout.write('ready\\n');
    setImmediate(loop);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });

  for (const [k, signal] of (['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const).entries()) {
    it(`leaves no temp file and no partial file (${signal}, ${k * 7} ms after the start)`, async () => {
      const target = join(dir, 'big.bin');
      const proc = child(target);
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, sig) => resolve({ code, signal: sig })));
      await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, k * 7));
      proc.kill(signal);
      const end = await exited;
      expect(end.signal).toBe(signal);
      const names = readdirSync(dir);
      expect(names.filter((n) => n !== 'big.bin')).toEqual([]);
      if (names.includes('big.bin')) expect(statSync(target).size).toBe(SIZE);
    });
  }
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
    const e = errorOf(() => writeFilesAtomic([
      { path: qir, data: 'new\n' },
      { path: join(dir, 'missing', 'net.safetensors'), data: 'weights' },
    ]));
    expect(e.code).toBe('IO004');
    expect(readFileSync(qir, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['net.qir']);
  });
});
