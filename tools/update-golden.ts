// `npm run golden`: regenerates every golden file in one go. It runs, with UPDATE_GOLDEN=1, every test
// file that uses the golden helper (test/golden.ts), so a new golden test is picked up without a list
// to keep. Review the diff (`git diff --stat`) before committing: a golden that moved is a behaviour change.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether this runs from tools/ or dist/tools/. */
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));

/** A test file uses the helper when it calls one of these (imported from test/golden.ts). */
const USES_HELPER = /\b(expectGolden|readGolden)\(/;

/** The `*.test.ts` files under `testDir` that read or compare golden files through the helper, sorted, relative to `root`. */
export function goldenTestFiles(root: string, testDir = 'test'): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.test.ts') && USES_HELPER.test(readFileSync(path, 'utf8'))) found.push(relative(root, path));
    }
  };
  walk(join(root, testDir));
  return found.sort();
}

function main(): number {
  const files = goldenTestFiles(ROOT);
  process.stdout.write(`regenerating the goldens of ${files.length} test files:\n${files.map((f) => `  ${f}\n`).join('')}`);
  const run = spawnSync('npx', ['vitest', 'run', ...files], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, UPDATE_GOLDEN: '1' } });
  if (run.status !== 0) {
    process.stderr.write('some golden tests failed while regenerating (see above); the goldens they own may be stale\n');
    return run.status ?? 1;
  }
  process.stdout.write('done: review what moved with `git status` and `git diff` before committing\n');
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
