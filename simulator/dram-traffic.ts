// DRAM traffic by what it moves (issue 12): each LOAD and STORE is classified by the DRAM region its bytes
// lie in (the .accbin's regions section; programs without one fall back to their tensor descriptors):
// weights, params, activations read (in) or written (out), accumulator partial sums. Bytes in no region
// stay unclassified (the totals still count them).
import { transferDramEnd } from '../isa/check/footprint.js';
import type { InstructionOf } from '../isa/instruction.js';
import type { DramRegion, DramRegionKind, TensorDescriptor, TensorRole } from '../isa/program-tables.js';
import { tensorBytes } from '../isa/program-tables.js';
import type { Counters } from './stats.js';

/** The kinds of DRAM traffic the statistics tell apart. */
export const DRAM_TRAFFIC_KINDS = ['weights', 'params', 'activationsIn', 'activationsOut', 'partialSums'] as const;
export type DramTrafficKind = (typeof DRAM_TRAFFIC_KINDS)[number];

const REGION_OF_ROLE: Record<TensorRole, DramRegionKind> = {
  input: 'activation', output: 'activation', activation: 'activation', weight: 'weights', bias: 'params', params: 'params',
};

/** The traffic kind of a read (LOAD) or write (STORE) of a region of `kind`. */
export function trafficKind(kind: DramRegionKind, write: boolean): DramTrafficKind {
  if (kind === 'activation') return write ? 'activationsOut' : 'activationsIn';
  return kind;
}

/** A program's DRAM regions, sorted by address, for lookups by byte. */
export class DramRegions {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly kinds: DramRegionKind[];

  /** From the .accbin regions, or (when it has none) the tensor descriptors by role. */
  constructor(regions: readonly DramRegion[] | undefined, tensors: readonly TensorDescriptor[] = []) {
    const list = regions !== undefined && regions.length > 0 ? [...regions]
      : tensors.map((t) => ({ addr: t.dramAddr, bytes: tensorBytes(t), kind: REGION_OF_ROLE[t.role] }));
    list.sort((a, b) => a.addr - b.addr);
    this.starts = Float64Array.from(list, (r) => r.addr);
    this.ends = Float64Array.from(list, (r) => r.addr + r.bytes);
    this.kinds = list.map((r) => r.kind);
  }

  /** Index of the region holding byte `addr`, or −1. */
  regionAt(addr: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= addr) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && addr < this.ends[hi]! ? hi : -1;
  }

  /** The kind of region `index`. */
  kindOf(index: number): DramRegionKind {
    return this.kinds[index]!;
  }

  /** The region holding all of [lo, hi), or −1 (none, or the range crosses a region's end). */
  regionHolding(lo: number, hi: number): number {
    const r = this.regionAt(lo);
    return r >= 0 && hi <= this.ends[r]! ? r : -1;
  }
}

/** Regions of programs already seen (a batch simulates one program many times). */
const cache = new WeakMap<object, DramRegions>();

/** The regions of `program` (built once per program object). */
export function regionsOf(program: { readonly regions?: readonly DramRegion[]; readonly tensors?: readonly TensorDescriptor[] }): DramRegions {
  let r = cache.get(program);
  if (r === undefined) cache.set(program, (r = new DramRegions(program.regions, program.tensors)));
  return r;
}

/**
 * Adds transfer `t`'s DRAM bytes (`bursts` whole bursts of `burstBytes`, and the bytes it requested) to the
 * counters of its kind. A transfer inside one region is classified at once; one that crosses regions is
 * classified step by step (each step by the region of its first byte, its new bursts counted as the DRAM
 * side counts them: a burst the previous step ended in is not fetched again).
 */
export function countTraffic(t: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, bursts: number, burstBytes: number, regions: DramRegions, k: Counters): void {
  if (t.op === 'LOAD' && t.fill === 1) return;
  const write = t.op === 'STORE';
  const whole = regions.regionHolding(t.dramAddr, transferDramEnd(t));
  if (whole >= 0) {
    const kind = trafficKind(regions.kindOf(whole), write);
    k.dramBytesByKind[kind] += bursts * burstBytes;
    k.dramRequestedBytesByKind[kind] += t.rows * t.repeat * t.bytesPerRow;
    return;
  }
  let lastBurst = -1;
  for (let o = 0; o < t.repeat; o++) {
    for (let r = 0; r < t.rows; r++) {
      const d = t.dramAddr + o * t.dramOuterStride + r * t.dramRowStride;
      const first = Math.floor(d / burstBytes);
      const last = Math.floor((d + t.bytesPerRow - 1) / burstBytes);
      const fresh = last - first + 1 - (first === lastBurst ? 1 : 0);
      lastBurst = last;
      const region = regions.regionAt(d);
      if (region < 0) continue;
      const kind = trafficKind(regions.kindOf(region), write);
      k.dramBytesByKind[kind] += fresh * burstBytes;
      k.dramRequestedBytesByKind[kind] += t.bytesPerRow;
    }
  }
}
