// REQUANT's contract against the integer reference's own primitives (compiler/ir/ops/quantized/requantize.ts:
// reduceAccumulator, requantize): every output width and sign, both requantization modes, both overflow
// policies, accumulators of 8..32 bits. The codes must be equal, the bytes around them untouched, and the
// overflow count equal to the reference's (an exact sum past the accumulator in EITHER direction counts).
// The 8-bit m0shift case runs in the WebAssembly kernel unless the block overflows or a product is inexact,
// then in JavaScript: both paths are driven through rounding ties on purpose (test/arbitraries/requant.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DType } from '../../../compiler/ir/dtype.js';
import type { IntCounters } from '../../../compiler/ir/op-spec.js';
import { reduceAccumulator, requantize, type Requant } from '../../../compiler/ir/ops/quantized/requantize.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { deriveHw } from '../../../isa/hw-config.js';
import type { OverflowPolicy, RequantMode } from '../../../isa/spec.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { requant } from '../../../simulator/units/vector-unit.js';
import { requantBlock8Wasm } from '../../../simulator/fast/requant-wasm.js';
import { wasmSimdAvailable } from '../../../simulator/fast/gemm-wasm.js';
import { INT32_MAX, INT32_MIN, accRange, edgeSum, mbqmTie, overflows, type TieProducts } from '../../arbitraries/requant.js';
import { int32Bytes, smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const hw = smallHw(8, 8);
const derived = deriveHw(hw);
const LANES = 16;

/** One REQUANT on hand-filled buffers: `sums[r·n + c]` is the accumulator value (before the bias word). */
interface Case {
  readonly rows: number;
  readonly n: number;
  readonly acc: readonly number[];
  readonly bias: readonly number[];
  readonly addBias: boolean;
  readonly m0: readonly number[];
  readonly shift: readonly number[];
  readonly outBits: 1 | 4 | 8;
  readonly outSigned: boolean;
  readonly outZero: number;
  readonly qmin: number;
  readonly qmax: number;
  readonly outByte: number;
  readonly accBits: number;
  readonly overflow: OverflowPolicy;
  readonly mode: RequantMode;
  /** Fill of the output buffer before the instruction (bytes outside the written elements must keep it). */
  readonly fill: number;
}

/** Element `index` of a `bits`-wide LSB-first stream from byte `base` (written here, not the simulator's reader). */
function elementAt(bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean): number {
  const bit = index * bits;
  const raw = Math.floor(bytes[base + Math.floor(bit / 8)]! / 2 ** (bit % 8)) % 2 ** bits;
  return signed && raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
}

function putElement(bytes: Uint8Array, base: number, index: number, bits: number, value: number): void {
  const bit = index * bits;
  const at = base + Math.floor(bit / 8);
  const field = ((value % 2 ** bits) + 2 ** bits) % 2 ** bits;
  const shift = bit % 8;
  const mask = (2 ** bits - 1) * 2 ** shift;
  bytes[at] = (bytes[at]! & ~mask & 0xff) | (field * 2 ** shift);
}

const dtypeOf = (c: Case): DType => (c.outBits === 1 ? 'b1' : `${c.outSigned ? 'i' : 'u'}${c.outBits}` as DType);

/** The integer reference's answer: acc_fit on the exact sum (counted), then requantize. */
function reference(c: Case): { codes: number[]; overflows: number } {
  const { lo, hi } = accRange(c.accBits);
  const r: Requant = {
    yZero: c.outZero, qmin: c.qmin, qmax: c.qmax, outDtype: dtypeOf(c), pow2: c.mode === 'pow2',
    accBits: c.accBits, saturate: c.overflow === 'saturate', accLo: lo, accHi: hi,
  };
  const counters: IntCounters = { accOverflows: 0 };
  const codes: number[] = [];
  for (let row = 0; row < c.rows; row++) {
    for (let col = 0; col < c.n; col++) {
      const v = reduceAccumulator(c.acc[row * c.n + col]! + (c.addBias ? c.bias[col]! : 0), r, counters);
      codes.push(requantize(v, c.m0[col]!, c.shift[col]!, r));
    }
  }
  return { codes, overflows: counters.accOverflows };
}

const ACC_ROW = 3;
const OUT_ROW = 2;
const PARAM_ROW = 1;

/** Runs the case on the vector unit: the codes read back, the overflow count, and the output buffer. */
function simulate(c: Case, machine = hw): { codes: number[]; overflows: number; out: Uint8Array; before: Uint8Array } {
  const b = makeBuffers(machine, deriveHw(machine));
  const cols = b.accumulator.cols;
  for (let row = 0; row < c.rows; row++) for (let col = 0; col < c.n; col++) b.accumulator.values[(ACC_ROW + row) * cols + col] = c.acc[row * c.n + col]!;
  const words = b.param.rowBytes / 4;
  const padded = (xs: readonly number[]) => [...xs, ...new Array<number>(words - xs.length).fill(0)];
  b.param.bytes.set(int32Bytes([...padded(c.bias), ...padded(c.m0), ...padded(c.shift)]), PARAM_ROW * b.param.rowBytes);
  b.output.bytes.fill(c.fill);
  const before = b.output.bytes.slice();
  const k = new Counters();
  requant(makeInstruction('REQUANT', {
    accRow: ACC_ROW, outRow: OUT_ROW, outByte: c.outByte, rows: c.rows, n: c.n, paramRow: PARAM_ROW, addBias: c.addBias ? 1 : 0,
    outZero: c.outZero, qmin: c.qmin, qmax: c.qmax, outBits: c.outBits, outSigned: c.outSigned ? 1 : 0,
  }), { requantMode: c.mode, accBits: c.accBits, overflow: c.overflow, inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8' }, b, LANES, k);
  const first = (c.outByte * 8) / c.outBits;
  const codes: number[] = [];
  for (let row = 0; row < c.rows; row++) {
    for (let col = 0; col < c.n; col++) {
      const e = elementAt(b.output.bytes, (OUT_ROW + row) * b.output.rowBytes, first + col, c.outBits, c.outBits === 1 ? false : c.outSigned);
      codes.push(c.outBits === 1 ? (e === 1 ? 1 : -1) : e);
    }
  }
  return { codes, overflows: k.overflows, out: b.output.bytes, before };
}

/** Checks codes, overflow count, and that every other byte of the output buffer kept its fill. */
function checkCase(c: Case, machine = hw): void {
  const want = reference(c);
  const got = simulate(c, machine);
  expect(got.codes).toEqual(want.codes);
  expect(got.overflows).toBe(want.overflows);
  const expected = got.before.slice();
  const rowBytes = deriveHw(machine).rowBytes.output;
  const first = (c.outByte * 8) / c.outBits;
  want.codes.forEach((y, i) => putElement(expected, (OUT_ROW + Math.floor(i / c.n)) * rowBytes, first + (i % c.n), c.outBits, c.outBits === 1 ? (y > 0 ? 1 : 0) : y));
  expect(Buffer.from(got.out).equals(Buffer.from(expected))).toBe(true);
}

/** The clamp range of an output dtype and a zero point inside it (≠ 0 where the range has room). */
function outRange(bits: number, signed: boolean): { min: number; max: number } {
  if (bits === 1) return { min: -1, max: 1 };
  return signed ? { min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { min: 0, max: 2 ** bits - 1 };
}

const q31 = fc.oneof(fc.integer({ min: 2 ** 30, max: INT32_MAX }), fc.integer({ min: INT32_MIN, max: INT32_MAX }), fc.constantFrom(0, 2 ** 30, INT32_MAX, INT32_MIN));

/** Random cases of every width, sign, mode and policy; sums around the accumulator edges; some columns at ties. */
const anyCase: fc.Arbitrary<Case> = fc
  .record({
    outBits: fc.constantFrom(1 as const, 4 as const, 8 as const), outSigned: fc.boolean(), mode: fc.constantFrom<RequantMode>('m0shift', 'pow2'),
    overflow: fc.constantFrom<OverflowPolicy>('wrap', 'saturate'), accBits: fc.oneof(fc.integer({ min: 8, max: 32 }), fc.constant(32)),
    rows: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 8 }), addBias: fc.boolean(), fill: fc.nat(255),
  })
  .chain((s) => {
    const range = outRange(s.outBits, s.outSigned);
    const column = fc.record({
      tie: fc.option(mbqmTie('any'), { freq: 3 }),
      m0: q31, shift: fc.integer({ min: -31, max: 8 }),
      bias: fc.oneof(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), fc.integer({ min: INT32_MIN, max: INT32_MAX })),
    });
    return fc.record({
      s: fc.constant(s),
      columns: fc.array(column, { minLength: s.n, maxLength: s.n }),
      sums: fc.array(edgeSum(s.accBits), { minLength: s.rows * s.n, maxLength: s.rows * s.n }),
      clamp: fc.tuple(fc.integer(range), fc.integer(range)),
      zero: fc.integer(range),
      outByteSlot: fc.nat(1),
    });
  })
  .map(({ s, columns, sums, clamp, zero, outByteSlot }) => {
    // A tie column puts its exact sum in row 0 and takes the tie's multiplier and shift.
    const exact = sums.slice();
    columns.forEach((col, j) => {
      if (col.tie !== null) exact[j] = col.tie.v;
    });
    const bias = columns.map((col) => col.bias);
    const acc = exact.map((v, i) => (s.addBias ? v - bias[i % s.n]! : v));
    const spanBytes = Math.ceil((s.n * s.outBits) / 8);
    const outByte = Math.min(outByteSlot, derived.rowBytes.output - spanBytes);
    return {
      ...s, acc, bias, outByte,
      m0: columns.map((col) => col.tie?.m0 ?? col.m0), shift: columns.map((col) => col.tie?.shift ?? col.shift),
      outZero: zero, qmin: Math.min(...clamp), qmax: Math.max(...clamp),
    };
  });

const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });

