// One design point measured for the generated doc tables: a model (fmnist_cnn from models/, or the bench's
// seeded ResNet-18) quantized with a preset, lowered onto a machine, simulated on one image, and checked
// against the integer reference. Returns plain numbers (JSON-able), so a table script can keep them.
import type { Graph } from '../../compiler/ir/graph.js';
import { makeTensor, numel, type Tensor } from '../../compiler/ir/tensor.js';
import { loadQir } from '../../compiler/qir/load.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { lowerGraphWithComments } from '../../compiler/lower/lower-graph.js';
import { runInt } from '../../compiler/reference/int-interpreter.js';
import type { HwConfig } from '../../isa/hw-config.js';
import { writeProgram, type Program } from '../../isa/program-file.js';
import { simulateProgram, type SimulationResult } from '../../simulator/simulate-program.js';
import { graphOrderOutput, programEnds, programInput } from '../pipeline/host-io.js';
import { resnet18Quantized, seededImage } from '../bench/resnet18.js';
import { arrayCyclesAfter, arrayRanges } from './array-span.js';

/** The models the doc tables cover. */
export type DocModel = 'fmnist_cnn' | 'resnet18';

/** One layer's figures. */
export interface LayerFigures {
  readonly name: string;
  readonly macs: number;
  /** First start to last end of all the layer's instructions. */
  readonly cycles: number;
  /** The cycles the layer adds to the program: its last end minus the last end of every layer before it. */
  readonly addedCycles: number;
  /** First LOAD_WEIGHTS/COMPUTE start to last array instruction end (0 for a layer without array work). */
  readonly arrayCycles: number;
  /** The array cycles after the layers before it had ended (array-span.ts arrayCyclesAfter); absent: not measured. */
  readonly arrayAfterCycles?: number;
  readonly dramBytes: number;
  readonly energyPj: number;
  /** The lowering's cost-model prediction of the layer's cycles (its asm header comment), when it makes one. */
  readonly predictedCycles?: number;
}

/** What the tables print about one point. */
export interface PointFigures {
  readonly model: DocModel;
  readonly preset: string;
  readonly array: string;
  readonly dataflow: string;
  readonly instructions: number;
  /** Size of the .accbin file. */
  readonly accbinBytes: number;
  readonly cycles: number;
  readonly macs: number;
  /** DRAM traffic as whole bursts, and the bytes the instructions asked for. */
  readonly dramReadBytes: number;
  readonly dramWriteBytes: number;
  readonly dramRequestedBytes: number;
  readonly energyPj: number;
  readonly dramEnergyPj: number;
  /** Simulator output == integer reference output (undefined: not checked). */
  readonly bitExact?: boolean;
  readonly layers: readonly LayerFigures[];
}

const FMNIST_DATA = 'models/data/fashion-mnist';
/** Calibration images of fmnist_cnn (from the calibration split; docs/LOWERING.md's figures use 100). */
const FMNIST_CALIB = 100;

/** The quantized graph and one input image of a model (cycles and bytes do not depend on the image). */
export function docModel(model: DocModel, preset: string): { graph: Graph; image: Tensor } {
  if (model === 'resnet18') return { graph: resnet18Quantized(18, 224, preset), image: seededImage(224, 7) };
  const calib = loadFashionMnist(FMNIST_DATA, 'calib', FMNIST_CALIB).images;
  const graph = quantizeModel(loadQir(`models/${model}.qir`), { preset, calib }).graph;
  const per = numel(calib.type.shape.slice(1));
  const image = makeTensor('f32', [1, ...calib.type.shape.slice(1)], (calib.data as Float32Array).slice(0, per));
  return { graph, image };
}

/** The integer reference's output per graph (a table measures one graph on several machines). */
const referenceOutputs = new WeakMap<Graph, ArrayLike<number>>();

/** Compares the simulator's output of one image with the integer reference's. */
function matchesReference(graph: Graph, program: Program, image: Tensor, r: SimulationResult): boolean {
  const { output } = programEnds(program);
  const got = graphOrderOutput(graph, program, r.outputs.get(output.name)!);
  let want = referenceOutputs.get(graph);
  if (want === undefined) referenceOutputs.set(graph, (want = runInt(graph, image).intOutput!.data as ArrayLike<number>));
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

const span = (r: { from: number; to: number } | undefined): number => (r === undefined ? 0 : r.to - r.from);

/** Lowers, simulates and (unless `verify` is false) checks one point; `prepared` is docModel's result when the caller has it. */
export function measurePoint(model: DocModel, preset: string, hw: HwConfig, verify = true, prepared = docModel(model, preset)): PointFigures {
  const { graph, image } = prepared;
  const { program, comments } = lowerGraphWithComments(graph, hw);
  const predicted = predictions(comments);
  const { input } = programEnds(program);
  const r = simulateProgram(program, new Map([[input.name, programInput(graph, program, image)]]), { trace: true });
  const ranges = arrayRanges(r.trace!);
  const t = r.stats.totals;
  let before = 0;
  const after: number[] = [];
  const added = r.stats.layers.map((l) => {
    const a = l.lastCycle - before;
    after.push(arrayCyclesAfter(ranges.get(l.name), before));
    before = Math.max(before, l.lastCycle);
    return a;
  });
  return {
    model, preset, array: `${hw.array.rows}x${hw.array.cols}`, dataflow: hw.array.dataflow,
    instructions: program.instructions.length, accbinBytes: writeProgram(program).length,
    cycles: r.stats.cycles, macs: t.totalMacs(),
    dramReadBytes: t.dramReadBytes, dramWriteBytes: t.dramWriteBytes, dramRequestedBytes: t.dramRequestedBytes,
    energyPj: r.energy.total.totalPj, dramEnergyPj: r.energy.total.components.dram,
    ...(verify ? { bitExact: matchesReference(graph, program, image, r) } : {}),
    layers: r.stats.layers.map((l, k) => ({
      name: l.name, macs: l.counters.totalMacs(), cycles: l.cycles, addedCycles: added[k]!, arrayCycles: span(ranges.get(l.name)), arrayAfterCycles: after[k]!,
      dramBytes: l.counters.dramReadBytes + l.counters.dramWriteBytes, energyPj: r.energy.layers[k]!.energy.totalPj,
      ...(predicted.has(l.name) ? { predictedCycles: predicted.get(l.name)! } : {}),
    })),
  };
}

/**
 * Layer name → the cost model's predicted cycles, read from the layer header comments the lowering writes
 * (`layer NAME: … predicted N cycles`, as `compile --asm` prints them); layers without a prediction are absent.
 */
export function predictions(comments: ReadonlyMap<number, readonly string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const lines of comments.values()) {
    for (const line of lines) {
      const m = /^layer (.+?): .*\bpredicted (\d+) cycles/.exec(line);
      if (m !== null) out.set(m[1]!, Number(m[2]));
    }
  }
  return out;
}
