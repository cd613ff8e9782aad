// The mutant listing (tools/mutation/list-mutants.ts): Stryker's own instrumenter, so the counts are the ones a run
// tests, and a `// Stryker disable next-line` mark shows as ignored on its line only.
import { describe, expect, it } from 'vitest';
import { listMutants, parseTarget } from '../../../tools/mutation/list-mutants.js';

const source = [
  'export function f(a: number, b: number): number {',
  '  // Stryker disable next-line EqualityOperator: an example mark',
  '  if (a < b) return a + b;',
  '  return a - b;',
  '}',
  '',
].join('\n');

describe('listMutants', () => {
  it('lists the mutants of a line range, the marked mutator on the marked line as ignored', async () => {
    const all = await listMutants('f.ts', source);
    const line3 = all.filter((m) => m.line === 3);
    expect(line3.filter((m) => m.ignored).map((m) => m.mutator)).toEqual(expect.arrayContaining(['EqualityOperator']));
    expect(line3.filter((m) => m.ignored).every((m) => m.mutator === 'EqualityOperator')).toBe(true);
    expect(line3.some((m) => m.mutator === 'ArithmeticOperator' && !m.ignored)).toBe(true);
    expect(all.find((m) => m.line === 4)).toMatchObject({ mutator: 'ArithmeticOperator', replacement: 'a + b', ignored: false });
    expect((await listMutants('f.ts', source, 4, 4)).map((m) => m.line)).toEqual([4]);
  });

  it('reads file and range as Stryker\'s --mutate does', () => {
    expect(parseTarget('simulator/units/dma-banks.ts')).toEqual({ file: 'simulator/units/dma-banks.ts', from: 1, to: Infinity });
    expect(parseTarget('simulator/units/vector-unit.ts:38-220')).toEqual({ file: 'simulator/units/vector-unit.ts', from: 38, to: 220 });
  });
});