describe('REQUANT == the integer reference (codes, untouched neighbours, overflow count)', () => {
  it('every output width and sign, both modes and policies, sums around the accumulator edges', () => {
    let overflowing = 0;
    fc.assert(fc.property(anyCase, (c) => {
      checkCase(c);
      if (reference(c).overflows > 0) overflowing++;
    }), opts(400));
    // The generator is built to overflow; a change that stopped it would leave the count untested.
    expect(overflowing).toBeGreaterThan(propertyRuns(400) / 2);
  });

  it('counts overflows below and above the accumulator in every width, sign, mode and policy', () => {
    for (const outBits of [1, 4, 8] as const) {
      for (const outSigned of [false, true]) {
        for (const mode of ['m0shift', 'pow2'] as const) {
          for (const overflow of ['wrap', 'saturate'] as const) {
            for (const accBits of [12, 32]) {
              const { lo, hi } = accRange(accBits);
              const range = outRange(outBits, outSigned);
              // Only negative overflows (two of them), then only positive ones, then a mix with fitting sums.
              for (const acc of [[lo - 1, lo - 1000, 5, -7], [hi + 1, hi + 2 ** 20, 0, -1], [lo - 3, hi + 3, lo, hi]]) {
                const c: Case = {
                  rows: 2, n: 2, acc, bias: [0, 0], addBias: false, m0: [2 ** 30, 1518500250], shift: [-3, 0], outBits, outSigned,
                  outZero: outBits === 1 ? 0 : range.min + 1, qmin: range.min, qmax: range.max, outByte: 0, accBits, overflow, mode, fill: 0xa5,
                };
                expect(reference(c).overflows).toBe(acc.filter((v) => overflows(v, accBits)).length);
                checkCase(c);
              }
            }
          }
        }
      }
    }
  });

  it('INT32_MIN and INT32_MAX as sums, multipliers and bounds (32-bit accumulator)', () => {
    const sums = [INT32_MIN, INT32_MAX, INT32_MIN - 1, INT32_MAX + 1, INT32_MIN + 1, -1];
    for (const m0 of [INT32_MIN, INT32_MAX, 2 ** 30, 0, -1]) {
      for (const shift of [-31, -30, -1, 0, 1, 31]) {
        for (const overflow of ['wrap', 'saturate'] as const) {
          checkCase({
            rows: 3, n: 2, acc: sums, bias: [0, 0], addBias: false, m0: [m0, m0], shift: [shift, shift], outBits: 8, outSigned: true,
            outZero: 3, qmin: -128, qmax: 127, outByte: 0, accBits: 32, overflow, mode: 'm0shift', fill: 0,
          });
        }
      }
    }
  });
});

