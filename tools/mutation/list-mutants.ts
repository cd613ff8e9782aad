// `node dist/tools/mutation/list-mutants.js <file[:from-to]> …`: the mutants Stryker makes of those files or line
// ranges, without running a test: how many per file (to size a run before starting it: on the shared 2-core
// machine one runner tests roughly 5–8 mutants a minute), and with `--list` each mutant's line, mutator and
// replacement, "Ignored" where a `// Stryker disable` mark covers it (to check a mark before a long rerun).
import { readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';

/** One mutant as listed: 1-based line, mutator, replacement, and whether a disable mark ignores it. */
export interface ListedMutant {
  readonly line: number;
  readonly mutator: string;
  readonly replacement: string;
  readonly ignored: boolean;
}

/** A `file[:from-to]` argument (Stryker's `--mutate` form) as the file and its inclusive line range. */
export function parseTarget(arg: string): { file: string; from: number; to: number } {
  const m = /^(.*?)(?::(\d+)-(\d+))?$/.exec(arg)!;
  return { file: m[1]!, from: m[2] === undefined ? 1 : Number(m[2]), to: m[3] === undefined ? Infinity : Number(m[3]) };
}

const quiet = {
  isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true,
  isErrorEnabled: () => true, isFatalEnabled: () => true,
  trace: () => {}, debug: () => {}, info: () => {},
  warn: (m: string) => process.stderr.write(`${m}\n`), error: (m: string) => process.stderr.write(`${m}\n`), fatal: (m: string) => process.stderr.write(`${m}\n`),
};

/** The mutants of `file` whose first line is in [from, to], as Stryker's instrumenter makes them (default mutators). */
export async function listMutants(file: string, content: string, from = 1, to = Infinity): Promise<ListedMutant[]> {
  const instrumenter = new Instrumenter(quiet as unknown as ConstructorParameters<typeof Instrumenter>[0]);
  const result = await instrumenter.instrument([{ name: file, content, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [], noHeader: true });
  return result.mutants
    .map((m) => ({ line: m.location.start.line + 1, mutator: m.mutatorName, replacement: m.replacement, ignored: m.status === 'Ignored' }))
    .filter((m) => m.line >= from && m.line <= to);
}

async function main(): Promise<void> {
  const list = process.argv.includes('--list');
  const targets = process.argv.slice(2).filter((a) => a !== '--list');
  if (targets.length === 0) {
    process.stderr.write('usage: list-mutants [--list] <file[:from-to]> …\n');
    process.exit(2);
  }
  let total = 0;
  for (const t of targets) {
    const { file, from, to } = parseTarget(t);
    const mutants = await listMutants(file, readFileSync(file, 'utf8'), from, to);
    const ignored = mutants.filter((m) => m.ignored).length;
    total += mutants.length - ignored;
    process.stdout.write(`${t}: ${mutants.length} mutants, ${ignored} ignored by marks\n`);
    if (list) for (const m of mutants) process.stdout.write(`  ${m.line} ${m.mutator}${m.ignored ? ' (ignored)' : ''}: ${m.replacement.replace(/\s+/g, ' ').slice(0, 80)}\n`);
  }
  process.stdout.write(`${total} mutants to test\n`);
}

if (process.argv[1]?.endsWith('list-mutants.js')) await main();
