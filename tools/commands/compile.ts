// `accsim compile net.q.qir --array 16x16 -o net.accbin`: lower a quantized graph onto the configured array.
import { extname } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { loadModel } from '../load-model.js';
import { isQuantized } from '../model-kind.js';
import { type HwFlags, hwConfigFromFlags, withHwFlags } from '../hw-options.js';
import { lowerGraphWithComments } from '../../compiler/lower/lower-graph.js';
import { layerTraffic } from '../../compiler/lower/schedule.js';
import { checkProgram } from '../../isa/check/index.js';
import { disassemble } from '../../isa/assembly.js';
import { describeHwConfig } from '../../isa/hw-config-json.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { InternalError, fail } from '../../core/diagnostics.js';
import { saveProgram } from '../program-io.js';
import { programHeaderComments } from '../report/program-summary.js';
import { renderTable } from '../report/table.js';
import { formatCount, style } from '../report/style.js';
import { limitsFromFlags } from '../resource-flags.js';

type CompileArgs = HwFlags & { model: string; output: string; asm?: string };

export const compileCommand: AccsimCommand<CompileArgs> = {
  command: 'compile <model>',
  describe: 'lower a quantized .qir onto the systolic array: an .accbin program (and optionally its assembly)',
  builder: (y) =>
    withHwFlags(y.positional('model', { type: 'string', demandOption: true, describe: 'quantized .qir (from accsim quantize)' }))
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: '.accbin program to write' })
      .option('asm', { type: 'string', describe: 'also write the annotated assembly here' }),
  examples: [
    ['$0 compile cnn.q.qir --array 16x16 -o cnn.accbin', 'compile for a 16x16 weight-stationary array'],
    ['$0 compile cnn.q.qir --array 8x32 --dataflow os --hw hw.json -o cnn.accbin --asm cnn.s', 'another machine, with assembly'],
  ],
  handler: (args) => {
    if (extname(args.output).toLowerCase() !== '.accbin') fail('CLI040', `--output must end in .accbin, got '${args.output}'`);
    requireWritableOutputs([args.output, args.asm]);
    const graph = loadModel(args.model, limitsFromFlags(args));
    if (!isQuantized(graph)) fail('CLI041', `${args.model} is a float graph; quantize it first (accsim quantize ${args.model} --preset w8a8 --calib DIR -o net.q.qir) or use accsim run`);
    const hw = hwConfigFromFlags(args);
    const { program, comments } = lowerGraphWithComments(graph, hw);
    const problems = checkProgram(program);
    if (problems.length > 0) throw new InternalError(`the lowering emitted a program that fails the static checker: ${problems[0]!.message}`);
    saveProgram(args.output, program);
    if (args.asm !== undefined) {
      const withHead = new Map(comments);
      withHead.set(0, [...programHeaderComments(program, graph.name), ...(comments.get(0) ?? [])]);
      writeFileAtomic(args.asm, disassemble(program.instructions, withHead));
    }
    const traffic = layerTraffic(program.instructions, program.layers);
    const rows = traffic.map((l) => [l.name, formatCount(l.instructions), formatCount(l.loadBytes), formatCount(l.storeBytes)]);
    // The whole program, so the total matches the header; the end of the program (the CONFIG that drains
    // the queues, HALT) belongs to no layer and gets a row of its own.
    const [all] = layerTraffic(program.instructions, [{ name: 'total', firstInstruction: 0, instructionCount: program.instructions.length }]);
    const sum = (f: (l: (typeof traffic)[number]) => number) => traffic.reduce((s, l) => s + f(l), 0);
    const outside = [all!.instructions - sum((l) => l.instructions), all!.loadBytes - sum((l) => l.loadBytes), all!.storeBytes - sum((l) => l.storeBytes)];
    if (outside[0]! > 0) rows.push([style.dim('(outside any layer)'), ...outside.map(formatCount)]);
    rows.push([style.bold('total'), formatCount(all!.instructions), formatCount(all!.loadBytes), formatCount(all!.storeBytes)]);
    process.stdout.write(`${style.bold(args.output)}: ${program.instructions.length} instructions, DRAM image ${formatCount(program.dramImage.length)} B\n${style.dim(describeHwConfig(hw))}\n`);
    process.stdout.write(`${renderTable(['layer', 'instructions', 'DRAM read B', 'DRAM write B'], rows, ['left', 'right', 'right', 'right'])}\n`);
  },
};
