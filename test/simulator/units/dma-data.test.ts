// moveTransferData's bulk copies against the step-by-step walk of docs/ISA.md, on plain buffers and on the
// accumulator (int32 entries seen as bytes), for LOADs, filling LOADs and STOREs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { DramStorage } from '../../../simulator/memory/dram.js';
import { makeBuffers, type Buffers } from '../../../simulator/memory/sram.js';
import { moveTransferData } from '../../../simulator/units/dma-data.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { arbitraryTransfer, transferSteps } from './transfer-arbitrary.js';

/** Rows the test looks at (the random walks stay below it). */
const ROWS = 512;

/** The first ROWS rows of the buffer as bytes (the accumulator through its byte view). */
function bufferBytes(b: Buffers, name: 'input' | 'accumulator'): number[] {
  const buf = b[name];
  return Array.from({ length: ROWS }, (_, r) => Array.from(buf.readBytes(r, 0, buf.rowBytes))).flat();
}

describe('moveTransferData', () => {
  for (const buffer of ['input', 'accumulator'] as const) {
    it(`moves exactly the bytes of each step (${buffer} buffer)`, () => {
      const hw = defaultHwConfig();
      const d = deriveHw(hw);
      const rb = d.rowBytes[buffer];
      fc.assert(fc.property(arbitraryTransfer(buffer, rb), (t) => {
        const buffers = makeBuffers(hw, d);
        const walk = transferSteps(t);
        expect(d.bufferRows[buffer]).toBeGreaterThanOrEqual(ROWS);
        expect(walk.every(({ s, d: at }) => s < ROWS && at + t.bytesPerRow <= 4096)).toBe(true);
        for (let r = 0; r < ROWS; r++) {
          buffers[buffer].writeBytes(r, 0, Uint8Array.from({ length: rb }, (_, j) => (r * 29 + j * 7 + 3) % 256));
        }
        const image = Uint8Array.from({ length: 4096 }, (_, j) => (j * 131 + 7) % 256);
        const dram = new DramStorage(image, image.length);
        const wantSram = bufferBytes(buffers, buffer);
        const wantDram = Array.from(dram.bytes);
        for (const { s, d: at } of walk) {
          for (let j = 0; j < t.bytesPerRow; j++) {
            const x = s * rb + t.sramByte + j;
            if (t.op === 'LOAD') wantSram[x] = t.fill === 1 ? t.fillByte : wantDram[at + j]!;
            else wantDram[at + j] = wantSram[x]!;
          }
        }
        moveTransferData(t, buffers, dram);
        expect(bufferBytes(buffers, buffer)).toEqual(wantSram);
        expect(Array.from(dram.bytes)).toEqual(wantDram);
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(buffer === 'input' ? 150 : 40) });
    });
  }
});
