// The integer-semantics vocabulary the IR, the ISA and the simulator share: what an accumulator does
// with a sum outside its width, and which requantization arithmetic runs. One definition: the IR's
// attribute checks, isa/spec.ts (CONFIG encodes the index, so the order is the encoding) and the
// vector unit all read these lists.

/** What a `bits`-wide accumulator does with a sum outside its range (DESIGN §4: a parameter). */
export const OVERFLOW_POLICIES = ['saturate', 'wrap'] as const;
export type OverflowPolicy = (typeof OVERFLOW_POLICIES)[number];

/** Requantization arithmetic: TFLite Q31 multiplier + shift, or a power-of-two rounding shift. */
export const REQUANT_MODES = ['m0shift', 'pow2'] as const;
export type RequantMode = (typeof REQUANT_MODES)[number];
