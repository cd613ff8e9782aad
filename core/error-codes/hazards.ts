// CHK: the hazard check of a program's three queues (isa/check/hazards.ts, docs/LOWERING.md).
import type { ErrorArea } from './error-area.js';

/** Orderings the dependency tokens of a program do not guarantee. */
export const CHK_AREA = {
  prefix: 'CHK',
  title: 'hazard check',
  source: 'isa/check/hazards.ts',
  codes: {
    CHK001: 'a buffer row or DRAM byte is accessed while a conflicting access of another queue may still be pending',
    CHK002: 'a token is popped before its push (or with no push at all)',
  },
} as const satisfies ErrorArea;

/** A code of the CHK area. */
export type ChkCode = keyof typeof CHK_AREA.codes;
