// The packed-weight sequence (PackingScript, int8-ws-weights.ts) that later runs of a program take their packings
// from. The guard it must keep: weights a program rewrites between uses (a STORE of image data over a weight
// region, then a LOAD of it as weights) differ per image, so each image after the first must see its own
// bytes, not the packing the first image recorded. Oracle: image B after image A on one program object
// (script, cache and timeline shared) equals image B alone on a fresh copy of the program.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import type { Instruction } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { Program } from '../../../isa/program-file.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const W = 0;
const X = 512;
const Y = 1024;
const M = 8;

/** A walk of `rows` 16-byte rows from buffer row `sramRow` to DRAM `dramAddr` (LOAD and STORE fields). */
function walk(buffer: 'input' | 'weight' | 'accumulator', sramRow: number, rows: number, dramAddr: number, bytesPerRow = 16) {
  return { buffer, sramRow, sramByte: 0, bytesPerRow, rows, sramRowStride: 1, dramAddr, dramRowStride: bytesPerRow, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };
}

/**
 * Multiplies the image's rows X by the weights W into accumulator rows 0..M; then, when `storeRows` > 0, STOREs
 * that many image rows over W from byte `storeAt`; reloads W into other weight rows and multiplies X by it
 * again (rows 16..16+M). Both products are stored to Y.
 */
function rewritingProgram(storeRows: number, storeAt: number, dram: Uint8Array): Program {
  const compute = (accRow: number, flags: Record<string, number> = {}) =>
    makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow, m: M, k: 16, n: 16, accumulate: 0, ...flags });
  const load = (buffer: 'input' | 'weight', sramRow: number, rows: number, dramAddr: number, flags: Record<string, number> = {}) =>
    makeInstruction('LOAD', { ...walk(buffer, sramRow, rows, dramAddr), fill: 0, fillByte: 0, ...flags });
  const store = storeRows > 0;
  const I: Instruction[] = [
    makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 }),
    load('weight', 0, 16, W, { pushNext: 1 }),
    load('input', 0, M, X),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1 }),
    compute(0, { pushPrev: 1, ...(store ? { pushNext: 1 } : {}) }),
    // Reloading the inputs multiplies the pending batch (its packing is kept, named by DRAM source).
    load('input', 0, M, X, { popNext: 1, pushNext: 1 }),
    ...(store ? [makeInstruction('STORE', { ...walk('input', 0, storeRows, W + storeAt), popPrev: 1, pushPrev: 1 })] : []),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 16, n: 16, popPrev: 1, pushPrev: 1, ...(store ? { popNext: 1 } : {}) }),
    load('weight', 16, 16, W, { popNext: 1, pushNext: 1 }),
    makeInstruction('LOAD_WEIGHTS', { weightRow: 16, k: 16, n: 16, popPrev: 1 }),
    compute(16, { pushNext: 1 }),
    makeInstruction('STORE', { ...walk('accumulator', 0, 32, Y, 64), popPrev: 1 }),
    makeInstruction('HALT', {}),
  ];
  return {
    hwConfig: defaultHwConfig(), instructions: I, dramImage: dram, layers: [],
    tensors: [
      { name: 'x', role: 'input', dramAddr: X, dtype: 'u8', shape: [M * 16], layout: 'C' },
      { name: 'y', role: 'output', dramAddr: Y, dtype: 'i32', shape: [32, 16], layout: 'NC' },
    ],
  };
}

describe('PackingScript', () => {
  it('gives each image the products of its own rewritten weights (B after A equals B alone)', () => {
    let rewritten = 0;
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }), fc.array(fc.uint8Array({ minLength: M * 16, maxLength: M * 16 }), { minLength: 2, maxLength: 4 }), fc.nat(),
      (storeRows, storeRow, images, seed) => {
        const dram = new Uint8Array(Y);
        let s = seed;
        for (let j = 0; j < dram.length; j++) dram[j] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
        const shared = rewritingProgram(storeRows, 16 * storeRow, dram);
        const outputs: number[][] = [];
        for (const x of images) {
          const got = Array.from(simulateProgram(shared, new Map([['x', x]])).outputs.get('y')!);
          const alone = Array.from(simulateProgram(rewritingProgram(storeRows, 16 * storeRow, dram), new Map([['x', x]])).outputs.get('y')!);
          expect(got).toEqual(alone);
          outputs.push(got);
        }
        // Not vacuous: with a STORE, images with other rows get other second products.
        if (storeRows > 0 && images.some((x) => x.some((v, j) => v !== images[0]![j]))) {
          const second = (o: number[]) => o.slice(16 * 16, 32 * 16).join();
          if (outputs.some((o) => second(o) !== second(outputs[0]!))) rewritten++;
        }
      },
    ), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
    expect(rewritten).toBeGreaterThan(10);
  });
});
