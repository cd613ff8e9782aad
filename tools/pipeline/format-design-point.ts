// One design point of a float-format preset end to end (issue 18: fp8, fp8-pc): quantize with the format
// quantizer, lower for the machine's fp8-e4m3 mode (compiler/lower/format-lower.ts), simulate a batch and
// compare with the format reference (runFormat) bit for bit, and with the float reference. The host's part
// of the program input: FP32 images, or the uint8 codes of an INT8 first GEMM (the reference's own rule).
import type { Graph } from '../../compiler/ir/graph.js';
import { type Tensor, numel } from '../../compiler/ir/tensor.js';
import { formatQuantize } from '../../compiler/ptq/format-model.js';
import { type FormatModel, runFormat } from '../../compiler/reference/format-interpreter.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import { quantizeU8Activations } from '../../compiler/quant/int8-gemm.js';
import { lowerFormatModel, programOutputOf } from '../../compiler/lower/format-lower.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import type { Program } from '../../isa/program-file.js';
import { layerInfoOf } from '../report/sim-report.js';
import { compareOutputs, type DesignPointInput, type DesignPointResult, type Fidelity, simulateSamples } from './evaluate-design-point.js';

/** Values of a [1, C, H, W] (graph order) image in NHWC order (the program's); other shapes as they are. */
function channelsLast(shape: readonly number[], v: ArrayLike<number>): number[] {
  if (shape.length !== 4) return Array.from(v);
  const [c, hw] = [shape[1]!, shape[2]! * shape[3]!];
  return Array.from({ length: v.length }, (_, i) => v[(i % c) * hw + Math.floor(i / c)]!);
}

/**
 * The program input of one image [1, ...] in the program's NHWC order: FP32 values, or an INT8 first GEMM's
 * uint8 codes (q = clamp(round(x/s) + z, 0, 255), the reference's own conversion).
 */
export function formatProgramInput(program: Program, image: Tensor): number[] {
  const t = program.tensors.find((d) => d.role === 'input')!;
  const shape = image.type.shape;
  if (t.dtype === 'f32') return channelsLast(shape, image.data as Float32Array);
  const grid = { scale: t.scale![0]!, zero: t.zeroPoint![0]! };
  return channelsLast(shape, quantizeU8Activations(image.data as Float32Array, shape, grid).vals.map((v) => v + grid.zero));
}

/**
 * The graph outputs of a simulated program: each program output, through the softmax the lowering left to
 * the host (programOutputOf) — the op's float semantics, as the format reference runs it.
 */
export function formatGraphOutputs(model: FormatModel, simOutputs: ReadonlyMap<string, ArrayLike<number>>): Map<string, Float32Array> {
  const g = model.graph;
  const attrs = inferTypes(g);
  return new Map(g.outputs.map((out) => {
    const from = programOutputOf(g, out);
    const t: Tensor = { type: g.values.get(from)!.type, data: Float32Array.from(simOutputs.get(from)!) };
    if (from === out) return [out, t.data as Float32Array];
    return [out, lookupOp('softmax')!.evalFloat([t], attrs.get(out)!, g.values.get(out)!.type).data as Float32Array];
  }));
}

/** What a float-format design point needs: the machine and batch as an integer one, the float model and its preset. */
export interface FormatDesignPointInput extends Pick<DesignPointInput, 'hw' | 'batch' | 'labels' | 'energyTable' | 'trace' | 'threads'> {
  readonly floatGraph: Graph;
  readonly preset: string;
  /** Calibration samples (not needed with `references`; per-tensor presets fail QMOD015 without either). */
  readonly calib?: Tensor;
  /** The format model and its reference outputs for this preset and batch, when the caller already has them (a sweep: one per preset). */
  readonly references?: FormatReferences;
}

/** What the references say about a batch; independent of the machine, so a sweep reuses it across arrays. */
export interface FormatReferences {
  readonly model: FormatModel;
  /** The format reference's graph output per sample. */
  readonly outputs: readonly Float32Array[];
  /** The float reference's output [N, ...]. */
  readonly floatOutput: Float32Array;
}

function sample(batch: Tensor, b: number): Tensor {
  const shape = [1, ...batch.type.shape.slice(1)];
  const per = numel(shape);
  return { type: { dtype: 'f32', shape }, data: (batch.data as Float32Array).subarray(b * per, (b + 1) * per) };
}

const f32Bits = new Uint32Array(1);
const f32 = new Float32Array(f32Bits.buffer);
/** Equal FP32 bit patterns (signs of zero and NaN payloads included). */
function sameBits(a: number, b: number): boolean {
  f32[0] = a;
  const x = f32Bits[0];
  f32[0] = b;
  return x === f32Bits[0];
}

/** Quantizes with the format preset and runs the format and float references on the batch. */
export function computeFormatReferences(x: Pick<FormatDesignPointInput, 'floatGraph' | 'preset' | 'calib' | 'batch'>): FormatReferences {
  const model = formatQuantize(x.floatGraph, x.preset, x.calib);
  const inputName = model.graph.inputs[0]!.name;
  const output = model.graph.outputs[0]!;
  const outputs = Array.from({ length: x.batch.type.shape[0]! }, (_, b) => runFormat(model, new Map([[inputName, sample(x.batch, b)]])).get(output)!.data as Float32Array);
  return { model, outputs, floatOutput: runFloatBatched(x.floatGraph, x.batch).data as Float32Array };
}

/** Quantizes, lowers, simulates every sample and checks the machine against the format reference. */
export async function runFormatDesignPoint(x: FormatDesignPointInput): Promise<DesignPointResult & { model: FormatModel }> {
  const { model, outputs: refOutputs, floatOutput: float } = x.references ?? computeFormatReferences(x);
  const program = lowerFormatModel(model, x.hw);
  const inputName = model.graph.inputs[0]!.name;
  const output = model.graph.outputs[0]!;
  const n = x.batch.type.shape[0]!;
  const inputs = Array.from({ length: n }, (_, b) => new Map([[inputName, formatProgramInput(program, sample(x.batch, b))]]));
  const { first, rest } = await simulateSamples(program, inputs, x);
  const simOutputs = [first.outputs, ...rest.map((r) => r.outputs)].map((o) => formatGraphOutputs(model, o).get(output)!);
  let mismatchedElements = 0;
  let firstMismatch: Fidelity['firstMismatch'];
  simOutputs.forEach((got, b) => {
    refOutputs[b]!.forEach((want, i) => {
      if (sameBits(got[i]!, want)) return;
      mismatchedElements++;
      firstMismatch ??= { sample: b, index: i, simulator: got[i]!, reference: want };
    });
  });
  const per = refOutputs[0]!.length;
  const quant = new Float32Array(n * per);
  refOutputs.forEach((o, b) => quant.set(o, b * per));
  const fidelity: Fidelity = {
    bitExact: mismatchedElements === 0, mismatchedElements, ...(firstMismatch ? { firstMismatch } : {}), ...compareOutputs(quant, float, n, x.labels),
    referenceOverflows: 0, reference: 'format reference',
  };
  return { program, first, samples: n, fidelity, layerInfo: layerInfoOf(program), model };
}
