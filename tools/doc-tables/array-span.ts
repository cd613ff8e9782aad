// The array span of each layer, read from a simulation's trace: first start to last end of the layer's
// systolic-array instructions (LOAD_WEIGHTS, COMPUTE). This is the per-layer figure that compares like for
// like with SCALE-Sim, whose compute model assumes operands already in SRAM and free requantization.
import type { Trace } from '../../simulator/trace.js';

/** Layer name → array span in cycles (layers without array work are absent). */
export function arraySpans(trace: Trace): Map<string, number> {
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
  return new Map([...range].map(([name, r]) => [name, r.to - r.from]));
}
