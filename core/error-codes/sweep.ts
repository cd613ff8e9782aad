// SWP: design-space sweeps (tools/sweep/, tools/commands/sweep.ts, docs/SWEEP.md).
import type { ErrorArea } from './error-area.js';

/** Sweep flags, resuming a sweep, and its overall verdict. */
export const SWP_AREA = {
  prefix: 'SWP',
  title: 'design-space sweeps',
  source: 'tools/sweep/, tools/commands/sweep.ts',
  codes: {
    SWP010: 'a flag list has an empty or repeated item',
    SWP011: 'unknown preset',
    SWP012: 'malformed array shape',
    SWP013: 'unknown dataflow',
    SWP014: 'a file or directory named by a flag does not exist',
    SWP015: 'a numeric flag is not a (positive) integer',
    SWP016: 'flags that contradict each other, or one that needs another',
    SWP020: "resume: the CSV header is not this version's",
    SWP021: 'resume: the CSV cannot be read, is corrupt, or lists a point twice',
    SWP022: 'resume: a sidecar line is not a sweep point in JSON',
    SWP023: 'resume: the sidecar disagrees with the CSV',
    SWP030: 'some points failed (the others were written)',
    SWP031: 'the CSV exists and neither --resume nor --overwrite was given',
    SWP090: 'the test-only fake evaluator failing a point on purpose',
  },
} as const satisfies ErrorArea;

/** A code of the SWP area. */
export type SwpCode = keyof typeof SWP_AREA.codes;
