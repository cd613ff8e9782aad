// Pass goldens (MLIR -split-input-file style): test/golden/passes/<pass>/<case>.qir holds inputs separated
// by `// -----` lines; each is parsed, run through the pass, printed with its stats as a comment, and
// compared with <case>.expected.qir. A chunk may start with `// options: {json}`. Regenerate with
// `npm run golden` and review the diff; a missing expected file fails.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listPasses, runPipeline } from '../../../compiler/passes/index.js';
import { parseQir } from '../../../compiler/qir/load.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { expectGolden, orphanedExpectations } from '../../golden.js';

const ROOT = join(import.meta.dirname, '../../golden/passes');
const SPLIT = '// -----\n';

/** Stats as one JSON comment line (±inf spelled out: JSON has no infinity). */
function statsLine(stats: object): string {
  return `// stats: ${JSON.stringify(stats, (_k, v: unknown) => (v === Infinity ? 'inf' : v === -Infinity ? '-inf' : v))}\n`;
}

/** The chunk's leading comment lines (what the case is about), copied to the expected output for reviewers. */
function leadingComments(chunk: string): string {
  const lines = chunk.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('//'));
  return lines.slice(0, end).map((l) => `${l}\n`).join('');
}

function runChunk(pass: string, chunk: string, file: string): string {
  const options = /^\/\/ options: (.*)$/m.exec(chunk);
  const { graph, steps } = runPipeline(parseQir(chunk, file), [pass], options ? JSON.parse(options[1]!) as Record<string, unknown> : {});
  return leadingComments(chunk) + statsLine(steps[0]!.stats) + printQir(graph);
}

describe('pass goldens', () => {
  test.each(listPasses().map((p) => p.name))('%s has a golden folder with cases', (name) => {
    const dir = join(ROOT, name);
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.qir') && !f.endsWith('.expected.qir')).length).toBeGreaterThan(0);
    // An expected file without its input means the case was deleted, not that it passes.
    expect(orphanedExpectations(files, '.expected.qir', '.qir')).toEqual([]);
  });

  const cases = listPasses().flatMap((p) => {
    const dir = join(ROOT, p.name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => f.endsWith('.qir') && !f.endsWith('.expected.qir')).sort().map((f) => [p.name, f] as const);
  });

  test.each(cases)('%s/%s', (pass, file) => {
    const input = readFileSync(join(ROOT, pass, file), 'utf8');
    const actual = input.split(SPLIT).map((chunk) => runChunk(pass, chunk, file)).join(SPLIT);
    const expectedPath = join(ROOT, pass, file.replace(/\.qir$/, '.expected.qir'));
    expectGolden(expectedPath, actual);
    // The printed results are valid QIR themselves.
    for (const chunk of actual.split(SPLIT)) expect(() => parseQir(chunk, file)).not.toThrow();
  });
});
