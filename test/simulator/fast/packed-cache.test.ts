// The packed-weight cache against what it stands for. WeightSources: whenever it names a DRAM run for
// weight rows, those rows hold exactly those DRAM bytes — on random LOADs (whole, partial, filling) and
// STOREs moved by the DMA as the machine does. PackedCache: a map from full keys, per kernel epoch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadByteRange, storeDramRange } from '../../../isa/check/footprint.js';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { PackedWeights } from '../../../simulator/functional/gemm.js';
import { PackedCache, sameInts, WeightSources, type PackedEntry } from '../../../simulator/fast/packed-cache.js';
import { DramStorage } from '../../../simulator/memory/dram.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { moveTransferData } from '../../../simulator/units/dma-data.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const ROWS = 24;
const DRAM = 2048;
const hw = defaultHwConfig();
const d = deriveHw(hw);
const rb = d.rowBytes.weight;

const step = fc.record({
  kind: fc.constantFrom('load', 'load', 'load-partial', 'load-fill', 'store'),
  sramRow: fc.integer({ min: 0, max: ROWS - 1 }), rows: fc.integer({ min: 1, max: 6 }), sramRowStride: fc.constantFrom(1, 1, 1, 0, 2),
  dramAddr: fc.integer({ min: 0, max: 32 }).map((x) => x * 16), dramRowStride: fc.constantFrom(rb, rb, rb, 0, 16, 2 * rb),
  fillByte: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 4 }),
  // Buffer rows per step of a whole LOAD (a weight tile is one step of many rows); the last may pass the ROWS tracked.
  span: fc.constantFrom(1, 1, 2, 3),
  // Most STOREs write DRAM no weight was loaded from (each one that overlaps invalidates every source).
  storeHigh: fc.boolean(),
});

describe('WeightSources', () => {
  it('names a DRAM run only for weight rows that hold exactly its bytes', () => {
    let named = 0;
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
      const buffers = makeBuffers(hw, d);
      const dram = new DramStorage(Uint8Array.from({ length: DRAM }, (_, j) => (j * 37 + 11) % 256), DRAM);
      const sources = new WeightSources(ROWS, rb);
      let stamp = 1;
      for (const s of steps) {
        const rows = Math.min(s.rows, Math.floor((ROWS - 1 - s.sramRow) / Math.max(1, s.sramRowStride)) + 1);
        const walk = { sramRow: s.sramRow, rows, sramRowStride: s.sramRowStride, dramAddr: s.dramAddr, dramRowStride: s.dramRowStride, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };
        if (s.kind === 'store') {
          // A STORE from another buffer, rewriting DRAM (its bytes differ from what was there).
          buffers.input.bytes.fill(stamp++ % 256);
          const t = makeInstruction('STORE', { buffer: 'input', sramByte: 0, bytesPerRow: rb, ...walk, sramRow: 0, dramAddr: s.dramAddr + (s.storeHigh ? 1024 : 0) });
          sources.dramWriting(...storeDramRange(t));
          moveTransferData(t, buffers, dram);
        } else {
          const partial = s.kind === 'load-partial';
          const t = makeInstruction('LOAD', {
            buffer: 'weight', sramByte: partial ? 4 : 0, bytesPerRow: partial ? rb - 4 : s.span * rb, ...walk,
            fill: s.kind === 'load-fill' ? 1 : 0, fillByte: s.fillByte,
          });
          sources.loading(t, ...loadByteRange(t, rb));
          moveTransferData(t, buffers, dram);
        }
        // After every step, the rows at its SRAM row (often just loaded).
        const count = Math.min(s.count, ROWS - s.sramRow);
        const from = sources.runSource(s.sramRow, count);
        if (from >= 0) {
          named++;
          expect(Array.from(buffers.weight.bytes.subarray(s.sramRow * rb, (s.sramRow + count) * rb))).toEqual(Array.from(dram.bytes.subarray(from, from + count * rb)));
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
    expect(named).toBeGreaterThan(50); // not vacuous: many checks found a named run
  });
});

describe('PackedCache', () => {
  it('finds the last entry added under an equal key in the same epoch, and nothing after a new epoch', () => {
    fc.assert(fc.property(fc.array(fc.record({ add: fc.boolean(), key: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }), epoch: fc.integer({ min: 0, max: 2 }) })), (ops) => {
      const cache = new PackedCache();
      let model = new Map<string, PackedEntry>();
      let epoch = -1;
      for (const op of ops) {
        // Epochs only move forward (a kernel is never taken back).
        const e = Math.max(epoch, op.epoch);
        if (e !== epoch) model = new Map();
        epoch = e;
        const key = Int32Array.from(op.key);
        if (op.add) {
          const entry: PackedEntry = { key, packed: {} as PackedWeights, source: new Uint8Array(0), checkedBy: 0, checkedGeneration: 0 };
          cache.add(entry, e);
          model.set(op.key.join(','), entry);
        } else {
          expect(cache.find(key, e)).toBe(model.get(op.key.join(',')));
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});

describe('sameInts', () => {
  it('is element-wise equality, on aligned and unaligned byte views and on int32 arrays', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.nat(), (bytes, offA, offB, flip) => {
      const bufA = new Uint8Array(bytes.length + 8);
      const bufB = new Uint8Array(bytes.length + 8);
      bufA.set(bytes, offA);
      bufB.set(bytes, offB);
      const a = bufA.subarray(offA, offA + bytes.length);
      const b = bufB.subarray(offB, offB + bytes.length);
      expect(sameInts(a, b)).toBe(true);
      if (bytes.length > 0) {
        b[flip % bytes.length] ^= 1;
        expect(sameInts(a, b)).toBe(false);
      }
      if (bytes.length > 0) expect(sameInts(a, a.subarray(1))).toBe(false);
      expect(sameInts(Int32Array.from(bytes), Int32Array.from(bytes))).toBe(true);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
