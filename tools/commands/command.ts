// The shape of a CLI command module: what yargs needs plus examples for `accsim --help`.
import type { Argv, CommandModule } from 'yargs';

export interface AccsimCommand<Args = never> {
  readonly command: string;
  readonly describe: string;
  // The builder declares options on a yargs instance; its inferred types are not needed downstream.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly builder: (y: Argv) => Argv<any>;
  /** Receives the parsed options (the builder guarantees their types). */
  readonly handler: (args: Args) => void | Promise<void>;
  /** [command line, what it does] pairs shown by `accsim --help`. */
  readonly examples?: readonly (readonly [string, string])[];
}

/** Registers a command with yargs (the handler's argument type is ensured by its builder). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toYargsModule(c: AccsimCommand<any>): CommandModule {
  return { command: c.command, describe: c.describe, builder: c.builder, handler: c.handler };
}
