// The one way tests meet golden files (expected outputs committed under test/golden/, test/isa/golden/,
// and generated files such as docs/ISA.md). A test compares; only `npm run golden` (UPDATE_GOLDEN=1)
// writes; a missing golden is a failure that names the command, never a silent write.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';

/** True when the run regenerates goldens (`npm run golden` sets it; tools/update-golden.ts). */
export const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';

/** The command that regenerates every golden file, as failure messages name it. */
export const GOLDEN_COMMAND = 'npm run golden';

const pathOf = (p: string | URL): string => (typeof p === 'string' ? p : fileURLToPath(p));
/** The path as a reader finds it in the repository (relative to the working directory, the repo root). */
const shown = (p: string): string => relative(process.cwd(), p) || p;

function write(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, data);
}

function sameContent(file: Buffer, data: string | Uint8Array): boolean {
  return file.equals(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

function missing(path: string, regenerable: boolean): never {
  throw new Error(regenerable
    ? `golden file ${shown(path)} is missing: run \`${GOLDEN_COMMAND}\` to create it, then review and commit it`
    : `golden file ${shown(path)} is missing; it is hand-written, not generated: restore it (git checkout -- ${shown(path)})`);
}

/**
 * Compares `actual` with the golden file at `path`, byte for byte (text as UTF-8). Under UPDATE_GOLDEN=1
 * it writes `actual` instead (only when it differs, atomically) and passes. A missing file fails with
 * a message naming `npm run golden`. Text mismatches show vitest's line diff; binary ones the first
 * differing byte.
 */
export function expectGolden(path: string | URL, actual: string | Uint8Array): void {
  const p = pathOf(path);
  const exists = existsSync(p);
  if (UPDATE_GOLDEN) {
    if (!exists || !sameContent(readFileSync(p), actual)) write(p, actual);
    return;
  }
  if (!exists) missing(p, true);
  const why = `${shown(p)} differs from the output: if the change is intended, run \`${GOLDEN_COMMAND}\` and review the diff`;
  if (typeof actual === 'string') {
    expect(actual, why).toBe(readFileSync(p, 'utf8'));
    return;
  }
  const want = readFileSync(p);
  if (sameContent(want, actual)) return;
  let at = 0;
  while (at < Math.min(want.length, actual.length) && want[at] === actual[at]) at++;
  throw new Error(`${why} (${actual.length} bytes vs ${want.length} in the golden; first difference at byte ${at})`);
}

/**
 * A golden file that a test reads as its input (a pinned program, a canonical text). With `make`, the
 * file is regenerable: under UPDATE_GOLDEN=1 it is first rewritten from `make()` (when that differs).
 * A missing file fails: naming `npm run golden` when it is regenerable, asking to restore it otherwise.
 */
export function readGolden(path: string | URL, make?: () => string | Uint8Array): Buffer {
  const p = pathOf(path);
  if (UPDATE_GOLDEN && make !== undefined) {
    const data = make();
    if (!existsSync(p) || !sameContent(readFileSync(p), data)) write(p, data);
  }
  if (!existsSync(p)) missing(p, make !== undefined);
  return readFileSync(p);
}

/**
 * The expected files of a golden folder whose input is gone (`case.expected.txt` without `case.qir`):
 * deleting an input must fail its folder's test, not silently drop the case.
 */
export function orphanedExpectations(files: readonly string[], expectedSuffix: string, inputSuffix: string): string[] {
  const have = new Set(files);
  return files.filter((f) => f.endsWith(expectedSuffix) && !have.has(f.slice(0, -expectedSuffix.length) + inputSuffix));
}
