// 8-bit ADD as a table: its result is a function of the two input codes alone, so each of the 65,536 pairs is
// evaluated once (TFLite's add, exactly as the element loop would) and every element is a lookup. The
// tables are kept by the instruction's parameters: a network's ADD instructions share a few sets (one
// per residual layer), and the images of a batch reuse them. A table is filled on demand: ResNet-18's
// images meet 8-29 k of the pairs per parameter set, and evaluating all of them was ~5 ms of a cold image each.
import { clamp, wrapToBits } from '../../core/rounding.js';
import type { InstructionOf } from '../../isa/instruction.js';
import { mbqm } from './requant-fast.js';

/** Tables kept at most (128 KiB each); the oldest goes first. */
const MAX_TABLES = 64;
const tables = new Map<string, AddTable8>();

/** An 8-bit ADD's output bytes by (a code ^ flip) · 256 + (b code ^ flip), flip = 128 when signed. */
export class AddTable8 {
  /** Each pair's output byte, or −1 for a pair not met yet (`entry` computes it). */
  readonly codes = new Int16Array(65536).fill(-1);
  private readonly scaledA: Int32Array;
  private readonly scaledB: Int32Array;

  constructor(private readonly i: InstructionOf<'ADD'>) {
    [this.scaledA, this.scaledB] = rescaledInputs(i, 8);
  }

  /** The output byte of pair `index` (the two's-complement byte of a negative code), computed and kept. */
  entry(index: number): number {
    const code = addOutput(this.i, this.scaledA[index >> 8]! + this.scaledB[index & 255]!) & 255;
    this.codes[index] = code;
    return code;
  }
}

/** The table of ADD `i`'s parameters (shared by every ADD with the same ones). */
export function addTable8(i: InstructionOf<'ADD'>): AddTable8 {
  const key = [i.signed, i.leftShift, i.aZero, i.aMultiplier, i.aShift, i.bZero, i.bMultiplier, i.bShift, i.outMultiplier, i.outShift, i.outZero, i.qmin, i.qmax].join('|');
  let table = tables.get(key);
  if (table === undefined) {
    table = new AddTable8(i);
    if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value!);
    tables.set(key, table);
  }
  return table;
}

/** Each input's rescaled value by code (index: code value − min; TFLite's add rescales the inputs apart). */
export function rescaledInputs(i: InstructionOf<'ADD'>, bits: number): readonly [Int32Array, Int32Array] {
  const min = i.signed === 1 ? -(2 ** (bits - 1)) : 0;
  const ls = 2 ** i.leftShift;
  const scaledA = new Int32Array(2 ** bits);
  const scaledB = new Int32Array(2 ** bits);
  for (let v = 0; v < scaledA.length; v++) {
    scaledA[v] = mbqm(wrapToBits((v + min - i.aZero) * ls, 32), i.aMultiplier, i.aShift);
    scaledB[v] = mbqm(wrapToBits((v + min - i.bZero) * ls, 32), i.bMultiplier, i.bShift);
  }
  return [scaledA, scaledB];
}

/** The output code of a sum of rescaled inputs. */
export function addOutput(i: InstructionOf<'ADD'>, sum: number): number {
  return clamp(mbqm((sum | 0) === sum ? sum : wrapToBits(sum, 32), i.outMultiplier, i.outShift) + i.outZero, i.qmin, i.qmax);
}
