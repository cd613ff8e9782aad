// `npm run mutate`: Stryker over the critical modules (stryker.config.json), one module group at a time,
// each with its own incremental file under reports/mutation/ (which is its report too; a group's results are kept
// as soon as it finishes, and a rerun retests only mutants whose code or covering tests changed). Then the
// mutation section of docs/DEVELOPING.md is rewritten from every group's report, with the wall time.
// `npm run mutate -- energy units` runs only the named groups, in that order (the section keeps the others'
// last reports, or, for a group with no report here, its rows in the section as they were).
// `npm run mutate -- --doc-only` runs nothing: it rewrites the section from the reports present.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { GROUPS, inGroup, metaPath, reportPath, writeMutationDoc, writeRunMeta } from './mutation-doc.js';

const docOnly = process.argv.includes('--doc-only');
// `--mutate=<file:lines,…>` mutates only those line ranges of ONE group (when the whole group cannot finish in
// the time there is); the record and the doc row say which ranges were run.
const subsetArg = process.argv.find((a) => a.startsWith('--mutate='));
const subset = subsetArg?.slice('--mutate='.length).split(',').filter((r) => r !== '');
const wanted = process.argv.slice(2).filter((a) => a !== '--doc-only' && a !== subsetArg);
const unknown = wanted.filter((g) => !GROUPS.some((x) => x.id === g));
if (unknown.length > 0) {
  process.stderr.write(`unknown group ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g.id).join(', ')}\n`);
  process.exit(2);
}
if (subset !== undefined && (wanted.length !== 1 || subset.length === 0)) {
  process.stderr.write('--mutate=<file:lines,…> needs exactly one group and at least one range\n');
  process.exit(2);
}
const outside = subset?.filter((r) => !inGroup(r.replace(/:[\d-]+(:[\d-]+)?$/, ''), GROUPS.find((g) => g.id === wanted[0])!)) ?? [];
if (outside.length > 0) {
  process.stderr.write(`--mutate: ${outside.join(', ')} not in group ${wanted[0]}\n`);
  process.exit(2);
}
const base = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as Record<string, unknown>;
// ACCSIM_MUTATION_CONCURRENCY=1 runs one test-runner process instead of the config's count: on a shared,
// loaded machine a second runner mostly adds timeouts, and the override leaves stryker.config.json alone.
const concurrencyEnv = process.env['ACCSIM_MUTATION_CONCURRENCY'];
const concurrency = concurrencyEnv === undefined ? base['concurrency'] : Number(concurrencyEnv);
if (concurrencyEnv !== undefined && !(Number.isInteger(concurrency) && (concurrency as number) >= 1)) {
  process.stderr.write(`ACCSIM_MUTATION_CONCURRENCY must be a positive integer, not ${concurrencyEnv}\n`);
  process.exit(2);
}
mkdirSync('reports/mutation', { recursive: true });
const started = Date.now();
for (const group of docOnly ? [] : wanted.length === 0 ? GROUPS : wanted.map((id) => GROUPS.find((g) => g.id === id)!)) {
  const config = `reports/mutation/${group.id}.stryker.json`;
  writeFileSync(config, JSON.stringify({
    ...base, concurrency, mutate: subset ?? group.mutate,
    incrementalFile: reportPath(group.id), tempDirName: `.stryker-tmp/${group.id}`,
  }, null, 2));
  const groupStart = Date.now();
  process.stdout.write(`\n== ${group.id}: ${group.mutate.join(' ')}\n`);
  // The group's own tests (vitest.mutate.config.ts), and property tests at a quarter of their runs: a
  // mutant is mostly killed by the first few cases, and every mutant reruns its covering tests.
  const env = { ...process.env, ACCSIM_MUTATION_GROUP: group.id, ACCSIM_PROPERTY_RUNS_SCALE: process.env['ACCSIM_PROPERTY_RUNS_SCALE'] ?? '0.25' };
  const run = spawnSync('npx', ['stryker', 'run', config], { stdio: 'inherit', env });
  if (run.status !== 0) {
    process.stderr.write(`stryker exited with ${run.status ?? run.signal} on ${group.id}; docs/DEVELOPING.md left as it was\n`);
    process.exit(run.status ?? 1);
  }
  writeRunMeta(group.id, (Date.now() - groupStart) / 1000, new Date().toISOString().slice(0, 10), subset);
}
const seconds = (Date.now() - started) / 1000;
const present = GROUPS.filter((g) => existsSync(reportPath(g.id)) && existsSync(metaPath(g.id))).map((g) => g.id);
writeMutationDoc(present, 'docs/DEVELOPING.md');
process.stdout.write(`docs/DEVELOPING.md: mutation section rewritten from ${present.join(', ')} (${Math.round(seconds)} s)\n`);
