// Terminal tables (cli-table3), one look for every command.
import Table from 'cli-table3';
import { style } from './style.js';

export type Align = 'left' | 'right';

/** Renders rows under a header; numeric columns are right-aligned via `align`. */
export function renderTable(head: string[], rows: (string | number)[][], align?: Align[]): string {
  const table = new Table({
    head: head.map((h) => style.head(h)),
    colAligns: align ?? head.map(() => 'left'),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of rows) table.push(r.map(String));
  return table.toString();
}
