// What the vector unit's instructions cost, by the definition (docs/CYCLE-MODEL.md, the energy counters): the
// rows and words each reads and writes, the vector operations it counts (per kind and width: the energy model
// prices them), and its cycles, max(Σ ceil(elements / lanes), bank cycles, 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveHw } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { Counters } from '../../../simulator/stats.js';
import { add, depthwise, lut, pack, pool, requant } from '../../../simulator/units/vector-unit.js';
import type { HwConfig } from '../../../isa/hw-config.js';
import { bankCycles, int32Bytes, smallHw } from '../helpers.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

describe('REQUANT costs', () => {
  it('reads rows·n accumulator entries and the 3 parameter rows, writes `rows` output rows, counts rows·n operations of its kind', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 8 }), lanes: fc.constantFrom(1, 2, 3, 16),
      outBits: fc.constantFrom(1 as const, 4 as const, 8 as const), mode: fc.constantFrom('m0shift' as const, 'pow2' as const),
      accRow: fc.integer({ min: 0, max: 9 }), outRow: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const hw = smallHw(4, 8);
      const b = makeBuffers(hw, deriveHw(hw));
      b.param.bytes.set(int32Bytes([...new Array<number>(8).fill(0), ...new Array<number>(8).fill(2 ** 30), ...new Array<number>(8).fill(-1)]));
      const k = new Counters();
      const [qmin, qmax] = a.outBits === 1 ? [0, 1] : a.outBits === 4 ? [-8, 7] : [-128, 127];
      const t = requant(makeInstruction('REQUANT', {
        accRow: a.accRow, outRow: a.outRow, outByte: 0, rows: a.rows, n: a.n, paramRow: 0, addBias: 1, outZero: 0, qmin, qmax, outBits: a.outBits, outSigned: 1,
      }), { requantMode: a.mode, accBits: 32, overflow: 'wrap', inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8' }, b, a.lanes, k);
      expect([k.accReads, k.sramReads.param, k.sramWrites.output]).toEqual([a.rows * a.n, 3, a.rows]);
      expect([...k.vectorOps]).toEqual([[`requant-${a.mode}|${a.outBits}`, a.rows * a.n]]);
      // Each accumulator row is read and each output row written once: no bank sees more than `rows` accesses,
      // so the element cycles (`rows` or more) always bind.
      expect(t).toEqual({ duration: a.rows * Math.ceil(a.n / a.lanes), bankStallCycles: 0 });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});

/** Rows read and written on one buffer, with its banks and ports. */
interface Accesses { readonly reads: number[]; readonly writes: number[]; readonly banks: number; readonly ports: number }

/** Bank cycles of one buffer's accesses (helpers.ts bankCycles). */
const bankCyclesOf = ({ reads, writes, banks, ports }: Accesses): number => bankCycles(reads, writes, banks, ports);

/** max(element cycles, every buffer's bank cycles, 1), and the part of it past the element cycles. */
function expectedTiming(elementCycles: number, buffers: Accesses[]): { duration: number; bankStallCycles: number } {
  const duration = Math.max(elementCycles, ...buffers.map(bankCyclesOf), 1);
  return { duration, bankStallCycles: duration - Math.max(elementCycles, 1) };
}

const range = (first: number, count: number) => Array.from({ length: count }, (_, j) => first + j);

/** A 4x8 machine whose buffers have the drawn banks and ports (one bank on one port makes the bank cycles bind). */
const machine = fc.record({ banks: fc.constantFrom(1, 2, 4), ports: fc.constantFrom(1, 2), lanes: fc.constantFrom(1, 3, 16) });
function costHw(m: { banks: number; ports: number }, arrayRows = 4, narrowWeights = false): HwConfig {
  return smallHw(arrayRows, 8, (h) => {
    for (const name of ['input', 'weight', 'accumulator', 'param', 'output'] as const) Object.assign(h.memories[name], { banks: m.banks, ports: m.ports });
    // One 4-bit MAC per PE in int4: 4-byte weight rows (a tap of 5 to 8 channels spans two) and narrower input rows.
    if (narrowWeights) h.array.macsPerPePerCycle.int4 = 1;
  });
}
const opsOf = (k: Counters) => Object.fromEntries(k.vectorOps);

describe('POOL costs', () => {
  it('reads each valid window pixel (a row), writes each output, counts reads·channels operations; banks per row', () => {
    const arb = fc.record({
      channels: fc.integer({ min: 1, max: 8 }), inH: fc.integer({ min: 1, max: 4 }), inW: fc.integer({ min: 1, max: 4 }),
      kernelH: fc.integer({ min: 1, max: 3 }), kernelW: fc.integer({ min: 1, max: 3 }), strideH: fc.integer({ min: 1, max: 2 }), strideW: fc.integer({ min: 1, max: 2 }),
      padTop: fc.integer({ min: 0, max: 1 }), padLeft: fc.integer({ min: 0, max: 1 }), padBottom: fc.integer({ min: 0, max: 1 }), padRight: fc.integer({ min: 0, max: 1 }),
      bits: fc.constantFrom(8, 4), kind: fc.constantFrom<'max' | 'avg'>('max', 'avg'), signed: fc.integer({ min: 0, max: 1 }), srcRow: fc.integer({ min: 0, max: 5 }),
    // Pads narrower than the kernel: no all-padding window (an average over none is refused).
    }).filter((a) => a.kernelH <= a.inH + a.padTop + a.padBottom && a.kernelW <= a.inW + a.padLeft + a.padRight
      && Math.max(a.padTop, a.padBottom) < a.kernelH && Math.max(a.padLeft, a.padRight) < a.kernelW);
    fc.assert(fc.property(arb, machine, (a, m) => {
      const hw = costHw(m);
      const b = makeBuffers(hw, deriveHw(hw));
      const dstRow = 30;
      const k = new Counters();
      const t = pool(makeInstruction('POOL', { ...a, dstRow, signed: a.signed as 0 | 1 }), b, m.lanes, k);
      const outH = Math.floor((a.inH + a.padTop + a.padBottom - a.kernelH) / a.strideH) + 1;
      const outW = Math.floor((a.inW + a.padLeft + a.padRight - a.kernelW) / a.strideW) + 1;
      const reads: number[] = [];
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          for (let ky = 0; ky < a.kernelH; ky++) {
            for (let kx = 0; kx < a.kernelW; kx++) {
              const [y, x] = [oy * a.strideH + ky - a.padTop, ox * a.strideW + kx - a.padLeft];
              if (y >= 0 && y < a.inH && x >= 0 && x < a.inW) reads.push(a.srcRow + y * a.inW + x);
            }
          }
        }
      }
      const outputs = outH * outW;
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([reads.length, outputs]);
      expect(opsOf(k)).toEqual(a.kind === 'max' ? { [`pool-max|${a.bits}`]: reads.length * a.channels }
        : { [`pool-avg|${a.bits}`]: reads.length * a.channels, [`avg-divide|${a.bits}`]: outputs * a.channels });
      expect(t).toEqual(expectedTiming(reads.length * Math.ceil(a.channels / m.lanes), [{ reads, writes: range(dstRow, outputs), ...m }]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});

describe('ADD, PACK and LUT costs', () => {
  const rows = fc.record({
    rows: fc.integer({ min: 1, max: 4 }), elems: fc.integer({ min: 1, max: 8 }), aRow: fc.integer({ min: 0, max: 9 }), bRow: fc.integer({ min: 0, max: 9 }),
    dstRow: fc.integer({ min: 0, max: 9 }), bits: fc.constantFrom(8, 4), srcBits: fc.integer({ min: 1, max: 8 }), tableRow: fc.integer({ min: 0, max: 3 }),
  });
  it('ADD reads two rows and writes one per row; PACK and LUT read and write one; LUT first reads its table rows', () => {
    fc.assert(fc.property(rows, machine, (a, m) => {
      const hw = costHw(m);
      const b = makeBuffers(hw, deriveHw(hw));
      const elems = Math.min(a.elems, (8 * 8) / a.bits);
      // Every output-buffer row but the destination rows keeps its bytes (a loop over one row too many shows here).
      const rb = b.output.rowBytes;
      const keptOutside = (before: Uint8Array) => Array.from({ length: 32 * rb }, (_, j) => j)
        .filter((j) => (j < a.dstRow * rb || j >= (a.dstRow + a.rows) * rb) && b.output.bytes[j] !== before[j]);
      b.output.bytes.forEach((_, j) => (b.output.bytes[j] = (j * 53 + 7) % 256));
      let before = b.output.bytes.slice();
      let k = new Counters();
      const signed = a.bits === 8 ? 1 : 0;
      const t = add(makeInstruction('ADD', {
        aRow: a.aRow, bRow: a.bRow, dstRow: a.dstRow, rows: a.rows, elems, aMultiplier: 2 ** 30, aShift: 0, bMultiplier: 2 ** 30, bShift: 0,
        outMultiplier: 2 ** 30, outShift: 1, leftShift: 0, aZero: 0, bZero: 0, outZero: 0, qmin: signed ? -128 : 0, qmax: signed ? 127 : 15, bits: a.bits, signed,
      }), b, m.lanes, k);
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([2 * a.rows, a.rows]);
      expect(opsOf(k)).toEqual({ [`add|${a.bits}`]: a.rows * elems });
      expect(keptOutside(before)).toEqual([]);
      expect(t).toEqual(expectedTiming(a.rows * Math.ceil(elems / m.lanes), [{ reads: [...range(a.aRow, a.rows), ...range(a.bRow, a.rows)], writes: range(a.dstRow, a.rows), ...m }]));

      before = b.output.bytes.slice();
      k = new Counters();
      const packed = pack(makeInstruction('PACK', { srcRow: a.aRow, dstRow: a.dstRow, rows: a.rows, elems, threshold: 0, srcBits: a.srcBits, srcSigned: 1 }), b, m.lanes, k);
      expect([k.sramReads.output, k.sramWrites.output]).toEqual([a.rows, a.rows]);
      expect(opsOf(k)).toEqual({ [`pack|${a.srcBits}`]: a.rows * elems });
      expect(keptOutside(before)).toEqual([]);
      expect(packed).toEqual(expectedTiming(a.rows * Math.ceil(elems / m.lanes), [{ reads: range(a.aRow, a.rows), writes: range(a.dstRow, a.rows), ...m }]));

      before = b.output.bytes.slice();
      k = new Counters();
      const lutBits = a.bits;
      const looked = lut(makeInstruction('LUT', {
        srcRow: a.aRow, dstRow: a.dstRow, rows: a.rows, elems, tableRow: a.tableRow, srcBits: lutBits, srcSigned: 1, dstBits: lutBits, dstSigned: 0,
      }), b, m.lanes, k);
      const tableRows = Math.ceil(2 ** lutBits / b.param.rowBytes);
      expect([k.sramReads.param, k.sramReads.output, k.sramWrites.output]).toEqual([tableRows, a.rows, a.rows]);
      expect(opsOf(k)).toEqual({ [`lut|${lutBits}`]: a.rows * elems });
      expect(keptOutside(before)).toEqual([]);
      expect(looked).toEqual(expectedTiming(tableRows + a.rows * Math.ceil(elems / m.lanes), [
        { reads: range(a.aRow, a.rows), writes: range(a.dstRow, a.rows), ...m }, { reads: range(a.tableRow, tableRows), writes: [], ...m },
      ]));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });
});

interface DepthwiseCase {
  channels: number; inH: number; inW: number; kernelH: number; kernelW: number; strideH: number; strideW: number; arrayRows: number;
  accumulate: number; srcRow: number; weightRow: number; accRow: number; narrowWeights: boolean;
}

/** DEPTHWISE's reads, writes, counted operations and cycles against the by-definition row lists. */
function checkDepthwiseCosts(a: DepthwiseCase, m: { banks: number; ports: number; lanes: number }): void {
  const hw = costHw(m, a.arrayRows, a.narrowWeights);
  const b = makeBuffers(hw, deriveHw(hw));
  const k = new Counters();
  const { arrayRows: _, narrowWeights: __, ...fields } = a;
  const t = depthwise(makeInstruction('DEPTHWISE', { ...fields, accumulate: a.accumulate as 0 | 1 }),
    { requantMode: 'm0shift', accBits: 32, overflow: 'wrap', inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8' }, b, m.lanes, k);
  // 8-bit channels: a pixel spans ceil(channels / input row bytes) rows, a tap ceil(channels / weight row bytes).
  const pixelRows = Math.ceil(a.channels / b.input.rowBytes);
  const tapRows = Math.ceil(a.channels / b.weight.rowBytes);
  const outH = Math.floor((a.inH - a.kernelH) / a.strideH) + 1;
  const outW = Math.floor((a.inW - a.kernelW) / a.strideW) + 1;
  const outputs = outH * outW;
  const taps = a.kernelH * a.kernelW;
  const inputRows: number[] = [];
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let ky = 0; ky < a.kernelH; ky++) {
        for (let kx = 0; kx < a.kernelW; kx++) inputRows.push(...range(a.srcRow + ((oy * a.strideH + ky) * a.inW + ox * a.strideW + kx) * pixelRows, pixelRows));
      }
    }
  }
  const macs = outputs * taps * a.channels;
  expect([k.sramReads.input, k.sramReads.weight]).toEqual([inputRows.length, taps * tapRows]);
  expect([k.accWrites, k.accReads]).toEqual([outputs * a.channels, a.accumulate === 1 ? outputs * a.channels : 0]);
  expect([opsOf(k), k.depthwiseMacs]).toEqual([{ 'depthwise-mac|8': macs }, macs]);
  expect(t).toEqual(expectedTiming(outputs * taps * Math.ceil(a.channels / m.lanes), [
    { reads: inputRows, writes: [], ...m },
    { reads: range(a.weightRow, taps * tapRows), writes: [], ...m },
    { reads: a.accumulate === 1 ? range(a.accRow, outputs) : [], writes: range(a.accRow, outputs), ...m },
  ]));
}

describe('DEPTHWISE costs', () => {
  it('reads each tap\'s pixel rows per output and each tap\'s weight rows once, writes (and on accumulate reads) one accumulator row per output', () => {
    const arb = fc.record({
      channels: fc.integer({ min: 1, max: 8 }), inH: fc.integer({ min: 1, max: 4 }), inW: fc.integer({ min: 1, max: 4 }),
      // 1x1 kernels (one tap: the accumulator's read-modify-write can bind) and 2-row arrays (2-byte input rows: pixels of
      // 3 or 4 rows, spread unevenly over 2 banks, so the input side's bank cycles depend on which rows each tap reads).
      kernelH: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })), kernelW: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })),
      strideH: fc.integer({ min: 1, max: 2 }), strideW: fc.integer({ min: 1, max: 2 }), arrayRows: fc.constantFrom(2, 4),
      accumulate: fc.integer({ min: 0, max: 1 }), srcRow: fc.integer({ min: 0, max: 5 }), weightRow: fc.integer({ min: 0, max: 5 }), accRow: fc.integer({ min: 0, max: 5 }),
      // Narrow weight rows: a tap's rows can outnumber its element cycles, so the weight bank binds too.
      narrowWeights: fc.boolean(),
    }).filter((a) => a.kernelH <= a.inH && a.kernelW <= a.inW);
    fc.assert(fc.property(arb, machine, checkDepthwiseCosts), { seed: PROPERTY_SEED, numRuns: propertyRuns(200) });
  });

  it('input banks that bind unevenly: a pixel of 5 or 7 one-byte rows on 4 single-ported banks starts one bank further per pixel forward than backward', () => {
    // Random draws rarely reach this corner (1-byte input rows, 4 banks, 1 port, all channels in one lane group): here
    // every tap's pixel rows outnumber its element cycle, and which bank gets the extra row depends on the pixel's index
    // mod 4, so reading pixel −p or p/stride instead of p changes the cycles.
    for (const channels of [5, 7]) {
      for (const [inH, inW, strideH, strideW, kernelH, kernelW] of [[5, 5, 1, 2, 2, 1], [5, 5, 2, 1, 1, 2], [5, 5, 2, 2, 2, 2], [3, 3, 1, 1, 2, 2]]) {
        for (const srcRow of [0, 1, 3]) {
          checkDepthwiseCosts({
            channels, inH: inH!, inW: inW!, kernelH: kernelH!, kernelW: kernelW!, strideH: strideH!, strideW: strideW!, arrayRows: 2,
            accumulate: 0, srcRow, weightRow: 0, accRow: 0, narrowWeights: true,
          }, { banks: 4, ports: 1, lanes: 16 });
        }
      }
    }
  });

  it('the accumulator\'s rows are read only when accumulating: 1x1 taps on one single-ported bank, where its accesses bind', () => {
    for (const accumulate of [0, 1]) {
      checkDepthwiseCosts({
        channels: 1, inH: 2, inW: 2, kernelH: 1, kernelW: 1, strideH: 1, strideW: 1, arrayRows: 4, accumulate, srcRow: 0, weightRow: 0, accRow: 0, narrowWeights: false,
      }, { banks: 1, ports: 1, lanes: 16 });
    }
  });

  it('weight banks that bind: each tap\'s rows are read once, from weightRow on (by hand)', () => {
    // One 1-bit MAC per PE in binary mode: 1-byte weight (and input) rows, so a tap of 5 channels spans 5 weight rows.
    // Weights on 4 single-ported banks, the input on 8 dual-ported ones (so the weight side alone binds).
    const hw = smallHw(8, 8, (h) => {
      h.array.macsPerPePerCycle.binary = 1;
      Object.assign(h.memories.weight, { banks: 4, ports: 1 });
      Object.assign(h.memories.input, { banks: 8, ports: 2 });
    });
    const b = makeBuffers(hw, deriveHw(hw));
    expect([b.input.rowBytes, b.weight.rowBytes]).toEqual([1, 1]);
    const t = depthwise(makeInstruction('DEPTHWISE', {
      srcRow: 0, weightRow: 2, accRow: 0, channels: 5, inH: 1, inW: 5, kernelH: 1, kernelW: 5, strideH: 1, strideW: 1, accumulate: 0,
    }), { requantMode: 'm0shift', accBits: 32, overflow: 'wrap', inputBits: 8, weightBits: 8, actSigned: true, mode: 'int8' }, b, 16, new Counters());
    // 1 output × 5 taps × 1 lane group = 5 element cycles; weight rows 2–26 on 4 banks: bank 2 reads 7 of them, on one
    // port 7 cycles. (The input's rows 0–24 over 8 dual-ported banks take 4.)
    expect(t).toEqual({ duration: 7, bankStallCycles: 2 });
  });
});
