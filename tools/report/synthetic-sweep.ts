// A deterministic, clearly labelled SYNTHETIC sweep report (4 presets × 3 arrays × 2 dataflows)
// for the report's screenshots and browser test, before real sweeps exist. The numbers follow a
// rough first-order model (tile counts, fill/drain, packing, per-access energies of the order of
// the 45 nm table) plus seeded jitter: plausible in shape, not a measurement.
import type { Dataflow, EnergyByComponent, LayerResult, SweepPoint, SweepReport } from './sweep-types.js';
import { mulberry32 } from '../../core/seeded-random.js';


/** A layer as a matrix product: M output positions × K reduction × N output channels (K=0: vector op). */
interface SyntheticLayer {
  name: string;
  op: string;
  shape: string;
  m: number;
  k: number;
  n: number;
}

const LAYERS: SyntheticLayer[] = [
  { name: 'conv1', op: 'conv2d', shape: '1x28x28x1 → 1x28x28x16, k3x3', m: 784, k: 9, n: 16 },
  { name: 'pool1', op: 'maxpool2d', shape: '1x28x28x16 → 1x14x14x16', m: 196, k: 0, n: 16 },
  { name: 'conv2', op: 'conv2d', shape: '1x14x14x16 → 1x14x14x32, k3x3', m: 196, k: 144, n: 32 },
  { name: 'pool2', op: 'maxpool2d', shape: '1x14x14x32 → 1x7x7x32', m: 49, k: 0, n: 32 },
  { name: 'fc1', op: 'dense', shape: '1x1568 → 1x64', m: 1, k: 1568, n: 64 },
  { name: 'fc2', op: 'dense', shape: '1x64 → 1x10', m: 1, k: 64, n: 10 },
];

interface PresetModel {
  name: string;
  weightBits: number;
  actBits: number;
  /** MACs per PE per cycle (sub-word parallelism). */
  packing: number;
  macPj: number;
  accuracyPct: number;
  top1Agreement: number;
  sqnrDb: number;
}

const PRESETS: PresetModel[] = [
  { name: 'w8a8', weightBits: 8, actBits: 8, packing: 1, macPj: 0.23, accuracyPct: 90.8, top1Agreement: 99.1, sqnrDb: 37.5 },
  { name: 'w4a8', weightBits: 4, actBits: 8, packing: 1, macPj: 0.15, accuracyPct: 90.1, top1Agreement: 97.4, sqnrDb: 24.2 },
  { name: 'w4a4', weightBits: 4, actBits: 4, packing: 2, macPj: 0.075, accuracyPct: 87.2, top1Agreement: 92.6, sqnrDb: 16.8 },
  { name: 'binary', weightBits: 1, actBits: 1, packing: 64, macPj: 0.006, accuracyPct: 80.9, top1Agreement: 83.5, sqnrDb: 6.1 },
];

const FLOAT_ACCURACY_PCT = 91.2;
const CLOCK_MHZ = 500;
const DRAM_BYTES_PER_CYCLE = 16;
const BATCH = 16;
const PJ = { sramByte: 1.6, dramByte: 160, accumulate: 0.1, vectorElement: 0.4, paramByte: 1.2 };

/** Cycles of one matmul layer: tiles × (streamed length + fill/drain), by dataflow. */
function matmulCycles(l: SyntheticLayer, rows: number, cols: number, packing: number, df: Dataflow): number {
  if (df === 'ws') {
    // Weights K×N sit in the array (K packed along rows); each tile streams the M input rows.
    const tiles = Math.ceil(l.k / (rows * packing)) * Math.ceil(l.n / cols);
    return tiles * (l.m + rows + cols);
  }
  // Outputs M×N sit in the array; each tile streams the K reduction (packed).
  const tiles = Math.ceil(l.m / rows) * Math.ceil(l.n / cols);
  return tiles * (Math.ceil(l.k / packing) + rows + cols);
}

