// Every fast path in simulator/fast/ is tested against the unit or reference function it speeds up: its
// own test in test/simulator/fast/ (mirroring the file), or a named test elsewhere that holds it equal to
// the readable model. A new fast file without either fails here.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Fast paths whose property test lives elsewhere, and why there. */
const TESTED_ELSEWHERE: Record<string, { test: string; why: string }> = {
  'fast-array.ts': { test: 'test/simulator/pe-model.test.ts', why: 'random programs: the fast array and the PE-level model give the same accumulators and cycle stamps' },
  'gemm-js.ts': { test: 'test/simulator/fast/gemm-wasm.test.ts', why: 'wasm == js == reference on random shapes' },
};

describe('fast paths', () => {
  const files = readdirSync(`${ROOT}simulator/fast`).filter((f) => f.endsWith('.ts'));

  it('each has a test against what it speeds up', () => {
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter((f) => {
      const own = `test/simulator/fast/${f.replace(/\.ts$/, '.test.ts')}`;
      if (existsSync(`${ROOT}${own}`)) return false;
      const other = TESTED_ELSEWHERE[f];
      return other === undefined || !existsSync(`${ROOT}${other.test}`);
    });
    expect(missing).toEqual([]);
  });

  it('lists no file elsewhere that has gone or has its own test', () => {
    for (const f of Object.keys(TESTED_ELSEWHERE)) {
      expect(files).toContain(f);
      expect(existsSync(`${ROOT}test/simulator/fast/${f.replace(/\.ts$/, '.test.ts')}`), f).toBe(false);
    }
  });
});
