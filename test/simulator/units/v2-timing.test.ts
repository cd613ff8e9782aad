// The ISA v2 timing rules on hand-computed cases (docs/CYCLE-MODEL.md): LOAD_WEIGHTS shifting only the
// vectors that exist, the os drain overlapping the next COMPUTE (two accumulators per PE), the window
// input path's rows and cycles (ws per step, os lanes), and MOVE's bank cycles; the PE-level model agrees.
import { describe, expect, it } from 'vitest';
import { applyOverrides, defaultHwConfig, deriveHw, type HwConfig } from '../../../isa/hw-config.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { Instruction } from '../../../isa/instruction.js';
import { createInt8Gemm } from '../../../simulator/fast/gemm-wasm.js';
import { Machine } from '../../../simulator/machine.js';
import { makeBuffers } from '../../../simulator/memory/sram.js';
import { peArrayEngine } from '../../../simulator/pe-model.js';
import { Counters } from '../../../simulator/stats.js';
import { move } from '../../../simulator/units/move.js';
import { osWindowRowReads, windowStepRows, wsWindowStepCycles } from '../../../simulator/units/window-input.js';

const config = (dataflow: 'ws' | 'os') => makeInstruction('CONFIG', {
  mode: 'int8', dataflow, accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 1, weightBits: 8,
});

/** End cycles of every instruction on the fast and the PE-level machine (they must agree). */
function ends(hw: HwConfig, body: Instruction[]): number[] {
  const p = { instructions: [...body, makeInstruction('HALT', {})], dramImage: new Uint8Array(0), layers: [] };
  const fast = new Machine(hw, p, 0, { gemm: () => createInt8Gemm() }).run();
  const pe = new Machine(hw, p, 0, { array: peArrayEngine }).run();
  expect([...pe.end]).toEqual([...fast.end]);
  return [...fast.end];
}

const compute = (accRow: number, k: number, m: number) => makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow, m, k, n: 4, accumulate: 0 });

describe('ISA v2 timing', () => {
  it('LOAD_WEIGHTS shifts only the kv vectors that exist: k = 9 on 16x16 takes 9 cycles (was 16)', () => {
    const hw = defaultHwConfig();
    expect(ends(hw, [config('ws'), makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 9, n: 16 })])).toEqual([1, 10, 10]);
  });

  it('os: a COMPUTE streams while the previous one drains; an accumulator set is reused after its drain', () => {
    const hw = applyOverrides(defaultHwConfig(), { array: '4x4', dataflow: 'os' });
    // k = 8: stream 8, alone 8 + R + C − 1 + m = 19. A at 1 ends 20 (port free at 9). B at 9: PEs done at 9 + 15 = 24,
    // drain after A's (20): ends 28. C uses A's set: starts when A has drained (20), done 35, drains to 39.
    expect(ends(hw, [config('os'), compute(0, 8, 4), compute(4, 8, 4), compute(8, 8, 4)])).toEqual([1, 20, 28, 39, 39]);
    // k = 2: alone 2 + 7 + 4 = 13. A 1 → 14; B at 3: PEs done at 12, drain waits for A's (14) → 18;
    // C at 14 (A's set drained): done at 23 → 27.
    expect(ends(hw, [config('os'), compute(0, 2, 4), compute(4, 2, 4), compute(8, 2, 4)])).toEqual([1, 14, 18, 27, 27]);
  });

  it('window, ws: a Cin = 3, 3x3 step reads the rows of its taps, in-order per bank (by hand)', () => {
    // 16-byte rows; band rows 30 bytes apart (pitch), 3-byte pixels; k = 16 from kOffset 0 = taps 0..4 and
    // channel 0 of tap 5. Pixel 0: bytes 0..8 (row 0), 30..36 (rows 1, 2). Pixel 4 (byte 12): 12..20, 42..48 (rows 0..3).
    const w = makeInstruction('WINDOW', { pitch: 30, pixelBytes: 3, cinTap: 3, chanOffset: 0, kernelW: 3, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: 8 });
    const i = { inputRow: 0, inputByte: 0, firstPixel: 0, kOffset: 0, k: 16 };
    expect(windowStepRows(i, w, 8, 16, 0)).toEqual([0, 1, 2]);
    expect(windowStepRows(i, w, 8, 16, 4)).toEqual([0, 1, 2, 3]);
    // 8 banks: one cycle each; 2 banks: rows 0, 1, 2 → banks 0, 1, 0 → 2 cycles, rows 0..3 → 2 cycles.
    expect(wsWindowStepCycles(i, w, 8, 16, 8, 5)).toEqual([1, 1, 1, 1, 1]);
    expect(wsWindowStepCycles(i, w, 8, 16, 2, 5)).toEqual([2, 2, 2, 2, 2]);
    // os lanes for pixels 0 and 1: lane 0 reads row 0, then rows 1, 2 (taps 3..5 stay in row 2): 3 reads; lane 1
    // (byte 3): row 0, then row 2 (bytes 33..39): 2 reads.
    expect(osWindowRowReads(i, w, 8, 16, 2)).toBe(5);
  });

  it('MOVE: reads and writes in order on each buffer, the write a cycle behind (by hand)', () => {
    const hw = defaultHwConfig();
    const buffers = makeBuffers(hw, deriveHw(hw));
    buffers.output.bytes.forEach((_, j) => (buffers.output.bytes[j] = j % 251));
    const k = new Counters();
    // Two 40-byte steps, 3 rows apart on both sides: source rows 0..5 of the 2-bank output buffer (3 cycles),
    // destination rows 10..15 of the 8-bank input buffer (1 cycle): 3 + 1 = 4 cycles, no bank stall beyond the ideal.
    const t = move(makeInstruction('MOVE', {
      srcBuffer: 'output', srcRow: 0, srcByte: 0, dstBuffer: 'input', dstRow: 10, dstByte: 0, bytesPerRow: 40, rows: 2,
      srcRowStride: 3, dstRowStride: 3, repeat: 1, srcOuterStride: 0, dstOuterStride: 0,
    }), buffers, k);
    expect(t).toEqual({ duration: 4, bankStall: 0 });
    expect([...buffers.input.bytes.subarray(160, 200)]).toEqual([...buffers.output.bytes.subarray(0, 40)]);
    expect([...buffers.input.bytes.subarray(208, 248)]).toEqual([...buffers.output.bytes.subarray(48, 88)]);
    expect([k.sramReads.output, k.sramWrites.input, k.bufferBytes.output, k.bufferBytes.input]).toEqual([6, 6, 80, 80]);
  });
});
