// The simulator against the plain functional model (test/compiler/lower/functional-model.ts) on random ISA v2
// programs: multi-row LOAD/STORE steps, MOVE between buffers, WINDOW and window COMPUTEs (ws and os, kOffset
// slices, strides, dilations, channel offsets, firstPixel), partial LOAD_WEIGHTS and every mode (w4a8
// included). The final DRAM (accumulators, buffers and results stored back) must be equal byte for byte, and
// the PE-level model must give the fast model's values and every instruction's cycle stamps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowByteRange } from '../../isa/check/footprint.js';
import { isMxMode } from '../../isa/float-opcodes.js';
import { applyOverrides, defaultHwConfig, deriveHw, requireValidHwConfig, type HwConfig } from '../../isa/hw-config.js';
import type { Instruction } from '../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../isa/make-instruction.js';
import type { Program } from '../../isa/program-file.js';
import { ARRAY_MODES, MODE_OPERAND_BITS, type ArrayMode, type BufferName, type Dataflow } from '../../isa/spec.js';
import { createInt8Gemm } from '../../simulator/fast/gemm-wasm.js';
import { Machine } from '../../simulator/machine.js';
import { peArrayEngine } from '../../simulator/pe-model.js';
import { runFunctional } from '../compiler/lower/functional-model.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

const IMAGE = 8192; // DRAM bytes the LOADs read
const OUT = 8192; // where STOREs write (the next 16 KiB)
const DRAM = OUT + 16384;

interface Case {
  rows: number; cols: number; dataflow: Dataflow; mode: ArrayMode; actSigned: number; banks: number; accPorts: number;
  ops: Op[]; seed: number;
}
type Op = { kind: 'load' | 'move' | 'store' | 'compute' | 'window'; v: number[] };

function hwFor(c: Case): HwConfig {
  const hw = applyOverrides(defaultHwConfig(), { array: `${c.rows}x${c.cols}`, dataflow: c.dataflow });
  hw.memories.input.banks = c.banks;
  hw.memories.weight.banks = c.banks;
  hw.memories.output.banks = c.banks === 8 ? 2 : c.banks;
  hw.memories.accumulator.ports = c.accPorts;
  const d = deriveHw(hw);
  for (const b of ['input', 'weight', 'accumulator', 'param', 'output'] as const) hw.memories[b].sizeBytes = d.rowBytes[b] * 4096;
  hw.dram.sizeBytes = DRAM;
  return requireValidHwConfig(hw);
}

