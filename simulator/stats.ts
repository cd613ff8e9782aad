// Statistics of a run: event counters (what the energy model charges), cycles and stalls by cause,
// per layer (the .accbin layer table's instruction ranges) and in total.
import type { BufferName } from '../isa/spec.js';
import { BUFFERS } from '../isa/spec.js';
import type { VectorOpKind } from './energy/scaling.js';
import { DRAM_TRAFFIC_KINDS, type DramTrafficKind } from './dram-traffic.js';

/**
 * Float-datapath events: a chunk folded into an FP32 sum (per output), an element converted in (CVT_IN), an
 * FP32 sum or an int32 sum converted out (CVT_OUT), an FP32 add, a max-pool tap, an average tap and divide,
 * and an access to a float accumulator entry (also in accReads/accWrites; it is wider: FP32 sum + partial);
 * MX: an element converted by blocks (CVT_IN with pixelElems), a read and a write of the E8M0 scale side buffer.
 * Mode-dependent events carry a variant after '|': fold and acc-entry the array mode, cvt-in and cvt-in-mx the
 * element (none: fp8-e4m3 / e4m3, the keys fp8 runs have always had).
 */
export const FORMAT_OP_KINDS = ['fold', 'cvt-in', 'cvt-out', 'cvt-int', 'fadd', 'fmax-tap', 'favg-tap', 'favg-div', 'acc-entry', 'cvt-in-mx', 'mx-scale-read', 'mx-scale-write'] as const;
export type FormatOpKind = (typeof FORMAT_OP_KINDS)[number];

/** Why a unit waited (issue 6): the five causes the reports break cycles into. */
export const STALL_CAUSES = ['dramBandwidth', 'dramLatency', 'dependencyWait', 'bankConflict', 'vectorUnitBusy'] as const;
export type StallCause = (typeof STALL_CAUSES)[number];

/** Event counts: every one is charged by simulator/energy/energy-model.ts. */
export class Counters {
  /** Useful array MACs keyed "mode|weightBits|actBits|accBits" (binary: one XNOR-popcount lane each). */
  readonly macs = new Map<string, number>();
  /** MACs of DEPTHWISE on the vector unit's MAC path. */
  depthwiseMacs = 0;
  /** Array work in peak-cycle units: Σ MACs / peakMacsPerCycle[mode] (the numerator of utilization). */
  peakCycleEquivalents = 0;
  /** Accumulator entries read / written (each `accBits` wide). */
  accReads = 0;
  accWrites = 0;
  /** Row accesses per buffer (accumulator rows counted in accReads/accWrites entries instead). */
  readonly sramReads: Record<BufferName, number> = zeroPerBuffer();
  readonly sramWrites: Record<BufferName, number> = zeroPerBuffer();
  /** Bytes the DMA moved per buffer (both directions). */
  readonly bufferBytes: Record<BufferName, number> = zeroPerBuffer();
  /** DRAM traffic as whole bursts (what the DRAM actually moves) and as requested bytes. */
  dramReadBytes = 0;
  dramWriteBytes = 0;
  dramRequestedBytes = 0;
  /** The DRAM bytes (whole bursts, read + written) and requested bytes by what they move (dram-traffic.ts); bytes in no known region are in neither. */
  readonly dramBytesByKind: Record<DramTrafficKind, number> = zeroPerKind();
  readonly dramRequestedBytesByKind: Record<DramTrafficKind, number> = zeroPerKind();
  /** Group modes' column multiplies (a u8 multiplier × a tile's partial sum) keyed "multBits|psumBits". */
  readonly groupScales = new Map<string, number>();
  /** Vector-unit events keyed "kind|bits". */
  readonly vectorOps = new Map<string, number>();
  /** Float-datapath events (chunk folds, conversions, FP32 vector ops) by kind, charged by energy-model.ts from format-scaling.ts. */
  readonly formatOps = new Map<string, number>();
  /** PE pipeline-register accesses in bits (operand and partial-sum registers, per PE-cycle of work). */
  registerBits = 0;
  /** Outputs whose exact sum left the accumulator width at REQUANT. */
  overflows = 0;
  readonly stalls: Record<StallCause, number> = { dramBandwidth: 0, dramLatency: 0, dependencyWait: 0, bankConflict: 0, vectorUnitBusy: 0 };

