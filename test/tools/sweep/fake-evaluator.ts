// A FAKE design-point evaluator for tests of the sweep engine (parallelism, CSV, resume, Ctrl-C, queue).
// Tests hand it to the engine explicitly, as a function or as this module (FAKE_EVALUATOR, for worker
// threads); its numbers are a deterministic function of the spec (a hash), plausible in shape and
// meaningless as measurements.
import { fail } from '../../../core/diagnostics.js';
import type { EnergyByComponent, SweepPoint } from '../../../tools/report/sweep-types.js';
import type { EvaluatorModule } from '../../../tools/sweep/evaluator-ref.js';
import type { DesignPointSpec, EvaluatePoint } from '../../../tools/sweep/point-spec.js';

/** How the fake behaves. */
export interface FakeEvaluatorOptions {
  /** Wall time one point takes, in milliseconds (spent in a few steps that report progress). */
  delayMs?: number;
  /** Labels ("w4a4@8x8/ws") whose evaluation fails with the user error SWP090. */
  failLabels?: readonly string[];
}

/** FNV-1a of a string, as a fraction in [0, 1): the fake's only source of variation. */
function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The deterministic fake result for `spec` (no delay, no failure). */
export function fakePoint(spec: DesignPointSpec): SweepPoint {
  const [rows, cols] = spec.array.split('x').map(Number) as [number, number];
  const bits = spec.preset === 'binary' ? 1 : spec.preset.startsWith('w4') ? 4 : 8;
  const jitter = hashFraction(`${spec.model}|${spec.preset}|${spec.array}|${spec.dataflow}|${spec.seed}`);
  const macs = 2_000_000;
  const cycles = Math.ceil(macs / (rows * cols)) * (spec.dataflow === 'os' ? 2 : 1) + 1000 + Math.floor(jitter * 500);
  const energy: EnergyByComponent = {
    mac: macs * 0.03 * bits, accumulator: macs * 0.01, inputSram: 1000 * bits, weightSram: 2000 * bits,
    outputSram: 500, paramSram: 50, dram: 100_000 / rows, vector: 300, register: 25,
  };
  const energyPj = Object.values(energy).reduce((a, b) => a + b, 0);
  const accuracy = spec.data === undefined ? {} : { accuracyPct: 60 + 4 * Math.log2(bits * 2) + jitter, floatAccuracyPct: 91.25 };
  return {
    model: spec.model, preset: spec.preset, array: spec.array, rows, cols, dataflow: spec.dataflow,
    cycles, latencyUs: cycles / 1000, utilization: Math.min(1, macs / (cycles * rows * cols)),
    energyPj, energy, pjPerMac: energyPj / macs, topsPerW: (2 * macs) / energyPj, macs,
    ...accuracy, top1Agreement: 80 + bits * 2, sqnrDb: 6 * bits + jitter, bitExact: true,
    layers: [
      { name: 'conv1', op: 'qconv2d', shape: '1x28x28x16 <- 3x3x1x16', macs: macs / 4, cycles: Math.floor(cycles / 4), utilization: 0.5, stallCycles: 10, dramBytes: 1234, energyPj: energyPj / 4 },
      { name: 'fc "out", 2', op: 'qdense', shape: '1x10 <- 64x10', macs: (3 * macs) / 4, cycles: cycles - Math.floor(cycles / 4), utilization: 0.9, stallCycles: 0, dramBytes: 640, energyPj: (3 * energyPj) / 4 },
    ],
  };
}

/** A fake evaluator with the given delay and failing points. */
export function makeFakeEvaluator(options: FakeEvaluatorOptions = {}): EvaluatePoint {
  return async (spec, onProgress) => {
    const steps = 4;
    for (let i = 0; i < steps; i++) {
      if (options.delayMs !== undefined && options.delayMs > 0) await sleep(options.delayMs / steps);
      onProgress?.((i + 1) / steps);
    }
    const label = `${spec.preset}@${spec.array}/${spec.dataflow}`;
    if (options.failLabels?.includes(label)) fail('SWP090', `fake evaluator: ${label} fails on purpose`);
    return fakePoint(spec);
  };
}

/** The evaluator-module factory (evaluator-ref.ts): worker threads build the fake from JSON options. */
export function createPointEvaluator(options?: FakeEvaluatorOptions): EvaluatePoint {
  return makeFakeEvaluator(options);
}

/** This module as an evaluator the engine can hand to worker threads. */
export function fakeEvaluatorModule(options: FakeEvaluatorOptions = {}): EvaluatorModule {
  return { url: import.meta.url, options };
}
