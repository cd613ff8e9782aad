// The design space of a sweep: the cartesian product --preset × --array × --dataflow, each list
// validated up front so a typo fails in the first second rather than after an hour of points.
import { fail, UserError } from '../../core/diagnostics.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { FORMAT_PRESETS, MACHINE_FORMAT_PRESETS } from '../../compiler/quant/format-presets.js';
import { parseArrayShape } from '../../isa/hw-config.js';
import type { DesignPointSpec } from './point-spec.js';

/** The dataflows a sweep accepts (weight-stationary, output-stationary). */
export const SWEEP_DATAFLOWS = ['ws', 'os'] as const;

/** What the grid is built from: the comma-separated flag values plus the settings every point shares. */
export interface GridFlags {
  model: string;
  preset: string;
  array: string;
  dataflow: string;
  hwFile?: string;
  data?: string;
  limit?: number;
  calib?: string;
  seed: number;
}

/** Splits "a, b,c" into trimmed non-empty items; SWP010 for an empty list or an item given twice. */
export function splitList(flag: string, text: string): string[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) fail('SWP010', `--${flag} "${text}" has an empty item; give a comma-separated list like ${flag === 'array' ? '8x8,16x16' : flag === 'dataflow' ? 'ws,os' : 'w8a8,w4a8'}`);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) fail('SWP010', `--${flag} lists "${item}" twice`);
    seen.add(item);
  }
  return items;
}

/** The "preset" of a model that is already quantized (a QAT or PTQ .qir): it is simulated as given. */
export const AS_GIVEN = 'as-given';

/** The presets a sweep runs: the integer presets and the float format presets the machine runs (`onMachine`). */
export function sweepPresetNames(): string[] {
  return [...Object.keys(PRESETS), ...MACHINE_FORMAT_PRESETS];
}

/**
 * The preset names, each checked against sweepPresetNames (SWP011 naming the bad one and listing the valid
 * ones; a format preset only the format reference runs yet is named as such).
 */
export function parsePresets(text: string): string[] {
  if (text === AS_GIVEN) return [AS_GIVEN];
  const valid = sweepPresetNames();
  return splitList('preset', text).map((name) => {
    if (Object.hasOwn(FORMAT_PRESETS, name) && !valid.includes(name)) {
      fail('SWP011', `--preset: the format preset "${name}" runs only in the format reference so far (accsim eval --preset ${name}), not on the machine; the sweep runs ${valid.join(', ')}`);
    }
    if (!valid.includes(name)) fail('SWP011', `--preset: unknown preset "${name}"; expected one of ${valid.join(', ')}`);
    return name;
  });
}

/**
 * The array shapes normalized to "RxC" (so "16X16" and "16x16" are the same point for --resume);
 * SWP012 naming the bad value, with the hardware module's reason.
 */
export function parseArrays(text: string): string[] {
  const shapes = splitList('array', text).map((item) => {
    try {
      const { rows, cols } = parseArrayShape(item);
      return `${rows}x${cols}`;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      fail('SWP012', `--array: bad array shape "${item}": ${e.diagnostics[0]!.message}`);
    }
  });
  // Two spellings of one shape ("16x16,16X16") would evaluate the same point twice.
  splitList('array', shapes.join(','));
  return shapes;
}

/** The dataflows, each ws or os (SWP013 naming the bad one). */
export function parseDataflows(text: string): ('ws' | 'os')[] {
  const dataflows = splitList('dataflow', text).map((d) => {
    const lower = d.toLowerCase();
    if (lower !== 'ws' && lower !== 'os') fail('SWP013', `--dataflow: unknown dataflow "${d}"; expected ws (weight-stationary) or os (output-stationary)`);
    return lower;
  });
  splitList('dataflow', dataflows.join(','));
  return dataflows;
}

/**
 * Every design point, presets outermost and dataflows innermost (the order of the CSV rows in a
 * sequential run; parallel runs write points in completion order).
 */
export function buildGrid(flags: GridFlags): DesignPointSpec[] {
  const presets = parsePresets(flags.preset);
  const arrays = parseArrays(flags.array);
  const dataflows = parseDataflows(flags.dataflow);
  const shared: Omit<DesignPointSpec, 'preset' | 'array' | 'dataflow'> = { model: flags.model, seed: flags.seed };
  // Optional fields only when set, so specs stay equal to their JSON round trip (worker messages, tests).
  if (flags.hwFile !== undefined) shared.hwFile = flags.hwFile;
  if (flags.data !== undefined) shared.data = flags.data;
  if (flags.limit !== undefined) shared.limit = flags.limit;
  if (flags.calib !== undefined) shared.calib = flags.calib;
  return presets.flatMap((preset) => arrays.flatMap((array) => dataflows.map((dataflow) => ({ ...shared, preset, array, dataflow }))));
}
