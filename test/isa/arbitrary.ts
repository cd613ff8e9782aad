// fast-check arbitraries generated from isa/spec.ts: a field added to the spec is covered with no edit here.
import fc from 'fast-check';
import { fieldLayout, type Instruction } from '../../isa/instruction.js';
import { OPCODES, type Opcode } from '../../isa/spec.js';
import { fieldRange, type FieldSpec } from '../../isa/spec-types.js';

/** Values of one field, biased to its range ends (where off-by-one encoding bugs live). */
export function fieldArbitrary(field: FieldSpec): fc.Arbitrary<string | number> {
  if (field.enum !== undefined) return fc.constantFrom(...field.enum);
  const { min, max } = fieldRange(field);
  return fc.oneof(fc.constantFrom(min, max, Math.min(max, Math.max(min, 0))), fc.integer({ min, max }));
}

/** Instructions of one opcode with every field drawn from its legal range. */
export function instructionOf(op: Opcode): fc.Arbitrary<Instruction> {
  const record: Record<string, fc.Arbitrary<string | number>> = {};
  for (const { field } of fieldLayout(op)) record[field.name] = fieldArbitrary(field);
  return fc.record(record).map((fields) => ({ op, ...fields }) as unknown as Instruction);
}

/** Any instruction of any opcode. */
export const anyInstruction: fc.Arbitrary<Instruction> = fc.oneof(...OPCODES.map(instructionOf));
