// The array span of each layer, read from a simulation's trace: first start to last end of the layer's
// systolic-array instructions (LOAD_WEIGHTS, COMPUTE), and the part of it after the layers before it had
// ended, the figure that compares like for like with SCALE-Sim (docs/CYCLE-MODEL.md: SCALE-Sim runs layers
// one after another with operands in SRAM and free requantization).
import type { Trace } from '../../simulator/trace.js';

/** First start and last end of a layer's array instructions. */
export interface ArrayRange {
  readonly from: number;
  readonly to: number;
}

/** Layer name → array span in cycles (layers without array work are absent). */
export function arraySpans(trace: Trace): Map<string, number> {
  return new Map([...arrayRanges(trace)].map(([name, r]) => [name, r.to - r.from]));
}

/**
 * The array cycles of a layer after the layers before it (in program order) have ended: last array end −
 * max(first array start, their last end), at least 0. SCALE-Sim runs layers one after another with their
 * operands in SRAM, so on its timeline a layer starts when the layers before it end; the array span also
 * counts the cycles a layer's hoisted LOAD_WEIGHTS or first COMPUTE waits for the previous layer's output
 * (or overlaps its work), cycles that timeline gives to the layers before. Over a program these figures
 * count each cycle for one layer at most; none hides a stall after the layers before it ended.
 */
export function arrayCyclesAfter(range: ArrayRange | undefined, beforeEnd: number): number {
  if (range === undefined) return 0;
  return Math.max(0, range.to - Math.max(range.from, beforeEnd));
}

/** Layer name → first start and last end of its array instructions. */
export function arrayRanges(trace: Trace): Map<string, ArrayRange> {
  const range = new Map<string, { from: number; to: number }>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.cat !== 'systolic array' || e.args === undefined) continue;
    // The trace groups consecutive array instructions of one layer; a layer whose array work is
    // interleaved with another layer's has several groups, so take the hull.
    const from = e.args['startCycle'] as number;
    const to = from + (e.args['cycles'] as number);
    const r = range.get(e.name);
    if (r === undefined) range.set(e.name, { from, to });
    else range.set(e.name, { from: Math.min(r.from, from), to: Math.max(r.to, to) });
  }
  return range;
}
