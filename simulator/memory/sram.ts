// The on-chip buffers as storage. Input, weight, param and output buffers are plain byte arrays of
// rows; the accumulator keeps exact sums (guard bits, docs/HARDWARE.md §3) as doubles, and shows its
// low `accEntryBytes` bytes per entry (two's complement, little-endian) to LOAD and STORE.
import type { BufferName } from '../../isa/spec.js';
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';

/** Geometry every buffer shares. */
export interface SramGeometry {
  readonly name: BufferName;
  readonly rowBytes: number;
  readonly rows: number;
  readonly banks: number;
  readonly ports: number;
  readonly sizeBytes: number;
}

/** A byte-addressed SRAM of `rows` rows of `rowBytes` bytes. */
export class Sram implements SramGeometry {
  readonly bytes: Uint8Array;
  constructor(
    readonly name: BufferName,
    readonly rowBytes: number,
    readonly rows: number,
    readonly banks: number,
    readonly ports: number,
  ) {
    this.bytes = new Uint8Array(rowBytes * rows);
  }
  get sizeBytes(): number {
    return this.bytes.length;
  }
  /** Copies `src` into row `row` at byte `byte`. */
  writeBytes(row: number, byte: number, src: Uint8Array): void {
    this.bytes.set(src, row * this.rowBytes + byte);
  }
  /** A view (no copy) of `length` bytes of row `row` from byte `byte`. */
  readBytes(row: number, byte: number, length: number): Uint8Array {
    const at = row * this.rowBytes + byte;
    return this.bytes.subarray(at, at + length);
  }
  fillBytes(row: number, byte: number, length: number, value: number): void {
    const at = row * this.rowBytes + byte;
    this.bytes.fill(value, at, at + length);
  }
}

/**
 * The accumulator buffer: `rows` × `cols` exact integer sums. In a float mode (isa/spec.ts isFloatMode) an
 * entry is an FP32 sum, kept in `values`, and the exact partial of its open chunk, kept in `partial`.
 */
export class AccumulatorSram implements SramGeometry {
  readonly name = 'accumulator' as const;
  readonly values: Float64Array;
  /** Float modes: the open chunk's exact partial of each entry (0 when no chunk is open). */
  readonly partial: Float64Array;
  readonly rowBytes: number;
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly entryBytes: number,
    readonly banks: number,
    readonly ports: number,
  ) {
    this.values = new Float64Array(rows * cols);
    this.partial = new Float64Array(rows * cols);
    this.rowBytes = cols * entryBytes;
  }
  get sizeBytes(): number {
    return this.rows * this.rowBytes;
  }
  /** The stored bytes of entries as LOAD/STORE see them: the low entryBytes of each sum. */
  readBytes(row: number, byte: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    // Stryker disable next-line EqualityOperator: one more pass (j <= length) stores out[length], outside the typed array (ignored)
    for (let j = 0; j < length; j++) {
      const b = byte + j;
      const entry = this.values[row * this.cols + Math.floor(b / this.entryBytes)]!;
      out[j] = byteOf(entry, b % this.entryBytes);
    }
    return out;
  }
  /** Overwrites stored bytes; each touched entry becomes the sign-extended value of its entryBytes. */
  writeBytes(row: number, byte: number, src: Uint8Array): void {
    const eb = this.entryBytes;
    const first = Math.floor(byte / eb);
    const last = Math.floor((byte + src.length - 1) / eb);
    for (let e = first; e <= last; e++) {
      const at = row * this.cols + e;
      let raw = 0;
      for (let k = eb - 1; k >= 0; k--) {
        const b = e * eb + k;
        const v = b >= byte && b < byte + src.length ? src[b - byte]! : byteOf(this.values[at]!, k);
        raw = raw * 256 + v;
      }
      const bits = eb * 8;
      this.values[at] = raw >= 2 ** (bits - 1) ? raw - 2 ** bits : raw;
    }
  }
  fillBytes(row: number, byte: number, length: number, value: number): void {
    this.writeBytes(row, byte, new Uint8Array(length).fill(value));
  }
}

/** Byte `k` (little-endian) of the two's complement representation of the integer `v`. */
function byteOf(v: number, k: number): number {
  // Exact for |v| < 2^53: the floor division by 256^k and the modulo stay integral.
  const shifted = Math.floor(v / 256 ** k);
  return ((shifted % 256) + 256) % 256;
}

/** Every buffer of the machine, built from a configuration and its derived values. */
export interface Buffers {
  readonly input: Sram;
  readonly weight: Sram;
  readonly accumulator: AccumulatorSram;
  readonly param: Sram;
  readonly output: Sram;
}

/** Allocates the buffers of `hw` (zero-filled, as after reset). */
export function makeBuffers(hw: HwConfig, d: DerivedHw): Buffers {
  const plain = (b: 'input' | 'weight' | 'param' | 'output') =>
    new Sram(b, d.rowBytes[b], d.bufferRows[b], hw.memories[b].banks, hw.memories[b].ports);
  const acc = hw.memories.accumulator;
  return {
    input: plain('input'),
    weight: plain('weight'),
    accumulator: new AccumulatorSram(d.bufferRows.accumulator, hw.array.cols, d.accEntryBytes, acc.banks, acc.ports),
    param: plain('param'),
    output: plain('output'),
  };
}
