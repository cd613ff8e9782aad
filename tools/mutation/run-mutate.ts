// `npm run mutate`: Stryker over the critical modules (stryker.config.json), one module group at a time,
// each with its own incremental file under reports/mutation/ (which is its report too; a group's results are kept
// as soon as it finishes, and a rerun retests only mutants whose code or covering tests changed). Then the
// mutation section of docs/DEVELOPING.md is rewritten from every group's report, with the wall time.
// `npm run mutate -- quant-math energy` runs only the named groups (the section keeps the others' reports).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { GROUPS, metaPath, reportPath, writeMutationDoc, writeRunMeta } from './mutation-doc.js';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((g) => !GROUPS.some((x) => x.id === g));
if (unknown.length > 0) {
  process.stderr.write(`unknown group ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g.id).join(', ')}\n`);
  process.exit(2);
}
const base = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as Record<string, unknown>;
mkdirSync('reports/mutation', { recursive: true });
const started = Date.now();
for (const group of GROUPS.filter((g) => wanted.length === 0 || wanted.includes(g.id))) {
  const config = `reports/mutation/${group.id}.stryker.json`;
  writeFileSync(config, JSON.stringify({
    ...base, mutate: group.mutate,
    incrementalFile: reportPath(group.id), tempDirName: `.stryker-tmp/${group.id}`,
  }, null, 2));
  const groupStart = Date.now();
  process.stdout.write(`\n== ${group.id}: ${group.mutate.join(' ')}\n`);
  const run = spawnSync('npx', ['stryker', 'run', config], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`stryker exited with ${run.status ?? run.signal} on ${group.id}; docs/DEVELOPING.md left as it was\n`);
    process.exit(run.status ?? 1);
  }
  writeRunMeta(group.id, (Date.now() - groupStart) / 1000, new Date().toISOString().slice(0, 10));
}
const seconds = (Date.now() - started) / 1000;
const present = GROUPS.filter((g) => existsSync(reportPath(g.id)) && existsSync(metaPath(g.id))).map((g) => g.id);
writeMutationDoc(present, 'docs/DEVELOPING.md');
process.stdout.write(`docs/DEVELOPING.md: mutation section rewritten from ${present.join(', ')} (${Math.round(seconds)} s)\n`);
