// RES: resource limits (core/resource-limits.ts): inputs that would need more memory or work than allowed.
import type { ErrorArea } from './error-area.js';

/** A network, machine or program refused before anything is allocated for it. */
export const RES_AREA = {
  prefix: 'RES',
  title: 'resource limits',
  source: 'compiler/ir/resource-use.ts, tools/resource-flags.ts',
  codes: {
    RES001: "a network's float tensors of one sample need more memory than --max-memory",
    RES002: 'a network needs more multiply-accumulates per sample than --max-macs',
    RES003: "a machine's buffers hold more than --max-memory",
    RES004: 'simulating a program (its buffers and the DRAM it touches) needs more than --max-memory',
    RES010: '--max-memory or --max-macs is not a positive size or number',
  },
} as const satisfies ErrorArea;

/** A code of the RES area. */
export type ResCode = keyof typeof RES_AREA.codes;
