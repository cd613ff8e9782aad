// A Chrome / Perfetto trace (trace-event JSON): one track per unit (load DMA, systolic array, vector
// unit, store DMA), one span per instruction group (consecutive instructions of one layer on one unit),
// labelled with the layer's name. Timestamps are microseconds at the configured clock.
import type { Instruction } from '../isa/instruction.js';
import type { LayerEntry } from '../isa/program-tables.js';
import type { ISA, Opcode } from '../isa/spec.js';
import type { UnitName } from '../isa/spec-types.js';

/** The trace's tracks, one per unit, in display order. */
export const TRACE_TRACKS = ['load DMA', 'systolic array', 'vector unit', 'store DMA'] as const;
export type TraceTrack = (typeof TRACE_TRACKS)[number];

/** One trace event (the subset of the format we emit: complete spans and thread names). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: 'X' | 'M';
  readonly pid: number;
  readonly tid: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly cat?: string;
  readonly args?: Record<string, unknown>;
}

/** The file written by `--trace`. */
export interface Trace {
  readonly traceEvents: TraceEvent[];
  readonly displayTimeUnit: 'ns';
}

/** The track of each unit isa/spec.ts names (control instructions occupy none). */
const TRACK_OF_UNIT = {
  'dma-load': 'load DMA', 'dma-store': 'store DMA', array: 'systolic array', vector: 'vector unit', control: undefined,
} as const satisfies Record<UnitName, TraceTrack | undefined>;
type TrackOf<Op extends Opcode> = (typeof TRACK_OF_UNIT)[(typeof ISA.opcodes)[Op]['unit']];

/**
 * The track each opcode's spans go on. Exhaustive, so a new opcode does not compile until it is placed
 * here, and each entry's type is the track of the unit the spec names, so the two cannot disagree.
 */
const TRACK: { readonly [Op in Opcode]: TrackOf<Op> } = {
  CONFIG: undefined, HALT: undefined, WINDOW: undefined,
  LOAD: 'load DMA', STORE: 'store DMA', MOVE: 'store DMA',
  LOAD_WEIGHTS: 'systolic array', COMPUTE: 'systolic array',
  REQUANT: 'vector unit', POOL: 'vector unit', ADD: 'vector unit', PACK: 'vector unit', LUT: 'vector unit', DEPTHWISE: 'vector unit',
  CVT_IN: 'vector unit', CVT_OUT: 'vector unit', FPOOL: 'vector unit', FADD: 'vector unit',
};

/** The track an instruction occupies (CONFIG and HALT occupy none). */
export function trackOf(i: Instruction): TraceTrack | undefined {
  return TRACK[i.op];
}

/** Builds the trace from each instruction's start and end cycle. */
export function buildTrace(
  instrs: readonly Instruction[], start: Float64Array, end: Float64Array, layers: readonly LayerEntry[], layerOf: Int32Array, clockHz: number,
): Trace {
  const us = (cycles: number) => (cycles / clockHz) * 1e6;
  const events: TraceEvent[] = [{ name: 'process_name', ph: 'M', pid: 1, tid: 0, args: { name: 'accsim machine' } }];
  TRACE_TRACKS.forEach((u, k) => events.push({ name: 'thread_name', ph: 'M', pid: 1, tid: k + 1, args: { name: u } }));
  interface Group { layer: number; first: number; last: number; from: number; to: number; ops: Record<string, number> }
  const open = new Map<TraceTrack, Group>();
  const close = (u: TraceTrack, g: Group) => {
    const name = g.layer < layers.length ? layers[g.layer]!.name : '(no layer)';
    events.push({
      name, ph: 'X', pid: 1, tid: TRACE_TRACKS.indexOf(u) + 1, cat: u, ts: us(g.from), dur: us(g.to - g.from),
      args: { instructions: `${g.first}..${g.last}`, cycles: g.to - g.from, startCycle: g.from, ops: g.ops },
    });
  };
  instrs.forEach((ins, i) => {
    const u = trackOf(ins);
    if (u === undefined) return;
    const g = open.get(u);
    if (g !== undefined && g.layer === layerOf[i]) {
      g.last = i;
      g.to = Math.max(g.to, end[i]!);
      g.ops[ins.op] = (g.ops[ins.op] ?? 0) + 1;
      return;
    }
    if (g !== undefined) close(u, g);
    open.set(u, { layer: layerOf[i]!, first: i, last: i, from: start[i]!, to: end[i]!, ops: { [ins.op]: 1 } });
  });
  for (const [u, g] of open) close(u, g);
  return { traceEvents: events, displayTimeUnit: 'ns' };
}
