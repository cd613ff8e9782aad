// Little-endian fixed-width words → Instruction, generic over the field table of isa/spec.ts.
// Every failure names the instruction index and its byte offset in the stream.
import { assert, fail } from '../core/diagnostics.js';
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

/** A placed field with what decoding needs precomputed: its 32-bit word, shift and mask, its range. */
interface FieldReader {
  readonly name: string;
  /** Index of the little-endian 32-bit word holding the field's low bit, and the bit within it. */
  readonly word: number;
  readonly shift: number;
  /** Masks of the bits in the low word (−1: all of them up to bit 31) and, when the field crosses into the
   *  next word, of the rest there. */
  readonly lowMask: number;
  readonly highMask: number;
  /** 2^(bits in the low word): what a high-word bit is worth. */
  readonly highScale: number;
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
  /** The reserved bits as a mask of the 32-bit word holding bit `used` (the words above are all reserved). */
  readonly reservedWord: number;
  readonly reservedMask: number;
  /**
   * A fast-mode object with every property of the result in its final order (op first, then the fields in
   * the current spec order, legacy-absent ones 0). Each word clones it and overwrites the values: the clone
   * shares the template's hidden class, where building by computed-name stores makes a slow dictionary
   * object (the simulator reads these fields ~10 times per instruction), and cloning is ~3x faster than
   * building and copying.
   */
  readonly template: Readonly<Record<string, unknown>>;
}

const WORDS = INSTRUCTION_BYTES / 4;

function readersOf(layout: WordLayout, op: string): OpReader {
  let perOp = READERS.get(layout);
  if (perOp === undefined) READERS.set(layout, (perOp = new Map()));
  let r = perOp.get(op);
  if (r === undefined) {
    const placed: readonly PlacedField[] = layout.layouts.get(op as never)!;
    const fields = placed.map(({ field, offset }): FieldReader => {
      // Fields are at most 32 bits (DRAM addresses), so a field spans at most two 32-bit words and its value
      // is an exact double.
      assert(field.bits <= 32, `field ${op}.${field.name} is wider than 32 bits`);
      const shift = offset & 31;
      const low = Math.min(field.bits, 32 - shift);
      return {
        // lowMask −1: the field reaches the word's top bit, which `>>>` alone isolates (unsigned).
        name: field.name, word: offset >> 5, shift, lowMask: low === 32 - shift ? -1 : (1 << low) - 1, highMask: (1 << (field.bits - low)) - 1,
        highScale: 2 ** low, bits: field.bits, signed: field.signed === true, enumValues: field.enum, ...fieldRange(field),
      };
    });
    const last = placed[placed.length - 1];
    const shape: Record<string, unknown> = { op };
    for (const { field } of CURRENT.layouts.get(op as never)!) shape[field.name] = 0;
    const used = last === undefined ? ISA.opcodeBits : last.offset + last.field.bits;
    r = { fields, used, reservedWord: used >> 5, reservedMask: (used & 31) === 0 ? -1 : ~((1 << (used & 31)) - 1), template: { ...shape } };
    perOp.set(op, r);
  }
  return r;
}

/** Where a decode error is (built only when there is one). */
function failAt(code: 'ISA003' | 'ISA004' | 'ISA005', index: number, byteOffset: number, file: string | undefined, message: string): never {
  return fail(code, `instruction ${index} at byte 0x${byteOffset.toString(16)}: ${message}`, file === undefined ? {} : { file });
}

/**
 * Decodes the word held in `w` (its INSTRUCTION_BYTES / 4 little-endian 32-bit words). The stream is read a
 * 32-bit word at a time and each field is one or two shifts and masks: ResNet-18's 127 k words decode in a
 * fraction of the time a byte-by-byte walk took.
 */
function decodeWords(w: Uint32Array, index: number, byteOffset: number, file: string | undefined, layout: WordLayout): Instruction {
  const code = w[0]! & ((1 << ISA.opcodeBits) - 1);
  const op = layout.byCode.get(code);
  if (op === undefined) failAt('ISA003', index, byteOffset, file, `unknown opcode 0x${code.toString(16)}${layout === CURRENT ? '' : ` in ISA version ${layout.version}`}`);
  const { fields, reservedWord, reservedMask, used, template } = readersOf(layout, op);
  const result: Record<string, unknown> = { ...template };
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j]!;
    let n = f.lowMask === -1 ? w[f.word]! >>> f.shift : (w[f.word]! >>> f.shift) & f.lowMask;
    if (f.highMask !== 0) n += (w[f.word + 1]! & f.highMask) * f.highScale;
    if (f.signed && n >= 2 ** (f.bits - 1)) n -= 2 ** f.bits;
    if (f.enumValues !== undefined) {
      if (n > f.max) failAt('ISA004', index, byteOffset, file, `${op}.${f.name} holds reserved value ${n} (valid: ${f.enumValues.join(', ')})`);
      result[f.name] = f.enumValues[n];
    } else {
      if (n < f.min || n > f.max) failAt('ISA004', index, byteOffset, file, `${op}.${f.name} = ${n} is outside [${f.min}, ${f.max}]`);
      result[f.name] = n;
    }
  }
  let reserved = reservedWord < WORDS ? w[reservedWord]! & reservedMask : 0;
  for (let k = reservedWord + 1; k < WORDS; k++) reserved |= w[k]!;
  if (reserved !== 0) failAt('ISA005', index, byteOffset, file, `${op} has non-zero reserved bits above bit ${used - 1}`);
  return result as unknown as Instruction;
}

/** Reads the word at byte `base` of `bytes` into `into` (little-endian 32-bit words). */
function loadWords(view: DataView, base: number, into: Uint32Array): Uint32Array {
  for (let k = 0; k < WORDS; k++) into[k] = view.getUint32(base + 4 * k, true);
  return into;
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
  const w = new Uint32Array(WORDS);
  for (let k = 0; k < WORDS; k++) w[k] = Number(BigInt.asUintN(32, word >> BigInt(32 * k)));
  return decodeWords(w, index, byteOffset, file, layout);
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
  const out: Instruction[] = new Array(bytes.length / INSTRUCTION_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const w = new Uint32Array(WORDS);
  for (let offset = 0, i = 0; offset < bytes.length; offset += INSTRUCTION_BYTES, i++) {
    out[i] = decodeWords(loadWords(view, offset, w), i, base + offset, ctx.file, layout);
  }
  return out;
}