/** An 8-bit m0shift block whose every column sits at a rounding tie (row sums 2^k·odd keep the tie). */
const tieBlock = (overflowAt: number | null, products: TieProducts): fc.Arbitrary<Case> =>
  fc.record({
    ties: fc.array(mbqmTie(products), { minLength: 1, maxLength: 8 }), rows: fc.integer({ min: 1, max: 3 }), signed: fc.boolean(),
    zero: fc.integer({ min: -20, max: 20 }), bias: fc.integer({ min: -1000, max: 1000 }), fill: fc.nat(255),
    clampNarrow: fc.boolean(),
  }).map(({ ties, rows, signed, zero, bias, fill, clampNarrow }) => {
    const n = ties.length;
    const acc: number[] = [];
    for (let r = 0; r < rows; r++) {
      // Row r: the tie's sum times 3^r stays 2^k·odd, so every row is at a tie of the same multiplier
      // (when it still fits int32 and, for `exact`, keeps the product below 2^52; else the tie itself).
      for (const t of ties) {
        const v = t.v * 3 ** r;
        const fits = Math.abs(v) <= INT32_MAX && (products === 'any' || Math.abs(v * t.m0) < 2 ** 52);
        acc.push((fits ? v : t.v) - bias);
      }
    }
    if (overflowAt !== null) acc[overflowAt % acc.length] = INT32_MAX + 1 - bias; // one sum past int32: the kernel declines
    const [qmin, qmax] = signed ? (clampNarrow ? [-100, 100] : [-128, 127]) : (clampNarrow ? [5, 250] : [0, 255]);
    return {
      rows, n, acc, bias: ties.map(() => bias), addBias: true, m0: ties.map((t) => t.m0), shift: ties.map((t) => t.shift), outBits: 8 as const,
      outSigned: signed, outZero: signed ? zero : zero + 30, qmin, qmax, outByte: 0, accBits: 32, overflow: 'wrap' as const, mode: 'm0shift' as const, fill,
    };
  });

