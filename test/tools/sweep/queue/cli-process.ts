// The built CLI as a background process (the distributed tests run several at once and kill some).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../../bin/accsim.js', import.meta.url));

/** A running `accsim ...`. */
export interface CliProcess {
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Exit code, or the signal's name when killed. */
  exit: Promise<number | string>;
  kill(signal: NodeJS.Signals): void;
  /** Resolves once stdout contains a match of `re` (rejects after `timeoutMs`). */
  waitFor(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

/** Starts `accsim ...args` in `cwd`, no TTY, no colour. */
export function startCli(args: string[], cwd: string): CliProcess {
  const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stdout.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | string>((resolve) => p.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    pid: p.pid!,
    stdout: () => out,
    stderr: () => err,
    exit,
    kill: (signal) => void p.kill(signal),
    waitFor: async (re, timeoutMs) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const m = out.match(re);
        if (m !== null) return m;
        if (Date.now() > until) throw new Error(`no ${re} in the output of accsim ${args.join(' ')} after ${timeoutMs} ms:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
