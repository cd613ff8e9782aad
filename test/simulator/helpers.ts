// Shared helpers for the simulator tests: a small machine, and programs assembled from text.
import { assemble } from '../../isa/assembly.js';
import type { Program } from '../../isa/program-file.js';
import type { LayerEntry, TensorDescriptor } from '../../isa/program-tables.js';
import { defaultHwConfig, type HwConfig } from '../../isa/hw-config.js';

/** The defaults with a rows×cols array and the given tweaks. */
export function smallHw(rows: number, cols: number, tweak: (c: HwConfig) => void = () => {}): HwConfig {
  const c = defaultHwConfig();
  c.array.rows = rows;
  c.array.cols = cols;
  tweak(c);
  return c;
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
