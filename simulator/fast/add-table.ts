// 8-bit ADD as a table: its result is a function of the two input codes alone, so the 65,536 pairs are
// evaluated once (TFLite's add, exactly as the element loop would) and every element is a lookup. The
// tables are kept by the instruction's parameters: a network's ADD instructions share a few sets (one
// per residual layer), and the images of a batch reuse them.
import { clamp, wrapToBits } from '../../core/rounding.js';
import type { InstructionOf } from '../../isa/instruction.js';
import { mbqm } from './requant-fast.js';

/** Tables kept at most (64 KiB each); the oldest goes first. */
const MAX_TABLES = 64;
const tables = new Map<string, Uint8Array>();

/** The output byte of an 8-bit ADD at index (a code ^ flip) · 256 + (b code ^ flip), flip = 128 when signed. */
export function addTable8(i: InstructionOf<'ADD'>): Uint8Array {
  const key = [i.signed, i.leftShift, i.aZero, i.aMultiplier, i.aShift, i.bZero, i.bMultiplier, i.bShift, i.outMultiplier, i.outShift, i.outZero, i.qmin, i.qmax].join('|');
  let table = tables.get(key);
  if (table === undefined) {
    table = buildTable(i);
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

function buildTable(i: InstructionOf<'ADD'>): Uint8Array {
  const [scaledA, scaledB] = rescaledInputs(i, 8);
  const table = new Uint8Array(65536);
  // (a Uint8Array store keeps the low 8 bits: the two's-complement byte of a negative code)
  for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) table[(a << 8) | b] = addOutput(i, scaledA[a]! + scaledB[b]!);
  return table;
}
