// The real evaluation of one sweep point: quantize (cached per preset), lower onto the point's array,
// simulate, and compare with the references (cached per preset: they do not depend on the machine).
// Integer presets go through the integer pipeline and are checked against the integer reference; float
// format presets the machine runs (FORMAT_PRESETS with `onMachine`) through the float lowering, checked
// against the format reference bit for bit, as `accsim run --preset fp8` is (format-design-point.ts).
import type { Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import type { SweepPoint } from '../report/sweep-types.js';
import { loadModel } from '../load-model.js';
import { isQuantized } from '../model-kind.js';
import { hwConfigFromFlags } from '../hw-options.js';
import { quantizeOptions } from '../quantize-options.js';
import { chooseRunInputs } from '../pipeline/run-inputs.js';
import { type DesignPointResult, type References, computeReferences, runDesignPoint } from '../pipeline/evaluate-design-point.js';
import { type FormatReferences, computeFormatReferences, runFormatDesignPoint } from '../pipeline/format-design-point.js';
import { isMachineFormatPreset } from '../../compiler/quant/format-presets.js';
import { loadCalibration } from '../calibration-data.js';
import { energyComponents } from '../report/sim-report.js';
import { dramTrafficOf } from '../report/dram-traffic.js';
import { STALL_CAUSES, type Counters } from '../../simulator/stats.js';
import { specLabel, type DesignPointSpec, type EvaluatePoint } from './point-spec.js';
import { UserError, fail } from '../../core/diagnostics.js';

/** Samples simulated per point when no --data is given (a seeded batch checks fidelity). */
const SEEDED_SAMPLES = 8;

interface Prepared {
  readonly graph: Graph;
  /** Whether `graph` is the float model (else it was given quantized and `graph` is `quantGraph`). */
  readonly float: boolean;
  readonly quantGraph: Graph;
  readonly batch: Tensor;
  readonly labels?: ArrayLike<number>;
  /** The integer references, or (a float format preset on the machine) the format model and its references. */
  readonly references: References | { readonly format: FormatReferences };
}


// One worker evaluates points in grid order (preset outermost), so a one-entry cache hits for every
// array and dataflow of a preset.
let cached: { key: string; value: Prepared } | undefined;

function prepare(spec: DesignPointSpec): Prepared {
  const key = JSON.stringify([spec.model, spec.preset, spec.data ?? '', spec.limit ?? '', spec.calib ?? '', spec.seed]);
  if (cached?.key === key) return cached.value;
  const graph = loadModel(spec.model);
  const inputs = chooseRunInputs(graph, { ...(spec.data ? { data: spec.data } : {}), count: spec.data ? (spec.limit ?? 10000) : SEEDED_SAMPLES, seed: spec.seed });
  // A model that is already quantized (QAT or PTQ output) runs as given: no float reference to compare with.
  const given = isQuantized(graph);
  const labelled = { batch: inputs.batch, ...(inputs.labels ? { labels: inputs.labels } : {}) };
  if (!given && isMachineFormatPreset(spec.preset)) {
    // The calibration `run --preset fp8` uses: --calib, else the data set's calibration split or its fallback.
    const calib = spec.calib ? loadCalibration(spec.calib, undefined, { sampleShape: graph.inputs[0]!.type.shape.slice(1) }).batch : inputs.calib;
    const format = computeFormatReferences({ floatGraph: graph, preset: spec.preset, calib, batch: inputs.batch });
    const value: Prepared = { graph, quantGraph: format.model.graph, float: true, ...labelled, references: { format } };
    cached = { key, value };
    return value;
  }
  const fallback = { batch: inputs.calib, description: inputs.calibSource };
  const quantGraph = given ? graph : quantizeModel(graph, quantizeOptions(spec.preset, spec.calib ? { calib: spec.calib } : {}, fallback).options).graph;
  const references = computeReferences({ ...(given ? {} : { floatGraph: graph }), quantGraph, batch: inputs.batch });
  const value: Prepared = { graph, quantGraph, float: !given, ...labelled, references };
  cached = { key, value };
  return value;
}

/**
 * The array's peak MACs per cycle in the mode(s) a layer ran: array MACs / peak-cycle equivalents (the
 * mode's rows × cols × packing; a layer mixing modes gets their MAC-weighted harmonic mean). Absent when
 * the layer did no array MACs.
 */
function arrayPeak(c: Counters): number | undefined {
  const arrayMacs = c.totalMacs() - c.depthwiseMacs;
  return arrayMacs > 0 && c.peakCycleEquivalents > 0 ? arrayMacs / c.peakCycleEquivalents : undefined;
}

/** Evaluates one point (the sweep's EvaluatePoint). */
export async function evaluatePoint(spec: DesignPointSpec, onProgress?: (fraction: number) => void): Promise<SweepPoint> {
  const p = prepare(spec);
  onProgress?.(0.5);
  const hw = hwConfigFromFlags({ array: spec.array, dataflow: spec.dataflow, ...(spec.hwFile ? { hw: spec.hwFile } : {}) });
  const shared = { hw, batch: p.batch, ...(p.labels ? { labels: p.labels } : {}), threads: 1 };
  const refs = p.references;
  const r: DesignPointResult = 'format' in refs
    ? await runFormatDesignPoint({ ...shared, floatGraph: p.graph, preset: spec.preset, references: refs.format })
    : await runDesignPoint({ ...shared, ...(p.float ? { floatGraph: p.graph } : {}), quantGraph: p.quantGraph, references: refs });
  const s = r.first.stats;
  const e = r.first.energy.total;
  const f = r.fidelity;
  const traffic = dramTrafficOf(r.first);
  const layers = s.layers.map((l, k) => ({
    name: l.name, op: r.layerInfo.get(l.name)?.op ?? '', shape: r.layerInfo.get(l.name)?.shape ?? '',
    macs: l.counters.totalMacs(), cycles: l.cycles, utilization: l.utilization,
    stallCycles: STALL_CAUSES.reduce((a, c) => a + l.counters.stalls[c], 0),
    dramBytes: l.counters.dramReadBytes + l.counters.dramWriteBytes, energyPj: r.first.energy.layers[k]!.energy.totalPj,
    ...(arrayPeak(l.counters) === undefined ? {} : { peakMacsPerCycle: arrayPeak(l.counters)! }),
    dram: traffic[k]!,
  }));
  const energy = energyComponents(e);
  onProgress?.(1);
  return {
    model: spec.model, preset: spec.preset, array: spec.array, rows: hw.array.rows, cols: hw.array.cols, dataflow: spec.dataflow,
    cycles: s.cycles, latencyUs: s.seconds * 1e6, utilization: s.utilization, energyPj: e.totalPj,
    energy: { mac: energy['mac']!, accumulator: energy['accumulator']!, inputSram: energy['inputSram']!, weightSram: energy['weightSram']!, outputSram: energy['outputSram']!, paramSram: energy['paramSram']!, dram: energy['dram']!, vector: energy['vector']!, register: energy['register']! },
    pjPerMac: e.pjPerMac, topsPerW: e.topsPerWatt, macs: e.macs,
    ...(f.accuracyPct !== undefined ? { accuracyPct: f.accuracyPct } : {}),
    ...(f.floatAccuracyPct !== undefined ? { floatAccuracyPct: f.floatAccuracyPct } : {}),
    ...(f.top1Agreement !== undefined ? { top1Agreement: f.top1Agreement } : {}),
    ...(f.sqnrDb !== undefined && Number.isFinite(f.sqnrDb) ? { sqnrDb: f.sqnrDb } : {}),
    bitExact: f.bitExact, dramBytesPerCycle: hw.dram.bandwidthBytesPerCycle, layers,
  };
}

/**
 * Checks every point before any runs: each model loads, and each point's hardware (the --hw file with
 * its array and dataflow) is valid; SWP017 names the first bad point.
 */
export function checkPoints(specs: readonly DesignPointSpec[]): void {
  for (const model of new Set(specs.map((s) => s.model))) loadModel(model);
  for (const spec of specs) {
    try {
      hwConfigFromFlags({ array: spec.array, dataflow: spec.dataflow, ...(spec.hwFile ? { hw: spec.hwFile } : {}) });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      fail('SWP017', `point ${specLabel(spec)} cannot run: ${e.diagnostics[0]?.message ?? e.message}`);
    }
  }
}

/** The module's evaluator factory (see evaluator-ref.ts): the real evaluation takes no options. */
export function createPointEvaluator(): EvaluatePoint {
  return evaluatePoint;
}

/** Test-visible: forget the per-preset cache. */
export function clearEvaluateCache(): void {
  cached = undefined;
}

