// What every layer lowering shares: the machine (config and derived numbers) and the emitter; the
// two-phase protocol of a layer (plan and pack constants, then emit).
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { Emitter } from './emit.js';
import type { RunAhead } from './cost-model.js';

/** The lowering context passed to each layer's emitter. */
export interface LowerContext {
  readonly hw: HwConfig;
  readonly d: DerivedHw;
  readonly emitter: Emitter;
  /** What the previous layer on the array left the next one's loads (cost model; set as layers are planned in order). */
  runAhead?: RunAhead;
  /** Tensors whose producer MOVEs each channel group into the consumer's image on its own (its consumer computes group by group). */
  groupedHandOff?: Set<string>;
}

/**
 * A planned layer. Planning packs its constants (weights, requantization blocks); the DRAM image places
 * every layer's constants first and the activations after them (so the program image holds no
 * activation bytes), then each layer emits its instructions with the constants' addresses.
 */
export interface LayerLowering {
  readonly constants: readonly Uint8Array[];
  emit(addrs: readonly number[]): void;
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
