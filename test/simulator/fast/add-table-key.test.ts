// The 8-bit ADD's lookup tables (simulator/fast/add-table.ts) are cached by the instruction's parameters:
// a cache key that forgets one field hands an ADD the table of another ADD that differs in that field
// alone, which random properties never draw. Here, one test per field of the ISA's ADD: two ADDs that differ ONLY in that field, run
// one after the other on codes where the two results differ, both checked against the ISA semantics
// written out below (TFLite's reference add). Every ADD field of isa/spec.ts must be listed here.
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { ISA } from '../../../isa/spec.js';
import type { InstructionOf } from '../../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../../isa/make-instruction.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { add } from '../../../simulator/units/vector-unit.js';
import { smallHw } from '../helpers.js';

type AddFields = InstructionFields<'ADD'>;
const hw = smallHw(4, 4);

/** The ADD fields that place the operation (rows, widths), not its arithmetic: the table does not depend on them. */
const PLACEMENT = new Set(['aRow', 'bRow', 'dstRow', 'rows', 'elems', 'bits']);

/**
 * A signed base ADD with every parameter away from its edges and zero points ≠ 0. Zero points and clamp lie
 * in [0, 127], valid signed and unsigned, so that `signed` too can change alone.
 */
const BASE: AddFields = {
  aRow: 0, bRow: 1, dstRow: 2, rows: 1, elems: 4, bits: 8, signed: 1, leftShift: 20,
  aZero: 3, aMultiplier: 1_300_000_000, aShift: -1, bZero: 5, bMultiplier: 1_700_000_000, bShift: -2,
  outMultiplier: 1_500_000_000, outShift: -18, outZero: 7, qmin: 2, qmax: 110,
};

/** The changed value of each arithmetic field (the only difference between the two ADDs of its test). */
const CHANGED: Record<string, (f: AddFields) => Partial<AddFields>> = {
  signed: () => ({ signed: 0 }),
  leftShift: () => ({ leftShift: 19 }),
  aZero: () => ({ aZero: 4 }),
  aMultiplier: (f) => ({ aMultiplier: f.aMultiplier + 40_000_000 }),
  aShift: () => ({ aShift: -2 }),
  bZero: () => ({ bZero: 6 }),
  bMultiplier: (f) => ({ bMultiplier: f.bMultiplier - 40_000_000 }),
  bShift: () => ({ bShift: -1 }),
  outMultiplier: (f) => ({ outMultiplier: f.outMultiplier + 30_000_000 }),
  outShift: () => ({ outShift: -17 }),
  outZero: () => ({ outZero: 8 }),
  qmin: () => ({ qmin: 3 }),
  qmax: () => ({ qmax: 109 }),
};

/** wrapToBits(x, 32), written out. */
const wrap32 = (x: number): number => ((((x % 2 ** 32) + 2 ** 32) % 2 ** 32) + 2 ** 31) % 2 ** 32 - 2 ** 31;

/** The ISA's ADD on two element values (docs/ISA.md: TFLite's reference add). */
function isaAdd(f: AddFields, a: number, b: number): number {
  const ls = 2 ** f.leftShift;
  const a1 = multiplyByQuantizedMultiplier(wrap32((a - f.aZero) * ls), f.aMultiplier, f.aShift);
  const b1 = multiplyByQuantizedMultiplier(wrap32((b - f.bZero) * ls), f.bMultiplier, f.bShift);
  const y = multiplyByQuantizedMultiplier(wrap32(a1 + b1), f.outMultiplier, f.outShift) + f.outZero;
  return Math.min(f.qmax, Math.max(f.qmin, y));
}

/** The element value a byte holds under `f`'s signedness. */
const valueOf = (f: AddFields, byte: number): number => (f.signed === 1 && byte >= 128 ? byte - 256 : byte);

/** The result byte the ISA's ADD writes for two input bytes. */
const isaAddBytes = (f: AddFields, a: number, b: number): number => isaAdd(f, valueOf(f, a), valueOf(f, b)) & 0xff;

/** Up to `count` input byte pairs on which the two ADDs write different bytes, spread over the code space. */
function witnesses(p: AddFields, q: AddFields, count: number): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < 256 && found.length < count; i++) {
    for (let j = 0; j < 256 && found.length < count; j += 7) {
      const [a, b] = [(i * 37) % 256, (j * 11 + i) % 256];
      if (isaAddBytes(p, a, b) !== isaAddBytes(q, a, b)) found.push([a, b]);
    }
  }
  return found;
}

/** Runs the ADD on input byte pairs (one row of `elems` pairs per instruction) and returns the result bytes. */
function runAdd(f: AddFields, pairs: readonly [number, number][]): number[] {
  const out: number[] = [];
  for (let at = 0; at < pairs.length; at += f.elems) {
    const chunk = pairs.slice(at, at + f.elems);
    const b = makeBuffers(hw, deriveHw(hw));
    const rb = b.output.rowBytes;
    chunk.forEach(([a, bv], j) => {
      b.output.bytes[f.aRow * rb + j] = a;
      b.output.bytes[f.bRow * rb + j] = bv;
    });
    const i: InstructionOf<'ADD'> = makeInstruction('ADD', { ...f, elems: chunk.length });
    add(i, b, 16, new Counters());
    for (let j = 0; j < chunk.length; j++) out.push(b.output.bytes[f.dstRow * rb + j]!);
  }
  return out;
}

describe('8-bit ADD: the table follows every arithmetic field', () => {
  it('every ADD field of the ISA is either placement or listed here', () => {
    const fields = ISA.opcodes.ADD.fields.map((f) => f.name as string);
    expect(fields.filter((n) => !PLACEMENT.has(n) && !(n in CHANGED))).toEqual([]);
    expect(Object.keys(CHANGED).filter((n) => !fields.includes(n))).toEqual([]);
  });

  it.each(Object.keys(CHANGED))('%s alone: the second ADD is not served the first one\'s table', (field) => {
    const first: AddFields = { ...BASE };
    const second: AddFields = { ...BASE, ...CHANGED[field]!(BASE) };
    const differing = (Object.keys(BASE) as (keyof AddFields)[]).filter((k) => first[k] !== second[k]);
    expect(differing).toEqual([field]);
    const pairs = witnesses(first, second, 24);
    expect(pairs.length, 'the change must matter on some codes').toBeGreaterThan(0);
    // Same codes through both ADDs, in this order: the first builds its table, the second must build its own.
    expect(runAdd(first, pairs)).toEqual(pairs.map(([a, b]) => isaAddBytes(first, a, b)));
    expect(runAdd(second, pairs)).toEqual(pairs.map(([a, b]) => isaAddBytes(second, a, b)));
    // And back: the first one's table is still its own.
    expect(runAdd(first, pairs)).toEqual(pairs.map(([a, b]) => isaAddBytes(first, a, b)));
  });
});