/** What the vector unit hands the WebAssembly kernel for a case (the block its requant builds). */
function kernelBlock(c: Case) {
  const cols = 8;
  const acc = new Float64Array(c.rows * cols);
  for (let r = 0; r < c.rows; r++) for (let j = 0; j < c.n; j++) acc[r * cols + j] = c.acc[r * c.n + j]!;
  return {
    acc, first: 0, cols, rows: c.rows, bias: Float64Array.from(c.bias), m0: Int32Array.from(c.m0), shift: Int32Array.from(c.shift),
    zero: c.outZero, qmin: c.qmin, qmax: c.qmax, lo: INT32_MIN, hi: INT32_MAX,
  };
}

describe('REQUANT at rounding ties, in both 8-bit paths', () => {
  it('the ties are ties: v·M0 at a half of 2^31, or the shifted remainder at a half of 2^e', () => {
    fc.assert(fc.property(mbqmTie('any'), ({ v, m0, shift }) => {
      const p = BigInt(v) * BigInt(m0);
      const srdhmTie = ((p % 2n ** 31n) + 2n ** 31n) % 2n ** 31n === 2n ** 30n;
      const h = p / 2n ** 31n; // exact when not an SRDHM tie
      const e = BigInt(-shift);
      const divTie = !srdhmTie && e > 0n && p % 2n ** 31n === 0n && ((h % 2n ** e) + 2n ** e) % 2n ** e === 2n ** (e - 1n);
      expect(srdhmTie || divTie).toBe(true);
    }), opts(500));
  });

  it('WebAssembly kernel path (no overflow, exact products): equal to the reference', () => {
    expect(wasmSimdAvailable()).toBe(true); // else the "kernel" half of this test would silently run JavaScript
    let inKernel = 0;
    fc.assert(fc.property(tieBlock(null, 'exact'), (c) => {
      if (requantBlock8Wasm(kernelBlock(c)) !== undefined) inKernel++;
      checkCase(c);
    }), opts(300));
    // Every block here is exact and fits: the kernel must take each one (a decline would test JavaScript).
    expect(inKernel).toBe(propertyRuns(300));
  });

  it('JavaScript path (the same ties, one sum overflowing the block): equal to the reference', () => {
    fc.assert(fc.property(tieBlock(0, 'any'), (c) => {
      expect(requantBlock8Wasm(kernelBlock(c))).toBeUndefined();
      checkCase(c);
    }), opts(300));
  });
});

