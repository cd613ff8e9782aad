// Instruction → little-endian fixed-width words, generic over the field table of isa/spec.ts.
// BigInt carries the whole word, so fields wider than 32 bits and signed fields need no special cases.
import { fail } from '../core/diagnostics.js';
import { fieldLayout, INSTRUCTION_BYTES, isOpcode, type Instruction } from './instruction.js';
import { ISA } from './spec.js';
import { fieldRange, type FieldSpec } from './spec-types.js';

/** Where an instruction sits, for messages (index in the stream, optional source location). */
export interface EncodeContext {
  readonly index?: number;
  readonly file?: string;
}

/** The numeric field value of `value` (enum name → index), range-checked; throws ISA001/ISA002. */
export function fieldToNumber(op: string, field: FieldSpec, value: unknown, ctx: EncodeContext = {}): number {
  const where = ctx.index === undefined ? op : `instruction ${ctx.index} (${op})`;
  if (field.enum !== undefined) {
    const idx = typeof value === 'string' ? field.enum.indexOf(value) : -1;
    if (idx < 0) {
      fail('ISA001', `${where}: field ${field.name} = ${String(value)} is not one of ${field.enum.join(', ')}`, loc(ctx));
    }
    return idx;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail('ISA002', `${where}: field ${field.name} must be an integer, got ${JSON.stringify(value)}`, loc(ctx));
  }
  const { min, max } = fieldRange(field);
  if (value < min || value > max) {
    const kind = `${field.bits}-bit ${field.signed === true ? 'signed' : 'unsigned'}`;
    fail('ISA001', `${where}: field ${field.name} = ${value} is out of range [${min}, ${max}] (${kind})`, loc(ctx));
  }
  return value;
}

function loc(ctx: EncodeContext): { file?: string } {
  return ctx.file === undefined ? {} : { file: ctx.file };
}

/** Encodes one instruction as a BigInt word (bit 0 = least significant bit of byte 0). */
export function encodeWord(instr: Instruction, ctx: EncodeContext = {}): bigint {
  const op: string = instr.op;
  if (!isOpcode(op)) fail('ISA002', `unknown opcode ${JSON.stringify(op)}`, loc(ctx));
  const record = instr as unknown as Record<string, unknown>;
  const layout = fieldLayout(op);
  const known = new Set(layout.map((p) => p.field.name));
  for (const key of Object.keys(record)) {
    if (key !== 'op' && !known.has(key)) fail('ISA002', `${op}: unknown field ${key}`, loc(ctx));
  }
  let word = BigInt(ISA.opcodes[op].code);
  for (const { field, offset } of layout) {
    if (!(field.name in record)) fail('ISA002', `${op}: missing field ${field.name}`, loc(ctx));
    const n = fieldToNumber(op, field, record[field.name], ctx);
    word |= BigInt.asUintN(field.bits, BigInt(n)) << BigInt(offset);
  }
  return word;
}

/** Writes `word` little-endian into `out` at byte `offset` (INSTRUCTION_BYTES bytes). */
export function writeWord(word: bigint, out: Uint8Array, offset: number): void {
  let w = word;
  for (let b = 0; b < INSTRUCTION_BYTES; b++) {
    out[offset + b] = Number(w & 0xffn);
    w >>= 8n;
  }
}

/** Encodes a whole instruction stream: INSTRUCTION_BYTES bytes per instruction, in order. */
export function encodeProgram(instrs: readonly Instruction[], file?: string): Uint8Array {
  const out = new Uint8Array(instrs.length * INSTRUCTION_BYTES);
  instrs.forEach((instr, index) => {
    const ctx: EncodeContext = file === undefined ? { index } : { index, file };
    writeWord(encodeWord(instr, ctx), out, index * INSTRUCTION_BYTES);
  });
  return out;
}
