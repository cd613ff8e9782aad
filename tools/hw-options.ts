// The hardware flags shared by compile, run and sweep: --array, --dataflow, --hw file.json and single-value overrides.
import type { Argv } from 'yargs';
import { type HwConfig, type HwOverrides, applyOverrides, defaultHwConfig, requireValidHwConfig } from '../isa/hw-config.js';
import type { OverflowPolicy } from '../core/arithmetic-modes.js';
import { loadHwConfigJson } from '../isa/hw-config-json.js';
import { readInputFile } from './load-model.js';
import { type ResourceFlags, limitsFromFlags, requireMachineWithinLimits } from './resource-flags.js';

export interface HwFlags {
  array?: string;
  dataflow?: 'ws' | 'os';
  hw?: string;
  'acc-bits'?: number;
  overflow?: OverflowPolicy;
  'dram-bandwidth'?: number;
  'dram-latency'?: number;
  'vector-lanes'?: number;
  'clock-mhz'?: number;
}

/** Declares the hardware flags (flags override the --hw file, which overrides the defaults). */
export function withHwFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('array', { type: 'string', describe: 'systolic array shape RxC (default 16x16)' })
    .option('dataflow', { choices: ['ws', 'os'] as const, describe: 'weight- or output-stationary (default ws)' })
    .option('hw', { type: 'string', describe: 'hardware configuration JSON (buffer sizes/banks/ports, DRAM, packing, queues, ...) merged over the defaults' })
    .option('acc-bits', { type: 'number', describe: 'accumulator width in bits (hardware maximum)' })
    .option('overflow', { choices: ['wrap', 'saturate'] as const, describe: 'accumulator overflow policy' })
    .option('dram-bandwidth', { type: 'number', describe: 'DRAM bandwidth in bytes per cycle' })
    .option('dram-latency', { type: 'number', describe: 'DRAM latency in cycles' })
    .option('vector-lanes', { type: 'number', describe: 'vector unit lanes' })
    .option('clock-mhz', { type: 'number', describe: 'clock frequency in MHz (latency and TOPS/W)' }) as Argv<T>;
}

/**
 * The validated hardware configuration: defaults, then the --hw file, then the flags; a machine whose
 * buffers exceed the memory limit is RES003.
 */
export function hwConfigFromFlags(flags: HwFlags & ResourceFlags): HwConfig {
  const base = flags.hw === undefined ? defaultHwConfig() : loadHwConfigJson(readInputFile(flags.hw, 'hardware configuration').toString('utf8'), flags.hw);
  const o: HwOverrides = {};
  if (flags.array !== undefined) o.array = flags.array;
  if (flags.dataflow !== undefined) o.dataflow = flags.dataflow;
  if (flags['acc-bits'] !== undefined) o.accumulatorBits = flags['acc-bits'];
  if (flags.overflow !== undefined) o.overflow = flags.overflow;
  if (flags['dram-bandwidth'] !== undefined) o.dramBandwidthBytesPerCycle = flags['dram-bandwidth'];
  if (flags['dram-latency'] !== undefined) o.dramLatencyCycles = flags['dram-latency'];
  if (flags['vector-lanes'] !== undefined) o.vectorLanes = flags['vector-lanes'];
  if (flags['clock-mhz'] !== undefined) o.clockHz = flags['clock-mhz'] * 1e6;
  const hw = requireValidHwConfig(applyOverrides(base, o), flags.hw);
  requireMachineWithinLimits(hw, limitsFromFlags(flags), flags.hw);
  return hw;
}
