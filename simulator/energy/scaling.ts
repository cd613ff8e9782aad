// Scaling rules from the energy table to every event the energy model counts (all results in pJ).
// The rules (DESIGN §6): multiplier ∝ product of operand widths (Accelergy/Aladdin), adder ∝ width
// (piecewise linear through the table), SRAM by capacity on a log scale and by access width, DRAM and
// register file by bits. Where the table lists a width, the table wins over the rule.
import { assert } from '../../core/diagnostics.js';
import { LOG_MAX_EXPONENT } from '../../isa/log-weight-code.js';
import type { ArrayMode } from '../../isa/spec.js';
import type { EnergyTable } from './energy-table.js';
import { HOROWITZ_45NM } from './horowitz-45nm.js';

type Point = readonly [number, number];

/** Table map → points sorted by key (bits or bytes). */
function points(map: Readonly<Record<string, number>>): Point[] {
  return Object.entries(map)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Integer multiplier with `aBits`×`bBits` operands: the table for equal listed widths, else the smallest
 *  entry scaled by the product of widths (8b×8b 0.2 pJ → 4b×4b 0.2·16/64 = 0.05 pJ). */
export function intMultPj(table: EnergyTable, aBits: number, bBits: number): number {
  const listed = aBits === bBits ? table.intMultPj[String(aBits)] : undefined;
  if (listed !== undefined) return listed;
  const [w0, e0] = points(table.intMultPj)[0]!;
  return (e0 * aBits * bBits) / (w0 * w0);
}

/** Integer adder of `bits`: linear interpolation between listed widths, proportional to width outside them. */
export function intAddPj(table: EnergyTable, bits: number): number {
  const pts = points(table.intAddPj);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // At a listed width the rule outside and the interpolation inside agree (both give the table's value),
  // so `<=` / `<` and `>=` / `>` at the knots are the same function, and the loop returns before i
  // reaches pts.length: those mutants are equivalent.
  // Stryker disable next-line EqualityOperator: equal at the knot (see above)
  if (bits <= first[0]) return (first[1] * bits) / first[0];
  // Stryker disable next-line EqualityOperator: equal at the knot (see above)
  if (bits >= last[0]) return (last[1] * bits) / last[0];
  // Stryker disable next-line EqualityOperator: the loop returns before i reaches pts.length (see above)
  for (let i = 1; i < pts.length; i++) {
    const [w1, e1] = pts[i]!;
    const [w0, e0] = pts[i - 1]!;
    // Stryker disable next-line EqualityOperator: at bits = w1 the next segment starts at the same value
    if (bits <= w1) return e0 + ((e1 - e0) * (bits - w0)) / (w1 - w0);
  }
  // Stryker disable next-line all: unreachable (first < bits < last is bracketed by some segment)
  assert(false, 'intAddPj: width not bracketed');
}

/** SRAM energy per 64-bit access for a `sizeBytes` array: linear in log2(size) between listed sizes;
 *  outside them ∝ sqrt(size) (the 8 KB → 32 KB slope of the table itself: 4× size, 2× energy). */
export function sramPer64BitPj(table: EnergyTable, sizeBytes: number): number {
  const pts = points(table.sramPer64BitPj);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // Equivalent mutants at the knots and of the loop bound, as in intAddPj.
  // Stryker disable next-line EqualityOperator: equal at the knot
  if (sizeBytes <= first[0]) return first[1] * Math.sqrt(sizeBytes / first[0]);
  // Stryker disable next-line EqualityOperator: equal at the knot
  if (sizeBytes >= last[0]) return last[1] * Math.sqrt(sizeBytes / last[0]);
  // Stryker disable next-line EqualityOperator: the loop returns before i reaches pts.length
  for (let i = 1; i < pts.length; i++) {
    const [s1, e1] = pts[i]!;
    const [s0, e0] = pts[i - 1]!;
    // Stryker disable next-line EqualityOperator: at sizeBytes = s1 the next segment starts at the same value
    if (sizeBytes <= s1) return e0 + ((e1 - e0) * Math.log2(sizeBytes / s0)) / Math.log2(s1 / s0);
  }
  // Stryker disable next-line all: unreachable (first < size < last is bracketed by some segment)
  assert(false, 'sramPer64BitPj: size not bracketed');
}

/** Kinds of vector-unit work the energy model counts, one event per element (avg-divide: per output). */
export const VECTOR_OP_KINDS = [
  'requant-m0shift', 'requant-pow2', 'pool-max', 'pool-avg', 'avg-divide', 'add', 'pack', 'depthwise-mac', 'lut',
] as const;
export type VectorOpKind = (typeof VECTOR_OP_KINDS)[number];

/** Per-event costs from one table; build once per run with energyCosts(table). */
export interface EnergyCosts {
  readonly table: EnergyTable;
  /** One multiply-accumulate of the array in `mode` (binary: one XNOR-popcount lane), accumulating at accBits. */
  macPj(mode: ArrayMode, weightBits: number, actBits: number, opts?: { accBits?: number; packing?: number }): number;
  /** A group mode's column multiply: a `multBits` group multiplier × a `psumBits` partial sum (the multiplier rule). */
  groupScalePj(multBits: number, psumBits: number): number;
  /** The add that folds a product into an accumulator of `accBits`. */
  accAddPj(accBits: number): number;
  /** Reading / writing one accumulator of `accBits` in an accumulator SRAM of `sizeBytes`. */
  accReadPj(accBits: number, sizeBytes: number): number;
  accWritePj(accBits: number, sizeBytes: number): number;
  /** One SRAM access of `widthBytes` in an array of `sizeBytes`. */
  sramAccessPj(sizeBytes: number, widthBytes: number): number;
  readonly dramPjPerByte: number;
  /** One vector-unit event of `kind` on `bits`-wide elements (default 8). */
  vectorOpPj(kind: VectorOpKind, bits?: number): number;
  /** One register-file access of `bits` (default 32). */
  registerPj(bits?: number): number;
}

/** Adder bits a P-input popcount tree uses per input: Σ_l (P/2^l)·l over its log2(P) levels, divided by P. */
export function popcountAdderBitsPerInput(packing: number): number {
  let total = 0;
  for (let level = 1, n = packing / 2; n >= 1; level++, n /= 2) total += n * level;
  return total / packing;
}

/** The per-event cost functions for `table` (default: Horowitz 45 nm). */
export function energyCosts(table: EnergyTable = HOROWITZ_45NM): EnergyCosts {
  const add = (bits: number) => intAddPj(table, bits);
  const mult = (a: number, b: number) => intMultPj(table, a, b);
  const sram = (sizeBytes: number, widthBytes: number) => (sramPer64BitPj(table, sizeBytes) * widthBytes * 8) / 64;
  // A barrel shifter or comparator of width w is costed as a w-bit adder (same order of gates).
  const requantTail = (bits: number) => add(32) + 2 * add(bits); // + zero point, then clamp (2 compares)
  const vector: Record<VectorOpKind, (bits: number) => number> = {
    // TFLite MBQM: 32×32 high multiply, rounding add, rounding shift; then zero point and clamp.
    'requant-m0shift': (bits) => mult(32, 32) + add(32) + add(32) + requantTail(bits),
    // pow2: no multiplier, a rounding shift (shifter + rounding add) only (DESIGN §4).
    'requant-pow2': (bits) => add(32) + add(32) + requantTail(bits),
    'pool-max': (bits) => add(bits),
    'pool-avg': () => add(32),
    'avg-divide': () => mult(32, 32) + add(32),
    // TFLite add: three MBQM rescales (inputs and sum), the subtractions and the sum, then the tail.
    add: (bits) => 3 * (mult(32, 32) + 2 * add(32)) + 3 * add(32) + requantTail(bits),
    pack: (bits) => add(bits),
    'depthwise-mac': (bits) => mult(bits, bits) + add(32),
    // One one-byte read of the vector unit's table memory (2^bits entries; the table copy is a param read).
    lut: (bits) => sram(2 ** bits, 1),
  };
  return {
    table,
    macPj(mode, weightBits, actBits, opts = {}) {
      const accBits = opts.accBits ?? 32;
      // w4a8-log: no multiplier. A barrel shifter moves the actBits-wide activation by 0..LOG_MAX_EXPONENT
      // (costed as an adder of its output width, the rule above), then the accumulate adder adds or
      // subtracts it (the sign bit is the adder's carry-in / operand invert: no extra stage).
      if (mode === 'w4a8-log') return add(actBits + LOG_MAX_EXPONENT) + add(accBits);
      if (mode !== 'binary') return mult(weightBits, actBits) + add(accBits);
      // XNOR is a 1-bit op; the popcount tree and the accumulate are shared by the PE's `packing` lanes.
      const packing = opts.packing ?? 64;
      return add(1) + popcountAdderBitsPerInput(packing) * add(1) + add(accBits) / packing;
    },
    groupScalePj: (multBits, psumBits) => mult(multBits, psumBits),
    accAddPj: (accBits) => add(accBits),
    accReadPj: (accBits, sizeBytes) => sram(sizeBytes, accBits / 8),
    accWritePj: (accBits, sizeBytes) => sram(sizeBytes, accBits / 8),
    sramAccessPj: sram,
    dramPjPerByte: table.dramPer32BitPj / 4,
    vectorOpPj: (kind, bits = 8) => vector[kind](bits),
    registerPj: (bits = 32) => (table.registerPer32BitPj * bits) / 32,
  };
}
