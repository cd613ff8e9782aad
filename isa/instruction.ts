// The Instruction type, derived from isa/spec.ts (never written by hand), and the bit layout of each opcode.
import { InternalError } from '../core/diagnostics.js';
import { ISA, LEGACY_ISA_LAYOUTS, OPCODES, type Opcode } from './spec.js';
import { fieldRange, type FieldSpec, type LegacyLayout, type QueueName, type UnitName } from './spec-types.js';

type OpSpecOf<Op extends Opcode> = (typeof ISA.opcodes)[Op];
type CommonFieldSpec = (typeof ISA.commonFields)[number];
/** Enum fields hold their symbolic name; every other field holds a number. */
type FieldValue<F> = F extends { readonly enum: readonly (infer E)[] } ? E : number;
type FieldsObject<Fs extends { readonly name: string }> = { [F in Fs as F['name']]: FieldValue<F> };

/** One instruction of opcode `Op`: `op`, the dependency flags, and the opcode's own fields. */
export type InstructionOf<Op extends Opcode> = { op: Op } & FieldsObject<CommonFieldSpec> &
  FieldsObject<OpSpecOf<Op>['fields'][number]>;

/**
 * Any instruction: a union discriminated on `op`. A `switch (i.op)` that ends in `assertNever(i)` stops
 * compiling when an opcode is added to the spec, which is how every consumer learns about it.
 */
export type Instruction = { [Op in Opcode]: InstructionOf<Op> }[Opcode];

/**
 * One handler per opcode, each taking its own instruction type and the arguments `A` all of them share: the
 * form of every per-opcode dispatch table (the machine's, the static checks'). A missing opcode is a
 * compile error, so a new opcode reaches every table.
 */
export type InstructionHandlers<R, A extends readonly unknown[] = []> = {
  readonly [Op in Opcode]: (instr: InstructionOf<Op>, ...args: A) => R;
};

/** The handler of `instr.op`, typed to take any instruction (the table is keyed by op, so it takes `instr`).
 *  Hot paths call it directly: no argument list is built per call. */
export function handlerOf<R, A extends readonly unknown[]>(handlers: InstructionHandlers<R, A>, instr: Instruction): (instr: Instruction, ...args: A) => R {
  return handlers[instr.op] as (instr: Instruction, ...args: A) => R;
}

/** Calls the handler of `instr.op`. */
export function dispatchInstruction<R>(handlers: InstructionHandlers<R>, instr: Instruction): R {
  return handlerOf(handlers, instr)(instr);
}

/** For exhaustive switches over opcodes: a compile error when a case is missing, a bug report if reached. */
export function assertNever(x: never): never {
  throw new InternalError(`unhandled case ${JSON.stringify(x)}`);
}

/** Which queue executes an instruction. */
export function queueOf(op: Opcode): QueueName {
  return ISA.opcodes[op].queue;
}

/** Which unit executes an instruction. */
export function unitOf(op: Opcode): UnitName {
  return ISA.opcodes[op].unit;
}

/** A field and its least-significant bit position in the instruction word. */
export interface PlacedField {
  readonly field: FieldSpec;
  readonly offset: number;
}

function placeFields(op: Opcode, legacy?: LegacyLayout): readonly PlacedField[] {
  const placed: PlacedField[] = [];
  let offset = ISA.opcodeBits;
  const missing = legacy?.missingFields[op] ?? [];
  const widths = legacy?.fieldBits[op] ?? {};
  for (const spec of [...ISA.commonFields, ...ISA.opcodes[op].fields] as readonly FieldSpec[]) {
    if (missing.includes(spec.name)) continue;
    const bits = widths[spec.name];
    const field = bits === undefined ? spec : { ...spec, bits };
    placed.push({ field, offset });
    offset += field.bits;
  }
  return placed;
}

// Computed once: the layout is a pure function of the spec.
const LAYOUTS = new Map<Opcode, readonly PlacedField[]>(OPCODES.map((op) => [op, placeFields(op)]));
const BY_CODE = new Map<number, Opcode>(OPCODES.map((op) => [ISA.opcodes[op].code, op]));

/** The ISA versions a program file may use: the current one and every legacy layout. */
export const READABLE_ISA_VERSIONS: readonly number[] = [...Object.keys(LEGACY_ISA_LAYOUTS).map(Number), ISA.version];

/** How to read the words of one ISA version: its opcodes by code and each one's layout. */
export interface WordLayout {
  readonly version: number;
  readonly byCode: ReadonlyMap<number, Opcode>;
  readonly layouts: ReadonlyMap<Opcode, readonly PlacedField[]>;
}

const CURRENT_LAYOUT: WordLayout = { version: ISA.version, byCode: BY_CODE, layouts: LAYOUTS };
const WORD_LAYOUTS = new Map<number, WordLayout>([
  [ISA.version, CURRENT_LAYOUT],
  ...Object.entries(LEGACY_ISA_LAYOUTS).map(([v, legacy]): [number, WordLayout] => {
    const ops = OPCODES.filter((op) => !(legacy.missingOpcodes as readonly string[]).includes(op));
    return [Number(v), {
      version: Number(v),
      byCode: new Map(ops.map((op) => [ISA.opcodes[op].code, op])),
      layouts: new Map(ops.map((op) => [op, placeFields(op, legacy)])),
    }];
  }),
]);

/** The word layout of ISA `version` (current by default); undefined for a version this accsim cannot read. */
export function wordLayout(version: number = ISA.version): WordLayout | undefined {
  return WORD_LAYOUTS.get(version);
}

/** Fields of `op` in word order (dependency flags first), each with its bit offset; the opcode sits at bit 0. */
export function fieldLayout(op: Opcode): readonly PlacedField[] {
  const layout = LAYOUTS.get(op);
  if (layout === undefined) throw new InternalError(`unknown opcode ${op}`);
  return layout;
}

/** The names of `Op`'s optional fields (0 when omitted; see FieldSpec.optional). */
export type OptionalFieldName<Op extends Opcode> = Extract<OpSpecOf<Op>['fields'][number], { readonly optional: true }>['name'];

/** The name of one of `Op`'s own fields (not the common dependency flags). */
export type FieldName<Op extends Opcode> = OpSpecOf<Op>['fields'][number]['name'];

/** The spec entry of field `name` of `op`. */
export function fieldSpec<Op extends Opcode>(op: Op, name: FieldName<Op>): FieldSpec {
  const placed = fieldLayout(op).find((p) => p.field.name === name);
  if (placed === undefined) throw new InternalError(`${op} has no field ${String(name)}`);
  return placed.field;
}

/** The inclusive legal range of field `name` of `op`: what code sizing tiles or checking configs must fit. */
export function fieldLimits<Op extends Opcode>(op: Op, name: FieldName<Op>): { min: number; max: number } {
  return fieldRange(fieldSpec(op, name));
}

/** Bits used by `op` including the opcode field; the rest of the word is reserved and must be zero. */
export function usedBits(op: Opcode): number {
  const layout = fieldLayout(op);
  const last = layout[layout.length - 1];
  return last === undefined ? ISA.opcodeBits : last.offset + last.field.bits;
}

/** The mnemonic with numeric code `code`, or undefined when no opcode has it. */
export function opcodeByCode(code: number): Opcode | undefined {
  return BY_CODE.get(code);
}

/** True when `s` is a mnemonic of the ISA. */
export function isOpcode(s: string): s is Opcode {
  return Object.prototype.hasOwnProperty.call(ISA.opcodes, s);
}

/** Bytes per encoded instruction. */
export const INSTRUCTION_BYTES = ISA.wordBits / 8;
