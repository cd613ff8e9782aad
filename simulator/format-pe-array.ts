// The PE-level model of a COMPUTE in a float/MX array mode, ws and os (issue 18): every register
// of the R×C grid, of the input skew and of the output de-skew is stepped each cycle, with the same
// register-transfer convention as pe-model.ts (in cycle t a PE reads what was written at the end of cycle
// t − 1). PE(r, c) holds the latched weight element of array row r, column c; it multiplies the
// activation element passing from the left by it — an exact product, since elements are small floats or
// integers — and adds it to the exact partial sum coming from above. The column's sums leave the bottom
// row, are de-skewed, and the accumulator adds them to the open chunk's exact partial; on a chunk-ending
// tile it folds the partial into the FP32 sum (FormatAccumulator.fold). os: PE(r, c) keeps output row r,
// column c; activation elements flow right, weight elements down, each PE adds their exact product to its
// own partial, and the partials drain into the accumulator one row per cycle. Slow on purpose; the test
// holds both equal to FormatAccumulator.tile and their last write cycles to CYCLE-MODEL §3's timings.
import { assert } from '../core/diagnostics.js';
import type { FormatAccumulator, FormatTileOperands } from './functional/format-accumulator.js';

/** A value in a register, tagged with the output row (input vector) it belongs to. */
interface Tagged {
  readonly row: number;
  readonly v: number;
}

/** The result of stepping one COMPUTE: the cycle (from the first read, 0) of each accumulator row write. */
export interface FormatPeRun {
  readonly writeCycles: readonly number[];
}

/**
 * Steps a ws COMPUTE of `op` (m input vectors, kt ≤ rows, n ≤ cols) on a rows × cols array into `acc`,
 * one input vector read per cycle (cycle i reads vector i). PEs of rows ≥ kt and columns ≥ n are masked
 * (they pass their inputs on and add nothing).
 */
/** Shifts a delay line one register: `input` enters at the front, the value at its end leaves (an empty line passes `input` through). */
function shift(line: (Tagged | undefined)[], input: Tagged | undefined): Tagged | undefined {
  if (line.length === 0) return input;
  const out = line[line.length - 1];
  for (let k = line.length - 1; k > 0; k--) line[k] = line[k - 1];
  line[0] = input;
  return out;
}

export function stepFormatComputeWs(rows: number, cols: number, op: FormatTileOperands, acc: FormatAccumulator, chunkEnd: boolean, xExp: Int16Array, wExp: Int16Array): FormatPeRun {
  const { m, n } = acc;
  const { kt } = op;
  assert(kt <= rows && n <= cols, `tile k ${kt} × n ${n} does not fit a ${rows}×${cols} array`);
  const weight = (r: number, c: number): number => (r < kt && c < n ? op.wTable[op.w[r * n + c]!]! : 0);
  // skew[r]: row r's input delay line (r registers; the read register is the line's input).
  const skew: (Tagged | undefined)[][] = Array.from({ length: rows }, (_, r) => new Array<Tagged | undefined>(r).fill(undefined));
  let xRegs: (Tagged | undefined)[][] = Array.from({ length: rows }, () => new Array<Tagged | undefined>(cols).fill(undefined));
  let sRegs: (Tagged | undefined)[][] = Array.from({ length: rows }, () => new Array<Tagged | undefined>(cols).fill(undefined));
  // deskew[c]: column c's output delay line (cols − 1 − c registers), so a row's sums arrive together.
  const deskew: (Tagged | undefined)[][] = Array.from({ length: cols }, (_, c) => new Array<Tagged | undefined>(cols - 1 - c).fill(undefined));
  let readReg: (Tagged | undefined)[] = new Array<Tagged | undefined>(rows).fill(undefined);
  const arrived = new Map<number, number>();
  const writeCycles: number[] = [];
  for (let t = 0; writeCycles.length < m; t++) {
    assert(t <= m + rows + cols + 2, 'format PE array did not drain');
    // The accumulator unit: sums that left the de-skew at the end of cycle t − 1 are written in cycle t.
    const nextX = xRegs.map((line) => line.slice());
    const nextS = sRegs.map((line) => line.slice());
    for (let r = 0; r < rows; r++) {
      const fromLeft = shift(skew[r]!, readReg[r]);
      for (let c = 0; c < cols; c++) {
        const x = c === 0 ? fromLeft : xRegs[r]![c - 1];
        const above = r === 0 ? (x === undefined ? undefined : { row: x.row, v: 0 }) : sRegs[r - 1]![c];
        nextX[r]![c] = x;
        if (x === undefined) {
          nextS[r]![c] = undefined;
          continue;
        }
        assert(above !== undefined && above.row === x.row, `PE(${r}, ${c}) got a partial sum of another row`);
        nextS[r]![c] = { row: x.row, v: above.v + x.v * weight(r, c) };
      }
    }
    for (let c = 0; c < cols; c++) {
      const out = shift(deskew[c]!, sRegs[rows - 1]![c]);
      if (out === undefined || c >= n) continue;
      const e = out.row * n + c;
      acc.partial[e] = acc.partial[e]! + out.v;
      const got = (arrived.get(out.row) ?? 0) + 1;
      arrived.set(out.row, got);
      if (got === n) writeCycles.push(t);
    }
    xRegs = nextX;
    sRegs = nextS;
    // The read register: vector t (row t's elements, array row r gets element r) is read in cycle t.
    readReg = Array.from({ length: rows }, (_, r) => (t < m ? { row: t, v: r < kt ? op.xTable[op.x[t * kt + r]!]! : 0 } : undefined));
  }
  if (chunkEnd) acc.fold(xExp, wExp);
  return { writeCycles };
}

