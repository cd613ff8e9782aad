// Golden round trip: every canonical text prints back to itself, and reparsing the print gives the same graph.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printQir } from '../../../compiler/qir/printer.js';
import { expectSameGraph, parseWithSyntheticWeights } from './fixtures.js';

const DIR = join(import.meta.dirname, '../../golden/qir/roundtrip');
const files = readdirSync(DIR).filter((f) => f.endsWith('.qir')).sort();

describe('qir round trip goldens', () => {
  test('the golden folder is not empty', () => expect(files.length).toBeGreaterThanOrEqual(5));
  test.each(files)('%s: print(parse(t)) === t and parse(print(parse(t))) ≡ parse(t)', (f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const g = parseWithSyntheticWeights(text, f);
    const printed = printQir(g);
    expect(printed).toBe(text);
    expectSameGraph(parseWithSyntheticWeights(printed, f), g);
  });
});
