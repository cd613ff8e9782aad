// The float datapath's vector instructions (units/float-vector.ts) on their own: the values each writes against
// the format primitives it is defined by (functional/format-convert.ts, format-vector.ts, core/fp32-average.ts),
// the rows it touches (an FP32 row of e elements spans ceil(4e / rowBytes) buffer rows), its counters and its
// cycles, max(Σ ceil(elements / lanes), per-bank cycles, 1), on machines where the bank cycles bind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fp32AverageExact } from '../../../core/fp32-average.js';
import { ELEMENT_TYPES } from '../../../core/number-formats.js';
import { applyOverflow } from '../../../core/rounding.js';
import { deriveHw, type HwConfig } from '../../../isa/hw-config.js';
import { CVT_ELEMENTS, FLOAT_CLAMPS, FLOAT_MODE_ELEMENTS, type FloatClamp, type FloatMode } from '../../../isa/float-opcodes.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { convertMx, convertOutput, convertPerTensor } from '../../../simulator/functional/format-convert.js';
import { fp32Add, fp32MaxPool } from '../../../simulator/functional/format-vector.js';
import { makeBuffers, type Buffers, type Sram } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { clampBounds, cvtIn, cvtOut, fadd, fpool } from '../../../simulator/units/float-vector.js';
import { bankCycles, firstDifference, smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const timing = (elementCycles: number, bankCyclesPerBuffer: number[]) => {
  const duration = Math.max(elementCycles, ...bankCyclesPerBuffer, 1);
  return { duration, bankStallCycles: duration - Math.max(elementCycles, 1) };
};
/** A format event's counter key: the kind, and the element type unless it is E4M3 (Counters.addFormat). */
const formatKey = (kind: string, element: string) => (element === 'e4m3' ? kind : `${kind}|${element}`);
const range = (first: number, count: number) => Array.from({ length: count }, (_, j) => first + j);
const rowsOf = (first: number, rows: number, span: number) => range(first, rows * span);

/**
 * A 4x4 machine (4-byte output rows: one FP32 per row, 4-byte input rows) or a 2x16 one (16-byte output rows,
 * 2-byte input rows: a conversion's input-buffer writes outnumber its output-buffer reads), whose buffers have
 * the drawn banks and ports; 64 lanes make the bank cycles bind, so the rows each access touches are checked.
 */
const machine = fc.record({ banks: fc.constantFrom(1, 2, 4), ports: fc.constantFrom(1, 2), lanes: fc.constantFrom(1, 3, 16, 64), wide: fc.boolean() });
/** Machines on which the bank cycles bind (one port, many lanes): half of each property's cases. */
const bankBound = fc.record({ banks: fc.constantFrom(2, 4), ports: fc.constant(1), lanes: fc.constant(64), wide: fc.boolean() });
const machines = fc.oneof(machine, bankBound);
function floatHw(m: { banks: number; ports: number; wide: boolean }): HwConfig {
  return smallHw(m.wide ? 2 : 4, m.wide ? 16 : 4, (h) => {
    for (const name of ['input', 'weight', 'accumulator', 'param', 'output'] as const) Object.assign(h.memories[name], { banks: m.banks, ports: m.ports });
  });
}
const fresh = (m: { banks: number; ports: number; wide: boolean }): Buffers => {
  const hw = floatHw(m);
  return makeBuffers(hw, deriveHw(hw));
};

function readFp32(s: Sram, row: number, count: number): Float32Array {
  const v = new DataView(s.bytes.buffer, s.bytes.byteOffset + row * s.rowBytes, 4 * count);
  return Float32Array.from({ length: count }, (_, j) => v.getFloat32(4 * j, true));
}
function writeFp32(s: Sram, row: number, values: readonly number[]): void {
  const v = new DataView(s.bytes.buffer, s.bytes.byteOffset + row * s.rowBytes, 4 * values.length);
  values.forEach((x, j) => v.setFloat32(4 * j, x, true));
}
const bits = (x: Float32Array) => Array.from(new Uint32Array(Float32Array.from(x).buffer));
/** FP32 values of every sign and a wide range of magnitudes. */
const fp32 = fc.float({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(Math.fround);

describe('CVT_IN', () => {
  it('writes element(x · r) bytes from dstByte of each destination row; reads span rows per source row', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 3 }), elems: fc.integer({ min: 1, max: 9 }), srcRow: fc.integer({ min: 0, max: 6 }), dstRow: fc.integer({ min: 0, max: 6 }),
      dstByte: fc.integer({ min: 0, max: 6 }), dstRowStride: fc.integer({ min: 1, max: 4 }), r: fc.constantFrom(0.5, 1, 3, 0.0078125), values: fc.array(fp32, { minLength: 27, maxLength: 27 }),
      element: fc.constantFrom(...CVT_ELEMENTS),
    });
    fc.assert(fc.property(arb, machines, (a, m) => {
      const b = fresh(m);
      const span = Math.ceil((4 * a.elems) / b.output.rowBytes);
      for (let r = 0; r < a.rows; r++) writeFp32(b.output, a.srcRow + r * span, a.values.slice(r * a.elems, (r + 1) * a.elems));
      const k = new Counters();
      const multiplier = new Uint32Array(Float32Array.of(a.r).buffer)[0]!;
      const rb = b.input.rowBytes;
      // Destination rows far enough apart that no row overwrites the one before (checked after the instruction).
      const dstRowStride = Math.ceil((a.dstByte + a.elems) / rb) + a.dstRowStride - 1;
      const t = cvtIn(makeInstruction('CVT_IN', { ...a, dstRowStride, multiplier }), b, new Uint8Array(0), m.lanes, k);
      const writes: number[] = [];
      for (let r = 0; r < a.rows; r++) {
        const at = (a.dstRow + r * dstRowStride) * rb + a.dstByte;
        const want = convertPerTensor(Float32Array.from(a.values.slice(r * a.elems, (r + 1) * a.elems)), a.r, ELEMENT_TYPES[a.element]);
        expect([...b.input.bytes.subarray(at, at + a.elems)]).toEqual([...want]);
        writes.push(...range(Math.floor(at / rb), Math.floor((at + a.elems - 1) / rb) - Math.floor(at / rb) + 1));
      }
      // The conversion's events carry the element type, except E4M3's (the energy table's base entry).
      expect([k.sramReads.output, k.sramWrites.input, Object.fromEntries(k.formatOps)]).toEqual([a.rows * span, writes.length, { [formatKey('cvt-in', a.element)]: a.rows * a.elems }]);
      expect(t).toEqual(timing(a.rows * Math.ceil(a.elems / m.lanes), [
        bankCycles(range(0, a.rows).flatMap((r) => range(a.srcRow + r * span, span)), [], m.banks, m.ports), bankCycles([], writes, m.banks, m.ports),
      ]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });

  it('MX: converts each pixel of C elements on its own and writes its E8M0 codes at (its first byte / C) · blocks; counts elements and scales', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 2 }), pixels: fc.integer({ min: 1, max: 3 }), channels: fc.integer({ min: 1, max: 70 }), srcRow: fc.integer({ min: 0, max: 4 }),
      dstRow: fc.integer({ min: 0, max: 5 }), dstByte: fc.integer({ min: 0, max: 7 }), gapRows: fc.integer({ min: 0, max: 3 }), element: fc.constantFrom(...CVT_ELEMENTS),
      values: fc.array(fp32, { minLength: 420, maxLength: 420 }),
    });
    fc.assert(fc.property(arb, machines, (a, m) => {
      const b = fresh(m);
      const [c, elems] = [a.channels, a.pixels * a.channels];
      const span = Math.ceil((4 * elems) / b.output.rowBytes);
      const rowValues = (r: number) => Float32Array.from(a.values.slice(r * elems, (r + 1) * elems));
      for (let r = 0; r < a.rows; r++) writeFp32(b.output, a.srcRow + r * span, [...rowValues(r)]);
      const rb = b.input.rowBytes;
      // Destination rows far enough apart not to overlap (a row's scales may still land on the previous row's when D is not a multiple of C).
      const dstByte = a.dstByte * c;
      const dstRowStride = Math.ceil((dstByte + elems) / rb) + a.gapRows;
      const [scales, k] = [new Uint8Array(4096), new Counters()];
      const t = cvtIn(makeInstruction('CVT_IN', { ...a, elems, dstByte, dstRowStride, multiplier: 0, pixelElems: c }), b, scales, m.lanes, k);
      const [blocks, wantScales] = [Math.ceil(c / 32), new Uint8Array(scales.length)];
      const writes: number[] = [];
      for (let r = 0; r < a.rows; r++) {
        const at = (a.dstRow + r * dstRowStride) * rb + dstByte;
        for (let p = 0; p < a.pixels; p++) {
          const one = convertMx(rowValues(r).subarray(p * c, (p + 1) * c), 1, c, ELEMENT_TYPES[a.element]);
          const d = at + p * c;
          expect(firstDifference(b.input.bytes.subarray(d, d + c), one.bytes)).toBe(-1);
          wantScales.set(one.scales, Math.floor(d / c) * blocks); // ISA.md CVT_IN: mxscale[floor(D / C) · blocks + b]
        }
        writes.push(...range(Math.floor(at / rb), Math.floor((at + elems - 1) / rb) - Math.floor(at / rb) + 1));
      }
      expect(firstDifference(scales, wantScales)).toBe(-1);
      expect([k.sramReads.output, k.sramWrites.input, Object.fromEntries(k.formatOps)]).toEqual([a.rows * span, writes.length, {
        [formatKey('cvt-in-mx', a.element)]: a.rows * elems, 'mx-scale-write': a.rows * a.pixels * blocks,
      }]);
      expect(t).toEqual(timing(a.rows * Math.ceil(elems / m.lanes), [
        bankCycles(range(0, a.rows).flatMap((r) => range(a.srcRow + r * span, span)), [], m.banks, m.ports), bankCycles([], writes, m.banks, m.ports),
      ]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
  });
});

describe('CVT_OUT', () => {
  /** Sums at the 16-bit accumulator's limits and one past them: the overflow test's edges. */
  const accEdge = fc.constantFrom(-32769, -32768, 32767, 32768);
  it('clamps to [0, ∞) for ReLU, [0, 6] for ReLU6 and nothing for none', () => {
    expect(['relu', 'relu6', 'none'].map((c) => clampBounds(c as FloatClamp))).toEqual([[0, Infinity], [0, 6], [-Infinity, Infinity]]);
  });
  it('int: fp32(acc_fit(acc + bias)) · scale, float: the FP32 sum · scale, then the clamp; its reads, writes and overflows', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 4 }), accRow: fc.integer({ min: 0, max: 5 }), outRow: fc.integer({ min: 0, max: 9 }),
      paramRow: fc.integer({ min: 0, max: 3 }), kind: fc.constantFrom<'int' | 'float'>('int', 'float'), addBias: fc.integer({ min: 0, max: 1 }),
      clamp: fc.constantFrom<'none' | 'relu' | 'relu6'>('none', 'relu', 'relu6'), overflow: fc.constantFrom<'wrap' | 'saturate'>('wrap', 'saturate'),
      sums: fc.array(fc.oneof(fc.integer({ min: -40000, max: 40000 }), accEdge), { minLength: 12, maxLength: 12 }), bias: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 4, maxLength: 4 }),
      scale: fc.array(fc.constantFrom(0.5, 0.001, 2, -1.5), { minLength: 4, maxLength: 4 }), floatMode: fc.constantFrom(...(Object.keys(FLOAT_MODE_ELEMENTS) as FloatMode[])),
    });
    fc.assert(fc.property(arb, machines, (a, m) => {
      const b = fresh(m);
      const acc = b.accumulator;
      for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.n; c++) acc.values[(a.accRow + r) * acc.cols + c] = a.sums[r * a.n + c]!;
      writeFp32(b.param, a.paramRow, a.scale.slice(0, a.n));
      const biasView = new DataView(b.param.bytes.buffer, b.param.bytes.byteOffset + (a.paramRow + 1) * b.param.rowBytes, 4 * a.n);
      a.bias.slice(0, a.n).forEach((x, c) => biasView.setInt32(4 * c, x, true));
      const k = new Counters();
      // A float sum comes from a float array mode (its accumulator entries are counted at that mode's width), an int one from int8.
      const state = { requantMode: 'm0shift', accBits: 16, overflow: a.overflow, inputBits: 8, weightBits: 8, actSigned: true, mode: a.kind === 'float' ? a.floatMode : 'int8' } as const;
      const t = cvtOut(makeInstruction('CVT_OUT', { ...a, addBias: a.addBias as 0 | 1 }), state, b, m.lanes, k);
      const span = Math.ceil((4 * a.n) / b.output.rowBytes);
      const [lo, hi] = clampBounds(a.clamp);
      let overflows = 0;
      for (let r = 0; r < a.rows; r++) {
        const sums = Float32Array.from({ length: a.n }, (_, c) => {
          if (a.kind === 'float') return a.sums[r * a.n + c]!;
          const v = a.sums[r * a.n + c]! + (a.addBias === 1 ? a.bias[c]! : 0);
          if (v < -32768 || v > 32767) overflows++;
          return v < -32768 || v > 32767 ? applyOverflow(v, 16, a.overflow) : v;
        });
        expect(bits(readFp32(b.output, a.outRow + r * span, a.n))).toEqual(bits(convertOutput(sums, Float32Array.from(a.scale.slice(0, a.n)), lo, hi)));
      }
      expect(k.overflows).toBe(overflows);
      expect([k.accReads, k.sramReads.param, k.sramWrites.output]).toEqual([a.rows * a.n, a.kind === 'int' ? 2 : 1, a.rows * span]);
      expect(Object.fromEntries(k.formatOps)).toEqual(a.kind === 'int' ? { 'cvt-int': a.rows * a.n } : { 'cvt-out': a.rows * a.n, [formatKey('acc-entry', a.floatMode === 'fp8-e4m3' ? 'e4m3' : a.floatMode)]: a.rows * a.n });
      expect(t).toEqual(timing(a.rows * Math.ceil(a.n / m.lanes), [
        bankCycles(range(a.accRow, a.rows), [], m.banks, m.ports), bankCycles([], rowsOf(a.outRow, a.rows, span), m.banks, m.ports),
      ]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(100) });
  });
});