/**
 * Steps an os COMPUTE of `op`'s rows [i0, i1) (≤ rows of them; kt elements of K, n ≤ cols) into `acc`:
 * vector j (element j of every row's activations, element j of every column's weights) is read in cycle
 * j and reaches PE(r, c) in cycle j + 1 + r + c; after the last product the partials drain, row r in the
 * r-th following cycle (a two-ported accumulator: one row per cycle).
 */
export function stepFormatComputeOs(rows: number, cols: number, op: FormatTileOperands, acc: FormatAccumulator, chunkEnd: boolean, xExp: Int16Array, wExp: Int16Array, i0: number, i1: number): FormatPeRun {
  const { n } = acc;
  const { kt } = op;
  const m = i1 - i0;
  assert(m >= 1 && m <= rows && n <= cols, `os tile of ${m} rows × ${n} columns does not fit a ${rows}×${cols} array`);
  const none = (): (Tagged | undefined)[][] => Array.from({ length: rows }, () => new Array<Tagged | undefined>(cols).fill(undefined));
  let xRegs = none();
  let wRegs = none();
  const partial = Array.from({ length: rows }, () => new Float64Array(cols));
  // Skew lines: row r's activations wait r cycles, column c's weights c cycles.
  const xSkew = Array.from({ length: rows }, (_, r) => new Array<Tagged | undefined>(r).fill(undefined));
  const wSkew = Array.from({ length: cols }, (_, c) => new Array<Tagged | undefined>(c).fill(undefined));
  let xRead: (Tagged | undefined)[] = new Array<Tagged | undefined>(rows).fill(undefined);
  let wRead: (Tagged | undefined)[] = new Array<Tagged | undefined>(cols).fill(undefined);
  let lastProduct = -1;
  for (let t = 0; t < kt + rows + cols + 1; t++) {
    const nextX = none();
    const nextW = none();
    const fromLeft = xRead.map((v, r) => shift(xSkew[r]!, v));
    const fromTop = wRead.map((v, c) => shift(wSkew[c]!, v));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = c === 0 ? fromLeft[r] : xRegs[r]![c - 1];
        const w = r === 0 ? fromTop[c] : wRegs[r - 1]![c];
        nextX[r]![c] = x;
        nextW[r]![c] = w;
        if (x === undefined && w === undefined) continue;
        assert(x !== undefined && w !== undefined && x.row === w.row, `PE(${r}, ${c}) got operands of different steps`);
        partial[r]![c] = partial[r]![c]! + x.v * w.v;
        lastProduct = t;
      }
    }
    xRegs = nextX;
    wRegs = nextW;
    // Step t's vectors are read in cycle t (here: the element K index t; rows past m and columns past n read 0).
    xRead = Array.from({ length: rows }, (_, r) => (t < kt ? { row: t, v: r < m ? op.xTable[op.x[(i0 + r) * kt + t]!]! : 0 } : undefined));
    wRead = Array.from({ length: cols }, (_, c) => (t < kt ? { row: t, v: c < n ? op.wTable[op.w[t * n + c]!]! : 0 } : undefined));
  }
  const writeCycles: number[] = [];
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) acc.partial[(i0 + r) * n + c] = acc.partial[(i0 + r) * n + c]! + partial[r]![c]!;
    writeCycles.push(lastProduct + 1 + r);
  }
  if (chunkEnd) acc.fold(xExp, wExp, i0, i1);
  return { writeCycles };
}
