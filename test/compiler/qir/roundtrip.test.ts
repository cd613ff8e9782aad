// Golden round trip: every canonical text prints back to itself, and reparsing the print gives the same graph.
// The texts are hand-written (no command regenerates them); the list is pinned so a deleted one fails.
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printQir } from '../../../compiler/qir/printer.js';
import { readGolden } from '../../golden.js';
import { expectSameGraph, parseWithSyntheticWeights } from './fixtures.js';

const DIR = join(import.meta.dirname, '../../golden/qir/roundtrip');
const FILES = ['activations.qir', 'arithmetic.qir', 'conv_block.qir', 'literals.qir', 'names.qir'];

describe('qir round trip goldens', () => {
  test('the golden folder holds exactly the pinned texts', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.qir')).sort()).toEqual(FILES);
  });
  test.each(FILES)('%s: print(parse(t)) === t and parse(print(parse(t))) ≡ parse(t)', (f) => {
    const text = readGolden(join(DIR, f)).toString('utf8');
    const g = parseWithSyntheticWeights(text, f);
    const printed = printQir(g);
    expect(printed).toBe(text);
    expectSameGraph(parseWithSyntheticWeights(printed, f), g);
  });
});
