// The vector unit's instructions on hand-filled buffers, outputs and cycles computed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { add, depthwise, pack, pool, requant, type VectorState } from '../../../simulator/units/vector-unit.js';
import { bankCycles, int32Bytes, poolWindowRows, smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const hw = smallHw(4, 4);
const fresh = () => makeBuffers(hw, deriveHw(hw));
const narrowHw = smallHw(2, 8);
/** 2x8 with one 4-bit MAC per PE in int4: 4-byte weight rows, so 5 to 8 8-bit channels make a tap span two weight rows. */
const narrowWeightsHw = smallHw(2, 8, (c) => { c.array.macsPerPePerCycle.int4 = 1; });
const state = (o: Partial<VectorState> = {}): VectorState => ({ requantMode: 'm0shift', accBits: 32, overflow: 'wrap', inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8', ...o });
const signedBytes = (b: Uint8Array) => [...b].map((v) => (v >= 128 ? v - 256 : v));

describe('REQUANT', () => {
  it('acc_fit once on the exact sum (saturate, counted), MBQM, zero point, clamp', () => {
    const b = fresh();
    b.accumulator.values.set([10, -7, 40000, -40000]);
    // bias [1,0,0,0], M0 = 2^30 (×0.5), shift 0
    b.param.bytes.set(int32Bytes([1, 0, 0, 0, 2 ** 30, 2 ** 30, 2 ** 30, 2 ** 30, 0, 0, 0, 0]));
    const k = new Counters();
    const i = makeInstruction('REQUANT', { accRow: 0, outRow: 0, outByte: 0, rows: 1, n: 4, paramRow: 0, addBias: 1, outZero: 3, qmin: -128, qmax: 127, outBits: 8, outSigned: 1 });
    const t = requant(i, state({ accBits: 16, overflow: 'saturate' }), b, 16, k);
    // 11·0.5 = 5.5 → 6 (+3 = 9); −7·0.5 = −3.5 → −3 (SRDHM rounds ties up, +3 = 0);
    // 40000 saturates to 32767 → 16384 → clamp 127; −40000 → −32768 → −16384 → clamp −128.
    expect(signedBytes(b.output.bytes.subarray(0, 4))).toEqual([9, 0, 127, -128]);
    expect(k.overflows).toBe(2);
    expect(t.duration).toBe(1); // 1 row × ceil(4 / 16 lanes)
  });

  it('8-bit m0shift outputs equal the shared MBQM primitive on random sums, multipliers and shifts', () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    const column = fc.record({
      acc: fc.oneof(fc.integer({ min: -(2 ** 21), max: 2 ** 21 }), int32), bias: fc.integer({ min: -(2 ** 20), max: 2 ** 20 }),
      m0: fc.oneof(fc.integer({ min: 2 ** 30, max: 2 ** 31 - 1 }), int32), shift: fc.integer({ min: -31, max: 1 }),
    });
    fc.assert(fc.property(fc.array(column, { minLength: 1, maxLength: 4 }), fc.integer({ min: -128, max: 127 }), (cols, zero) => {
      const b = fresh();
      b.accumulator.values.set(cols.map((c) => c.acc));
      // (param rows are 4 words wide: each of bias, m0, shift starts a row)
      const row = (xs: number[]) => [...xs, 0, 0, 0].slice(0, 4);
      b.param.bytes.set(int32Bytes([...row(cols.map((c) => c.bias)), ...row(cols.map((c) => c.m0)), ...row(cols.map((c) => c.shift))]));
      requant(makeInstruction('REQUANT', { accRow: 0, outRow: 0, outByte: 0, rows: 1, n: cols.length, paramRow: 0, addBias: 1, outZero: zero, qmin: -128, qmax: 127, outBits: 8, outSigned: 1 }), state(), b, 16, new Counters());
      const expected = cols.map((c) => {
        const v = ((c.acc + c.bias) % 2 ** 32 + 2 ** 32 + 2 ** 31) % 2 ** 32 - 2 ** 31; // wrap to 32 bits
        return Math.min(127, Math.max(-128, multiplyByQuantizedMultiplier(v, c.m0, c.shift) + zero));
      });
      expect(signedBytes(b.output.bytes.subarray(0, cols.length))).toEqual(expected);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('wraps at accBits when the policy says wrap', () => {
    const b = fresh();
    b.accumulator.values.set([200]); // 8-bit accumulator: 200 wraps to −56
    b.param.bytes.set(int32Bytes([0, 0, 0, 0, 2 ** 30, 0, 0, 0, 1, 0, 0, 0]));
    const k = new Counters();
    requant(makeInstruction('REQUANT', { accRow: 0, outRow: 0, outByte: 0, rows: 1, n: 1, paramRow: 0, addBias: 0, outZero: 0, qmin: -128, qmax: 127, outBits: 8, outSigned: 1 }), state({ accBits: 8 }), b, 16, k);
    expect(signedBytes(b.output.bytes.subarray(0, 1))).toEqual([-56]);
    expect(k.overflows).toBe(1);
  });

  it('pow2 rounds half up; binary outputs are sign bits; int4 outputs pack at outByte', () => {
    const b = fresh();
    b.accumulator.values.set([-5, 5, 0, -3]);
    b.param.bytes.set(int32Bytes([0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -1, -1]));
    const k = new Counters();
    const base = { accRow: 0, outByte: 0, rows: 1, n: 4, paramRow: 0, addBias: 0, outZero: 0, qmin: -8, qmax: 7, outSigned: 1 } as const;
    requant(makeInstruction('REQUANT', { ...base, outRow: 0, outBits: 8 }), state({ requantMode: 'pow2' }), b, 16, k);
    expect(signedBytes(b.output.bytes.subarray(0, 4))).toEqual([-2, 3, 0, -1]); // −2.5 → −2, 2.5 → 3, −1.5 → −1
    requant(makeInstruction('REQUANT', { ...base, outRow: 1, outBits: 1 }), state(), b, 16, k);
    expect(b.output.bytes[4]).toBe(0b0110); // −5 → 0, 5 → 1, 0 → 1, −3 → 0
    requant(makeInstruction('REQUANT', { ...base, outRow: 2, outByte: 1, outBits: 4 }), state({ requantMode: 'pow2' }), b, 16, k);
    expect([...b.output.bytes.subarray(8, 12)]).toEqual([0, 0x3e, 0xf0, 0]); // nibbles −2 (e), 3, 0, −1 (f)
  });
});

describe('POOL, ADD, PACK', () => {
  it('average pool ignores padding and rounds half away from zero; max pool', () => {
    const b = fresh();
    b.output.bytes.set([1], 0); b.output.bytes.set([2], 4); b.output.bytes.set([3], 8); b.output.bytes.set([4], 12);
    const k = new Counters();
    const p = { srcRow: 0, dstRow: 10, channels: 1, inH: 2, inW: 2, kernelH: 2, kernelW: 2, strideH: 1, strideW: 1, padTop: 1, padLeft: 1, padBottom: 0, padRight: 0, bits: 8, signed: 1 } as const;
    const t = pool(makeInstruction('POOL', { ...p, kind: 'avg' }), b, 16, k);
    // windows {1}, {1,2}, {1,3}, {1,2,3,4}: 1, 1.5 → 2, 2, 2.5 → 3
    expect([10, 11, 12, 13].map((r) => b.output.bytes[r * 4])).toEqual([1, 2, 2, 3]);
    expect(t.duration).toBe(1 + 2 + 2 + 4); // one cycle per valid window element (1 channel ≤ 16 lanes)
    pool(makeInstruction('POOL', { ...p, kind: 'max' }), b, 16, k);
    expect([10, 11, 12, 13].map((r) => b.output.bytes[r * 4])).toEqual([1, 2, 3, 4]);
    b.output.bytes.set([255], 0); b.output.bytes.set([254], 4); // −1, −2: average −1.5 → −2
    pool(makeInstruction('POOL', { ...p, kind: 'avg', padTop: 0, padLeft: 0, inH: 1, kernelH: 1 }), b, 16, k);
    expect(signedBytes(b.output.bytes.subarray(40, 41))).toEqual([-2]);
  });

  it('a max pool whose destination overlaps its source reads the outputs it wrote before (windows in order)', () => {
    const b = fresh();
    b.output.bytes.set([5], 0); b.output.bytes.set([1], 4); b.output.bytes.set([0], 8);
    const p = { srcRow: 0, dstRow: 1, channels: 1, inH: 1, inW: 3, kernelH: 1, kernelW: 2, strideH: 1, strideW: 1, padTop: 0, padLeft: 0, padBottom: 0, padRight: 0, bits: 8, signed: 0, kind: 'max' } as const;
    pool(makeInstruction('POOL', p), b, 16, new Counters());
    // max(5, 1) = 5 into row 1, then max(row 1 = 5, 0) = 5 into row 2 (from the rows as they were: 5, 1)
    expect([0, 1, 2].map((r) => b.output.bytes[r * 4])).toEqual([5, 5, 5]);
  });

  it('8-bit ADD (by table) equals TFLite add on every element, for random parameters and codes', () => {
    const q31 = fc.integer({ min: 2 ** 30, max: 2 ** 31 - 1 });
    const shift = fc.integer({ min: -20, max: 0 });
    const act = fc.integer({ min: -128, max: 127 });
    const params = fc.record({
      aMultiplier: q31, aShift: shift, bMultiplier: q31, bShift: shift, outMultiplier: q31, outShift: shift,
      leftShift: fc.integer({ min: 0, max: 20 }), aZero: act, bZero: act, outZero: act, signed: fc.constantFrom(0, 1),
    });
    type Params = typeof params extends fc.Arbitrary<infer T> ? T : never;
    const check = (p: Params, codes: Uint8Array) => {
      const b = fresh();
      b.output.bytes.set(codes, 0); // a: rows 0 and 1, b: rows 2 and 3 (4 bytes per row)
      const [qmin, qmax] = p.signed === 1 ? [-128, 127] : [0, 255];
      add(makeInstruction('ADD', { aRow: 0, bRow: 2, dstRow: 4, rows: 2, elems: 2, ...p, qmin, qmax, bits: 8 }), b, 16, new Counters());
      const value = (code: number) => (p.signed === 1 && code >= 128 ? code - 256 : code);
      const wrap = (x: number) => ((x % 2 ** 32) + 2 ** 32 + 2 ** 31) % 2 ** 32 - 2 ** 31;
      const rescale = (v: number, zero: number, m: number, sh: number) => multiplyByQuantizedMultiplier(wrap((v - zero) * 2 ** p.leftShift), m, sh);
      for (const [row, j] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
        const av = value(codes[row * 4 + j]!);
        const bv = value(codes[8 + row * 4 + j]!);
        const sum = wrap(rescale(av, p.aZero, p.aMultiplier, p.aShift) + rescale(bv, p.bZero, p.bMultiplier, p.bShift));
        const want = Math.min(qmax, Math.max(qmin, multiplyByQuantizedMultiplier(sum, p.outMultiplier, p.outShift) + p.outZero));
        expect(value(b.output.bytes[(4 + row) * 4 + j]!)).toBe(want);
      }
    };
    fc.assert(fc.property(params, fc.uint8Array({ minLength: 16, maxLength: 16 }), (p, codes) => {
      check(p, codes);
      // The same instruction with one parameter changed must not reuse the first one's table (each check
      // builds a 64 Ki-entry table: few runs).
      const nudged = (f: keyof Params, v: number) => (f === 'signed' ? 1 - v : f === 'leftShift' ? (v === 20 ? 19 : v + 1)
        : f.endsWith('Shift') ? (v === 0 ? -1 : v + 1) : f.endsWith('Multiplier') ? (v === 2 ** 31 - 1 ? v - 1 : v + 1) : v === 127 ? 126 : v + 1);
      for (const f of Object.keys(p) as (keyof Params)[]) check({ ...p, [f]: nudged(f, p[f]) }, codes);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });

  it('ADD is TFLite reference add; PACK sets bit j when element j >= threshold', () => {
    const b = fresh();
    b.output.bytes.set([10, 246], 0); // a = 10, −10
    b.output.bytes.set([20, 20], 4); // b = 20, 20
    const k = new Counters();
    add(makeInstruction('ADD', {
      aRow: 0, bRow: 1, dstRow: 2, rows: 1, elems: 2, aMultiplier: 2 ** 30, aShift: 0, bMultiplier: 2 ** 30, bShift: 0,
      outMultiplier: 2 ** 30, outShift: 1, leftShift: 0, aZero: 0, bZero: 0, outZero: 1, qmin: -128, qmax: 127, bits: 8, signed: 1,
    }), b, 16, k);
    // (10·0.5 + 20·0.5)·1 + 1 = 16; (−10·0.5 + 10) + 1 = 6
    expect(signedBytes(b.output.bytes.subarray(8, 10))).toEqual([16, 6]);
    b.output.bytes.set([253, 0, 5, 255], 12);
    pack(makeInstruction('PACK', { srcRow: 3, dstRow: 4, rows: 1, elems: 4, threshold: 0, srcBits: 8, srcSigned: 1 }), b, 16, k);
    expect(b.output.bytes[16]).toBe(0b0110);
  });
});

describe('POOL by the definition', () => {
  it('max and average over the valid window: non-square kernels, strides and padding, 1..8-bit elements, signed and unsigned', () => {
    const elementAt = (bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean) => {
      const bit = index * bits;
      const raw = Math.floor(bytes[base + Math.floor(bit / 8)]! / 2 ** (bit % 8)) % 2 ** bits;
      return signed && raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
    };
    const arb = fc.record({
      channels: fc.integer({ min: 1, max: 4 }), inH: fc.integer({ min: 1, max: 6 }), inW: fc.integer({ min: 1, max: 6 }),
      kernelH: fc.integer({ min: 1, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
      padTop: fc.integer({ min: 0, max: 2 }), padLeft: fc.integer({ min: 0, max: 2 }), padBottom: fc.integer({ min: 0, max: 2 }), padRight: fc.integer({ min: 0, max: 2 }),
      bits: fc.constantFrom(8, 4, 2, 1), signed: fc.integer({ min: 0, max: 1 }), kind: fc.constantFrom<'max' | 'avg'>('max', 'avg'),
      srcRow: fc.integer({ min: 0, max: 5 }), lanes: fc.constantFrom(1, 2, 16), seed: fc.integer(),
    // Average windows need a valid pixel (pads narrower than the kernel); a max window may be all padding (it writes 0).
    }).filter((a) => (a.kind === 'max' || (Math.max(a.padTop, a.padBottom) < a.kernelH && Math.max(a.padLeft, a.padRight) < a.kernelW))
      && a.kernelH <= a.inH + a.padTop + a.padBottom && a.kernelW <= a.inW + a.padLeft + a.padRight);
    fc.assert(fc.property(arb, (a) => {
      const b = fresh();
      let x = a.seed >>> 0;
      for (let j = 0; j < 1024; j++) b.output.bytes[j] = ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
      const before = Uint8Array.from(b.output.bytes.subarray(0, 1024));
      const dstRow = a.srcRow + a.inH * a.inW + 1;
      const k = new Counters();
      const t = pool(makeInstruction('POOL', { ...a, signed: a.signed as 0 | 1, dstRow }), b, a.lanes, k);
      const rb = b.output.rowBytes;
      const outH = Math.floor((a.inH + a.padTop + a.padBottom - a.kernelH) / a.strideH) + 1;
      const outW = Math.floor((a.inW + a.padLeft + a.padRight - a.kernelW) / a.strideW) + 1;
      let reads = 0;
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          const rows = poolWindowRows(a, oy, ox);
          reads += rows.length;
          for (let c = 0; c < a.channels; c++) {
            const vals = rows.map((r) => elementAt(before, r * rb, c, a.bits, a.signed === 1));
            const sum = vals.reduce((s, v) => s + v, 0);
            // Average: round half away from zero of sum / count.
            const want = rows.length === 0 ? 0 : a.kind === 'max' ? Math.max(...vals) : Math.sign(sum) * Math.floor(Math.abs(sum) / rows.length + 0.5);
            expect(elementAt(b.output.bytes, (dstRow + oy * outW + ox) * rb, c, a.bits, a.signed === 1)).toBe(want + 0); // (+0: not −0)
          }
        }
      }
      // Nothing but the output pixels' elements changed (the input rows, and the bits past the channels).
      const outBits = a.channels * a.bits;
      // (one expect for the whole buffer: an expect per byte made this the slowest test of the mutation kill set)
      const changed = Array.from({ length: 1024 }, (_, j) => j).filter((j) => {
        const inOutputRow = j >= dstRow * rb && j < (dstRow + outH * outW) * rb;
        // The bits of byte j that no output element covers.
        const kept = !inOutputRow ? 0xff : 0xff & ~(2 ** Math.min(8, Math.max(0, outBits - (j % rb) * 8)) - 1);
        return (b.output.bytes[j]! & kept) !== (before[j]! & kept);
      });
      expect(changed).toEqual([]);
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([reads, outH * outW]);
      expect(t.duration - t.bankStallCycles).toBe(Math.max(1, reads * Math.ceil(a.channels / a.lanes)));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});

describe('POOL on a banked output buffer', () => {
  it('counts every window read and output write on its own bank: duration = max(element cycles, worst bank, 1)', () => {
    const arb = fc.record({
      banks: fc.constantFrom(2, 4), ports: fc.constantFrom(1, 2), channels: fc.integer({ min: 1, max: 20 }), inH: fc.integer({ min: 1, max: 5 }),
      inW: fc.integer({ min: 1, max: 5 }), kernelH: fc.integer({ min: 1, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 2 }),
      strideW: fc.integer({ min: 1, max: 2 }), padTop: fc.integer({ min: 0, max: 1 }), padLeft: fc.integer({ min: 0, max: 1 }), padBottom: fc.integer({ min: 0, max: 1 }),
      padRight: fc.integer({ min: 0, max: 1 }), srcRow: fc.integer({ min: 0, max: 7 }), gap: fc.integer({ min: 0, max: 3 }), lanes: fc.constantFrom(1, 16),
      bits: fc.constantFrom(8, 4), kind: fc.constantFrom<'max' | 'avg'>('max', 'avg'),
    }).filter((a) => Math.max(a.padTop, a.padBottom) < a.kernelH && Math.max(a.padLeft, a.padRight) < a.kernelW
      && a.kernelH <= a.inH + a.padTop + a.padBottom && a.kernelW <= a.inW + a.padLeft + a.padRight);
    fc.assert(fc.property(arb, (a) => {
      const h = smallHw(4, 4, (c) => { c.memories.output.banks = a.banks; c.memories.output.ports = a.ports; });
      const dstRow = a.srcRow + a.inH * a.inW + a.gap;
      const i = makeInstruction('POOL', { ...a, signed: 0, dstRow });
      const t = pool(i, makeBuffers(h, deriveHw(h)), a.lanes, new Counters());
      const outH = Math.floor((a.inH + a.padTop + a.padBottom - a.kernelH) / a.strideH) + 1;
      const outW = Math.floor((a.inW + a.padLeft + a.padRight - a.kernelW) / a.strideW) + 1;
      const reads: number[] = [];
      const writes: number[] = [];
      for (let oy = 0; oy < outH; oy++) for (let ox = 0; ox < outW; ox++) { reads.push(...poolWindowRows(a, oy, ox)); writes.push(dstRow + oy * outW + ox); }
      const elementCycles = Math.max(1, reads.length * Math.ceil(a.channels / a.lanes));
      const duration = Math.max(elementCycles, bankCycles(reads, writes, a.banks, a.ports));
      expect([t.duration, t.bankStallCycles]).toEqual([duration, duration - elementCycles]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});

describe('PACK by the definition', () => {
  it('bit j of each destination row is (source element j >= threshold), 1..8-bit signed and unsigned sources, in place or apart', () => {
    const elementAt = (bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean) => {
      const bit = index * bits;
      const raw = Math.floor(bytes[base + Math.floor(bit / 8)]! / 2 ** (bit % 8)) % 2 ** bits;
      return signed && raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
    };
    const arb = fc.record({
      srcBits: fc.constantFrom(8, 4, 2, 1), srcSigned: fc.integer({ min: 0, max: 1 }), rows: fc.integer({ min: 1, max: 4 }),
      srcRow: fc.integer({ min: 0, max: 6 }), dstRow: fc.integer({ min: 0, max: 12 }), elemsPart: fc.integer({ min: 1, max: 32 }),
      threshold: fc.integer({ min: -128, max: 255 }), lanes: fc.constantFrom(1, 3, 16), seed: fc.integer(),
    });
    fc.assert(fc.property(arb, (a) => {
      const b = fresh();
      const rb = b.output.rowBytes;
      const elems = 1 + ((a.elemsPart - 1) % ((rb * 8) / a.srcBits));
      // Rows apart from the sources, or the same rows (the unit reads a row before it writes it).
      const dstRow = a.dstRow >= a.srcRow && a.dstRow < a.srcRow + a.rows && a.dstRow !== a.srcRow ? a.srcRow + a.rows : a.dstRow;
      let x = a.seed >>> 0;
      for (let j = 0; j < 256; j++) b.output.bytes[j] = ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
      const before = Uint8Array.from(b.output.bytes.subarray(0, 256));
      const k = new Counters();
      const t = pack(makeInstruction('PACK', { ...a, dstRow, elems, srcSigned: a.srcSigned as 0 | 1 }), b, a.lanes, k);
      for (let r = 0; r < a.rows; r++) {
        for (let j = 0; j < elems; j++) {
          const want = elementAt(before, (a.srcRow + r) * rb, j, a.srcBits, a.srcSigned === 1) >= a.threshold ? 1 : 0;
          expect(elementAt(b.output.bytes, (dstRow + r) * rb, j, 1, false)).toBe(want);
        }
        // The bits past `elems` in the destination row keep their value.
        for (let j = elems; j < rb * 8; j++) expect(elementAt(b.output.bytes, (dstRow + r) * rb, j, 1, false)).toBe(elementAt(before, (dstRow + r) * rb, j, 1, false));
      }
      const dstBytes = (j: number) => j >= dstRow * rb && j < (dstRow + a.rows) * rb;
      expect(Array.from({ length: 256 }, (_, j) => j).filter((j) => !dstBytes(j) && b.output.bytes[j] !== before[j])).toEqual([]);
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([a.rows, a.rows]);
      // One 'pack' operation per element at the source width (the energy model prices them).
      expect([...k.vectorOps]).toEqual([[`pack|${a.srcBits}`, a.rows * elems]]);
      expect(t.duration - t.bankStallCycles).toBe(a.rows * Math.ceil(elems / a.lanes));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('on one single-ported bank the row reads and writes take a cycle each: bank cycles bind (by hand)', () => {
    const oneBank = smallHw(4, 4, (c) => { c.memories.output = { ...c.memories.output, banks: 1, ports: 1 }; });
    const b = makeBuffers(oneBank, deriveHw(oneBank));
    // 3 rows of 2 elements, 16 lanes: 3 element cycles, but 3 reads + 3 writes on the one port: 6 cycles, 3 stalled.
    const t = pack(makeInstruction('PACK', { srcRow: 0, dstRow: 8, rows: 3, elems: 2, threshold: 0, srcBits: 8, srcSigned: 1 }), b, 16, new Counters());
    expect(t).toEqual({ duration: 6, bankStallCycles: 3 });
  });
});

describe('DEPTHWISE', () => {
  it('sums kernel taps per channel into one accumulator row per output pixel', () => {
    const b = fresh();
    // 3×3 input, 2 channels: pixel p = (p, −p); 2×2 taps: tap t = (1, t + 1).
    for (let p = 0; p < 9; p++) b.input.bytes.set([p, (256 - p) & 0xff], p * 4);
    for (let t = 0; t < 4; t++) b.weight.bytes.set([1, t + 1], t * 4);
    const k = new Counters();
    const t = depthwise(makeInstruction('DEPTHWISE', { srcRow: 0, weightRow: 0, accRow: 0, channels: 2, inH: 3, inW: 3, kernelH: 2, kernelW: 2, strideH: 1, strideW: 1, accumulate: 0 }), state(), b, 16, k);
    // (0,0): pixels 0,1,3,4 → 8 and −(0·1 + 1·2 + 3·3 + 4·4) = −27; (0,1): 1,2,4,5 → 12 and −37
    expect([...b.accumulator.values.subarray(0, 2)]).toEqual([8, -27]);
    expect([...b.accumulator.values.subarray(4, 6)]).toEqual([12, -37]);
    expect(k.depthwiseMacs).toBe(4 * 4 * 2);
    expect(t.duration).toBe(4 * 4); // 4 outputs × 4 taps × ceil(2 / 16)
  });

  it('each output is the exact Σ over its taps of input · weight by the definition: non-square strides and kernels, 4- and 8-bit operands, accumulate', () => {
    /** Element `index` of a `bits`-wide LSB-first stream from byte `base` (written here, not the simulator's reader). */
    const elementAt = (bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean) => {
      const bit = index * bits;
      const raw = Math.floor(bytes[base + Math.floor(bit / 8)]! / 2 ** (bit % 8)) % 2 ** bits;
      return signed && raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
    };
    const arb = fc.record({
      channels: fc.integer({ min: 1, max: 8 }), inH: fc.integer({ min: 1, max: 6 }), inW: fc.integer({ min: 1, max: 6 }),
      kernelH: fc.integer({ min: 1, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
      bits: fc.constantFrom([8, 8, 'int8'], [4, 4, 'int4'], [8, 4, 'w4a8']) as fc.Arbitrary<[number, number, 'int8' | 'int4' | 'w4a8']>,
      actSigned: fc.boolean(), accumulate: fc.integer({ min: 0, max: 1 }), srcRow: fc.integer({ min: 0, max: 5 }), weightRow: fc.integer({ min: 0, max: 5 }),
      accRow: fc.integer({ min: 0, max: 5 }), lanes: fc.constantFrom(1, 4, 16), seed: fc.integer(), narrowWeights: fc.boolean(),
    }).filter((a) => a.kernelH <= a.inH && a.kernelW <= a.inW);
    fc.assert(fc.property(arb, (a) => {
      const [inputBits, weightBits, mode] = a.bits;
      // A 2x8 array: 8 accumulators a row (channels ≤ cols) and input rows narrower than a pixel's channels.
      const hw = a.narrowWeights ? narrowWeightsHw : narrowHw;
      const b = makeBuffers(hw, deriveHw(hw));
      let x = a.seed >>> 0;
      const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
      for (let j = 0; j < 4096; j++) [b.input.bytes[j], b.weight.bytes[j]] = [next(), next()];
      for (let j = 0; j < 256; j++) b.accumulator.values[j] = (next() << 8 | next()) - 32768;
      const before = Int32Array.from(b.accumulator.values.subarray(0, 256));
      const k = new Counters();
      const { narrowWeights: _, ...fields } = a;
      const i = makeInstruction('DEPTHWISE', { ...fields, accumulate: a.accumulate as 0 | 1 });
      const t = depthwise(i, state({ inputBits, weightBits, actSigned: a.actSigned, mode }), b, a.lanes, k);
      const rowsOf = (bits: number, rowBytes: number) => Math.ceil(Math.ceil((a.channels * bits) / 8) / rowBytes);
      const pixelRows = rowsOf(inputBits, b.input.rowBytes);
      const tapRows = rowsOf(weightBits, b.weight.rowBytes);
      const outH = Math.floor((a.inH - a.kernelH) / a.strideH) + 1;
      const outW = Math.floor((a.inW - a.kernelW) / a.strideW) + 1;
      const want = Int32Array.from(before);
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          for (let c = 0; c < a.channels; c++) {
            let dot = 0;
            for (let ky = 0; ky < a.kernelH; ky++) {
              for (let kx = 0; kx < a.kernelW; kx++) {
                const pixel = (oy * a.strideH + ky) * a.inW + ox * a.strideW + kx;
                const tap = ky * a.kernelW + kx;
                dot += elementAt(b.input.bytes, (a.srcRow + pixel * pixelRows) * b.input.rowBytes, c, inputBits, a.actSigned)
                  * elementAt(b.weight.bytes, (a.weightRow + tap * tapRows) * b.weight.rowBytes, c, weightBits, true);
              }
            }
            const at = (a.accRow + oy * outW + ox) * b.accumulator.cols + c;
            want[at] = (a.accumulate === 1 ? before[at]! : 0) + dot;
          }
        }
      }
      // Every entry: the outputs, and the entries around them untouched.
      expect([...b.accumulator.values.subarray(0, 256)]).toEqual([...want]);
      const outputs = outH * outW;
      const taps = a.kernelH * a.kernelW;
      expect([k.depthwiseMacs, k.accWrites, k.accReads]).toEqual([outputs * taps * a.channels, outputs * a.channels, a.accumulate * outputs * a.channels]);
      expect([k.sramReads.input, k.sramReads.weight]).toEqual([outputs * taps * pixelRows, taps * tapRows]);
      // At least one cycle per `lanes` channels per tap and output; any more are bank stalls.
      const elementCycles = outputs * taps * Math.ceil(a.channels / a.lanes);
      expect(t.duration - t.bankStallCycles).toBe(elementCycles);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});
