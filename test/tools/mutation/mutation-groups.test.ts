// The mutation-testing configuration against the tree: every group's `mutate` globs and kill-test globs
// name files that exist (a renamed module must not leave a group mutating nothing, as a moved ONNX file
// once did), stryker.config.json mutates exactly the groups' modules, and every group has its tests.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../tools/mutation/mutation-doc.js';
import { MUTATION_SLOW_TESTS, MUTATION_SOURCE_TEXT_TESTS, MUTATION_TESTS } from '../../../vitest.mutate.config.js';

/** a/{b,c}/d → a/b/d, a/c/d (one brace level, as the configurations use). */
function expandBraces(glob: string): string[] {
  const m = /\{([^}]*)\}/.exec(glob);
  if (m === null) return [glob];
  return m[1]!.split(',').flatMap((alt) => expandBraces(glob.slice(0, m.index) + alt + glob.slice(m.index + m[0].length)));
}

/** Files matching a glob whose `*` appears only in the file name. */
function matches(glob: string): string[] {
  return expandBraces(glob).flatMap((g) => {
    const dir = posix.dirname(g);
    expect(dir, `${glob}: a wildcard only in the file name`).not.toContain('*');
    const name = new RegExp(`^${posix.basename(g).replace(/[.+?^$()[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return [];
    }
    return entries.filter((f) => name.test(f)).map((f) => `${dir}/${f}`);
  });
}

describe('mutation groups', () => {
  it('every mutate glob of every group names existing files, each alternative of a brace at least one', () => {
    for (const group of GROUPS) {
      for (const glob of group.mutate) {
        for (const alt of expandBraces(glob)) expect(matches(alt), `${group.id}: ${alt}`).not.toEqual([]);
      }
    }
  });

  it('stryker.config.json mutates exactly the groups\' modules', () => {
    const config = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as { mutate: string[] };
    const files = (globs: readonly string[]) => [...new Set(globs.flatMap(matches))].sort();
    expect(files(config.mutate)).toEqual(files(GROUPS.flatMap((g) => g.mutate)));
  });

  it('every group has kill tests, and each test glob names existing test files', () => {
    expect(Object.keys(MUTATION_TESTS).sort()).toEqual(GROUPS.map((g) => g.id).sort());
    for (const [id, globs] of Object.entries(MUTATION_TESTS)) {
      for (const glob of globs) expect(matches(glob).filter((f) => f.endsWith('.test.ts')), `${id}: ${glob}`).not.toEqual([]);
    }
  });

  it('each slow or source-text test left out of the kill sets is an existing file some group\'s globs would take in', () => {
    const all = new Set(Object.values(MUTATION_TESTS).flat().flatMap(matches));
    for (const f of [...MUTATION_SLOW_TESTS, ...MUTATION_SOURCE_TEXT_TESTS]) expect(all.has(f), f).toBe(true);
  });
});
