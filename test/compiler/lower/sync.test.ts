// The generic token pass (compiler/lower/sync.ts) on hand-made streams: the tokens it places for each
// kind of cross-queue hazard, relays between the load and store queues, CONFIG fences, the token-depth
// bound, and the layer table the emitter rebuilds around inserted instructions. Every result must also
// pass the independent static checker (isa/check/).
import { describe, expect, it } from 'vitest';
import { Emitter, newTile, push } from '../../../compiler/lower/emit.js';
import { placeTokens, type StreamItem } from '../../../compiler/lower/sync.js';
import { checkProgram } from '../../../isa/check/index.js';
import { defaultHwConfig, type HwConfig } from '../../../isa/hw-config.js';
import type { Instruction } from '../../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../../isa/make-instruction.js';
import { formatInstruction } from '../../../isa/assembly.js';

const CONFIG: InstructionFields<'CONFIG'> = { mode: 'int8', dataflow: 'ws', accBits: 32, overflow: 'wrap', requantMode: 'm0shift', actBits: 8, actSigned: 0, weightBits: 8 };
const T = { sramByte: 0, bytesPerRow: 16, rows: 1, sramRowStride: 1, dramRowStride: 16, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 };
const ADD = { rows: 1, elems: 16, aMultiplier: 0, aShift: 0, bMultiplier: 0, bShift: 0, outMultiplier: 0, outShift: 0, leftShift: 0, aZero: 0, bZero: 0, outZero: 0, qmin: 0, qmax: 255, bits: 8, signed: 0 };

const load = (buffer: 'output' | 'input', row: number, dramAddr = 0x1000) => makeInstruction('LOAD', { ...T, buffer, sramRow: row, dramAddr, fill: 0, fillByte: 0 });
const store = (row: number, dramAddr: number) => makeInstruction('STORE', { ...T, buffer: 'output', sramRow: row, dramAddr });
const add = (a: number, dst: number) => makeInstruction('ADD', { ...ADD, aRow: a, bRow: a, dstRow: dst });
const config = () => makeInstruction('CONFIG', CONFIG);
const halt = () => makeInstruction('HALT', {});

/** Places tokens, checks the program statically, and returns "OP flags" per instruction. */
function sync(instrs: Instruction[], hw: HwConfig = defaultHwConfig()): string[] {
  const { stream } = placeTokens(instrs.map((instr): StreamItem => ({ instr, comments: [] })), hw);
  const instructions = stream.map((s) => s.instr);
  expect(checkProgram({ hwConfig: hw, instructions, dramImage: new Uint8Array(0x4000), tensors: [], layers: [] })).toEqual([]);
  return instructions.map((i) => formatInstruction(i).split(' ').filter((f, k) => k === 0 || /^(pop|push)\w+=1$/.test(f)).map((f) => f.replace('=1', '')).join(' '));
}

