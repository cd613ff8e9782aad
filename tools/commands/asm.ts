// `accsim asm prog.s -o prog.accbin`: assemble text into a program, checked against its machine.
import { extname } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { assemble } from '../../isa/assembly.js';
import { type Program, readProgram, writeProgram } from '../../isa/program-file.js';
import { fail } from '../../core/diagnostics.js';
import { readInputFile } from '../load-model.js';
import { type HwFlags, hwConfigFromFlags, withHwFlags } from '../hw-options.js';
import { loadProgram, saveProgram } from '../program-io.js';

type AsmArgs = HwFlags & { source: string; output: string; data?: string };

export const asmCommand: AccsimCommand<AsmArgs> = {
  command: 'asm <source>',
  describe: 'assemble a program; its DRAM image, tensors and layers come from --data (an .accbin), the machine from --data or the hardware flags',
  builder: (y) =>
    withHwFlags(y.positional('source', { type: 'string', demandOption: true, describe: 'assembly text (.s)' }))
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: '.accbin program to write' })
      .option('data', { type: 'string', describe: 'take the machine, DRAM image, tensor and layer tables from this .accbin (e.g. the one you disassembled)' }),
  examples: [['$0 disasm cnn.accbin > cnn.s && $0 asm cnn.s --data cnn.accbin -o cnn-edited.accbin', 'hand-edit a compiled schedule']],
  handler: (args) => {
    if (extname(args.output).toLowerCase() !== '.accbin') fail('CLI040', `--output must end in .accbin, got '${args.output}'`);
    requireWritableOutputs([args.output]);
    const { instructions } = assemble(readInputFile(args.source, 'assembly').toString('utf8'), args.source);
    const base: Omit<Program, 'instructions'> = args.data !== undefined
      ? loadProgram(args.data)
      : { hwConfig: hwConfigFromFlags(args), dramImage: new Uint8Array(0), tensors: [], layers: [] };
    if (args.data !== undefined && (args.array ?? args.hw ?? args.dataflow) !== undefined) fail('CLI042', '--data already fixes the machine; drop --array/--dataflow/--hw');
    const layers = base.layers.filter((l) => l.firstInstruction + l.instructionCount <= instructions.length);
    const program: Program = { ...base, instructions, layers };
    // Check it as the simulator will load it (addresses, modes, tokens), reporting against the source file.
    readProgram(writeProgram(program), args.source);
    saveProgram(args.output, program);
    process.stdout.write(`wrote ${args.output}: ${instructions.length} instructions\n`);
  },
};
