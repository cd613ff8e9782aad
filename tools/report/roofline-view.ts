// The roofline of one design point, derived in TypeScript (tested) for the HTML report's page script:
// each layer with MACs at its arithmetic intensity (MACs per DRAM byte) and its achieved MACs per cycle,
// under the array's peak (one roof per distinct peak, e.g. int8 and int4 layers) and the DRAM bandwidth
// roof (bytes per cycle × intensity). Layers that moved no DRAM byte sit at the right edge, marked.
import type { SweepPoint } from './sweep-types.js';

/** One layer's dot. */
export interface RooflineDot {
  /** Index into the point's layers. */
  layer: number;
  /** MACs per DRAM byte (the right edge for a layer with no DRAM traffic). */
  x: number;
  /** Achieved MACs per cycle over the layer's span. */
  y: number;
  onChip: boolean;
}

/** Everything the roofline chart of one point draws. */
export interface RooflineView {
  dots: RooflineDot[];
  /** Peak MACs per cycle of the modes the layers ran in, ascending. */
  peaks: number[];
  /** DRAM bytes per cycle. */
  bandwidth: number;
  x: { min: number; max: number };
  y: { min: number; max: number };
}

const pow10Below = (v: number): number => 10 ** Math.floor(Math.log10(v));
const pow10Above = (v: number): number => 10 ** Math.ceil(Math.log10(v));

/** The roofline of a point, or undefined when the point lacks the roofs or has no layer with MACs. */
export function buildRoofline(p: SweepPoint): RooflineView | undefined {
  const bandwidth = p.dramBytesPerCycle;
  if (bandwidth === undefined || !(bandwidth > 0)) return undefined;
  const layers = p.layers.map((l, layer) => ({ l, layer })).filter(({ l }) => l.macs > 0 && l.cycles > 0);
  if (layers.length === 0) return undefined;
  const peaks = [...new Set(p.layers.map((l) => l.peakMacsPerCycle).filter((v): v is number => v !== undefined && v > 0))].sort((a, b) => a - b);
  const intensities = layers.filter(({ l }) => l.dramBytes > 0).map(({ l }) => l.macs / l.dramBytes);
  const ridges = peaks.map((pk) => pk / bandwidth);
  // Axes span powers of ten around every intensity, every ridge point and every achieved rate.
  const xMin = pow10Below(Math.min(...intensities, ...ridges) / 2);
  const xMax = pow10Above(Math.max(...intensities, ...ridges) * 4);
  const dots = layers.map(({ l, layer }) => ({
    layer, x: l.dramBytes > 0 ? l.macs / l.dramBytes : xMax, y: l.macs / l.cycles, onChip: l.dramBytes === 0,
  }));
  const ys = dots.map((d) => d.y);
  return {
    dots, peaks, bandwidth,
    x: { min: xMin, max: xMax },
    y: { min: pow10Below(Math.min(...ys, bandwidth * xMin)), max: pow10Above(Math.max(...ys, ...peaks) * 1.5) },
  };
}
