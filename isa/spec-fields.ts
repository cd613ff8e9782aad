// Field builders and shared widths isa/spec.ts and isa/float-opcodes.ts write the ISA table with (apart from
// the table so both files read as data and neither imports the other).

// Widths shared by many opcodes: SRAM rows (2^20 rows addressable), byte offsets inside a row (rows up
// to 4 KiB), DRAM byte addresses (4 GiB). hw-config.ts validates a configuration against these widths.
export const ROW = 20;
export const ROW_BYTE = 12;
export const DRAM = 32;
/** Zero points and clamp bounds: 9-bit signed covers int8 [-128,127] and uint8 [0,255]. */
export const ACT_VALUE = 9;

// Field builders keep the literal field name in the type, so instruction.ts can derive property names.
export const row = <N extends string>(name: N, doc: string) => ({ name, bits: ROW, unit: 'rows', doc }) as const;
export const count = <N extends string>(name: N, bits: number, doc: string, max?: number) =>
  ({ name, bits, min: 1, max, unit: 'count', doc }) as const;
export const flag = <N extends string>(name: N, doc: string) => ({ name, bits: 1, unit: 'flag', doc }) as const;
export const actValue = <N extends string>(name: N, doc: string) =>
  ({ name, bits: ACT_VALUE, signed: true, unit: 'value', doc }) as const;
export const elemBits = <N extends string>(name: N, doc: string) =>
  ({ name, bits: 4, min: 1, max: 8, unit: 'bits', doc }) as const;
/** TFLite multipliers are Q31 mantissas in [0, 2^31) and exponents in [-31, 31] (positive = left shift). */
export const q31 = <N extends string>(name: N, doc: string) => ({ name, bits: 31, unit: 'value', doc }) as const;
export const shiftField = <N extends string>(name: N, doc: string) =>
  ({ name, bits: 6, signed: true, min: -31, max: 31, unit: 'shift', doc }) as const;


/** A pooling window's geometry, the same fields in POOL and FPOOL. */
export const POOL_WINDOW_FIELDS = [
  count('inH', 10, 'input height'), count('inW', 10, 'input width'),
  count('kernelH', 6, 'window height'), count('kernelW', 6, 'window width'),
  count('strideH', 6, 'vertical stride'), count('strideW', 6, 'horizontal stride'),
  { name: 'padTop', bits: 4, unit: 'count', doc: 'rows of padding above' },
  { name: 'padLeft', bits: 4, unit: 'count', doc: 'columns of padding left' },
  { name: 'padBottom', bits: 4, unit: 'count', doc: 'rows of padding below' },
  { name: 'padRight', bits: 4, unit: 'count', doc: 'columns of padding right' },
] as const;
