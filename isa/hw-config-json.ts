// HwConfig as text: from JSON (a --hw file or an .accbin header: strict keys, typed leaves, merged over
// the defaults), back to JSON, and the one-line summary reports print.
import { fail, type Diagnostic } from '../core/diagnostics.js';
import { DEFAULT_HW_CONFIG, deriveHw, requireValidHwConfig, type HwConfig } from './hw-config.js';
import { ARRAY_MODES } from './spec.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Copies `patch` over `base` (a structural copy of the defaults), key by key. The defaults are the
 * schema: an unknown key is HW002 naming its path and the valid keys; a leaf of the wrong type is HW003.
 */
function mergeStrict(base: Record<string, unknown>, patch: unknown, path: string, where: Partial<Diagnostic>): void {
  if (!isObject(patch)) fail('HW003', `${path || 'hardware config'} must be a JSON object`, where);
  for (const [key, value] of Object.entries(patch)) {
    const keyPath = path === '' ? key : `${path}.${key}`;
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      fail('HW002', `unknown hardware config key "${keyPath}" (valid keys${path === '' ? '' : ` of ${path}`}: ${Object.keys(base).join(', ')})`, where);
    }
    const current = base[key];
    if (isObject(current)) {
      mergeStrict(current, value, keyPath, where);
    } else if (typeof value !== typeof current) {
      fail('HW003', `hardware config key "${keyPath}" must be a ${typeof current}, got ${JSON.stringify(value)}`, where);
    } else {
      base[key] = value;
    }
  }
}

/** A validated HwConfig from an already-parsed JSON value, merged over DEFAULT_HW_CONFIG. */
export function hwConfigFromJson(value: unknown, file?: string): HwConfig {
  const where = file === undefined ? {} : { file };
  const config = structuredClone(DEFAULT_HW_CONFIG) as HwConfig;
  mergeStrict(config as unknown as Record<string, unknown>, value, '', where);
  return requireValidHwConfig(config, file);
}

/** Parses and validates a hardware config file; HW001 on JSON syntax errors. */
export function loadHwConfigJson(text: string, file: string): HwConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    fail('HW001', `invalid JSON: ${(e as Error).message}`, { file });
  }
  return hwConfigFromJson(value, file);
}

/** The config as a plain JSON object (for the .accbin header and reports). */
export function hwConfigToJson(c: HwConfig): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(c)) as { [key: string]: Json };
}

function kib(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} B`;
}

/** One line for reports, e.g. "16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512, acc 32b saturate, …". */
export function describeHwConfig(c: HwConfig): string {
  const d = deriveHw(c);
  const m = c.memories;
  return [
    `${c.array.rows}x${c.array.cols} ${c.array.dataflow}`,
    `MACs/cycle ${ARRAY_MODES.map((mode) => `${mode} ${d.peakMacsPerCycle[mode]}`).join(' ')}`,
    `acc ${c.accumulator.bits}b ${c.accumulator.overflow}`,
    `SRAM in ${kib(m.input.sizeBytes)} w ${kib(m.weight.sizeBytes)} acc ${kib(m.accumulator.sizeBytes)} out ${kib(m.output.sizeBytes)} param ${kib(m.param.sizeBytes)}`,
    `DRAM ${c.dram.bandwidthBytesPerCycle} B/cycle ${c.dram.latencyCycles} cycles`,
    `vector ${c.vector.lanes} lanes`,
    `${c.clockHz / 1e6} MHz`,
  ].join(', ');
}
