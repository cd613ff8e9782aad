// What every layer lowering shares: the machine (config and derived numbers), the emitter and the DRAM image.
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { DramImage } from './allocate-dram.js';
import type { Emitter } from './emit.js';

/** The lowering context passed to each layer's emitter. */
export interface LowerContext {
  readonly hw: HwConfig;
  readonly d: DerivedHw;
  readonly emitter: Emitter;
  readonly dram: DramImage;
}

/** Alternates buffer halves "on change": a new block goes to the half the previous block did not use. */
export class HalfSwitch<K> {
  private key: K | undefined;
  private half = 1;
  private started = false;

  constructor(private readonly base: number, private readonly halfRows: number) {}

  /** The first row of `key`'s half and whether it must be loaded (it differs from the resident block). */
  use(key: K): { row: number; load: boolean } {
    const load = !this.started || this.key !== key;
    if (load) {
      this.half ^= 1;
      this.key = key;
      this.started = true;
    }
    return { row: this.base + this.half * this.halfRows, load };
  }
}
