// The list of CLI commands, in the order `accsim --help` shows them. Each is loaded only when needed: a
// command's module pulls in its whole pipeline (the compiler, the simulator, fast-check for verify, …), and
// loading all of them cost ~0.7 s of CPU on every start, more than a `sim` of one small program.
import type { AccsimCommand } from './command.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = () => Promise<AccsimCommand<any>>;

/** [command name (first word of its yargs `command`), loader], in help order. */
export const COMMAND_LOADERS: readonly (readonly [string, Loader])[] = [
  ['run', async () => (await import('./run.js')).runCommand],
  ['import', async () => (await import('./import.js')).importCommand],
  ['check', async () => (await import('./check.js')).checkCommand],
  ['fmt', async () => (await import('./fmt.js')).fmtCommand],
  ['quantize', async () => (await import('./quantize.js')).quantizeCommand],
  ['qat', async () => (await import('./qat.js')).qatCommand],
  ['infer', async () => (await import('./infer.js')).inferCommand],
  ['eval', async () => (await import('./eval.js')).evalCommand],
  ['compile', async () => (await import('./compile.js')).compileCommand],
  ['sim', async () => (await import('./sim.js')).simCommand],
  ['disasm', async () => (await import('./disasm.js')).disasmCommand],
  ['asm', async () => (await import('./asm.js')).asmCommand],
  ['sweep', async () => (await import('./sweep.js')).sweepCommand],
  ['worker', async () => (await import('./worker.js')).workerCommand],
  ['sensitivity', async () => (await import('./sensitivity.js')).sensitivityCommand],
  ['search', async () => (await import('./search.js')).searchCommand],
  ['verify', async () => (await import('./verify.js')).verifyCommand],
  ['opt', async () => (await import('./opt.js')).optCommand],
  ['weights', async () => (await import('./weights.js')).weightsCommand],
];

/**
 * The commands to register for `argv`: only the named one when its first word is a command (its parse,
 * options and errors are the same as with every command registered), else all of them (help, version,
 * a typo that yargs should suggest a command for).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function commandsFor(argv: readonly string[]): Promise<AccsimCommand<any>[]> {
  const one = COMMAND_LOADERS.find(([name]) => name === singleCommand(argv));
  if (one !== undefined) return [await one[1]()];
  return Promise.all(COMMAND_LOADERS.map(([, load]) => load()));
}

/** The command `argv` runs when only that command needs registering (its first word, unless help is asked
 *  for); bin/accsim.js asks this too, to pick the bundled sim entry. Undefined: register every command. */
export function singleCommand(argv: readonly string[]): string | undefined {
  return argv.includes('--help') || argv.includes('-h') ? undefined : argv[0];
}
