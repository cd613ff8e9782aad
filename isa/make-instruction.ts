// A typed constructor for instructions, for the lowering's emitter: dependency flags default to 0 and
// every field is range-checked at emission time, so a bad tile fails where it was made, not at encoding.
import { fieldToNumber } from './encode.js';
import { fieldLayout, type InstructionOf } from './instruction.js';
import type { Opcode } from './spec.js';

/** The four dependency-token flags every instruction carries. */
export type DependencyFlags = Pick<InstructionOf<'HALT'>, 'popPrev' | 'popNext' | 'pushPrev' | 'pushNext'>;

/** The fields to give for `Op`: all of its own fields, any subset of the dependency flags. */
export type InstructionFields<Op extends Opcode> = Omit<InstructionOf<Op>, 'op' | keyof DependencyFlags> &
  Partial<DependencyFlags>;

const NO_TOKENS: DependencyFlags = { popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0 };

/** Builds an `Op` instruction; throws UserError ISA001/ISA002 when a field is missing or out of range. */
export function makeInstruction<Op extends Opcode>(op: Op, fields: InstructionFields<Op>): InstructionOf<Op> {
  const instr = { op, ...NO_TOKENS, ...fields } as unknown as InstructionOf<Op>;
  const record = instr as unknown as Record<string, unknown>;
  for (const { field } of fieldLayout(op)) fieldToNumber(op, field, record[field.name]);
  return instr;
}
