// Terminal tables, one look for every command: a box of light lines, the header first, one line per row,
// each column as wide as its widest cell plus a space either side (cli-table3's look, compact). Cells of
// one-column characters, whole or wrapped in one of style.ts's colours (every table accsim prints), are laid
// out here; cli-table3 draws any other table (wide or combining characters, line breaks, other escape codes)
// and is loaded only then: loading it and its first table (string-width's regular expressions) took ~50 ms of
// CPU of every cold `accsim sim`, a twentieth of it.
import { createRequire } from 'node:module';
import type CliTable3 from 'cli-table3';
import { style } from './style.js';

export type Align = 'left' | 'right';

/** Renders rows under a header; numeric columns are right-aligned via `align`. */
export function renderTable(head: string[], rows: (string | number)[][], align?: Align[]): string {
  const aligns = align ?? head.map((): Align => 'left');
  const cells = [head.map((h) => style.head(h)), ...rows.map((r) => r.map(String))];
  const widths = plainWidths(cells, head.length);
  if (widths === undefined) return renderWithCliTable3(head, rows, aligns);
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const line = (r: readonly string[]) => `│${r.map((c, j) => ` ${pad(c, widths[j]!, aligns[j] ?? 'left')} `).join('│')}│`;
  return [rule('┌', '┬', '┐'), ...cells.map(line), rule('└', '┴', '┘')].join('\n');
}

/** The table as cli-table3 draws it (any cells; loaded on first use). */
export function renderWithCliTable3(head: string[], rows: (string | number)[][], align: readonly Align[]): string {
  const Table = createRequire(import.meta.url)('cli-table3') as typeof CliTable3;
  const table = new Table({
    head: head.map((h) => style.head(h)),
    colAligns: [...align],
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of rows) table.push(r.map(String));
  return table.toString();
}

/** Characters one terminal column wide (string-width's count, which cli-table3 uses): printable ASCII and
 *  Latin-1, dashes, quotes, bullets and ellipsis, arrows, minus, ≈, ≤, ≥. */
const ONE_COLUMN = /^[\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u2190-\u2193\u2212\u2248\u2264\u2265]*$/;
/** A cell wholly in one of style.ts's colours (picocolors: bold, dim; red, green, yellow, cyan). */
const STYLED = /^\x1b\[(?:(?:1|2)m(.*)\x1b\[22m|(?:31|32|33|36)m(.*)\x1b\[39m)$/s;

/** Width of each column when every row has `columns` cells of one-column characters, plain or styled as a whole; else undefined. */
function plainWidths(cells: readonly (readonly string[])[], columns: number): number[] | undefined {
  if (columns === 0) return undefined;
  const widths = new Array<number>(columns).fill(0);
  for (const row of cells) {
    if (row.length !== columns) return undefined;
    for (let j = 0; j < columns; j++) {
      const text = visibleText(row[j]!);
      if (text === undefined) return undefined;
      widths[j] = Math.max(widths[j]!, text.length);
    }
  }
  return widths;
}

/** What a cell shows when it is laid out here (one column per character), else undefined. */
function visibleText(cell: string): string | undefined {
  const styled = STYLED.exec(cell);
  const text = styled === null ? cell : (styled[1] ?? styled[2]!);
  return ONE_COLUMN.test(text) ? text : undefined;
}

/** `cell` padded with spaces to `width` columns on the side `align` leaves free. */
function pad(cell: string, width: number, align: Align): string {
  const fill = ' '.repeat(width - visibleText(cell)!.length);
  return align === 'right' ? fill + cell : cell + fill;
}