describe('placeTokens', () => {
  it('orders a read after a write across queues (load → compute → store)', () => {
    expect(sync([config(), load('output', 0), add(0, 1), store(1, 0x2000), halt()])).toEqual([
      'CONFIG', 'LOAD pushNext', 'ADD popPrev pushNext', 'STORE popPrev', 'HALT',
    ]);
  });

  it('orders a write after a read: a LOAD into rows the vector unit still reads waits for it', () => {
    expect(sync([config(), load('output', 0), add(0, 1), load('output', 0, 0x1100), add(0, 2), halt()])).toEqual([
      'CONFIG', 'LOAD pushNext', 'ADD popPrev pushPrev', 'LOAD popNext pushNext', 'ADD popPrev', 'HALT',
    ]);
  });

  it('places no token between independent instructions', () => {
    expect(sync([config(), load('output', 0), load('output', 1), add(5, 6), store(7, 0x2000), halt()])).toEqual([
      'CONFIG', 'LOAD', 'LOAD', 'ADD', 'STORE', 'HALT',
    ]);
  });

  it('drops what an earlier pop already implies (queues run in order)', () => {
    // The first ADD reads both LOADs' rows: its pop of the later LOAD covers the second ADD's read of row 0.
    const both = makeInstruction('ADD', { ...ADD, aRow: 0, bRow: 1, dstRow: 8 });
    expect(sync([config(), load('output', 0), load('output', 1), both, add(0, 9), halt()])).toEqual([
      'CONFIG', 'LOAD', 'LOAD pushNext', 'ADD popPrev', 'ADD', 'HALT',
    ]);
  });

  it('relays a DRAM read-after-write from the store queue to the load queue through a compute instruction', () => {
    expect(sync([config(), load('output', 0), add(0, 1), store(1, 0x2000), add(5, 6), load('output', 2, 0x2000), halt()])).toEqual([
      'CONFIG', 'LOAD pushNext', 'ADD popPrev pushNext', 'STORE popPrev pushPrev', 'ADD popNext pushPrev', 'LOAD popNext', 'HALT',
    ]);
  });

  it('inserts a CONFIG as the relay when no compute instruction lies between the STORE and the LOAD', () => {
    expect(sync([config(), load('output', 0), add(0, 1), store(1, 0x2000), load('output', 2, 0x2000), halt()])).toEqual([
      'CONFIG', 'LOAD pushNext', 'ADD popPrev pushNext', 'STORE popPrev pushPrev', 'CONFIG popNext pushPrev', 'LOAD popNext', 'HALT',
    ]);
  });

  it('fences with a CONFIG when one LOAD must wait for both the array and the vector unit', () => {
    // A DEPTHWISE (vector unit) and a COMPUTE (array) read input row 0; a LOAD then overwrites it.
    const dw = makeInstruction('DEPTHWISE', { srcRow: 0, weightRow: 0, accRow: 0, channels: 16, inH: 1, inW: 1, kernelH: 1, kernelW: 1, strideH: 1, strideW: 1, accumulate: 0 });
    const lw = makeInstruction('LOAD_WEIGHTS', { weightRow: 16, k: 16, n: 16 });
    const mm = makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 8, m: 1, k: 16, n: 16, accumulate: 0 });
    expect(sync([config(), load('input', 0), dw, lw, mm, load('input', 0, 0x1100), halt()])).toEqual([
      'CONFIG', 'LOAD pushNext', 'DEPTHWISE popPrev', 'LOAD_WEIGHTS', 'COMPUTE', 'CONFIG pushPrev', 'LOAD popNext', 'HALT',
    ]);
  });

  it('needs one fence for an old array reader: a later consumer of it waits only for its own producer', () => {
    // A COMPUTE reads input rows 0 and 1; DEPTHWISEs read row 0 and row 1; LOADs overwrite row 0, then row 1.
    // The first LOAD needs both units (a CONFIG); the second needs the COMPUTE, which that CONFIG already
    // waited for, and the second DEPTHWISE, whose own push suffices: no second CONFIG holding the array idle.
    const dw = (row: number) => makeInstruction('DEPTHWISE', { srcRow: row, weightRow: 0, accRow: 4 + row, channels: 16, inH: 1, inW: 1, kernelH: 1, kernelW: 1, strideH: 1, strideW: 1, accumulate: 0 });
    const lw = makeInstruction('LOAD_WEIGHTS', { weightRow: 16, k: 16, n: 16 });
    const mm = makeInstruction('COMPUTE', { inputRow: 0, inputRowStride: 1, weightRow: 0, accRow: 8, m: 2, k: 16, n: 16, accumulate: 0 });
    expect(sync([config(), load('input', 0), load('input', 1, 0x1010), lw, mm, dw(0), load('input', 0, 0x1100), dw(1), load('input', 1, 0x1110), halt()])).toEqual([
      'CONFIG', 'LOAD', 'LOAD pushNext', 'LOAD_WEIGHTS', 'COMPUTE popPrev', 'DEPTHWISE', 'CONFIG pushPrev', 'LOAD popNext', 'DEPTHWISE pushPrev', 'LOAD popNext', 'HALT',
    ]);
  });

  it('never holds more tokens in a channel than queues.tokenDepth', () => {
    const hw = defaultHwConfig();
    hw.queues.tokenDepth = 2;
    // Five LOADs, then five ADDs each reading one: precise tokens would hold five at once.
    const instrs = [config(), ...[0, 1, 2, 3, 4].map((r) => load('output', r, 0x1000 + 16 * r)), ...[0, 1, 2, 3, 4].map((r) => add(r, 10 + r)), halt()];
    const out = sync(instrs, hw);
    expect(out.filter((s) => s.includes('pushNext')).length).toBeLessThanOrEqual(2);
    expect(out.slice(6, 11).filter((s) => s.includes('popPrev')).length).toBe(out.filter((s) => s.includes('pushNext')).length);
  });
});

describe('Emitter', () => {
  it('pipelines loads one tile ahead and records each layer’s instruction range', () => {
    const e = new Emitter();
    const tile = (k: number) => {
      const t = newTile(`${k}`);
      push(t.loads, 'LOAD', { ...T, buffer: 'output', sramRow: 2 * k, dramAddr: 0x1000 + 16 * k, fill: 0, fillByte: 0 });
      push(t.computes, 'ADD', { ...ADD, aRow: 2 * k, bRow: 2 * k, dstRow: 100 + k });
      push(t.stores, 'STORE', { ...T, buffer: 'output', sramRow: 100 + k, dramAddr: 0x2000 + 16 * k });
      return t;
    };
    e.beginLayer('a', CONFIG, 'x');
    e.addTile(tile(0));
    e.addTile(tile(1));
    e.beginLayer('b', CONFIG, 'y');
    e.addTile(tile(2));
    const { instructions, layers } = e.finish(defaultHwConfig());
    // The second layer repeats the configuration: no CONFIG of its own.
    expect(instructions.map((i) => i.op)).toEqual(['CONFIG', 'LOAD', 'LOAD', 'ADD', 'STORE', 'ADD', 'STORE', 'LOAD', 'ADD', 'STORE', 'HALT']);
    expect(layers).toEqual([
      { name: 'a', firstInstruction: 0, instructionCount: 7 },
      { name: 'b', firstInstruction: 7, instructionCount: 4 },
    ]);
  });
});
