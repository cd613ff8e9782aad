// One design point end to end: lower a quantized graph onto a machine, simulate a batch, and compare the
// simulator with the integer reference (bit for bit) and the quantized result with the float reference.
import type { Graph } from '../../compiler/ir/graph.js';
import { type Tensor, numel } from '../../compiler/ir/tensor.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { runInt } from '../../compiler/reference/int-interpreter.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import type { Program } from '../../isa/program-file.js';
import type { HwConfig } from '../../isa/hw-config.js';
import type { EnergyTable } from '../../simulator/energy/energy-table.js';
import { simulateProgram, type SimulationResult } from '../../simulator/simulate-program.js';
import { simulateBatch } from '../../simulator/run-batch.js';
import { argmax } from '../eval/evaluate.js';
import { type LayerInfo, layerInfoOf } from '../report/sim-report.js';
import { graphOrderOutput, programEnds, programInput } from './host-io.js';

export interface DesignPointInput {
  /** The float network (the float reference runs it); absent when only a quantized model was given. */
  readonly floatGraph?: Graph;
  /** The same network quantized (what the program computes). */
  readonly quantGraph: Graph;
  readonly hw: HwConfig;
  /** Float inputs f32 [N, ...]. */
  readonly batch: Tensor;
  readonly labels?: ArrayLike<number>;
  readonly energyTable?: EnergyTable;
  readonly trace?: boolean;
  /** Worker threads for samples 2..N (default one per core and per 8 samples, batchThreads; 1 inside a sweep worker). */
  readonly threads?: number;
  /** The references for this graph and batch, when the caller already computed them (computeReferences). */
  readonly references?: References;
}

/** What the references say about a batch; independent of the machine, so a sweep reuses it across arrays. */
export interface References {
  /** Integer reference: the integer output (graph order) and the dequantized graph output. */
  readonly ints: ArrayLike<number>;
  readonly quantOutput: Float32Array;
  readonly overflows: number;
  /** Float reference output (absent without a float model). */
  readonly floatOutput?: Float32Array;
}

/** Runs the integer reference (and the float one when there is a float model) on the batch. */
export function computeReferences(x: Pick<DesignPointInput, 'floatGraph' | 'quantGraph' | 'batch'>): References {
  const reference = runInt(x.quantGraph, x.batch);
  return {
    ints: reference.intOutput!.data as ArrayLike<number>,
    quantOutput: reference.floatOutput.data as Float32Array,
    overflows: [...reference.overflows.values()].reduce((a, b) => a + b, 0),
    ...(x.floatGraph ? { floatOutput: runFloatBatched(x.floatGraph, x.batch).data as Float32Array } : {}),
  };
}

/** How close the machine is to the references. Percentages are 0–100. */
export interface Fidelity {
  /** Simulator output == integer reference output, every element of every sample. */
  readonly bitExact: boolean;
  readonly mismatchedElements: number;
  readonly firstMismatch?: { readonly sample: number; readonly index: number; readonly simulator: number; readonly reference: number };
  /** Quantized (dequantized) output vs the float reference (absent without a float model). */
  readonly maxAbsError?: number;
  readonly sqnrDb?: number;
  readonly top1Agreement?: number;
  readonly accuracyPct?: number;
  readonly floatAccuracyPct?: number;
  /** Accumulator overflows counted by the integer reference over the batch. */
  readonly referenceOverflows: number;
  /** The reference the simulator is compared with (default: the integer reference; float presets: the format reference). */
  readonly reference?: string;
}

export interface DesignPointResult {
  readonly program: Program;
  /** The first sample's full simulation (per-layer statistics, energy, trace). */
  readonly first: SimulationResult;
  readonly samples: number;
  readonly fidelity: Fidelity;
  readonly layerInfo: Map<string, LayerInfo>;
}

function sample(batch: Tensor, b: number): Tensor {
  const shape = [1, ...batch.type.shape.slice(1)];
  const per = numel(shape);
  return { type: { dtype: 'f32', shape }, data: (batch.data as Float32Array).subarray(b * per, (b + 1) * per) };
}

