// The shape of a CLI command module: what yargs needs plus examples for `accsim --help`.
import type { Argv, CommandModule } from 'yargs';
import type { ResourceFlags } from '../resource-flags.js';

export interface AccsimCommand<Args = never> {
  readonly command: string;
  readonly describe: string;
  // The builder declares options on a yargs instance; its inferred types are not needed downstream.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly builder: (y: Argv) => Argv<any>;
  /** Receives the parsed options (the builder guarantees their types) and the global limit flags. */
  readonly handler: (args: Args & ResourceFlags) => void | Promise<void>;
  /** [command line, what it does] pairs shown by `accsim --help`. */
  readonly examples?: readonly (readonly [string, string])[];
  /** Exit statuses this command uses besides 0, 2 and 70 (e.g. 1 when a check fails), with their meaning. */
  readonly exitCodes?: readonly (readonly [number, string])[];
}

/** The exit statuses of one command, for its --help: 0, its own, then user and internal errors. */
export function exitCodeLines(c: Pick<AccsimCommand, 'exitCodes'>): string {
  const codes: (readonly [number, string])[] = [
    [0, 'success (also when a reader closes the pipe early, e.g. | head)'],
    ...(c.exitCodes ?? []),
    [2, 'user error: bad file, flag, data or unmappable layer (one line on stderr)'],
    [70, 'internal error: a bug in accsim (the stack trace goes to a log file)'],
  ];
  return `Exit codes:\n${codes.sort((a, b) => a[0] - b[0]).map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n')}`;
}

/** Registers a command with yargs (the handler's argument type is ensured by its builder). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toYargsModule(c: AccsimCommand<any>): CommandModule {
  return { command: c.command, describe: c.describe, builder: (y) => c.builder(y).epilogue(exitCodeLines(c)), handler: c.handler };
}
