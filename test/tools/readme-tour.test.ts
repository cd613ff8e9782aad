// README's tour shows the output of `npm run accsim -- run --array 16x16 models/fmnist_cnn.qir`: the
// figures are the simulator's and change with the ISA, the lowering or the cost table, so the block must be
// regenerated with them (paste the command's output). A simulation is deterministic, so this compares every line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

const COMMAND = '$ npm run accsim -- run --array 16x16 models/fmnist_cnn.qir\n';

describe("README's tour", () => {
  it('is what the command prints today', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(COMMAND);
    expect(start, 'the tour block starts with the command').toBeGreaterThan(0);
    const block = readme.slice(start + COMMAND.length, readme.indexOf('```', start));
    const r = runCli(['run', '--array', '16x16', 'models/fmnist_cnn.qir']);
    expect(r.code, r.stderr).toBe(0);
    expect(block).toBe(r.stdout);
  });
});
