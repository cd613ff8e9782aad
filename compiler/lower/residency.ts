// Residency: which activation tensors stay on chip between layers, in which buffer and rows, for their
// whole lifetime (from the start of the producing layer to the end of the last consumer: a residual
// branch is kept until its add). A tensor read by the vector unit (pool, add) is kept in the output
// buffer (OUT layout); one read by the array (conv, dense) in the input buffer as its consumers' padded
// image (IMG layout); both when both read it. Everything else lives in DRAM.
//
// Decided from the buffer sizes, greedily by DRAM bytes saved (the tensor's write and every read), with
// a simple budget: resident tensors take rows from the top of a buffer and never more than half of it,
// so every layer keeps at least the bottom half as working space for its own tiles (bands loaded from
// DRAM, staging of outputs bound for DRAM). A bigger buffer (--hw) keeps more tensors on chip.
import type { DerivedHw } from '../../isa/hw-config.js';
import type { Network } from './network.js';
import { imgLayout, outLayout, outRows, type ImgLayout, type OutLayout, type Pads } from './onchip-layout.js';

/** How a layer reads its inputs: through the array's window (IMG), the vector unit (OUT), or from DRAM only. */
export type ReadPath = 'img' | 'out' | 'dram';

/** What a consumer layer needs of an input: the read path and, for the window, the padding. */
export interface ConsumerNeed {
  readonly path: ReadPath;
  readonly pads?: Pads;
}

/** Where a tensor lives between layers (absent copies: not on chip; in DRAM when neither). */
export interface Placement {
  readonly out?: OutLayout;
  readonly img?: ImgLayout;
}

/** The residency plan: placements and, per layer, the rows below the resident tensors (working space). */
export interface ResidencyPlan {
  readonly placement: ReadonlyMap<string, Placement>;
  /** Per layer: working rows [0, n) of the input and the output buffer. */
  readonly workInput: readonly number[];
  readonly workOutput: readonly number[];
}

interface Region {
  readonly base: number;
  readonly rows: number;
  readonly from: number;
  readonly to: number;
}

/** Top-down first fit over layer intervals, above `floor` (the float lowering's FP32 residency uses it too). */
export class RowAllocator {
  private readonly regions: Region[] = [];
  constructor(private readonly total: number, private readonly floor: number) {}

  alloc(rows: number, from: number, to: number): number | undefined {
    const live = this.regions.filter((r) => r.from <= to && from <= r.to);
    let base = this.total - rows;
    for (;;) {
      const hit = live.find((r) => r.base < base + rows && base < r.base + r.rows);
      if (hit === undefined) break;
      base = hit.base - rows;
    }
    if (base < this.floor) return undefined;
    this.regions.push({ base, rows, from, to });
    return base;
  }

  /** Gives back the region allocated last at `base`. */
  free(base: number): void {
    const k = this.regions.findIndex((r) => r.base === base);
    if (k >= 0) this.regions.splice(k, 1);
  }

  /** Lowest resident row at layer i (the working space ends there). */
  floorAt(i: number): number {
    let low = this.total;
    for (const r of this.regions) if (r.from <= i && i <= r.to) low = Math.min(low, r.base);
    return low;
  }
}

/**
 * Plans residency for `net`; `need(layer, tensor)` says how each consumer reads each input. The
 * program's input and output tensors stay in DRAM (the host writes and reads them there).
 */
export function planResidency(net: Network, d: DerivedHw, need: (layer: number, tensor: string) => ConsumerNeed): ResidencyPlan {
  const outAlloc = new RowAllocator(d.bufferRows.output, Math.ceil(d.bufferRows.output / 2));
  const inAlloc = new RowAllocator(d.bufferRows.input, Math.ceil(d.bufferRows.input / 2));
  const placement = new Map<string, Placement>();
  const candidates = [...net.tensors.values()]
    // A concat writes each branch at its channel offset through the STORE address: its result lives in DRAM.
    .filter((t) => t.role === 'activation' && t.producer >= 0 && t.consumers.length > 0 && net.layers[t.producer]!.node.op !== 'qconcat')
    .map((t) => ({ t, saved: t.h * t.w * t.pixBytes * (1 + t.consumers.length) }))
    .sort((a, b) => b.saved - a.saved);
  for (const { t } of candidates) {
    const needs = t.consumers.map((c) => need(c, t.name));
    if (needs.some((n) => n.path === 'dram')) continue;
    const last = Math.max(...t.consumers);
    const wantOut = needs.some((n) => n.path === 'out');
    const imgPads = needs.filter((n) => n.path === 'img').map((n) => n.pads!);
    const out = wantOut ? outLayout(t, d.rowBytes.output) : undefined;
    const pads: Pads | undefined = imgPads.length === 0 ? undefined : {
      top: Math.max(...imgPads.map((p) => p.top)), left: Math.max(...imgPads.map((p) => p.left)),
      bottom: Math.max(...imgPads.map((p) => p.bottom)), right: Math.max(...imgPads.map((p) => p.right)),
    };
    const img = pads === undefined ? undefined : imgLayout(t.h, t.w, t.pixBytes, pads, d, true);
    // Both copies or neither: a tensor half on chip would still cross DRAM.
    const outBase = out === undefined ? undefined : outAlloc.alloc(outRows(out), t.producer, last);
    if (out !== undefined && outBase === undefined) continue;
    const inBase = img === undefined ? undefined : inAlloc.alloc(img.rows, t.producer, last);
    if (img !== undefined && inBase === undefined) {
      if (outBase !== undefined) outAlloc.free(outBase);
      continue;
    }
    placement.set(t.name, {
      ...(out === undefined ? {} : { out: { ...out, base: outBase! } }),
      ...(img === undefined ? {} : { img: { ...img, base: inBase! } }),
    });
  }
  const layers = net.layers.map((_, i) => i);
  return { placement, workInput: layers.map((i) => inAlloc.floorAt(i)), workOutput: layers.map((i) => outAlloc.floorAt(i)) };
}
