// One verification step: simulate a sample, compare with the integer reference bit for bit (and find the
// first layer where they diverge), and compare the dequantized output with the float reference.
import type { Attrs, Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { runFloat } from '../../compiler/reference/float-interpreter.js';
import type { Program } from '../../isa/program-file.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { readTensor } from '../../simulator/functional/tensor-io.js';
import { graphOrderOutput, nchwToNhwc, programEnds, programInput } from '../pipeline/host-io.js';
import { sampleErrorBound } from './error-bound.js';
import { layerArithmeticViolation } from './layer-arithmetic.js';

/** Everything verify needs to check samples against one compiled program. */
export interface VerifyTarget {
  readonly floatGraph: Graph;
  readonly floatAttrs: Map<string, Attrs>;
  readonly quantGraph: Graph;
  readonly quantAttrs: Map<string, Attrs>;
  readonly program: Program;
  /**
   * How the float comparison is made: 'bound', each output element within its per-sample error bound
   * (error-bound.ts); a number, one tolerance for every element; undefined, no float comparison.
   */
  readonly tolerance: 'bound' | number | undefined;
}

export interface SampleVerdict {
  readonly ok: boolean;
  readonly bitExact: boolean;
  /** The first program layer whose stored result differs from the integer reference (when not bit-exact). */
  readonly firstDivergentLayer?: string;
  readonly maxAbsError: number;
  readonly worstElement: number;
  readonly reason?: string;
}

/** Checks one float sample [1, ...]; `compareFloat` adds the tolerance check against the float reference. */
export function checkSample(t: VerifyTarget, sample: Tensor, compareFloat: boolean): SampleVerdict {
  const { input, output } = programEnds(t.program);
  const sim = simulateProgram(t.program, new Map([[input.name, programInput(t.quantGraph, t.program, sample)]]), { keepDram: true });
  const inputName = t.quantGraph.inputs[0]!.name;
  const ref = runIntGraph(t.quantGraph, new Map([[inputName, sample]]), t.quantAttrs);
  const got = graphOrderOutput(t.quantGraph, t.program, sim.outputs.get(output.name)!);
  const want = ref.values.get(output.name)!.data as ArrayLike<number>;
  let bitExact = got.length === want.length;
  for (let i = 0; bitExact && i < got.length; i++) bitExact = got[i] === want[i];
  let firstDivergentLayer: string | undefined;
  if (!bitExact) {
    for (const layer of t.program.layers) {
      const desc = t.program.tensors.find((d) => d.name === layer.name);
      const value = ref.values.get(layer.name);
      if (desc === undefined || value === undefined) continue;
      const simValues = readTensor(sim.dram!, desc);
      const refValues = nchwToNhwc(value.type.shape, value.data as ArrayLike<number>);
      if (simValues.some((v, i) => v !== refValues[i])) {
        firstDivergentLayer = layer.name;
        break;
      }
    }
  }
  const quantOut = ref.values.get(t.quantGraph.outputs[0]!)!.data as Float32Array;
  const derived = compareFloat && t.tolerance === 'bound' ? sampleErrorBound(t.floatGraph, t.quantGraph, sample) : undefined;
  const floatOut = derived?.floatOutput ?? (runFloat(t.floatGraph, new Map([[t.floatGraph.inputs[0]!.name, sample]]), t.floatAttrs).get(t.floatGraph.outputs[0]!)!.data as Float32Array);
  const allowed = (i: number): number => (derived !== undefined ? derived.bound[i]! : typeof t.tolerance === 'number' ? t.tolerance : Infinity);
  let maxAbsError = 0;
  let worstElement = 0;
  let worstExcess = -Infinity;
  for (let i = 0; i < floatOut.length; i++) {
    const e = Math.abs(quantOut[i]! - floatOut[i]!);
    maxAbsError = Math.max(maxAbsError, e);
    // The element furthest over (or least under) what it is allowed.
    if (e - allowed(i) > worstExcess) {
      worstExcess = e - allowed(i);
      worstElement = i;
    }
  }
  const withinBound = !compareFloat || t.tolerance === undefined || worstExcess <= 0;
  const arithmetic = t.tolerance === 'bound' ? layerArithmeticViolation(t.quantGraph, t.quantAttrs, ref.values) : undefined;
  const worst = Math.abs(quantOut[worstElement]! - floatOut[worstElement]!);
  const overflowing = [...ref.counters].filter(([, c]) => c.accOverflows > 0).map(([name, c]) => `${name} (${c.accOverflows})`);
  const reason = !bitExact
    ? `simulator != integer reference${firstDivergentLayer ? ` (first divergent layer: ${firstDivergentLayer})` : ''}`
    : overflowing.length > 0 ? `accumulator overflow in ${overflowing.join(', ')}`
    : arithmetic !== undefined ? arithmetic
    : !withinBound ? `|quantized - float| = ${worst.toPrecision(6)} at output element ${worstElement} exceeds ${derived ? 'its error bound' : 'the tolerance'} ${allowed(worstElement).toPrecision(6)} by ${worstExcess.toPrecision(2)}` : undefined;
  return { ok: reason === undefined, bitExact, ...(firstDivergentLayer ? { firstDivergentLayer } : {}), maxAbsError, worstElement, ...(reason ? { reason } : {}) };
}
