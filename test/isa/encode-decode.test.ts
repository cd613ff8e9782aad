import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/diagnostics.js';
import { decodeProgram, decodeWord, readWord } from '../../isa/decode.js';
import { encodeProgram, encodeWord, writeWord } from '../../isa/encode.js';
import { fieldLayout, INSTRUCTION_BYTES, type Instruction } from '../../isa/instruction.js';
import { makeInstruction } from '../../isa/make-instruction.js';
import { ISA, OPCODES } from '../../isa/spec.js';
import { fieldRange } from '../../isa/spec-types.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { anyInstruction, instructionOf } from './arbitrary.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics[0]?.code;
    throw e;
  }
  return undefined;
}

const HALT: Instruction = { op: 'HALT', popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0 };

describe('spec invariants', () => {
  it('opcode codes are unique, non-zero and fit the opcode field; every layout fits the word', () => {
    const codes = OPCODES.map((op) => ISA.opcodes[op].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const op of OPCODES) {
      const code = ISA.opcodes[op].code;
      expect(code).toBeGreaterThan(0);
      expect(code).toBeLessThan(2 ** ISA.opcodeBits);
      const last = fieldLayout(op).at(-1)!;
      expect(last.offset + last.field.bits, op).toBeLessThanOrEqual(ISA.wordBits);
      const names = fieldLayout(op).map((p) => p.field.name);
      expect(new Set(names).size, op).toBe(names.length);
      for (const { field } of fieldLayout(op)) {
        const { min, max } = fieldRange(field);
        const widthMax = field.signed === true ? 2 ** (field.bits - 1) - 1 : 2 ** field.bits - 1;
        expect(max, `${op}.${field.name}`).toBeLessThanOrEqual(widthMax);
        expect(min, `${op}.${field.name}`).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe('encode/decode', () => {
  it('HALT is its opcode alone (hand-computed word)', () => {
    expect(encodeWord(HALT)).toBe(0x0bn);
  });

  it('places fields at the documented bits (hand-computed LOAD word)', () => {
    const load: Instruction = {
      op: 'LOAD', popPrev: 0, popNext: 1, pushPrev: 0, pushNext: 0, buffer: 'weight', sramRow: 3, sramByte: 0,
      bytesPerRow: 1, rows: 1, sramRowStride: 0, dramAddr: 0, dramRowStride: 0, repeat: 1, sramOuterStride: 0,
      dramOuterStride: 0, fill: 0, fillByte: 0,
    };
    // opcode 2 @0, popNext @7, buffer=1 @10, sramRow=3 @13, bytesPerRow=1 @45 (16 bits), rows=1 @61,
    // sramRowStride @77, dramAddr @93, dramRowStride @125, repeat=1 @157
    const expected = 2n | (1n << 7n) | (1n << 10n) | (3n << 13n) | (1n << 45n) | (1n << 61n) | (1n << 157n);
    expect(encodeWord(load)).toBe(expected);
    // ISA version 1 had a 13-bit bytesPerRow: the same LOAD was rows=1 @58, repeat=1 @154, and still reads.
    const v1 = 2n | (1n << 7n) | (1n << 10n) | (3n << 13n) | (1n << 45n) | (1n << 58n) | (1n << 154n);
    const bytes = new Uint8Array(INSTRUCTION_BYTES);
    writeWord(v1, bytes, 0);
    expect(decodeProgram(bytes, { isaVersion: 1 })).toEqual([load]);
    expect(() => decodeProgram(bytes, { isaVersion: 5 })).toThrow('ISA version 5 cannot be decoded');
  });

  it('reads ISA version 2 CONFIG words with the 2-bit mode field (version 3 widened it to 4 bits)', () => {
    // CONFIG: opcode 1 @0, four token flags @6..9, mode @10: version 2 put dataflow @12 and accBits @13,
    // version 3 puts them @14 and @15.
    const cfg = makeInstruction('CONFIG', {
      mode: 'w4a8', dataflow: 'os', accBits: 32, overflow: 'wrap', requantMode: 'pow2', actBits: 8, actSigned: 0, weightBits: 4,
    });
    const v3 = encodeWord(cfg);
    expect((v3 >> 10n) & 0xfn).toBe(3n);
    expect((v3 >> 14n) & 1n).toBe(1n);
    expect((v3 >> 15n) & 0x3fn).toBe(32n);
    const v2 = 1n | (3n << 10n) | (1n << 12n) | (32n << 13n) | (1n << 19n) | (1n << 20n) | (8n << 21n) | (0n << 25n) | (4n << 26n);
    const bytes = new Uint8Array(INSTRUCTION_BYTES);
    writeWord(v2, bytes, 0);
    expect(decodeProgram(bytes, { isaVersion: 2 })).toEqual([cfg]);
    expect(encodeWord(makeInstruction('CONFIG', { ...cfg, mode: 'w4a8-log' })) >> 10n & 0xfn).toBe(4n);
  });

  it('reads ISA version 1 words: COMPUTE without the window fields (0), no WINDOW or MOVE', () => {
    const compute = fc.sample(instructionOf('COMPUTE'), { seed: 9, numRuns: 1 })[0] as Record<string, unknown>;
    const old = { ...compute, window: 0, kOffset: 0, inputByte: 0, firstPixel: 0, tiles: 0, tileRowStride: 0, chunkEnd: 0, biasRow: 0 } as unknown as Instruction;
    const bytes = encodeProgram([old]);
    expect(decodeProgram(bytes, { isaVersion: 1 })).toEqual([old]);
    const move = fc.sample(instructionOf('MOVE'), { seed: 9, numRuns: 1 })[0]!;
    expect(() => decodeProgram(encodeProgram([move]), { isaVersion: 1 })).toThrow('unknown opcode 0xd in ISA version 1');
  });

  it('stores signed fields in two\'s complement', () => {
    const add = fc.sample(instructionOf('ADD'), { seed: 1, numRuns: 1 })[0] as Record<string, unknown>;
    const word = encodeWord({ ...add, aShift: -1 } as unknown as Instruction);
    const placed = fieldLayout('ADD').find((p) => p.field.name === 'aShift')!;
    expect(BigInt.asUintN(7, word >> BigInt(placed.offset))).toBe(127n);
    expect((decodeWord(word, 0, 0) as Record<string, unknown>)['aShift']).toBe(-1);
  });

  it('decode(encode(i)) ≡ i for every opcode and field (generated from the spec)', () => {
    fc.assert(
      fc.property(anyInstruction, (instr) => {
        const bytes = new Uint8Array(INSTRUCTION_BYTES);
        writeWord(encodeWord(instr), bytes, 0);
        const decoded = decodeWord(readWord(bytes, 0), 0, 0);
        expect(decoded).toEqual(instr);
        // Properties in one order per opcode (op, then the spec's fields): the simulator's reads see one shape.
        expect(Object.keys(decoded)).toEqual(['op', ...fieldLayout(instr.op).map(({ field }) => field.name)]);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(500) },
    );
  });

  it('round-trips whole programs, from a stream at any byte alignment (a view of aligned words, else a copy)', () => {
    fc.assert(
      fc.property(fc.array(anyInstruction, { maxLength: 8 }), fc.integer({ min: 0, max: 7 }), (prog, shift) => {
        const stream = encodeProgram(prog);
        const shifted = new Uint8Array(stream.length + shift);
        shifted.set(stream, shift);
        expect(decodeProgram(shifted.subarray(shift))).toEqual(prog);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(100) },
    );
  });

  it('rejects every field pushed one past either end of its range (ISA001)', () => {
    for (const op of OPCODES) {
      const base = fc.sample(instructionOf(op), { seed: 7, numRuns: 1 })[0] as Record<string, unknown>;
      for (const { field } of fieldLayout(op)) {
        if (field.enum !== undefined) {
          expect(codeOf(() => encodeWord({ ...base, [field.name]: 'nope' } as unknown as Instruction))).toBe('ISA001');
          continue;
        }
        const { min, max } = fieldRange(field);
        for (const bad of [min - 1, max + 1]) {
          expect(codeOf(() => encodeWord({ ...base, [field.name]: bad } as unknown as Instruction)), `${op}.${field.name}=${bad}`).toBe('ISA001');
        }
      }
    }
  });

  it('names opcode, field, value and range in the message', () => {
    const c = fc.sample(instructionOf('COMPUTE'), { seed: 3, numRuns: 1 })[0] as Record<string, unknown>;
    expect(() => encodeWord({ ...c, n: 65 } as unknown as Instruction, { index: 4 })).toThrow(
      'instruction 4 (COMPUTE): field n = 65 is out of range [1, 64] (7-bit unsigned)',
    );
  });

  it('rejects missing, unknown and non-integer fields (ISA002)', () => {
    expect(codeOf(() => encodeWord({ op: 'HALT', popPrev: 0, popNext: 0, pushPrev: 0 } as unknown as Instruction))).toBe('ISA002');
    expect(codeOf(() => encodeWord({ ...HALT, extra: 1 } as unknown as Instruction))).toBe('ISA002');
    expect(codeOf(() => encodeWord({ ...HALT, popPrev: 0.5 } as unknown as Instruction))).toBe('ISA002');
    expect(codeOf(() => encodeWord({ ...HALT, op: 'JUMP' } as unknown as Instruction))).toBe('ISA002');
  });

  it('decoding reports unknown opcodes, reserved enum values and reserved bits with index and byte offset', () => {
    expect(() => decodeWord(0n, 3, 96)).toThrow('instruction 3 at byte 0x60: unknown opcode 0x0');
    expect(() => decodeWord(0x3fn, 0, 0)).toThrow(/unknown opcode 0x3f/);
    const buffer = fieldLayout('STORE').find((p) => p.field.name === 'buffer')!;
    const store = fc.sample(instructionOf('STORE'), { seed: 5, numRuns: 1 })[0]!;
    const word = (encodeWord(store) & ~(7n << BigInt(buffer.offset))) | (7n << BigInt(buffer.offset)); // index 7: past the 5 buffers
    expect(() => decodeWord(word, 1, 32)).toThrow('instruction 1 at byte 0x20: STORE.buffer holds reserved value 7 (valid: input, weight, accumulator, param, output)');
    expect(() => decodeWord(0x0bn | (1n << 200n), 2, 64)).toThrow(/HALT has non-zero reserved bits above bit 9/);
    const bytes = encodeProgram([HALT, HALT]);
    bytes[INSTRUCTION_BYTES] = 0;
    expect(() => decodeProgram(bytes, { baseOffset: 0x100 })).toThrow('instruction 1 at byte 0x120: unknown opcode 0x0');
    expect(codeOf(() => decodeProgram(new Uint8Array(5)))).toBe('ISA006');
  });
});

/** The plain BigInt reading of a word, field by field (what decodeWord's byte arithmetic must equal). */
function bigintFields(word: bigint): Record<string, unknown> | 'unknown-opcode' {
  const op = OPCODES.find((o) => BigInt(ISA.opcodes[o].code) === BigInt.asUintN(ISA.opcodeBits, word));
  if (op === undefined) return 'unknown-opcode';
  const out: Record<string, unknown> = { op };
  for (const { field, offset } of fieldLayout(op)) {
    const raw = BigInt.asUintN(field.bits, word >> BigInt(offset));
    const n = Number(field.signed === true ? BigInt.asIntN(field.bits, raw) : raw);
    out[field.name] = field.enum !== undefined ? (field.enum[n] ?? `reserved ${n}`) : n;
  }
  return out;
}

describe('decoding arbitrary words', () => {
  it('equals the BigInt field-by-field reading, or rejects exactly the words it says are invalid', () => {
    const codes = OPCODES.map((op) => ISA.opcodes[op].code);
    const words = fc.tuple(fc.constantFrom(...codes), fc.bigInt({ min: 0n, max: 2n ** BigInt(ISA.wordBits - ISA.opcodeBits) - 1n }), fc.nat(ISA.wordBits))
      // Keep the bits below a random cut: most words then have clear reserved bits and reach the field checks.
      .map(([code, rest, cut]) => BigInt(code) | (BigInt.asUintN(Math.max(0, cut - ISA.opcodeBits), rest) << BigInt(ISA.opcodeBits)));
    fc.assert(fc.property(words, (word) => {
      const bytes = new Uint8Array(INSTRUCTION_BYTES);
      writeWord(word, bytes, 0);
      expect(readWord(bytes, 0)).toBe(word);
      const expected = bigintFields(word);
      const code = codeOf(() => decodeProgram(bytes));
      if (code === undefined) {
        expect(decodeProgram(bytes)[0]).toEqual(expected);
      } else {
        expect(['ISA004', 'ISA005']).toContain(code);
        if (code === 'ISA004' && expected !== 'unknown-opcode') {
          const op = expected['op'] as (typeof OPCODES)[number];
          const bad = fieldLayout(op).some(({ field }) => {
            const v = expected[field.name];
            const { min, max } = fieldRange(field);
            return typeof v === 'string' ? v.startsWith('reserved') : (v as number) < min || (v as number) > max;
          });
          expect(bad).toBe(true);
        }
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(300) });
  });
});
