// ACC: the .accbin program file and the static checks of a program against its machine
// (isa/program-file.ts, isa/program-tables.ts, isa/check/bounds.ts).
import type { ErrorArea } from './error-area.js';

/** A program file that cannot be read, or a program that does not fit its machine. */
export const ACC_AREA = {
  prefix: 'ACC',
  title: '.accbin programs and their static checks',
  source: 'isa/program-file.ts, isa/program-tables.ts, isa/check/bounds.ts',
  codes: {
    ACC001: '.accbin: file too short, or a section runs past the end',
    ACC002: '.accbin: bad magic',
    ACC003: '.accbin: unsupported format or ISA version',
    ACC004: '.accbin: malformed section table (unknown kind, a section twice or missing)',
    ACC005: '.accbin: malformed JSON section (tensors, layers, hardware config)',
    ACC010: 'program: an instruction or the DRAM image reaches outside a buffer, a row or the DRAM',
    ACC011: 'program: an instruction does not fit the array or the configured mode',
    ACC012: 'program: dependency tokens are unbalanced or used on a queue that has no such neighbour',
    ACC013: 'program: the layer table or a tensor descriptor is inconsistent',
    ACC014: 'program: it does not end with exactly one HALT',
  },
} as const satisfies ErrorArea;

/** A code of the ACC area. */
export type AccCode = keyof typeof ACC_AREA.codes;
