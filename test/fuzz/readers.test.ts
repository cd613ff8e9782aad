// Issue 17 item 1: every reader, on mutated valid files, ends in a value or a user error with a code and
// one-line messages: never an escaping exception, a hang, or an allocation sized by a number in the file.
// Bounded in `npm test`; `npm run fuzz` runs ACCSIM_FUZZ_CASES (10,000) cases per format and prints the
// figures. Failing inputs are written to a temp directory, named so they can become fixtures
// (test/fixtures/fuzz/<format>/<CODE>-<what>.<ext>, checked by fixtures.test.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS } from './formats.js';
import { fuzzFormat, type FuzzStats } from './harness.js';
import { PROPERTY_SEED } from '../property-runs.js';

/** Cases per format: ACCSIM_FUZZ_CASES, else a bounded number that keeps `npm test` quick. */
const CASES = Number(process.env['ACCSIM_FUZZ_CASES'] ?? '150');
/** CPU-time limit of one case on a small input (the harness adds 2 s per MB of input). */
const SLOW_MS = Number(process.env['ACCSIM_FUZZ_SLOW_MS'] ?? '5000');

function figures(s: FuzzStats): string {
  const codes = Object.entries(s.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  return `${s.format}: ${s.cases} cases, ${s.values} values, ${s.userErrors} user errors, ${s.failures.length} failures; slowest ${s.maxMs.toFixed(0)} ms of CPU, largest allocation ${s.maxAllocation} B; codes: ${codes}`;
}

describe.each(FORMATS.map((f) => [f.name, f] as const))('fuzzing the %s reader', (_name, format) => {
  it(`${CASES} mutated files end in a value or a located user error`, () => {
    const stats = fuzzFormat(format, CASES, PROPERTY_SEED, SLOW_MS);
    console.log(figures(stats));
    if (stats.failures.length > 0) {
      const dir = mkdtempSync(join(tmpdir(), `accsim-fuzz-${format.name.replace(/\W+/g, '-')}-`));
      for (const f of stats.failures) writeFileSync(join(dir, `case-${f.index}-${f.outcome.kind}.bin`), f.input);
      console.log(`failing inputs of ${format.name} in ${dir}`);
    }
    expect(stats.failures.map((f) => ({ case: f.index, ...f.outcome }))).toEqual([]);
    // Both outcomes must occur: a mutator that only ever breaks (or never breaks) the files tests little.
    expect(stats.values).toBeGreaterThan(0);
    expect(stats.userErrors).toBeGreaterThan(0);
  }, Math.max(120_000, CASES * 400));
});
