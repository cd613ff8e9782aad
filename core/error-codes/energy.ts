// EN: energy tables (simulator/energy/energy-table.ts).
import type { ErrorArea } from './error-area.js';

/** An energy table override that cannot be used. */
export const EN_AREA = {
  prefix: 'EN',
  title: 'energy tables',
  source: 'simulator/energy/energy-table.ts',
  codes: {
    EN001: 'the energy table is not valid JSON',
    EN002: 'a malformed energy table: unknown key, no name, or a cost that is not a positive number',
  },
} as const satisfies ErrorArea;

/** A code of the EN area. */
export type EnCode = keyof typeof EN_AREA.codes;
