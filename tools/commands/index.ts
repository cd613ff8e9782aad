// The list of CLI commands, in the order `accsim --help` shows them.
import type { AccsimCommand } from './command.js';
import { checkCommand } from './check.js';
import { evalCommand } from './eval.js';
import { fmtCommand } from './fmt.js';
import { importCommand } from './import.js';
import { inferCommand } from './infer.js';
import { quantizeCommand } from './quantize.js';
import { qatCommand } from './qat.js';
import { optCommand } from './opt.js';
import { sweepCommand } from './sweep.js';
import { workerCommand } from './worker.js';
import { compileCommand } from './compile.js';
import { disasmCommand } from './disasm.js';
import { asmCommand } from './asm.js';
import { simCommand } from './sim.js';
import { runCommand } from './run.js';
import { verifyCommand } from './verify.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: readonly AccsimCommand<any>[] = [runCommand, importCommand, checkCommand, fmtCommand, quantizeCommand, qatCommand, inferCommand, evalCommand, compileCommand, simCommand, disasmCommand, asmCommand, sweepCommand, workerCommand, verifyCommand, optCommand];
