// The token protocol the emitter places (emit.ts header): software-pipelined tiles and layer barriers.
import { describe, expect, it } from 'vitest';
import { Emitter, newTile, push } from '../../../compiler/lower/emit.js';
import type { InstructionFields } from '../../../isa/make-instruction.js';
import { formatInstruction } from '../../../isa/assembly.js';

const CONFIG: InstructionFields<'CONFIG'> = { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 };
const T = { sramByte: 0, bytesPerRow: 16, rows: 1, sramRowStride: 1, dramAddr: 0, dramRowStride: 16, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };

function tile(k: number) {
  const t = newTile(`${k}`);
  push(t.loads, 'LOAD', { ...T, buffer: 'output', sramRow: k, fill: 0, fillByte: 0 });
  push(t.computes, 'ADD', {
    aRow: k, bRow: k, dstRow: 100 + k, rows: 1, elems: 16, aMultiplier: 0, aShift: 0, bMultiplier: 0, bShift: 0,
    outMultiplier: 0, outShift: 0, leftShift: 0, aZero: 0, bZero: 0, outZero: 0, qmin: 0, qmax: 255, bits: 8, signed: 0,
  });
  push(t.stores, 'STORE', { ...T, buffer: 'output', sramRow: 100 + k });
  return t;
}

/** op and token flags of each instruction, e.g. "ADD popPrev pushNext". */
function summary(e: Emitter): string[] {
  return e.finish().instructions.map((i) => formatInstruction(i).split(' ').filter((f, k) => k === 0 || /^(pop|push)\w+=1$/.test(f)).map((f) => f.replace('=1', '')).join(' '));
}

describe('Emitter', () => {
  it('pipelines loads one tile ahead and hands buffer halves back two tiles later', () => {
    const e = new Emitter();
    e.beginLayer('a', CONFIG, 'three tiles');
    for (let k = 0; k < 3; k++) e.addTile(tile(k));
    expect(summary(e)).toEqual([
      'CONFIG',
      'LOAD pushNext', // tile 0
      'LOAD pushNext', // tile 1 (loaded while tile 0 computes)
      'ADD popPrev pushPrev pushNext', // tile 0: frees its half for tile 2
      'STORE popPrev pushPrev',
      'LOAD popNext pushNext', // tile 2 waits for tile 0's half
      'ADD popPrev pushNext', // tile 1: no tile 3, no credit
      'STORE popPrev pushPrev',
      'ADD popPrev popNext pushNext', // tile 2 reuses tile 0's output half: waits for its store
      'STORE popPrev pushPrev',
      'CONFIG popNext', // drain: the last two stores' tokens are popped, no channel is left holding any
      'CONFIG popNext',
      'HALT',
    ]);
  });

  it('drains the stores at a layer boundary before the next layer loads', () => {
    const e = new Emitter();
    e.beginLayer('a', CONFIG, 'two tiles');
    e.addTile(tile(0));
    e.addTile(tile(1));
    e.beginLayer('b', CONFIG, 'one tile');
    e.addTile(tile(2));
    // Two stores outstanding: two pops from the store queue, then one token to the load queue.
    expect(summary(e).slice(7, 10)).toEqual(['CONFIG popNext', 'CONFIG popNext pushPrev', 'LOAD popNext pushNext']);
  });

  it('records each layer’s instruction range', () => {
    const e = new Emitter();
    e.beginLayer('a', CONFIG, 'x');
    e.addTile(tile(0));
    e.beginLayer('b', CONFIG, 'y');
    e.addTile(tile(1));
    expect(e.finish().layers).toEqual([
      { name: 'a', firstInstruction: 0, instructionCount: 4 },
      { name: 'b', firstInstruction: 4, instructionCount: 4 },
    ]);
  });
});
