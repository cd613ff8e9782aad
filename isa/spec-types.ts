// The vocabulary isa/spec.ts is written in: field and opcode descriptors, and the small enums the ISA names.
// Kept apart from the table so the table reads as data and these shapes can be documented once.

/** The three decoupled instruction queues (VTA-style access/execute). */
export const QUEUES = ['load', 'compute', 'store'] as const;
export type QueueName = (typeof QUEUES)[number];

/**
 * The unit that executes an opcode: the load or store DMA engine, the systolic array, the vector unit, or
 * none ('control': CONFIG and HALT change or end the machine's state and occupy no unit). The machine,
 * the compute scheduler and the trace each keep an exhaustive per-opcode table; this is what they agree on.
 */
export const UNITS = ['dma-load', 'dma-store', 'array', 'vector', 'control'] as const;
export type UnitName = (typeof UNITS)[number];

/** What a field's number counts; printed in docs/ISA.md and used by the bounds checker. */
export type FieldUnit = 'rows' | 'bytes' | 'elements' | 'bits' | 'count' | 'flag' | 'enum' | 'value' | 'shift';

/** One bit field of an instruction word. */
export interface FieldSpec {
  /** camelCase name: the Instruction property and the assembly keyword. */
  readonly name: string;
  /** Width in bits; the encoding is two's complement when `signed`. */
  readonly bits: number;
  readonly signed?: boolean;
  /** Symbolic values, encoded as their index; indices past the list are reserved and rejected by the decoder. */
  readonly enum?: readonly string[];
  /** Tighter legal range than the bit width allows (inclusive); defaults are the width's range. */
  readonly min?: number;
  readonly max?: number;
  readonly unit: FieldUnit;
  readonly doc: string;
  /**
   * A field added to an opcode later, meaning "off" at 0: it may be omitted when an instruction is made or
   * assembled (it is then 0) and is printed only when non-zero, like the dependency flags.
   */
  readonly optional?: true;
}

/** The units each queue feeds: the load and store queues their DMA engine, the compute queue the rest. */
export interface QueueUnits {
  readonly load: 'dma-load';
  readonly store: 'dma-store';
  readonly compute: 'array' | 'vector' | 'control';
}

/** Where an opcode runs: its queue and a unit that queue feeds (a mismatch does not compile). */
export type OpcodePlacement = { [Q in QueueName]: { readonly queue: Q; readonly unit: QueueUnits[Q] } }[QueueName];

/** One opcode: its number, the queue that issues it, the unit that executes it, its fields after the common
 *  header, and its semantics. */
export type OpcodeSpec = OpcodePlacement & {
  readonly code: number;
  readonly summary: string;
  readonly fields: readonly FieldSpec[];
  /** Pseudo-code in the style of VTA's hw_spec.h; docs/ISA.md prints it verbatim. */
  readonly semantics: string;
};

/** The whole ISA: version, word width, header layout and opcode table. */
export interface IsaSpec {
  readonly version: number;
  readonly wordBits: number;
  /** Width of the opcode field at bit 0 of every word. */
  readonly opcodeBits: number;
  /** Fields every instruction carries right after the opcode (the dependency tokens). */
  readonly commonFields: readonly FieldSpec[];
  readonly opcodes: Readonly<Record<string, OpcodeSpec>>;
}

/** How an older ISA version's words differ from the current ones (see LEGACY_ISA_LAYOUTS). */
export interface LegacyLayout {
  /** Opcodes the version did not have (their codes decode as unknown). */
  readonly missingOpcodes: readonly string[];
  /** Fields that had another width (same position in the field order). */
  readonly fieldBits: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Fields the version did not have; they decode as 0. */
  readonly missingFields: Readonly<Record<string, readonly string[]>>;
}

/** The inclusive legal range of a field (enum fields: the index range of the enum). */
export function fieldRange(f: FieldSpec): { min: number; max: number } {
  if (f.enum !== undefined) return { min: 0, max: f.enum.length - 1 };
  const widthMin = f.signed === true ? -(2 ** (f.bits - 1)) : 0;
  const widthMax = f.signed === true ? 2 ** (f.bits - 1) - 1 : 2 ** f.bits - 1;
  return { min: f.min ?? widthMin, max: f.max ?? widthMax };
}