  addMacs(key: string, n: number): void {
    this.macs.set(key, (this.macs.get(key) ?? 0) + n);
  }
  addGroupScales(multBits: number, psumBits: number, n: number): void {
    const key = `${multBits}|${psumBits}`;
    this.groupScales.set(key, (this.groupScales.get(key) ?? 0) + n);
  }
  addFormat(kind: FormatOpKind, n: number, variant?: string): void {
    const key = variant === undefined ? kind : `${kind}|${variant}`;
    this.formatOps.set(key, (this.formatOps.get(key) ?? 0) + n);
  }
  addVector(kind: VectorOpKind, bits: number, n: number): void {
    const key = `${kind}|${bits}`;
    this.vectorOps.set(key, (this.vectorOps.get(key) ?? 0) + n);
  }
  /** Adds every counter of `o` into this one. */
  merge(o: Counters): void {
    for (const [k, v] of o.macs) this.addMacs(k, v);
    for (const [k, v] of o.vectorOps) this.vectorOps.set(k, (this.vectorOps.get(k) ?? 0) + v);
    for (const [k, v] of o.formatOps) this.formatOps.set(k, (this.formatOps.get(k) ?? 0) + v);
    for (const [k, v] of o.groupScales) this.groupScales.set(k, (this.groupScales.get(k) ?? 0) + v);
    this.peakCycleEquivalents += o.peakCycleEquivalents;
    this.depthwiseMacs += o.depthwiseMacs;
    this.accReads += o.accReads;
    this.accWrites += o.accWrites;
    for (const b of BUFFERS) {
      this.sramReads[b] += o.sramReads[b];
      this.sramWrites[b] += o.sramWrites[b];
      this.bufferBytes[b] += o.bufferBytes[b];
    }
    this.dramReadBytes += o.dramReadBytes;
    this.dramWriteBytes += o.dramWriteBytes;
    this.dramRequestedBytes += o.dramRequestedBytes;
    for (const kind of DRAM_TRAFFIC_KINDS) {
      this.dramBytesByKind[kind] += o.dramBytesByKind[kind];
      this.dramRequestedBytesByKind[kind] += o.dramRequestedBytesByKind[kind];
    }
    this.registerBits += o.registerBits;
    this.overflows += o.overflows;
    for (const s of Object.keys(this.stalls) as StallCause[]) this.stalls[s] += o.stalls[s];
  }
  /** Useful MACs: the array's plus DEPTHWISE's on the vector unit (charged as vector ops). */
  totalMacs(): number {
    let t = this.depthwiseMacs;
    for (const v of this.macs.values()) t += v;
    return t;
  }
}

function zeroPerBuffer(): Record<BufferName, number> {
  return { input: 0, weight: 0, accumulator: 0, param: 0, output: 0 };
}

function zeroPerKind(): Record<DramTrafficKind, number> {
  return { weights: 0, params: 0, activationsIn: 0, activationsOut: 0, partialSums: 0 };
}

/** One layer's share of the run. */
export interface LayerStats {
  readonly name: string;
  /** First start to last end of the layer's instructions (layers overlap when the queues pipeline). */
  readonly firstCycle: number;
  readonly lastCycle: number;
  readonly cycles: number;
  readonly counters: Counters;
  /** Useful MACs / (peak MACs per cycle × the layer's cycles). */
  readonly utilization: number;
  /** The compiler's compulsory DRAM bytes of the layer (the .accbin layer table), when the program has them. */
  readonly compulsoryBytes?: number;
}

/** Everything a run measured. */
export interface RunStats {
  readonly cycles: number;
  readonly seconds: number;
  readonly clockHz: number;
  readonly utilization: number;
  readonly totals: Counters;
  readonly layers: readonly LayerStats[];
  /** Busy cycles per queue (start to end of its instructions, summed). */
  readonly busyCycles: { load: number; compute: number; store: number };
}

/** A plain-JSON view of the counters (for --json and worker messages). */
export function countersToJson(c: Counters): Record<string, unknown> {
  return {
    macs: Object.fromEntries(c.macs),
    totalMacs: c.totalMacs(),
    depthwiseMacs: c.depthwiseMacs,
    accReads: c.accReads,
    accWrites: c.accWrites,
    sramReads: { ...c.sramReads },
    sramWrites: { ...c.sramWrites },
    bufferBytes: { ...c.bufferBytes },
    dramReadBytes: c.dramReadBytes,
    dramWriteBytes: c.dramWriteBytes,
    dramRequestedBytes: c.dramRequestedBytes,
    dramBytesByKind: { ...c.dramBytesByKind },
    dramRequestedBytesByKind: { ...c.dramRequestedBytesByKind },
    vectorOps: Object.fromEntries(c.vectorOps),
    registerBits: c.registerBits,
    overflows: c.overflows,
    stalls: { ...c.stalls },
    // Only when a group mode ran: the stats of every other run keep their shape (and the goldens theirs).
    ...(c.groupScales.size > 0 ? { groupScales: Object.fromEntries(c.groupScales) } : {}),
    ...(c.formatOps.size > 0 ? { formatOps: Object.fromEntries(c.formatOps) } : {}),
  };
}