function simulateLayer(
  l: SyntheticLayer, p: PresetModel, rows: number, cols: number, df: Dataflow, rand: () => number,
): { layer: LayerResult; energy: EnergyByComponent } {
  const jitter = (): number => 0.95 + 0.1 * rand();
  const macs = l.m * l.k * l.n;
  const inBytes = (l.m * Math.max(l.k, 1) * p.actBits) / 8;
  const outBytes = (l.m * l.n * p.actBits) / 8;
  const weightBytes = (l.k * l.n * p.weightBits) / 8;
  const compute = l.k === 0 ? Math.ceil((l.m * l.n * 4) / cols) : matmulCycles(l, rows, cols, p.packing, df);
  // Weights are fetched once per batch of BATCH inferences (per-inference share); the input and
  // the logits cross DRAM every inference.
  const ioBytes = (l.name === 'conv1' ? inBytes : 0) + (l.name === 'fc2' ? outBytes : 0);
  const dramBytes = Math.round((weightBytes / BATCH + ioBytes) * jitter());
  const stallCycles = Math.round(Math.max(0, dramBytes / DRAM_BYTES_PER_CYCLE - compute * 0.3) * jitter());
  const cycles = compute + stallCycles;
  // Re-reads: WS re-reads inputs once per column tile, OS re-reads weights once per row tile.
  const inputReads = df === 'ws' ? Math.ceil(l.n / cols) : 1;
  const weightReads = df === 'os' ? Math.ceil(l.m / rows) : 1;
  const energy: EnergyByComponent = {
    mac: macs * p.macPj * jitter(),
    accumulator: (l.k === 0 ? 0 : (macs / Math.min(l.k, rows * p.packing)) * PJ.accumulate) * jitter(),
    inputSram: inBytes * inputReads * PJ.sramByte * jitter(),
    weightSram: weightBytes * weightReads * PJ.sramByte * jitter(),
    outputSram: outBytes * PJ.sramByte * jitter(),
    paramSram: (l.k === 0 ? 0 : l.n * 8 * PJ.paramByte) * jitter(),
    dram: dramBytes * PJ.dramByte,
    vector: l.m * l.n * PJ.vectorElement * jitter(),
  };
  const energyPj = Object.values(energy).reduce((s, e) => s + e, 0);
  const peak = cycles * rows * cols * p.packing;
  // The split of the DRAM bytes; intermediate activations stay on chip here, yet count as compulsory
  // (written once, read once: about twice the output).
  const activationsIn = Math.min(dramBytes, Math.round(l.name === 'conv1' ? inBytes : 0));
  const activationsOut = Math.min(dramBytes - activationsIn, Math.round(l.name === 'fc2' ? outBytes : 0));
  const bytes = { weights: dramBytes - activationsIn - activationsOut, params: 0, activationsIn, activationsOut, partialSums: 0 };
  const layer: LayerResult = {
    name: l.name, op: l.op, shape: l.shape, macs, cycles, utilization: macs / peak, stallCycles, dramBytes, energyPj,
    ...(l.k > 0 ? { peakMacsPerCycle: rows * cols * p.packing } : {}),
    dram: { bytes, total: dramBytes, compulsory: Math.round(weightBytes / BATCH + 2 * outBytes) },
  };
  return { layer, energy };
}

function sumEnergy(parts: EnergyByComponent[]): EnergyByComponent {
  const total: EnergyByComponent = { mac: 0, accumulator: 0, inputSram: 0, weightSram: 0, outputSram: 0, paramSram: 0, dram: 0, vector: 0 };
  for (const e of parts) for (const k of Object.keys(total) as (keyof EnergyByComponent)[]) total[k]! += e[k] ?? 0;
  return total;
}

function syntheticPoint(p: PresetModel, rows: number, cols: number, df: Dataflow, rand: () => number): SweepPoint {
  const results = LAYERS.map((l) => simulateLayer(l, p, rows, cols, df, rand));
  const layers = results.map((r) => r.layer);
  const energy = sumEnergy(results.map((r) => r.energy));
  const energyPj = Object.values(energy).reduce((s, e) => s + e, 0);
  const macs = layers.reduce((s, l) => s + l.macs, 0);
  const cycles = layers.reduce((s, l) => s + l.cycles, 0);
  return {
    model: 'cnn_bn', preset: p.name, array: `${rows}x${cols}`, rows, cols, dataflow: df,
    cycles, latencyUs: cycles / CLOCK_MHZ, utilization: macs / (cycles * rows * cols * p.packing),
    energyPj, energy, pjPerMac: energyPj / macs, topsPerW: (2 * macs) / energyPj, macs,
    accuracyPct: p.accuracyPct, floatAccuracyPct: FLOAT_ACCURACY_PCT, top1Agreement: p.top1Agreement,
    sqnrDb: p.sqnrDb, bitExact: true, dramBytesPerCycle: DRAM_BYTES_PER_CYCLE, layers,
  };
}

/** The synthetic report: every preset × 8x8, 16x16, 32x32 × ws, os; same seed → same report. */
export function syntheticSweepReport(seed = 7): SweepReport {
  const rand = mulberry32(seed);
  const points: SweepPoint[] = [];
  for (const p of PRESETS) {
    for (const size of [8, 16, 32]) {
      for (const df of ['ws', 'os'] as const) points.push(syntheticPoint(p, size, size, df, rand));
    }
  }
  return {
    title: 'SYNTHETIC sweep report (illustrative numbers, not a measurement) — cnn_bn',
    generatedAt: '2026-01-01T00:00:00.000Z',
    command: 'synthetic: accsim sweep models/cnn_bn.qir --preset w8a8,w4a8,w4a4,binary --array 8x8,16x16,32x32 --dataflow ws,os',
    hwBase: {
      clockHz: CLOCK_MHZ * 1e6, dataflow: 'ws', rows: 16, cols: 16, packing: { int8: 1, int4: 2, binary: 64 },
      dramBytesPerCycle: DRAM_BYTES_PER_CYCLE, batch: BATCH, note: 'synthetic base configuration for illustration',
    },
    energyTable: 'synthetic per-access costs of the order of Horowitz ISSCC 2014, 45 nm',
    points,
  };
}
