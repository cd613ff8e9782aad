// The accsim command line: registers the commands, sets up logging, maps errors to exit codes. Run by an entry
// module: accsim.ts (every command) or accsim-sim.ts (the sim command alone, which the build also bundles).
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_INTERNAL_ERROR, UserError, formatDiagnostic } from '../core/diagnostics.js';
import { LOG_LEVELS, createLogger, type LogFormat, type LogLevel } from './logger.js';
import type { AccsimCommand } from './commands/command.js';
import { toYargsModule } from './commands/command.js';
import { joinNegativeNumbers } from './negative-numbers.js';
import { rejectNotANumber } from './numeric-flags.js';
import { withResourceFlags } from './resource-flags.js';

const EPILOGUE = `Exit codes: 0 success, 1 a check failed (verify found a counterexample, run saw the simulator differ from the integer reference), 2 user error (bad file, flag, data or unmappable layer), 70 internal error.
Docs: README.md and docs/ in the repository.`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function buildParser(argv: string[], commands: readonly AccsimCommand<any>[]): Argv {
  let parser = withResourceFlags(yargs(argv))
    .scriptName('accsim')
    .usage('$0 <command> [options]\n\nCompile quantized networks onto a simulated systolic-array accelerator and report cycles, energy and accuracy.')
    .option('log-level', { choices: LOG_LEVELS, default: 'warn' as LogLevel, describe: 'log verbosity (logs go to stderr)', global: true })
    .option('log-format', { choices: ['auto', 'pretty', 'json'] as const, default: 'auto' as LogFormat, describe: 'pretty on a TTY, JSON lines otherwise', global: true })
    .middleware((args) => {
      createLogger(args['log-level'] as LogLevel, args['log-format'] as LogFormat);
      rejectNotANumber(args, argv);
    })
    .demandCommand(1, 'Give a command; see accsim --help.')
    .strict()
    .recommendCommands()
    .epilogue(EPILOGUE)
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError({ code: 'CLI001', message: `${msg} (see accsim --help)` });
    });
  for (const command of commands) parser = parser.command(toYargsModule(command));
  for (const [cmd, text] of commands.flatMap((c) => c.examples ?? [])) parser = parser.example(cmd, text);
  parser = parser.help().alias('h', 'help').version().alias('V', 'version');
  skipHelpCache(parser);
  return parser;
}

/**
 * yargs renders the command's whole help text each time a command starts, to print it should the command
 * fail; our .fail() never prints help, and --help renders it on demand. Skipping that rendering saves ~45 ms
 * of CPU per start (string widths, wrapping; measured on `accsim sim` of a small program). Reached through
 * yargs' internal methods: when a yargs version lacks them, nothing changes.
 */
function skipHelpCache(parser: Argv): void {
  type Usage = { cacheHelpMessage?: () => void };
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => Usage | undefined } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage !== undefined && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** Writes the stack of an internal error to a log file and returns its path. */
function writeCrashLog(error: unknown): string {
  const path = join(tmpdir(), `accsim-crash-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  const text = `accsim ${process.argv.slice(2).join(' ')}\nnode ${process.version}\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
  try {
    writeFileSync(path, text);
    return path;
  } catch {
    return '(could not write a log file)';
  }
}

/** True for the error a write to a closed pipe gives (`accsim disasm p.accbin | head -1`). */
function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * A reader that stops reading (head, less quitting) is normal in a pipeline: end quietly with 0, as Unix
 * tools do when they ignore SIGPIPE. Other stream errors (a full disk behind `> file`) are one line, exit 2.
 */
function handleStreamErrors(): void {
  for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (isBrokenPipe(error)) process.exit(0);
      if (name === 'standard output') process.stderr.write(`accsim: ${formatDiagnostic({ code: 'IO006', message: `cannot write to ${name}: ${error.code ?? error.message}` })}\n`);
      process.exit(2);
    });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CommandsFor = (argv: readonly string[]) => Promise<AccsimCommand<any>[]>;

/** Runs the CLI on argv with the commands `commandsFor` gives for it and returns the exit code (never throws). */
export async function main(argv: string[], commandsFor: CommandsFor): Promise<number> {
  try {
    const args = joinNegativeNumbers(argv);
    await buildParser(args, await commandsFor(args)).parseAsync();
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    if (error instanceof UserError) {
      const [first, ...rest] = error.diagnostics;
      process.stderr.write(`accsim: ${first ? formatDiagnostic(first) : error.message}\n`);
      for (const d of rest) process.stderr.write(`accsim: ${formatDiagnostic(d)}\n`);
      return error.exitCode;
    }
    const where = writeCrashLog(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`accsim: internal error: ${message}\n  This is a bug in accsim. The full stack trace is in ${where}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

/** The process's CLI run: this process's arguments, stream errors handled, the exit code set. */
export async function runCli(commandsFor: CommandsFor): Promise<void> {
  handleStreamErrors();
  process.exitCode = await main(hideBin(process.argv), commandsFor);
}
