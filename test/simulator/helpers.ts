// Shared helpers for the simulator tests: a small machine, and programs assembled from text.
import { assemble } from '../../isa/assembly.js';
import type { Program } from '../../isa/program-file.js';
import type { LayerEntry, TensorDescriptor } from '../../isa/program-tables.js';
import { defaultHwConfig, deriveHw, requireValidHwConfig, type HwConfig } from '../../isa/hw-config.js';

/** The defaults with a rows×cols array and the given tweaks. */
export function smallHw(rows: number, cols: number, tweak: (c: HwConfig) => void = () => {}): HwConfig {
  const c = defaultHwConfig();
  c.array.rows = rows;
  c.array.cols = cols;
  tweak(c);
  return c;
}

/**
 * A small array with `banks` input/weight banks, `accPorts` accumulator ports and 1024 rows in every
 * buffer (so random programs address freely), validated; `tweak` sets anything else.
 */
export function bankedHw(
  rows: number, cols: number, banks: number, accPorts: number, tweak: (c: HwConfig) => void = () => {},
): HwConfig {
  const hw = smallHw(rows, cols, (h) => {
    h.memories.input.banks = banks;
    h.memories.weight.banks = banks;
    h.memories.accumulator.ports = accPorts;
    tweak(h);
  });
  const d = deriveHw(hw);
  for (const b of ['input', 'weight', 'accumulator', 'param', 'output'] as const) hw.memories[b].sizeBytes = d.rowBytes[b] * 1024;
  return requireValidHwConfig(hw);
}

/** A Program from assembly text and its DRAM image. */
export function programFrom(
  hw: HwConfig, text: string, dramImage: Uint8Array, tensors: TensorDescriptor[] = [], layers: LayerEntry[] = [],
): Program {
  return { hwConfig: hw, instructions: assemble(text, 'test.s').instructions, dramImage, tensors, layers };
}

/** Little-endian int32 words as bytes. */
export function int32Bytes(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const v = new DataView(out.buffer);
  values.forEach((x, i) => v.setInt32(4 * i, x, true));
  return out;
}

/** The first index where two byte arrays differ, or -1 (a toEqual over whole 64 KiB buffers per property case is slow). */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let j = 0; j < n; j++) if (a[j] !== b[j]) return j;
  return a.length === b.length ? -1 : n;
}

/** Bank cycles by the definition: per bank, reads and writes overlap on two ports and take turns on one; the worst bank. */
export function bankCycles(reads: readonly number[], writes: readonly number[], banks: number, ports: number): number {
  let worst = 0;
  for (let b = 0; b < banks; b++) {
    const r = reads.filter((row) => row % banks === b).length;
    const w = writes.filter((row) => row % banks === b).length;
    worst = Math.max(worst, ports >= 2 ? Math.max(r, w) : r + w);
  }
  return worst;
}

/** The geometry fields of a POOL that place its windows. */
export interface PoolWindowGeometry {
  readonly srcRow: number; readonly inH: number; readonly inW: number; readonly kernelH: number; readonly kernelW: number;
  readonly strideH: number; readonly strideW: number; readonly padTop: number; readonly padLeft: number;
}

/** The source rows of output pixel (oy, ox)'s window that are real pixels (padding left out), in window order. */
export function poolWindowRows(a: PoolWindowGeometry, oy: number, ox: number): number[] {
  const rows: number[] = [];
  for (let ky = 0; ky < a.kernelH; ky++) {
    for (let kx = 0; kx < a.kernelW; kx++) {
      const y = oy * a.strideH + ky - a.padTop;
      const x = ox * a.strideW + kx - a.padLeft;
      if (y >= 0 && y < a.inH && x >= 0 && x < a.inW) rows.push(a.srcRow + y * a.inW + x);
    }
  }
  return rows;
}
