// Resource limits: how much memory and work a network, program or machine description may ask for before
// accsim refuses it (before allocating). Files are untrusted input: a conv with pad=[1,1,1,4294967296]
// parses and verifies, and without a limit its output tensor runs the heap out.

/** The limits; the CLI sets them with --max-memory and --max-macs. */
export interface ResourceLimits {
  /** Bytes a file may make accsim allocate: tensors of a network, SRAMs and DRAM of a simulation. */
  readonly maxMemoryBytes: number;
  /** Multiply-accumulates of one sample through a network (the time it takes is about proportional). */
  readonly maxMacs: number;
}

/**
 * 2 GiB is ~50x what ResNet-18 at 224x224 needs (float activations of every layer, per sample);
 * 10^11 MACs is ~50x its MACs. Both are far beyond the models accsim ships, well below a crash.
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxMemoryBytes: 2 * 2 ** 30, maxMacs: 1e11 };

/** "2.0 GiB (2147483648 B)"; non-finite or astronomically large values as they are. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return `${n} B`;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const exact = Number.isSafeInteger(n) ? String(n) : n.toExponential(3);
  return u === 0 ? `${exact} B` : `${v.toFixed(1)} ${units[u]} (${exact} B)`;
}

/** A count for messages: exact when safe, else in exponent form. */
export function formatQuantity(n: number): string {
  return Number.isSafeInteger(n) ? n.toLocaleString('en-US') : n.toExponential(3);
}