/** The program: ops in order, each load/store-queue op fenced by CONFIGs so that the machine runs them in program order. */
function program(c: Case, hw: HwConfig): Instruction[] {
  const d = deriveHw(hw);
  const P = hw.array.macsPerPePerCycle[c.mode];
  const bits = MODE_OPERAND_BITS[c.mode];
  const cfg = (f: Partial<InstructionFields<'CONFIG'>> = {}) => makeInstruction('CONFIG', {
    mode: c.mode, dataflow: c.dataflow, accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: bits.input, actSigned: c.actSigned, weightBits: bits.weight, ...f,
  });
  const out: Instruction[] = [cfg()];
  let win: Instruction & { op: 'WINDOW' } | undefined;
  const bytesOf = (b: BufferName) => d.rowBytes[b] * d.bufferRows[b];
  const plain: BufferName[] = ['input', 'weight', 'output', 'param'];
  let storeAt = OUT;
  for (const { kind, v } of c.ops) {
    const at = (n: number) => v[n]! % 1000003;
    if (kind === 'window') {
      win = makeInstruction('WINDOW', {
        pitch: 1 + (at(0) % 24), pixelBytes: 1 + (at(1) % 6), cinTap: 1 + (at(2) % 6), chanOffset: at(3) % 3, kernelW: 1 + (at(4) % 3),
        strideH: 1 + (at(5) % 2), strideW: 1 + (at(6) % 2), dilationH: 1 + (at(7) % 2), dilationW: 1 + (at(8) % 2), outW: 1 + (at(9) % 3),
      });
      out.push(win);
    } else if (kind === 'compute') {
      const ws = c.dataflow === 'ws';
      const k = ws ? 1 + (at(0) % (c.rows * P)) : 1 + (at(0) % (3 * P + 5));
      const n = 1 + (at(1) % c.cols);
      const m = ws ? 1 + (at(2) % 7) : 1 + (at(2) % c.rows);
      if (ws && at(3) % 2 === 0) out.push(makeInstruction('LOAD_WEIGHTS', { weightRow: at(4) % 40, k: 1 + (at(5) % (c.rows * P)), n: 1 + (at(6) % c.cols) }));
      const base = { inputRow: at(7) % 40, weightRow: at(4) % 40, accRow: at(8) % 16, m, k, n, accumulate: at(9) % 2 };
      const windowed = { ...base, inputRow: at(7) % 8, inputRowStride: 0, window: 1, kOffset: at(10) % 9, inputByte: at(11) % 16, firstPixel: at(12) % 5 };
      const pixels = ws ? m : Math.min(m, c.rows);
      const fits = win !== undefined && windowByteRange(windowed, pixels, win, bits.input, d.rowBytes.input)[1] <= bytesOf('input');
      // An MX COMPUTE reads its rows' block scales through the window only (the bounds checker refuses the rest).
      if (fits || !isMxMode(c.mode)) out.push(makeInstruction('COMPUTE', fits ? windowed : { ...base, inputRowStride: at(13) % 3 }));
    } else {
      const inner = at(2) % 3;
      const bytesPerRow = 1 + (at(3) % 70);
      if (kind === 'load') {
        const buffer = plain[at(0) % 3]!;
        const f = at(1) % 4 === 0;
        out.push(cfg({ pushPrev: 1 }));
        out.push(makeInstruction('LOAD', {
          buffer, sramRow: at(4) % 64, sramByte: at(5) % 40, bytesPerRow, rows: 1 + (at(6) % 4), sramRowStride: inner, dramAddr: at(7) % 4096,
          dramRowStride: at(8) % 200, repeat: 1 + (at(9) % 2), sramOuterStride: at(10) % 30, dramOuterStride: at(11) % 900, fill: f ? 1 : 0,
          fillByte: at(12) % 256, popNext: 1, pushNext: 1,
        }));
        out.push(cfg({ popPrev: 1 }));
      } else {
        out.push(cfg({ pushNext: 1 }));
        if (kind === 'move') {
          out.push(makeInstruction('MOVE', {
            srcBuffer: plain[at(0) % 4]!, srcRow: at(4) % 64, srcByte: at(5) % 40, dstBuffer: plain[at(1) % 3]!, dstRow: at(6) % 64, dstByte: at(7) % 40,
            bytesPerRow, rows: 1 + (at(8) % 4), srcRowStride: inner, dstRowStride: at(9) % 3, repeat: 1 + (at(10) % 2), srcOuterStride: at(11) % 20,
            dstOuterStride: at(12) % 20, popPrev: 1, pushPrev: 1,
          }));
        } else {
          const buffer: BufferName = at(0) % 2 === 0 ? 'accumulator' : plain[at(1) % 3]!;
          out.push(makeInstruction('STORE', {
            buffer, sramRow: at(4) % 16, sramByte: at(5) % 20, bytesPerRow, rows: 1 + (at(6) % 3), sramRowStride: inner, dramAddr: storeAt,
            dramRowStride: 80, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, popPrev: 1, pushPrev: 1,
          }));
          storeAt += 240;
        }
        out.push(cfg({ popNext: 1 }));
      }
    }
  }
  // Everything the array and the DMA touched, back to DRAM: 32 accumulator rows and 64 rows of each plain buffer.
  for (const [buffer, rows] of [['accumulator', 32], ['input', 64], ['weight', 64], ['output', 64]] as const) {
    out.push(cfg({ pushNext: 1 }));
    out.push(makeInstruction('STORE', {
      buffer, sramRow: 0, sramByte: 0, bytesPerRow: rows * d.rowBytes[buffer], rows: 1, sramRowStride: 0, dramAddr: storeAt, dramRowStride: 0,
      repeat: 1, sramOuterStride: 0, dramOuterStride: 0, popPrev: 1, pushPrev: 1,
    }));
    out.push(cfg({ popNext: 1 }));
    storeAt += rows * d.rowBytes[buffer];
  }
  out.push(makeInstruction('HALT', {}));
  return out;
}

function image(seed: number): Uint8Array {
  let s = seed;
  return Uint8Array.from({ length: IMAGE }, () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 16) & 0xff);
}

function runAll(c: Case) {
  const hw = hwFor(c);
  const p: Program = { hwConfig: hw, instructions: program(c, hw), dramImage: image(c.seed), tensors: [], layers: [] };
  const fast = new Machine(hw, p, DRAM, { gemm: () => createInt8Gemm() });
  const pe = new Machine(hw, p, DRAM, { array: peArrayEngine });
  const functional = new Uint8Array(DRAM);
  functional.set(p.dramImage);
  runFunctional(p, functional);
  return { fast: fast.run(), pe: pe.run(), fastDram: fast.dram.bytes, peDram: pe.dram.bytes, functional };
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('load', 'load', 'move', 'store', 'compute', 'compute', 'compute', 'window'),
  v: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
});
const caseArb: fc.Arbitrary<Case> = fc.record({
  rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }), dataflow: fc.constantFrom<Dataflow>('ws', 'os'),
  mode: fc.constantFrom<ArrayMode>(...ARRAY_MODES), actSigned: fc.integer({ min: 0, max: 1 }), banks: fc.constantFrom(1, 2, 8),
  accPorts: fc.constantFrom(1, 2), ops: fc.array(opArb, { minLength: 1, maxLength: 14 }), seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

describe('ISA v2 on the simulator', () => {
  it('random programs: simulator == functional model (DRAM byte for byte); PE model == fast model (values and stamps)', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const r = runAll(c);
      expect(Buffer.from(r.fastDram).equals(Buffer.from(r.functional))).toBe(true);
      expect(Buffer.from(r.peDram).equals(Buffer.from(r.fastDram))).toBe(true);
      expect([...r.pe.start]).toEqual([...r.fast.start]);
      expect([...r.pe.end]).toEqual([...r.fast.end]);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(150) });
  });
});
