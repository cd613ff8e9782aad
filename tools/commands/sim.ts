// `accsim sim net.accbin --input x.npy --output y.npy`: run a compiled program on its machine.
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { readNpy, saveNpy } from '../../compiler/io/npy.js';
import { makeTensor, type Tensor } from '../../compiler/ir/tensor.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { fail } from '../../core/diagnostics.js';
import { simulateProgram, type SimulationResult } from '../../simulator/simulate-program.js';
import { BatchWorkers, batchThreads } from '../../simulator/run-batch.js';
import { energyTableFromFlag } from '../input-files.js';
import { readInputFile } from '../read-input-file.js';
import { readProgram, readProgramBytes } from '../program-io.js';
import { programEnds } from '../pipeline/program-layout.js';
import { programInputsFromNpy } from '../pipeline/program-inputs.js';
import { layerInfoOf, renderDramSplit, renderLayerTable, renderMachine, renderTotals, simStatsJson } from '../report/sim-report.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { style } from '../report/style.js';
import { requireIntegerFlag } from '../numeric-flags.js';
import { limitsFromFlags, requireProgramWithinLimits } from '../resource-flags.js';
import type { ResourceLimits } from '../../core/resource-limits.js';

type SimArgs = { program: string; input: string; output?: string; json?: string; trace?: string; fidelity: 'fast' | 'pe'; energy?: string; threads?: number };

export const simCommand: AccsimCommand<SimArgs> = {
  command: 'sim <program>',
  describe: 'simulate a compiled .accbin program: outputs, cycles, stalls, energy; optional stats JSON and Perfetto trace',
  builder: (y) =>
    y.positional('program', { type: 'string', demandOption: true, describe: '.accbin file (from accsim compile)' })
      .option('input', { alias: 'i', type: 'string', demandOption: true, describe: '.npy: integer codes in the program input layout, or float32 NCHW data (quantized with the input scale)' })
      .option('output', { alias: 'o', type: 'string', describe: '.npy for the program outputs [N, ...]' })
      .option('json', { type: 'string', describe: 'write statistics and energy as JSON here' })
      .option('trace', { type: 'string', describe: 'write a Chrome/Perfetto trace (first sample) here' })
      .option('fidelity', { choices: ['fast', 'pe'] as const, default: 'fast' as const, describe: "'pe' steps every PE every cycle (slow; a check on the fast model)" })
      .option('energy', { type: 'string', describe: 'energy table JSON overriding the Horowitz 45 nm costs' })
      .option('threads', { type: 'number', describe: 'threads simulating samples 2..N (default one per core and per 8 samples; results do not depend on it)' }),
  examples: [['$0 sim cnn.accbin --input x.npy --output y.npy --json stats.json --trace trace.json', 'simulate, keep stats and a trace']],
  handler: async (args) => {
    requireWritableOutputs([args.output, args.json, args.trace]);
    requireIntegerFlag('threads', args.threads, 1);
    // The files first, the program's checks later: when the input holds several samples, the batch's workers
    // start loading the simulator while this thread decodes and checks the program (the input's leading
    // dimension is the sample count unless the file is flat; the count that decides is the one the
    // program's input shape gives).
    const bytes = readProgramBytes(args.program);
    const file = readInputFile(args.input, 'input .npy');
    // (A view of the file's bytes, not a copy: readNpy copies the elements it keeps.)
    const npy = readNpy(new Uint8Array(file.buffer, file.byteOffset, file.byteLength), args.input);
    const hinted = npy.type.shape.length > 1 ? npy.type.shape[0]! : 1;
    const workers = new BatchWorkers(args.fidelity === 'pe' || hinted < 2 ? 1 : batchThreads(hinted - 1, args.threads));
    try {
      await simulateAndReport(args, () => limitsFromFlags(args), bytes, npy, workers);
    } finally {
      workers.close();
    }
  },
};

/** The handler's work once the input is read and the workers (if any) are starting. */
async function simulateAndReport(args: SimArgs, limits: () => ResourceLimits, bytes: Uint8Array, npy: Tensor, workers: BatchWorkers): Promise<void> {
  // (With workers, they get the bytes now and decode them while this thread does.)
  const program = readProgram(workers.share(bytes, args.program), args.program, { adopt: true });
  requireProgramWithinLimits(program, limits(), args.program);
  const { input, output } = programEnds(program);
  const samples = programInputsFromNpy(npy, input, args.input);
  const energyTable = energyTableFromFlag(args.energy);
  const options = { fidelity: args.fidelity, trace: args.trace !== undefined, ...(energyTable ? { energyTable } : {}) };
  if (args.fidelity === 'pe' && samples.length > 1) fail('CLI050', '--fidelity pe simulates one sample; give a single-sample input');
  // The first sample (full statistics, trace) runs in this thread while the batch's workers start up.
  let firstResult: SimulationResult | undefined;
  const simulateFirst = () => {
    firstResult = simulateProgram(program, new Map([[input.name, samples[0]!]]), options);
  };
  const batchOptions = { thisThreadFirst: simulateFirst, ...(energyTable ? { energyTable } : {}) };
  const others = samples.slice(1).map((s) => new Map([[input.name, s]]));
  // Workers started for a hint that was wrong are not needed (one sample) or too few (then this thread does more).
  const rest = samples.length > 1 ? (await (workers.count > 0 ? workers : new BatchWorkers(batchThreads(others.length, args.threads))).run(program, others, batchOptions)).items : [];
  if (samples.length === 1) simulateFirst();
  const first = firstResult!;
  const outs = [first.outputs.get(output.name)!, ...rest.map((r) => r.outputs.get(output.name)!)];
  if (args.output !== undefined) {
    const per = outs[0]!.length;
    const data = output.dtype === 'u8' ? new Uint8Array(per * outs.length) : output.dtype === 'i32' ? new Int32Array(per * outs.length) : output.dtype === 'i16' ? new Int16Array(per * outs.length) : new Int8Array(per * outs.length);
    outs.forEach((o, b) => data.set(o as ArrayLike<number>, b * per));
    const dtype = output.dtype === 'u8' || output.dtype === 'u4' ? 'u8' : output.dtype === 'i32' ? 'i32' : output.dtype === 'i16' ? 'i16' : 'i8';
    saveNpy(args.output, makeTensor(dtype, [outs.length, ...output.shape.slice(1)], data));
  }
  if (args.trace !== undefined) writeFileAtomic(args.trace, JSON.stringify(first.trace));
  const tableName = (energyTable ?? HOROWITZ_45NM).name;
  if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(simStatsJson(program, first, samples.length, tableName), null, 2)}\n`);
  process.stdout.write(`${style.bold(args.program)}: ${samples.length} sample(s), statistics of the first\n${style.dim(renderMachine(program))}\n`);
  process.stdout.write(`${renderLayerTable(first, layerInfoOf(program))}\n${renderDramSplit(first)}\n${renderTotals(first, tableName)}\n`);
}
