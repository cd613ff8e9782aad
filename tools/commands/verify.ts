// `accsim verify net.qir --preset w4a8 --array 16x16`: the users' own property test. fast-check generates
// inputs (random and adversarial); each must simulate to the integer reference bit for bit and stay within
// the tolerance of the float reference. A failure is shrunk, saved as .npy with its seed, and explained.
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { loadModel } from '../load-model.js';
import { isQuantized } from '../model-kind.js';
import { type HwFlags, hwConfigFromFlags, withHwFlags } from '../hw-options.js';
import { type QuantFlags, quantizeOptions, withQuantFlags } from '../quantize-options.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { PRESETS } from '../../compiler/quant/presets.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { makeTensor, numel, type Tensor } from '../../compiler/ir/tensor.js';
import { saveNpy } from '../../compiler/io/npy.js';
import { fail } from '../../core/diagnostics.js';
import { chooseRunInputs } from '../pipeline/run-inputs.js';
import { IN_DISTRIBUTION_KINDS, type InputParams, inputParams, materialize } from '../verify/input-arbitrary.js';
import { type SampleVerdict, type VerifyTarget, checkSample } from '../verify/check-sample.js';
import { inputQuantRange } from '../verify/input-range.js';
import { errorBoundUnsupported } from '../verify/error-bound.js';
import { style } from '../report/style.js';
import { requireIntegerFlag, requirePositiveFlag } from '../numeric-flags.js';
import { limitsFromFlags } from '../resource-flags.js';

type VerifyArgs = HwFlags & QuantFlags & { model: string; preset: string; runs: number; seed?: number; tolerance?: number; out?: string };

/**
 * Where a counterexample goes: the path asked for, or the same name with -1, -2, … before the extension when
 * that file exists (a second failure never overwrites the first one's input).
 */
