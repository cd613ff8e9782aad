// ISA: encoding, decoding and assembling instruction words (isa/encode.ts, decode.ts, assembly.ts).
import type { ErrorArea } from './error-area.js';

/** Instructions that do not fit the ISA's encoding, and assembly text that does not parse. */
export const ISA_AREA = {
  prefix: 'ISA',
  title: 'instruction encoding, decoding and assembly',
  source: 'isa/encode.ts, isa/decode.ts, isa/assembly.ts',
  codes: {
    ISA001: 'encoding: a field value outside its legal range or enum',
    ISA002: 'encoding: a malformed instruction object (unknown opcode, missing or unknown field, non-integer value)',
    ISA003: 'decoding: an encoded word has an unknown opcode',
    ISA004: 'decoding: a field holds a reserved enum value or an out-of-range value',
    ISA005: 'decoding: reserved bits of a word are not zero',
    ISA006: 'decoding: the instruction stream is not a whole number of words',
    ISA010: 'assembly: unknown mnemonic',
    ISA011: 'assembly: unknown, duplicated or missing field',
    ISA012: 'assembly: malformed or out-of-range value',
  },
} as const satisfies ErrorArea;

/** A code of the ISA area. */
export type IsaCode = keyof typeof ISA_AREA.codes;
