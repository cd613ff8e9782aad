// Little-endian fixed-width words → Instruction, generic over the field table of isa/spec.ts.
// Every failure names the instruction index and its byte offset in the stream.
import { fail } from '../core/diagnostics.js';
import { INSTRUCTION_BYTES, wordLayout, type Instruction, type PlacedField, type WordLayout } from './instruction.js';
import { ISA } from './spec.js';
import { fieldRange } from './spec-types.js';

/** Where the stream came from, and where it starts inside its file (for byte offsets in messages). */
export interface DecodeContext {
  readonly file?: string;
  /** Byte offset of the stream's first word inside the file (default 0). */
  readonly baseOffset?: number;
  /** The ISA version the words were written in (default: the current one; see LEGACY_ISA_LAYOUTS). */
  readonly isaVersion?: number;
}

const CURRENT = wordLayout()!;

/** Reads the INSTRUCTION_BYTES-byte little-endian word at `offset`. */
export function readWord(bytes: Uint8Array, offset: number): bigint {
  let word = 0n;
  for (let b = INSTRUCTION_BYTES - 1; b >= 0; b--) word = (word << 8n) | BigInt(bytes[offset + b] ?? 0);
  return word;
}

/** A placed field with what decoding needs precomputed (its range, its byte span). */
interface FieldReader {
  readonly name: string;
  readonly offset: number;
  readonly bits: number;
  readonly signed: boolean;
  readonly enumValues: readonly string[] | undefined;
  readonly min: number;
  readonly max: number;
}

/** Per layout and opcode: the field readers in word order and the first reserved bit. Built once. */
const READERS = new WeakMap<WordLayout, Map<string, OpReader>>();

/** How to decode one opcode: field readers, the first reserved bit, and a template of the result. */
interface OpReader {
  readonly fields: readonly FieldReader[];
  readonly used: number;
  /**
   * A fast-mode object with every property of the result in its final order (op first, then the fields in
   * the current spec order, legacy-absent ones 0). Each word clones it and overwrites the values: the clone
   * shares the template's hidden class, where building by computed-name stores makes a slow dictionary
   * object (the simulator reads these fields ~10 times per instruction), and cloning is ~3x faster than
   * building and copying.
   */
  readonly template: Readonly<Record<string, unknown>>;
}

function readersOf(layout: WordLayout, op: string): OpReader {
  let perOp = READERS.get(layout);
  if (perOp === undefined) READERS.set(layout, (perOp = new Map()));
  let r = perOp.get(op);
  if (r === undefined) {
    const placed: readonly PlacedField[] = layout.layouts.get(op as never)!;
    const fields = placed.map(({ field, offset }) => ({ name: field.name, offset, bits: field.bits, signed: field.signed === true, enumValues: field.enum, ...fieldRange(field) }));
    const last = placed[placed.length - 1];
    const shape: Record<string, unknown> = { op };
    for (const { field } of CURRENT.layouts.get(op as never)!) shape[field.name] = 0;
    r = { fields, used: last === undefined ? ISA.opcodeBits : last.offset + last.field.bits, template: { ...shape } };
    perOp.set(op, r);
  }
  return r;
}

/**
 * Bits [offset, offset + bits) of the little-endian word at byte `base`, unsigned. Plain numbers, not
 * BigInt: fields are at most 31 bits, so the ≤ 5 bytes covering one fit a double exactly; the common cases
 * (a field inside one byte, or byte-aligned) avoid the division.
 */
function bitsAt(bytes: Uint8Array, base: number, offset: number, bits: number): number {
  const first = offset >> 3;
  const shift = offset & 7;
  if (shift + bits <= 8) return (bytes[base + first]! >> shift) & ((1 << bits) - 1);
  let v = 0;
  for (let b = (offset + bits - 1) >> 3; b >= first; b--) v = v * 256 + bytes[base + b]!;
  return (shift === 0 ? v : Math.floor(v / (1 << shift))) % 2 ** bits;
}

