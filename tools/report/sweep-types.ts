// The data contract between the sweep engine (which fills it) and the sweep reports (CSV, HTML).
// Plain JSON-able data only: the HTML report embeds a SweepReport verbatim.
import type { DramTraffic } from './dram-traffic.js';

/** Energy of one inference split by hardware component, in picojoules. */
export interface EnergyByComponent {
  mac: number;
  accumulator: number;
  inputSram: number;
  weightSram: number;
  outputSram: number;
  paramSram: number;
  dram: number;
  vector: number;
  /** Pipeline registers, when the energy table models them. */
  register?: number;
}

/** One lowered layer of one design point. */
export interface LayerResult {
  name: string;
  op: string;
  /** Human-readable shape, e.g. "1x28x28x16 <- 3x3x1x16". */
  shape: string;
  macs: number;
  cycles: number;
  /** Fraction of peak MACs used while the layer runs, 0..1. */
  utilization: number;
  stallCycles: number;
  dramBytes: number;
  energyPj: number;
  /** Peak MACs per cycle of the array mode the layer ran in (absent: no array MACs). */
  peakMacsPerCycle?: number;
  /** DRAM bytes by kind and the compulsory bytes (when the simulator splits them). */
  dram?: DramTraffic;
}

/** Dataflow of the systolic array: weight-stationary or output-stationary. */
export type Dataflow = 'ws' | 'os';

/** One design point of a sweep: a model compiled with one preset onto one array. */
export interface SweepPoint {
  model: string;
  /** Quantization preset name (w8a8, w4a8, w4a4, binary, ...). */
  preset: string;
  /** Array size as typed on the command line, "16x16" (rows x cols). */
  array: string;
  rows: number;
  cols: number;
  dataflow: Dataflow;
  cycles: number;
  latencyUs: number;
  /** Whole-network utilization, 0..1. */
  utilization: number;
  /** Total energy of one inference, pJ (the sum of `energy`). */
  energyPj: number;
  energy: EnergyByComponent;
  pjPerMac: number;
  topsPerW: number;
  macs: number;
  /** Top-1 accuracy of the quantized model on the evaluation set, percent 0..100. */
  accuracyPct?: number;
  /** Top-1 accuracy of the float model on the same set, percent 0..100. */
  floatAccuracyPct?: number;
  /** Share of inputs whose quantized top-1 class equals the float model's, percent 0..100. */
  top1Agreement?: number;
  /** Signal-to-quantization-noise ratio of the logits against float, dB. */
  sqnrDb?: number;
  /** Simulator output equals the integer reference bit for bit. */
  bitExact: boolean;
  /** DRAM bandwidth in bytes per cycle (the roofline's slope; absent in reports written before it). */
  dramBytesPerCycle?: number;
  layers: LayerResult[];
}

/** Everything one `accsim sweep` run reports. */
export interface SweepReport {
  title: string;
  /** ISO 8601 time of generation. */
  generatedAt: string;
  /** The command line that produced the report. */
  command: string;
  /** The hardware configuration every point starts from (before array/dataflow overrides). */
  hwBase: Record<string, unknown>;
  /** Name (and source) of the energy cost table used. */
  energyTable: string;
  points: SweepPoint[];
  /** Points whose evaluation failed ("w8a8@16x16/ws" and the one-line error); absent when none did. */
  failed?: { label: string; error: string }[];
}

/** The label of a point in every chart and table: "w8a8@16x16/ws" (model prefix only if asked). */
export function pointLabel(p: SweepPoint, withModel = false): string {
  const base = `${p.preset}@${p.array}/${p.dataflow}`;
  return withModel ? `${p.model}:${base}` : base;
}