describe('FPOOL and FADD', () => {
  it('FPOOL: the FP32 max pool or the exact-sum average over the valid window, pixel rows span-aligned', () => {
    const arb = fc.record({
      channels: fc.integer({ min: 1, max: 3 }), inH: fc.integer({ min: 1, max: 4 }), inW: fc.integer({ min: 1, max: 4 }), kernelH: fc.integer({ min: 1, max: 3 }),
      kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 2 }), strideW: fc.integer({ min: 1, max: 2 }), padTop: fc.integer({ min: 0, max: 1 }),
      padLeft: fc.integer({ min: 0, max: 1 }), padBottom: fc.integer({ min: 0, max: 1 }), padRight: fc.integer({ min: 0, max: 1 }),
      kind: fc.constantFrom<'max' | 'avg'>('max', 'avg'), srcRow: fc.integer({ min: 0, max: 3 }), values: fc.array(fp32, { minLength: 48, maxLength: 48 }),
      
    }).filter((a) => Math.max(a.padTop, a.padBottom) < a.kernelH && Math.max(a.padLeft, a.padRight) < a.kernelW
      && a.kernelH <= a.inH + a.padTop + a.padBottom && a.kernelW <= a.inW + a.padLeft + a.padRight);
    fc.assert(fc.property(arb, machines, (a, m) => {
      const b = fresh(m);
      const c = a.channels;
      const span = Math.ceil((4 * c) / b.output.rowBytes);
      const pixels = a.inH * a.inW;
      const image = Float32Array.from(a.values.slice(0, pixels * c));
      for (let p = 0; p < pixels; p++) writeFp32(b.output, a.srcRow + p * span, [...image.subarray(p * c, (p + 1) * c)]);
      const dstRow = a.srcRow + pixels * span + 2;
      const k = new Counters();
      const t = fpool(makeInstruction('FPOOL', { ...a, dstRow }), b, m.lanes, k);
      const outH = Math.floor((a.inH + a.padTop + a.padBottom - a.kernelH) / a.strideH) + 1;
      const outW = Math.floor((a.inW + a.padLeft + a.padRight - a.kernelW) / a.strideW) + 1;
      const win = { kernelH: a.kernelH, kernelW: a.kernelW, strideH: a.strideH, strideW: a.strideW, padTop: a.padTop, padLeft: a.padLeft, outH, outW };
      const max = fp32MaxPool(image, a.inH, a.inW, c, win);
      const reads: number[] = [];
      let taps = 0;
      for (let o = 0; o < outH * outW; o++) {
        const valid: number[] = [];
        for (let ky = 0; ky < a.kernelH; ky++) {
          for (let kx = 0; kx < a.kernelW; kx++) {
            const [y, x] = [Math.floor(o / outW) * a.strideH + ky - a.padTop, (o % outW) * a.strideW + kx - a.padLeft];
            if (y >= 0 && y < a.inH && x >= 0 && x < a.inW) valid.push(y * a.inW + x);
          }
        }
        taps += valid.length;
        reads.push(...valid.flatMap((p) => range(a.srcRow + p * span, span)));
        const want = a.kind === 'max' ? max.subarray(o * c, (o + 1) * c)
          : Float32Array.from({ length: c }, (_, ch) => fp32AverageExact(valid.map((p) => image[p * c + ch]!), valid.length));
        expect(bits(readFp32(b.output, dstRow + o * span, c))).toEqual(bits(Float32Array.from(want)));
      }
      const outputs = outH * outW;
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([taps * span, outputs * span]);
      expect(Object.fromEntries(k.formatOps)).toEqual(a.kind === 'max' ? { 'fmax-tap': taps * c } : { 'favg-tap': taps * c, 'favg-div': outputs * c });
      expect(t).toEqual(timing(taps * Math.ceil(c / m.lanes), [bankCycles(reads, rowsOf(dstRow, outputs, span), m.banks, m.ports)]));

    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });

  it('FPOOL writes output o at dstRow + o · span: a padded row of two windows over one pixel, on 4 single-ported banks (by hand)', () => {
    // 1x1 input at row 0, a 1x2 window with one pad column each side: two outputs, each reading row 0 (bank 0) once,
    // written to rows 3 and 4 (banks 3 and 0). Bank 0: 2 reads + 1 write on one port = 3 cycles, over 2 element cycles.
    const b = fresh({ banks: 4, ports: 1, wide: true });
    writeFp32(b.output, 0, [1.5]);
    const t = fpool(makeInstruction('FPOOL', {
      kind: 'max', srcRow: 0, dstRow: 3, channels: 1, inH: 1, inW: 1, kernelH: 1, kernelW: 2, strideH: 1, strideW: 1, padTop: 0, padLeft: 1, padBottom: 0, padRight: 1,
    }), b, 64, new Counters());
    expect([...readFp32(b.output, 3, 1), ...readFp32(b.output, 4, 1)]).toEqual([1.5, 1.5]);
    expect(t).toEqual({ duration: 3, bankStallCycles: 1 });
  });

  it('FADD: fp32(a + b) clamped, row by row, from regions anywhere in the buffer; its reads, writes and bank cycles', () => {
    // a, b and dst in that order with gaps between (dst after both: no row is read after it is written).
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 4 }), elems: fc.integer({ min: 1, max: 9 }), aRow: fc.integer({ min: 0, max: 5 }), gapB: fc.integer({ min: 0, max: 3 }),
      gapDst: fc.integer({ min: 0, max: 3 }), values: fc.array(fp32, { minLength: 72, maxLength: 72 }), clamp: fc.constantFrom(...FLOAT_CLAMPS),
    });
    fc.assert(fc.property(arb, machines, (a, m) => {
      const b = fresh(m);
      const span = Math.ceil((4 * a.elems) / b.output.rowBytes);
      const bRow = a.aRow + a.rows * span + a.gapB;
      const dstRow = bRow + a.rows * span + a.gapDst;
      const row = (first: number, r: number) => a.values.slice((first + r) * a.elems, (first + r + 1) * a.elems);
      for (let r = 0; r < a.rows; r++) writeFp32(b.output, a.aRow + r * span, row(0, r)), writeFp32(b.output, bRow + r * span, row(a.rows, r));
      const k = new Counters();
      const t = fadd(makeInstruction('FADD', { aRow: a.aRow, bRow, dstRow, rows: a.rows, elems: a.elems, clamp: a.clamp }), b, m.lanes, k);
      const [lo, hi] = clampBounds(a.clamp);
      for (let r = 0; r < a.rows; r++) {
        expect(bits(readFp32(b.output, dstRow + r * span, a.elems))).toEqual(bits(fp32Add(Float32Array.from(row(0, r)), Float32Array.from(row(a.rows, r)), lo, hi)));
      }
      expect([k.sramReads.output, k.sramWrites.output, Object.fromEntries(k.formatOps)]).toEqual([2 * a.rows * span, a.rows * span, { fadd: a.rows * a.elems }]);
      expect(t).toEqual(timing(a.rows * Math.ceil(a.elems / m.lanes), [
        bankCycles([...rowsOf(a.aRow, a.rows, span), ...rowsOf(bRow, a.rows, span)], rowsOf(dstRow, a.rows, span), m.banks, m.ports),
      ]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(400) });
  });
});
