// `accsim disasm net.accbin`: the program as assembly text, with its machine, tensors and layers as comments.
import { basename } from 'node:path';
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { disassemble } from '../../isa/assembly.js';
import { loadProgram } from '../program-io.js';
import { programComments } from '../report/program-summary.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';

export const disasmCommand: AccsimCommand<{ program: string; output?: string }> = {
  command: 'disasm <program>',
  describe: 'print an .accbin program as assembly (layer names, tensors and DRAM traffic as comments)',
  builder: (y) =>
    y.positional('program', { type: 'string', demandOption: true, describe: '.accbin file' })
      .option('output', { alias: 'o', type: 'string', describe: 'write to a file instead of stdout' }),
  examples: [['$0 disasm cnn.accbin | less', 'read the instruction stream']],
  handler: (args) => {
    requireWritableOutputs([args.output]);
    const program = loadProgram(args.program);
    const text = disassemble(program.instructions, programComments(program, basename(args.program)));
    if (args.output !== undefined) writeFileAtomic(args.output, text);
    else process.stdout.write(text);
  },
};
