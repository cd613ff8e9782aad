// Runs the built CLI (dist/, built by `npm test` before vitest) as a user would, capturing output and exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import yargs from 'yargs';
import { UserError } from '../../core/diagnostics.js';
import { type AccsimCommand, toYargsModule } from '../../tools/commands/command.js';
import { withResourceFlags } from '../../tools/resource-flags.js';

const BIN = fileURLToPath(new URL('../../bin/accsim.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `accsim ...args` from the repository root (or `cwd`), no TTY, no colour, extra `env` variables. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 300_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `accsim ...args` in this process through `command`'s own yargs module (its flags, defaults and handler), stdout
 * and stderr captured, from the working directory (the repository root under vitest). For tests of what a command
 * computes and prints; what the process boundary does (exit codes of errors, one-line stderr, no stack trace)
 * stays with runCli. Saves a node start and module load per case (~0.55 s of CPU each).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runCommand(command: AccsimCommand<any>, args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => (into.push(String(chunk)), true);
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(capture(out)), vi.spyOn(process.stderr, 'write').mockImplementation(capture(err))];
  process.exitCode = undefined;
  let code: number;
  try {
    await withResourceFlags(yargs(args)).command(toYargsModule(command)).strict().fail((msg, e) => { throw e ?? new UserError({ code: 'CLI001', message: msg }); }).parseAsync();
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    err.push(e.message);
    code = e.exitCode;
  } finally {
    for (const s of spies) s.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