describe('REQUANT 8-bit m0shift blocks mixing left and right shifts', () => {
  // The WebAssembly kernel takes only right shifts (−30..0, its contract): a block with any other shift must
  // go to the JavaScript path whole, and that path's fast form (mbqmCommon) must agree with mbqm at every shift.
  it('equal the reference for every shift in −31..31, exact products, with and without an overflowing sum', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 3 }), outSigned: fc.boolean(), overflow: fc.constantFrom<OverflowPolicy>('wrap', 'saturate'),
      columns: fc.array(fc.record({
        m0: q31, shift: fc.oneof(fc.constantFrom(-31, -30, 0, 1, 31), fc.integer({ min: -31, max: 31 })), bias: fc.integer({ min: -64, max: 64 }),
      }), { minLength: 1, maxLength: 8 }),
      sums: fc.array(fc.integer({ min: -1024, max: 1024 }), { minLength: 24, maxLength: 24 }), overflowAt: fc.option(fc.nat(23)),
      clamp: fc.tuple(fc.integer({ min: -128, max: 255 }), fc.integer({ min: -128, max: 255 })), zero: fc.integer({ min: -128, max: 255 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const n = a.columns.length;
      const range = outRange(8, a.outSigned);
      const fit = (x: number) => Math.min(range.max, Math.max(range.min, x));
      const acc = a.sums.slice(0, a.rows * n);
      // One sum past the 16-bit accumulator sends the block to the JavaScript path (the kernel declines overflows).
      if (a.overflowAt !== null) acc[a.overflowAt % acc.length] = 40000;
      checkCase({
        rows: a.rows, n, acc, bias: a.columns.map((c) => c.bias), addBias: true, m0: a.columns.map((c) => c.m0), shift: a.columns.map((c) => c.shift),
        outBits: 8, outSigned: a.outSigned, outZero: fit(a.zero), qmin: Math.min(...a.clamp.map(fit)), qmax: Math.max(...a.clamp.map(fit)), outByte: 0,
        accBits: 16, overflow: a.overflow, mode: 'm0shift', fill: 0x5a,
      });
    }), opts(300));
  });

  it('full output rows of an odd-width array (the kernel pads its rows to even) land row by row', () => {
    // A 3-column array: output rows of 3 bytes, kernel rows of 4; exact small sums so the kernel takes the block.
    const odd = smallHw(4, 3);
    fc.assert(fc.property(fc.integer({ min: 2, max: 4 }), fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 12, maxLength: 12 }), (rows, sums) => {
      checkCase({
        rows, n: 3, acc: sums.slice(0, rows * 3), bias: [1, -2, 3], addBias: true, m0: [2 ** 30, 1518500250, 2 ** 31 - 1], shift: [0, -1, -3],
        outBits: 8, outSigned: true, outZero: 5, qmin: -128, qmax: 127, outByte: 0, accBits: 32, overflow: 'wrap', mode: 'm0shift', fill: 0x5a,
      }, odd);
    }), opts(50));
  });
});