/** True when every bit of the word at `base` from bit `from` upward is zero (the reserved bits). */
function zeroFrom(bytes: Uint8Array, base: number, from: number): boolean {
  const byte = from >> 3;
  if (byte >= INSTRUCTION_BYTES) return true;
  if (bytes[base + byte]! >> (from & 7) !== 0) return false;
  for (let b = byte + 1; b < INSTRUCTION_BYTES; b++) if (bytes[base + b] !== 0) return false;
  return true;
}

/** Decodes the word at byte `base` of `bytes` (the stream's own bytes: no copy, no BigInt). */
function decodeAt(bytes: Uint8Array, base: number, index: number, byteOffset: number, file: string | undefined, layout: WordLayout): Instruction {
  const where = () => `instruction ${index} at byte 0x${byteOffset.toString(16)}`;
  const loc = file === undefined ? {} : { file };
  const code = bitsAt(bytes, base, 0, ISA.opcodeBits);
  const op = layout.byCode.get(code);
  if (op === undefined) fail('ISA003', `${where()}: unknown opcode 0x${code.toString(16)}${layout === CURRENT ? '' : ` in ISA version ${layout.version}`}`, loc);
  const { fields, used, template } = readersOf(layout, op);
  const result: Record<string, unknown> = { ...template };
  for (const f of fields) {
    let n = bitsAt(bytes, base, f.offset, f.bits);
    if (f.signed && n >= 2 ** (f.bits - 1)) n -= 2 ** f.bits;
    if (f.enumValues !== undefined) {
      if (n > f.max) fail('ISA004', `${where()}: ${op}.${f.name} holds reserved value ${n} (valid: ${f.enumValues.join(', ')})`, loc);
      result[f.name] = f.enumValues[n];
    } else {
      if (n < f.min || n > f.max) fail('ISA004', `${where()}: ${op}.${f.name} = ${n} is outside [${f.min}, ${f.max}]`, loc);
      result[f.name] = n;
    }
  }
  if (!zeroFrom(bytes, base, used)) fail('ISA005', `${where()}: ${op} has non-zero reserved bits above bit ${used - 1}`, loc);
  return result as unknown as Instruction;
}

/**
 * Decodes one word (of ISA version `layout`, current by default); `index` and `byteOffset` only feed error
 * messages (ISA003/ISA004/ISA005). Fields a legacy version lacks decode as 0. Bits of `word` above the
 * word width are reserved too.
 */
export function decodeWord(word: bigint, index: number, byteOffset: number, file?: string, layout: WordLayout = CURRENT): Instruction {
  if (word >> BigInt(8 * INSTRUCTION_BYTES) !== 0n) {
    fail('ISA005', `instruction ${index} at byte 0x${byteOffset.toString(16)}: non-zero bits above the ${8 * INSTRUCTION_BYTES}-bit word`, file === undefined ? {} : { file });
  }
  const bytes = new Uint8Array(INSTRUCTION_BYTES);
  for (let b = 0; b < INSTRUCTION_BYTES; b++) bytes[b] = Number(BigInt.asUintN(8, word >> BigInt(8 * b)));
  return decodeAt(bytes, 0, index, byteOffset, file, layout);
}

/** Decodes a whole stream; its length must be a multiple of INSTRUCTION_BYTES. */
export function decodeProgram(bytes: Uint8Array, ctx: DecodeContext = {}): Instruction[] {
  const base = ctx.baseOffset ?? 0;
  if (bytes.length % INSTRUCTION_BYTES !== 0) {
    const loc = ctx.file === undefined ? {} : { file: ctx.file };
    fail('ISA006', `instruction stream of ${bytes.length} bytes is not a multiple of ${INSTRUCTION_BYTES}-byte words`, loc);
  }
  const layout = wordLayout(ctx.isaVersion);
  if (layout === undefined) fail('ACC003', `ISA version ${ctx.isaVersion} cannot be decoded`, ctx.file === undefined ? {} : { file: ctx.file });
  const out: Instruction[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; offset += INSTRUCTION_BYTES, i++) {
    out.push(decodeAt(bytes, offset, i, base + offset, ctx.file, layout));
  }
  return out;
}
