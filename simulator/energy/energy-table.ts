// The energy table's shape, loading a user override (--energy table.json) strictly, and naming it in reports.
import { fail } from '../../core/diagnostics.js';
import { HOROWITZ_45NM } from './horowitz-45nm.js';

/** Energies in pJ. Width- or size-keyed maps have decimal-integer keys (JSON object keys are strings). */
export interface EnergyTable {
  readonly name: string;
  readonly source: string;
  readonly intAddPj: Readonly<Record<string, number>>;
  readonly intMultPj: Readonly<Record<string, number>>;
  readonly fpAddPj: Readonly<Record<string, number>>;
  readonly fpMultPj: Readonly<Record<string, number>>;
  readonly sramPer64BitPj: Readonly<Record<string, number>>;
  readonly dramPer32BitPj: number;
  readonly registerPer32BitPj: number;
}

const MAP_KEYS = ['intAddPj', 'intMultPj', 'fpAddPj', 'fpMultPj', 'sramPer64BitPj'] as const;
const NUMBER_KEYS = ['dramPer32BitPj', 'registerPer32BitPj'] as const;
const STRING_KEYS = ['name', 'source'] as const;
const ALL_KEYS: readonly string[] = [...STRING_KEYS, ...MAP_KEYS, ...NUMBER_KEYS];

function positive(v: unknown): v is number {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test only narrows the type
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

function checkMap(key: string, value: unknown, file: string): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('EN002', `energy table "${key}" must be an object {width: pJ}`, { file });
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) fail('EN002', `energy table "${key}" needs at least one entry`, { file });
  for (const [k, v] of entries) {
    if (!/^[1-9]\d*$/.test(k)) fail('EN002', `energy table "${key}" key "${k}" must be a positive integer (bits or bytes)`, { file });
    if (!positive(v)) fail('EN002', `energy table "${key}.${k}" must be a positive number of pJ, got ${JSON.stringify(v)}`, { file });
  }
  return value as Record<string, number>;
}

/**
 * Parses an energy-table override. Keys it gives replace the Horowitz table's (a width map replaces the
 * whole map); unknown keys are EN002 naming the key and listing the valid ones; `name` is required so
 * reports can say which table produced the numbers.
 */
export function loadEnergyTable(json: string, file: string): EnergyTable {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    fail('EN001', `invalid JSON: ${(e as Error).message}`, { file });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('EN002', 'an energy table must be a JSON object', { file });
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ALL_KEYS.includes(key)) fail('EN002', `unknown energy table key "${key}" (valid keys: ${ALL_KEYS.join(', ')})`, { file });
  }
  if (typeof record['name'] !== 'string' || record['name'] === '') fail('EN002', 'energy table needs a non-empty "name" (reports print it)', { file });
  const table: Record<string, unknown> = { ...HOROWITZ_45NM, source: `${file} (unset entries from ${HOROWITZ_45NM.name})` };
  for (const key of STRING_KEYS) if (typeof record[key] === 'string') table[key] = record[key];
  for (const key of MAP_KEYS) if (key in record) table[key] = checkMap(key, record[key], file);
  for (const key of NUMBER_KEYS) {
    if (!(key in record)) continue;
    if (!positive(record[key])) fail('EN002', `energy table "${key}" must be a positive number of pJ, got ${JSON.stringify(record[key])}`, { file });
    table[key] = record[key];
  }
  return table as unknown as EnergyTable;
}

/** One line for reports: which table, and where its numbers come from. */
export function describeEnergyTable(table: EnergyTable = HOROWITZ_45NM): string {
  return `energy table ${table.name}: ${table.source}`;
}
