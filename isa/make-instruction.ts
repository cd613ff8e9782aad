// A typed constructor for instructions, for the lowering's emitter: dependency flags default to 0 and
// every field is range-checked at emission time, so a bad tile fails where it was made, not at encoding.
import { fieldToNumber } from './encode.js';
import { fieldLayout, type InstructionOf, type OptionalFieldName } from './instruction.js';
import type { Opcode } from './spec.js';

/** The four dependency-token flags every instruction carries. */
export type DependencyFlags = Pick<InstructionOf<'HALT'>, 'popPrev' | 'popNext' | 'pushPrev' | 'pushNext'>;

/** The fields to give for `Op`: all of its own fields but the optional ones (0 when omitted), any subset of the dependency flags. */
export type InstructionFields<Op extends Opcode> = Omit<InstructionOf<Op>, 'op' | keyof DependencyFlags | OptionalFieldName<Op>> &
  Partial<DependencyFlags> & Partial<Pick<InstructionOf<Op>, OptionalFieldName<Op>>>;

const NO_TOKENS: DependencyFlags = { popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0 };

/** Builds an `Op` instruction; throws UserError ISA001/ISA002 when a field is missing or out of range. */
export function makeInstruction<Op extends Opcode>(op: Op, fields: InstructionFields<Op>): InstructionOf<Op> {
  const optional: Record<string, number> = {};
  for (const { field } of fieldLayout(op)) if (field.optional === true) optional[field.name] = 0;
  // Every field present, in spec order (one object shape per opcode keeps the simulator's reads fast).
  const instr = { op, ...NO_TOKENS, ...optional, ...fields } as unknown as InstructionOf<Op>;
  const record = instr as unknown as Record<string, unknown>;
  for (const { field } of fieldLayout(op)) fieldToNumber(op, field, record[field.name]);
  return instr;
}