function uniquePath(path: string): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let k = 0; ; k++) {
    const candidate = k === 0 ? path : `${stem}-${k}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** The command line as given, with the seed pinned, so a failure can be replayed exactly. */
function replayCommand(seed: number): string {
  const argv = process.argv.slice(2);
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') i++;
    else if (!argv[i]!.startsWith('--seed=')) kept.push(argv[i]!);
  }
  return `accsim ${[...kept, '--seed', String(seed)].join(' ')}`;
}

export const verifyCommand: AccsimCommand<VerifyArgs> = {
  command: 'verify <model>',
  describe: 'property-test a design point: generated inputs must simulate bit-exactly to the integer reference and stay near float',
  builder: (y) =>
    withQuantFlags(withHwFlags(y.positional('model', { type: 'string', demandOption: true, describe: 'float .qir or .onnx network' })))
      .option('preset', { type: 'string', default: 'w8a8', describe: `quantization preset: ${Object.keys(PRESETS).join(', ')}` })
      .option('runs', { type: 'number', default: 100, describe: 'generated inputs to try' })
      .option('seed', { type: 'number', describe: 'fast-check seed (default: random, printed)' })
      .option('tolerance', { type: 'number', describe: 'max |quantized − float| per output element for in-distribution inputs (default: the worst-case quantization error bound, for every input inside the input range; docs/VERIFY.md)' })
      .option('out', { type: 'string', describe: 'where a failing input is saved (default verify-counterexample-seed<seed>.npy; an existing file is never overwritten: -1, -2, … are added)' }),
  examples: [
    ['$0 verify models/fmnist_cnn.qir --preset w4a8 --array 16x16 --runs 500', '500 generated inputs, random and adversarial'],
    ['$0 verify models/fmnist_cnn.qir --config narrow-acc.json --seed 7', 'hunt a counterexample for a 12-bit accumulator'],
  ],
  exitCodes: [[1, 'a counterexample was found (saved as .npy, replay command printed)']],
  handler: (args) => {
    if (!Number.isInteger(args.runs) || args.runs < 1) fail('CLI070', `--runs must be a positive integer, got ${args.runs}`);
    requireIntegerFlag('seed', args.seed, -(2 ** 31), 2 ** 31 - 1);
    requirePositiveFlag('tolerance', args.tolerance);
    requireWritableOutputs([args.out]);
    if (args.out !== undefined && extname(args.out).toLowerCase() !== '.npy') fail('CLI073', `--out must end in .npy, got '${args.out}'`);
    const floatGraph = loadModel(args.model, limitsFromFlags(args));
    if (isQuantized(floatGraph)) fail('CLI071', `${args.model} is already quantized; verify needs the float model to compare with`);
    const hw = hwConfigFromFlags(args);
    const data = chooseRunInputs(floatGraph, { count: 1, seed: 1 });
    const fallback = { batch: data.calib, description: data.calibSource, ...(data.calibWarning ? { warning: data.calibWarning } : {}) };
    const { options, calibNote, warnings } = quantizeOptions(args.preset, args, fallback, floatGraph.inputs[0]!.type.shape.slice(1));
    for (const w of warnings) process.stdout.write(`${style.warn('WARNING')}: ${w}\n`);
    // The float reference is the network the quantizer rounded (after BatchNorm folding, activation fusion
    // and CLE): the same function as the model up to those rewrites, and the one the error bound is about.
    const quantized = quantizeModel(floatGraph, options);
    const quantGraph = quantized.graph;
    const [lo, hi] = inputQuantRange(quantGraph);
    const noBound = errorBoundUnsupported(quantized.floatGraph, quantGraph);
    const tolerance = args.tolerance ?? (noBound === undefined ? 'bound' : undefined);
    const target: VerifyTarget = {
      floatGraph: quantized.floatGraph, floatAttrs: inferTypes(quantized.floatGraph), quantGraph, quantAttrs: inferTypes(quantGraph), program: lowerGraph(quantGraph, hw), tolerance,
    };
    // The derived bound holds for every input; a hand-set tolerance is meant for the in-distribution kinds.
    const comparesFloat = (p: InputParams): boolean => args.tolerance === undefined || IN_DISTRIBUTION_KINDS.has(p.kind);
    const decl = floatGraph.inputs[0]!;
    const n = numel(decl.type.shape);
    const sampleOf = (p: InputParams): Tensor => makeTensor('f32', decl.type.shape, materialize(p, n, lo, hi));
    const seed = args.seed ?? Math.floor(Math.random() * 2 ** 31);
    const toleranceNote = args.tolerance !== undefined ? `tolerance ${args.tolerance} (given, in-distribution inputs)`
      : noBound === undefined ? 'tolerance: the quantization error bound of each input (docs/VERIFY.md)'
      : `no float comparison: no error bound (${noBound}); give --tolerance to compare`;
    process.stdout.write(`${style.bold('verify')} ${args.model} ${args.preset} on ${hw.array.rows}x${hw.array.cols} ${hw.array.dataflow}: ${args.runs} runs, seed ${seed}, ${toleranceNote}; ${calibNote}\n`);
    let failure: { params: InputParams; verdict: SampleVerdict } | undefined;
    const details = fc.check(fc.property(inputParams, (p) => {
      const verdict = checkSample(target, sampleOf(p), comparesFloat(p));
      if (!verdict.ok) failure = { params: p, verdict };
      return verdict.ok;
    }), { seed, numRuns: args.runs });
    if (!details.failed) {
      process.stdout.write(`${style.good('passed')}: ${details.numRuns} inputs simulated bit-exactly to the integer reference and within the tolerance of float\n`);
      return;
    }
    const minimal = details.counterexample![0] as InputParams;
    const verdict = checkSample(target, sampleOf(minimal), comparesFloat(minimal));
    failure = { params: minimal, verdict };
    const out = uniquePath(args.out ?? `verify-counterexample-seed${seed}.npy`);
    saveNpy(out, makeTensor('f32', decl.type.shape, materialize(minimal, n, lo, hi)));
    process.stdout.write(`${style.bad('FAILED')} after ${details.numRuns} run(s), shrunk ${details.numShrinks} time(s) to ${JSON.stringify(minimal)} (seed ${seed}, path ${details.counterexamplePath})\n`);
    process.stdout.write(`  ${failure.verdict.reason}\n  the input is saved in ${out}; replay with: ${replayCommand(seed)}\n`);
    process.exitCode = 1;
  },
};
