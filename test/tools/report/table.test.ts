// Terminal tables (tools/report/table.ts): the tables laid out by accsim itself are exactly cli-table3's, on
// random headers, rows and alignments of one-column characters, plain or in style.ts's colours; any other cell
// (wide, combining, line breaks, other escape codes, ragged rows) goes to cli-table3 and so is its table too.
import fc from 'fast-check';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { renderTable, renderWithCliTable3, type Align } from '../../../tools/report/table.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const colors = pc.createColors(true);
const STYLES = [colors.bold, colors.dim, colors.red, colors.green, colors.yellow, colors.cyan];
const oneColumn = fc.constantFrom(...'ab Z09_-.,:%()[]/µ×…→≤≥−—·é ', '\u00a0');
const other = fc.constantFrom('漢', 'e\u0301', '\n', '😀', '\u001b]8;;x\u0007', '\u0007');
const text = (chars: fc.Arbitrary<string>) => fc.array(chars, { maxLength: 9 }).map((c) => c.join(''));
/** Colour codes opened and closed at random: cli-table3 closes what a cell leaves open. */
const code = fc.constantFrom(...[0, 1, 2, 4, 22, 24, 31, 36, 39].map((c) => `\u001b[${c}m`));
/** A cell: text, maybe wrapped in one colour (sometimes two, nested) or between any two codes, maybe a number. */
const cell = (chars: fc.Arbitrary<string>) => fc.oneof(
  text(chars),
  fc.tuple(fc.constantFrom(...STYLES), text(chars)).map(([s, t]) => s(t)),
  fc.tuple(fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), text(chars)).map(([s, u, t]) => s(u(t))),
  fc.tuple(code, text(chars), code).map(([a, t, b]) => a + t + b),
  fc.integer({ min: -5000, max: 5000 }),
);
const table = (chars: fc.Arbitrary<string>, ragged: boolean) => fc.integer({ min: 1, max: 5 }).chain((columns) => fc.record({
  head: fc.array(text(chars), { minLength: columns, maxLength: columns }),
  rows: fc.array(fc.array(cell(chars), ragged ? { maxLength: columns + 1 } : { minLength: columns, maxLength: columns }), { maxLength: 5 }),
  align: fc.option(fc.array(fc.constantFrom<Align>('left', 'right'), { maxLength: columns }), { nil: undefined }),
}));

describe('renderTable', () => {
  it('draws what cli-table3 draws: one-column characters, plain or coloured', () => {
    fc.assert(fc.property(table(oneColumn, false), ({ head, rows, align }) => {
      expect(renderTable(head, rows, align)).toBe(renderWithCliTable3(head, rows, align ?? head.map(() => 'left')));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('and for any other cells and ragged rows too', () => {
    fc.assert(fc.property(table(fc.oneof(oneColumn, other), true), ({ head, rows, align }) => {
      expect(renderTable(head, rows, align)).toBe(renderWithCliTable3(head, rows, align ?? head.map(() => 'left')));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('a hand case: header and numbers right-aligned where asked, a box of light lines', () => {
    expect(renderTable(['layer', 'MACs'], [['conv1', '1,024'], ['fc', 10]], ['left', 'right'])).toBe([
      '┌───────┬───────┐',
      '│ layer │  MACs │',
      '│ conv1 │ 1,024 │',
      '│ fc    │    10 │',
      '└───────┴───────┘',
    ].join('\n'));
  });
});