/** Compares quantized and float outputs [N, classes...]: max error, SQNR, argmax agreement and accuracy. */
export function compareOutputs(quant: Float32Array, float: Float32Array, n: number, labels?: ArrayLike<number>): Pick<Fidelity, 'maxAbsError' | 'sqnrDb' | 'top1Agreement' | 'accuracyPct' | 'floatAccuracyPct'> {
  let maxAbsError = 0;
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < float.length; i++) {
    const e = quant[i]! - float[i]!;
    maxAbsError = Math.max(maxAbsError, Math.abs(e));
    signal += float[i]! * float[i]!;
    noise += e * e;
  }
  const per = float.length / n;
  let agree = 0;
  let qCorrect = 0;
  let fCorrect = 0;
  for (let b = 0; b < n; b++) {
    const q = argmax(quant.subarray(b * per, (b + 1) * per));
    const f = argmax(float.subarray(b * per, (b + 1) * per));
    if (q === f) agree++;
    if (labels) {
      if (q === labels[b]) qCorrect++;
      if (f === labels[b]) fCorrect++;
    }
  }
  return {
    maxAbsError,
    sqnrDb: noise === 0 ? Infinity : 10 * Math.log10(signal / noise),
    top1Agreement: (100 * agree) / n,
    ...(labels ? { accuracyPct: (100 * qCorrect) / n, floatAccuracyPct: (100 * fCorrect) / n } : {}),
  };
}

/** Accuracy of the quantized outputs alone (no float model to compare with). */
function accuracyOnly(quant: Float32Array, n: number, labels?: ArrayLike<number>): Pick<Fidelity, 'accuracyPct'> {
  if (!labels) return {};
  const per = quant.length / n;
  let correct = 0;
  for (let b = 0; b < n; b++) if (argmax(quant.subarray(b * per, (b + 1) * per)) === labels[b]) correct++;
  return { accuracyPct: (100 * correct) / n };
}

/**
 * Simulates one program input per sample: the first (full statistics) in this thread while the batch's
 * workers start up, the rest as a batch (simulateBatch).
 */
export async function simulateSamples(
  program: Program,
  inputs: readonly Parameters<typeof simulateProgram>[1][],
  x: Pick<DesignPointInput, 'trace' | 'energyTable' | 'threads'>,
): Promise<{ first: SimulationResult; rest: Awaited<ReturnType<typeof simulateBatch>>['items'] }> {
  const options = { trace: x.trace === true, ...(x.energyTable ? { energyTable: x.energyTable } : {}) };
  let firstResult: SimulationResult | undefined;
  const simulateFirst = () => {
    firstResult = simulateProgram(program, inputs[0]!, options);
  };
  const batchOptions = { thisThreadFirst: simulateFirst, ...(x.energyTable ? { energyTable: x.energyTable } : {}), ...(x.threads !== undefined ? { threads: x.threads } : {}) };
  const rest = inputs.length > 1 ? (await simulateBatch(program, inputs.slice(1), batchOptions)).items : [];
  if (inputs.length === 1) simulateFirst();
  return { first: firstResult!, rest };
}

/** Lowers, simulates every sample (workers for samples 2..N) and checks the results against both references. */
export async function runDesignPoint(x: DesignPointInput): Promise<DesignPointResult> {
  const program = lowerGraph(x.quantGraph, x.hw);
  const { input, output } = programEnds(program);
  const n = x.batch.type.shape[0]!;
  const inputs = Array.from({ length: n }, (_, b) => new Map([[input.name, programInput(x.quantGraph, program, sample(x.batch, b))]]));
  const { first, rest } = await simulateSamples(program, inputs, x);
  const simOutputs = [first.outputs.get(output.name)!, ...rest.map((r) => r.outputs.get(output.name)!)];

  const refs = x.references ?? computeReferences(x);
  const refInts = refs.ints;
  const per = refInts.length / n;
  let mismatchedElements = 0;
  let firstMismatch: Fidelity['firstMismatch'];
  simOutputs.forEach((values, b) => {
    const got = graphOrderOutput(x.quantGraph, program, values);
    for (let i = 0; i < per; i++) {
      if (got[i] !== refInts[b * per + i]) {
        mismatchedElements++;
        firstMismatch ??= { sample: b, index: i, simulator: got[i]!, reference: refInts[b * per + i]! };
      }
    }
  });
  const vsFloat = refs.floatOutput ? compareOutputs(refs.quantOutput, refs.floatOutput, n, x.labels) : accuracyOnly(refs.quantOutput, n, x.labels);
  const fidelity: Fidelity = { bitExact: mismatchedElements === 0, mismatchedElements, ...(firstMismatch ? { firstMismatch } : {}), ...vsFloat, referenceOverflows: refs.overflows };
  return { program, first, samples: n, fidelity, layerInfo: layerInfoOf(program) };
}
