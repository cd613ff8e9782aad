import { describe, expect, it } from 'vitest';
import {
  dispatchInstruction, fieldLayout, opcodeByCode, queueOf, unitOf, usedBits, type InstructionHandlers,
} from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import { ISA, OPCODES } from '../../isa/spec.js';
import type { OpcodeSpec } from '../../isa/spec-types.js';

describe('instruction helpers', () => {
  it('dispatches on op with a handler per opcode', () => {
    const handlers: InstructionHandlers<string> = {
      CONFIG: (i) => i.mode, LOAD: (i) => i.buffer, STORE: (i) => i.buffer, LOAD_WEIGHTS: (i) => `k${i.k}`,
      COMPUTE: (i) => `m${i.m}`, REQUANT: (i) => `n${i.n}`, POOL: (i) => i.kind, ADD: (i) => `e${i.elems}`,
      PACK: (i) => `t${i.threshold}`, DEPTHWISE: (i) => `c${i.channels}`, HALT: () => 'halt',
      WINDOW: (i) => `w${i.outW}`, LUT: (i) => `l${i.tableRow}`, MOVE: (i) => `${i.srcBuffer}>${i.dstBuffer}`,
      CVT_IN: (i) => i.element, CVT_OUT: (i) => i.kind, FPOOL: (i) => `f${i.kind}`, FADD: (i) => i.clamp,
    };
    expect(dispatchInstruction(handlers, makeInstruction('LOAD_WEIGHTS', { weightRow: 0, k: 7, n: 1 }))).toBe('k7');
    expect(dispatchInstruction(handlers, makeInstruction('HALT', {}))).toBe('halt');
    // @ts-expect-error a table without HALT does not compile
    const partial: InstructionHandlers<string> = { ...handlers, HALT: undefined };
    expect(partial.CONFIG).toBe(handlers.CONFIG);
  });

  it('exposes queues, codes and layouts from the spec', () => {
    expect(queueOf('LOAD')).toBe('load');
    expect(queueOf('STORE')).toBe('store');
    expect(queueOf('REQUANT')).toBe('compute');
    for (const op of OPCODES) expect(opcodeByCode(ISA.opcodes[op].code)).toBe(op);
    expect(opcodeByCode(0)).toBeUndefined();
    expect(usedBits('HALT')).toBe(10);
    expect(OPCODES.map((op) => unitOf(op))).toEqual([
      'control', 'dma-load', 'dma-store', 'array', 'array', 'vector', 'vector', 'vector', 'vector', 'vector', 'control', 'dma-store', 'vector', 'control',
      'vector', 'vector', 'vector', 'vector',
    ]);
    const spec = { code: 1, summary: '', fields: [], semantics: '' };
    // @ts-expect-error the load queue feeds only the load DMA: a unit of another queue does not compile
    const misplaced: OpcodeSpec = { ...spec, queue: 'load', unit: 'vector' };
    // @ts-expect-error every opcode names its unit
    const unplaced: OpcodeSpec = { ...spec, queue: 'compute' };
    expect([misplaced.queue, unplaced.queue]).toEqual(['load', 'compute']);
    expect(fieldLayout('LOAD_WEIGHTS').map((p) => [p.field.name, p.offset])).toEqual([
      ['popPrev', 6], ['popNext', 7], ['pushPrev', 8], ['pushNext', 9], ['weightRow', 10], ['k', 30], ['n', 43],
    ]);
  });
});
