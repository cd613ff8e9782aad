// The one order in which a finished sweep lists its points, whatever ran them: grid order (presets
// outermost, dataflows innermost, each list in the order given on the command line). A local run with
// several worker threads, a queue with many workers and a merge of shards all finish points in some
// order of their own; sorting into this one is what makes their CSVs equal byte for byte.
import type { CsvRow } from './csv.js';
import { pointKey, type DesignPointSpec } from './point-spec.js';
import { rowKey } from './resume.js';

/**
 * `rows` in grid order of `specs`. Rows of points outside the grid (kept from an earlier run of
 * another grid, see --resume) follow, in their given order.
 */
export function inGridOrder(specs: readonly DesignPointSpec[], rows: readonly CsvRow[]): CsvRow[] {
  const rank = new Map(specs.map((s, i) => [pointKey(s), i]));
  const at = (r: CsvRow) => rank.get(rowKey(r)) ?? specs.length;
  // Array.prototype.sort is stable, so rows outside the grid keep their relative order.
  return [...rows].sort((a, b) => at(a) - at(b));
}
