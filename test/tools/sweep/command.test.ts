// `accsim sweep` flag checks: each bad flag is one user error naming it, raised before any file is written.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { sweepCommand } from '../../../tools/commands/sweep.js';

const dir = mkdtempSync(join(tmpdir(), 'accsim-sweep-cmd-'));
const model = join(dir, 'net.qir');
writeFileSync(model, 'unused\n');
const csv = join(dir, 'out.csv');
const base = { model, preset: 'w8a8', array: '16x16', dataflow: 'ws', seed: 0, csv, resume: false, overwrite: false };

async function codeOf(args: Partial<Parameters<typeof sweepCommand.handler>[0]>): Promise<string> {
  try {
    await sweepCommand.handler({ ...base, ...args });
  } catch (e) {
    if (e instanceof UserError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('accsim sweep flags', () => {
  it('rejects bad values with the flag named, before touching --csv', async () => {
    expect(await codeOf({ limit: 0, data: dir })).toBe('SWP015: --limit must be a positive integer, got 0');
    expect(await codeOf({ jobs: 1.5 })).toBe('SWP015: --jobs must be a positive integer, got 1.5');
    expect(await codeOf({ limit: 10 })).toBe('SWP016: --limit applies to --data; give --data DIR too');
    expect(await codeOf({ resume: true, overwrite: true })).toMatch(/^SWP016: --resume and --overwrite/);
    expect(await codeOf({ model: join(dir, 'missing.qir') })).toMatch(/^SWP014: --model: model file '.*missing.qir' does not exist/);
    expect(await codeOf({ data: join(dir, 'nodata') })).toMatch(/^SWP014: --data: data directory/);
    expect(await codeOf({ preset: 'w8a8,w9a9' })).toMatch(/^SWP011: --preset: unknown preset "w9a9"/);
    expect(await codeOf({ array: '16x16,big' })).toMatch(/^SWP012: --array: bad array shape "big"/);
    const hw = join(dir, 'hw.json');
    writeFileSync(hw, '{"array": {"rows": "many"}');
    expect(await codeOf({ hw })).toMatch(/^HW001/);
    expect(existsSync(csv)).toBe(false);
  });

  it('checks every point before running any: a shape the hardware cannot hold fails at once, naming the point', async () => {
    const real = fileURLToPath(new URL('../../../models/examples/mlp.qir', import.meta.url));
    // Every shape up to 64x64 fits the default buffers (they round down to whole rows), so a small input buffer makes 64x64 impossible.
    const hw = join(dir, 'small-input.json');
    writeFileSync(hw, '{"memories": {"input": {"sizeBytes": 256}}}');
    expect(await codeOf({ model: real, array: '8x8,64x64', hw })).toBe('SWP017: point w8a8@64x64/ws cannot run: input buffer (256 B) must hold at least one 64-B row per bank (8 banks: 512 B)');
    expect(existsSync(csv)).toBe(false);
  });
});
