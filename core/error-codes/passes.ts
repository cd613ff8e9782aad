// PASS: the pass pipeline (compiler/passes/): pass names and their options.
import type { ErrorArea } from './error-area.js';

/** Running a pipeline of passes. */
export const PASS_AREA = {
  prefix: 'PASS',
  title: 'pass pipeline',
  source: 'compiler/passes/',
  codes: {
    PASS001: 'unknown pass name',
    PASS002: 'an option not declared by any pass of the pipeline',
    PASS003: 'an option value of the wrong kind or out of its range',
  },
} as const satisfies ErrorArea;

/** A code of the PASS area. */
export type PassCode = keyof typeof PASS_AREA.codes;
