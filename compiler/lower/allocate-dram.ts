// The DRAM image: activations first (their sizes are known from the graph before any layer is
// lowered, so every address is final when an instruction is made), then each layer's packed weights
// and requantization blocks. Regions are aligned to the DRAM burst so a tile's transfer starts on one.
import { assert } from '../../core/diagnostics.js';

/** A growing DRAM image; `bytes()` is what the .accbin carries (activations read as zeros). */
export class DramImage {
  private readonly parts: { addr: number; data: Uint8Array }[] = [];
  private end = 0;

  constructor(private readonly align: number) {}

  private place(size: number): number {
    const addr = Math.ceil(this.end / this.align) * this.align;
    this.end = addr + size;
    return addr;
  }

  /** Reserves `size` bytes (an activation); returns the address. */
  reserve(size: number): number {
    return this.place(size);
  }

  /** Places initialised data (weights, parameters); returns the address. */
  add(data: Uint8Array): number {
    const addr = this.place(data.length);
    this.parts.push({ addr, data });
    return addr;
  }

  /** Bytes used so far. */
  get size(): number {
    return this.end;
  }

  /** The image from address 0 to the end of the last initialised region (reserved space after it is not carried). */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((end, p) => Math.max(end, p.addr + p.data.length), 0));
    for (const p of this.parts) {
      assert(p.addr + p.data.length <= out.length, 'DRAM part inside the image');
      out.set(p.data, p.addr);
    }
    return out;
  }
}
