// --max-memory and --max-macs: the resource limits (core/resource-limits.ts) as global CLI flags, and the
// checks of a simulated program and machine against them (a network is checked by loadModel).
import type { Argv } from 'yargs';
import { fail } from '../core/diagnostics.js';
import { DEFAULT_RESOURCE_LIMITS, type ResourceLimits, formatBytes } from '../core/resource-limits.js';
import { type HwConfig, deriveHw } from '../isa/hw-config.js';
import { BUFFERS } from '../isa/spec.js';
import type { Program } from '../isa/program-file.js';
import { dramFootprint } from '../simulator/dram-footprint.js';

/** The flags as yargs parses them (present on every command: they are global). */
export interface ResourceFlags {
  'max-memory'?: string;
  'max-macs'?: number;
}

/** Declares the global limit flags. */
export function withResourceFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('max-memory', { type: 'string', global: true, describe: `refuse networks, programs and machines needing more memory than this (bytes, or with K/M/G/T; default ${formatBytes(DEFAULT_RESOURCE_LIMITS.maxMemoryBytes)})` })
    .option('max-macs', { type: 'number', global: true, describe: `refuse networks needing more multiply-accumulates per sample (default ${DEFAULT_RESOURCE_LIMITS.maxMacs.toExponential()})` }) as Argv<T>;
}

/** "4G", "512M", "1.5G", "1000000": bytes (K/M/G/T are powers of 1024); RES010 on anything else. */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([KMGT]?)i?B?\s*$/i.exec(text);
  const unit = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[(m?.[2] ?? '').toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  const bytes = m === null ? NaN : Math.floor(Number(m[1]) * unit);
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) fail('RES010', `--max-memory must be a size such as 4G, 512M or 1000000, got '${text}'`);
  return bytes;
}

/** The limits the flags ask for (the defaults for flags not given). */
export function limitsFromFlags(flags: ResourceFlags): ResourceLimits {
  const macs = flags['max-macs'];
  if (macs !== undefined && !(macs >= 1)) fail('RES010', `--max-macs must be a positive number, got ${macs}`);
  return {
    maxMemoryBytes: flags['max-memory'] === undefined ? DEFAULT_RESOURCE_LIMITS.maxMemoryBytes : parseByteSize(flags['max-memory']),
    maxMacs: macs ?? DEFAULT_RESOURCE_LIMITS.maxMacs,
  };
}

/** Bytes of SRAM the simulator allocates for a machine (every buffer's usable rows). */
export function sramBytes(hw: HwConfig): number {
  const d = deriveHw(hw);
  return BUFFERS.reduce((s, b) => s + d.bufferRows[b] * d.rowBytes[b], 0);
}

/** RES003 when a machine's SRAMs exceed the memory limit (they are allocated whole by the simulator). */
export function requireMachineWithinLimits(hw: HwConfig, limits: ResourceLimits, file?: string): void {
  const bytes = sramBytes(hw);
  if (!(bytes <= limits.maxMemoryBytes)) {
    fail('RES003', `the machine's buffers hold ${formatBytes(bytes)}, more than the limit of ${formatBytes(limits.maxMemoryBytes)} (--max-memory)`, file === undefined ? {} : { file });
  }
}

/**
 * RES004 when simulating a program would allocate more than the memory limit: its machine's SRAMs plus
 * the DRAM it can touch (its image, its tensors, every LOAD/STORE range), before anything is allocated.
 */
export function requireProgramWithinLimits(program: Program, limits: ResourceLimits, file: string): void {
  requireMachineWithinLimits(program.hwConfig, limits, file);
  const dram = dramFootprint(program);
  const total = dram + sramBytes(program.hwConfig);
  if (!(total <= limits.maxMemoryBytes)) {
    fail('RES004', `simulating ${file} needs ${formatBytes(total)} (DRAM it touches ${formatBytes(dram)}, buffers ${formatBytes(total - dram)}), more than the limit of ${formatBytes(limits.maxMemoryBytes)} (--max-memory)`, { file });
  }
}
