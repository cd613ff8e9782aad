// `accsim fmt net.qir`: print the canonical form; `-w` rewrites the file in place (atomically).
import { readFileSync } from 'node:fs';
import type { AccsimCommand } from './command.js';
import { loadQir } from '../../compiler/qir/load.js';
import { printQir } from '../../compiler/qir/printer.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { readInputFile } from '../load-model.js';

export const fmtCommand: AccsimCommand<{ model: string; write: boolean; check: boolean }> = {
  command: 'fmt <model>',
  describe: 'print a .qir file in canonical form (-w: rewrite it in place)',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir file' })
      .option('write', { alias: 'w', type: 'boolean', default: false, describe: 'rewrite the file in place (atomic) instead of printing' })
      .option('check', { type: 'boolean', default: false, describe: 'exit 1 if the file is not in canonical form' }),
  examples: [['$0 fmt -w models/examples/cnn_bn.qir', 'rewrite a file in canonical form']],
  exitCodes: [[1, 'with --check: the file is not in canonical form']],
  handler: (args) => {
    readInputFile(args.model, 'QIR file');
    const text = printQir(loadQir(args.model));
    if (args.check) {
      const same = readFileSync(args.model, 'utf8') === text;
      if (!same) process.stderr.write(`accsim: ${args.model} is not in canonical form (run accsim fmt -w)\n`);
      process.exitCode = same ? 0 : 1;
      return;
    }
    if (args.write) writeFileAtomic(args.model, text);
    else process.stdout.write(text);
  },
};
