// The static hazard checker on hand-built programs: a correctly synchronised one passes; removing a
// token, popping before the push, or reusing a region too early is reported with both instructions.
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../isa/check/index.js';
import type { Instruction } from '../../../isa/instruction.js';
import { makeInstruction } from '../../../isa/make-instruction.js';
import type { Program } from '../../../isa/program-file.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';

const CONFIG = makeInstruction('CONFIG', { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 });
const transfer = { sramByte: 0, bytesPerRow: 16, rows: 4, sramRowStride: 1, dramRowStride: 16, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };
const load = (row: number, dram: number, tokens = {}) => makeInstruction('LOAD', { ...transfer, buffer: 'output', sramRow: row, dramAddr: dram, fill: 0, fillByte: 0, ...tokens });
const store = (row: number, dram: number, tokens = {}) => makeInstruction('STORE', { ...transfer, buffer: 'output', sramRow: row, dramAddr: dram, ...tokens });
const pool = (src: number, dst: number, tokens = {}) => makeInstruction('POOL', {
  kind: 'max', srcRow: src, dstRow: dst, channels: 16, inH: 2, inW: 2, kernelH: 2, kernelW: 2, strideH: 1, strideW: 1,
  padTop: 0, padLeft: 0, padBottom: 0, padRight: 0, bits: 8, signed: 0, ...tokens,
});
const HALT = makeInstruction('HALT', {});

function program(instructions: Instruction[]): Program {
  return { hwConfig: defaultHwConfig(), instructions, dramImage: new Uint8Array(4096), tensors: [], layers: [] };
}

describe('checkProgram', () => {
  it('accepts load → pool → store ordered by tokens', () => {
    const p = program([CONFIG, load(0, 0, { pushNext: 1 }), pool(0, 8, { popPrev: 1, pushNext: 1 }), store(8, 1024, { popPrev: 1 }), HALT]);
    expect(checkProgram(p)).toEqual([]);
  });

  it('reports a read of rows whose LOAD is not ordered before it (RAW)', () => {
    const p = program([CONFIG, load(0, 0), pool(0, 8, { pushNext: 1 }), store(8, 1024, { popPrev: 1 }), HALT]);
    const problems = checkProgram(p);
    expect(problems[0]).toMatchObject({ code: 'CHK001' });
    expect(problems[0]!.message).toBe('instruction 2 (POOL) reads output row 0 while the write by instruction 1 (LOAD, load queue) may be in flight');
  });

  it('reports a LOAD overwriting rows a STORE may still be reading (WAR)', () => {
    const p = program([CONFIG, load(0, 0, { pushNext: 1 }), pool(0, 8, { popPrev: 1, pushNext: 1 }), store(8, 1024, { popPrev: 1 }), load(8, 0), HALT]);
    const messages = checkProgram(p).map((d) => d.message);
    // The POOL's write to row 8 is not ordered before the LOAD either (write after write).
    expect(messages).toContain('instruction 4 (LOAD) writes output row 8 while the write by instruction 2 (POOL, compute queue) may be in flight');
    expect(messages).toContain('instruction 4 (LOAD) writes output row 8 that instruction 3 (STORE, store queue) may still be reading');
  });

  it('accepts the same reuse once the store hands a token back through compute', () => {
    const p = program([
      CONFIG, load(0, 0, { pushNext: 1 }), pool(0, 8, { popPrev: 1, pushNext: 1 }), store(8, 1024, { popPrev: 1, pushPrev: 1 }),
      makeInstruction('CONFIG', { ...CONFIG, popNext: 1, pushPrev: 1 }), load(8, 0, { popNext: 1 }), HALT,
    ]);
    expect(checkProgram(p)).toEqual([]);
  });

  it('reports a LOAD of DRAM bytes a STORE writes without ordering', () => {
    const p = program([CONFIG, load(0, 0, { pushNext: 1 }), pool(0, 8, { popPrev: 1, pushNext: 1 }), store(8, 1024, { popPrev: 1 }), makeInstruction('LOAD', { ...transfer, buffer: 'input', sramRow: 0, dramAddr: 1024, fill: 0, fillByte: 0 }), HALT]);
    expect(checkProgram(p)[0]!.message).toBe('instruction 4 (LOAD) reads DRAM byte 1024 before the STORE 3 writing it is known to be done');
  });

  it('reports a pop whose push comes later in the stream', () => {
    const p = program([CONFIG, pool(0, 8, { popPrev: 1 }), load(0, 0, { pushNext: 1 }), HALT]);
    expect(checkProgram(p)[0]).toEqual({ code: 'CHK002', message: 'instruction 1 (POOL) pops a load→compute token whose push comes later, at instruction 2' });
  });

  it('passes bounds problems through from isa/check/bounds', () => {
    const p = program([CONFIG, load(2047, 0), HALT]);
    expect(checkProgram(p)[0]!.code).toBe('ACC010');
  });
});
