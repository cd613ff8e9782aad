// An operand buffer region managed as a few equal slots holding "slabs" (an input band, a group of
// weight chunks, a block of requantization parameters). A slab is loaded only when it is not resident;
// it replaces the least recently used slot. With two or more slots the load of the next slab overlaps
// the compute on the current one (the token pass orders the load after the last reader of the slot).
// The plan search replays the same cache to count the DRAM bytes a loop order costs, so the traffic a
// plan predicts is the traffic the emitter produces.

/** Where a slab goes and whether it must be loaded. */
export interface SlabUse {
  readonly slot: number;
  readonly row: number;
  readonly load: boolean;
}

/** `slots` slots of `slabRows` rows from row `base`. */
export class SlabCache<K> {
  private readonly keys: (K | undefined)[];
  private readonly lastUse: number[];
  private clock = 0;

  constructor(readonly base: number, readonly slabRows: number, readonly slots: number) {
    this.keys = new Array<K | undefined>(slots).fill(undefined);
    this.lastUse = new Array<number>(slots).fill(-1);
  }

  /** The slot holding `key` (loading it into the least recently used slot when absent). */
  use(key: K): SlabUse {
    this.clock++;
    let slot = this.keys.indexOf(key);
    const load = slot < 0;
    if (load) {
      slot = 0;
      for (let s = 1; s < this.slots; s++) if (this.lastUse[s]! < this.lastUse[slot]!) slot = s;
      this.keys[slot] = key;
    }
    this.lastUse[slot] = this.clock;
    return { slot, row: this.base + slot * this.slabRows, load };
  }
}
