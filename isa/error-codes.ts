// The diagnostic codes of the isa/ area, in one table so tests and docs can refer to them by name.

/** Code → one-line meaning. Messages themselves are built where the problem is found (they carry values). */
export const ISA_ERROR_CODES = {
  ISA001: 'a field value is outside its legal range (encoding)',
  ISA002: 'an instruction object is malformed: unknown opcode, missing or unknown field',
  ISA003: 'an encoded word has an unknown opcode (decoding)',
  ISA004: 'an encoded field holds a reserved enum value or an out-of-range value (decoding)',
  ISA005: 'reserved bits of an encoded word are not zero (decoding)',
  ISA010: 'assembly: unknown mnemonic',
  ISA011: 'assembly: unknown, duplicated or missing field',
  ISA012: 'assembly: malformed or out-of-range value',
  ACC001: '.accbin: file too short / truncated section',
  ACC002: '.accbin: bad magic',
  ACC003: '.accbin: unsupported format or ISA version',
  ACC004: '.accbin: malformed header or section table',
  ACC005: '.accbin: malformed JSON section (tensors, layers, hardware config)',
  ACC010: 'program: an instruction reaches outside a buffer or the DRAM image',
  ACC011: 'program: an instruction does not fit the array or the configured mode',
  ACC012: 'program: dependency tokens are unbalanced or used on a queue that has no such neighbour',
  ACC013: 'program: layer table or tensor descriptor is inconsistent',
} as const;

/** A code of the isa/ area. */
export type IsaErrorCode = keyof typeof ISA_ERROR_CODES;
