// Every crash the fuzzer found, kept as a fixture: test/fixtures/fuzz/<format>/<CODE>-<what>.<ext> must
// end in a user error with that code (ok-<what>: in a value), with one-line messages, within the time
// limit and without an allocation beyond the format's budget.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS } from './formats.js';
import { runCase } from './harness.js';

const DIR = new URL('../fixtures/fuzz', import.meta.url).pathname;
const slug = (name: string) => name.toLowerCase().replace(/\W+/g, '-');
const cases = FORMATS.flatMap((format) => {
  const dir = join(DIR, slug(format.name));
  return existsSync(dir) ? readdirSync(dir).sort().map((file) => [`${slug(format.name)}/${file}`, format, join(dir, file)] as const) : [];
});

describe('fuzz fixtures', () => {
  it('there is a fixture folder for formats only (no stray folders)', () => {
    expect(readdirSync(DIR).filter((d) => !FORMATS.some((f) => slug(f.name) === d))).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (_name, format, path) => {
    const file = path.split('/').pop()!;
    const want = file.startsWith('ok-') ? 'value' : file.split('-')[0]!;
    const o = runCase(format, new Uint8Array(readFileSync(path)), 5000);
    expect(o.kind === 'user-error' ? o.code : o.kind === 'value' ? 'value' : `${o.kind}: ${'detail' in o ? o.detail : ''}`).toBe(want);
  });
});
