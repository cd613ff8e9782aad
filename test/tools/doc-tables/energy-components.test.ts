// docs/ENERGY.md's per-component table: the block equals the generator's rendering of the kept figures,
// the kept figures are what `accsim run --json` reports today (one row re-measured), and the renderer
// prints what a hand-made report says.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceBlock } from '../../../tools/doc-tables/doc-markers.js';
import { ENERGY_BLOCK, ENERGY_DOC, ENERGY_PRESETS, ENERGY_RUN_ARGS, ENERGY_STORE, type EnergyRow, energyRowOf, energyTables } from '../../../tools/doc-tables/energy-components.js';
import { expectGolden } from '../../golden.js';
import { REPO_ROOT, runCli } from '../run-cli.js';

const rows = JSON.parse(readFileSync(join(REPO_ROOT, ENERGY_STORE), 'utf8')) as EnergyRow[];

function report(mac: number, acc: number) {
  return {
    simulation: {
      cycles: 1000, samples: 8,
      energy: { totalPj: 1e6, components: { mac, accumulator: acc, inputSram: 3, weightSram: 4, paramSram: 5, outputSram: 6, dram: 7, vector: 8, register: 9 } },
      totals: {
        totalMacs: 2000, accReads: 10, accWrites: 20, sramReads: { input: 30, weight: 1 }, dramReadBytes: 40, dramWriteBytes: 2,
        dramBytesByKind: { weights: 36 }, registerBits: 5e6, groupScales: { '8|17': 4, '8|20': 1 },
      },
    },
  };
}

describe('energy-components', () => {
  it('ENERGY.md holds the table of docs/energy-components.json (`npm run golden` or the generator rewrites it)', () => {
    const path = join(REPO_ROOT, ENERGY_DOC);
    expectGolden(path, replaceBlock(readFileSync(path, 'utf8'), ENERGY_BLOCK, energyTables(rows), ENERGY_DOC));
  });

  it('keeps a row for every preset of the table, in order', () => {
    expect(rows.map((r) => r.preset)).toEqual(ENERGY_PRESETS);
  });

  it('renders a report: components in nJ, total in µJ, ratio to the first row, the counters, a refused preset', () => {
    const t = energyTables([energyRowOf('a', report(600, 2), true), energyRowOf('b', report(300, 2), false), { preset: 'c', refused: '`accsim run` says QCFG005' }]);
    expect(t).toContain('| `a` | 0.6 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0 | **1.00** | 1.00× |');
    expect(t).toContain('| `c` | not on the machine yet (`accsim run` says QCFG005) |');
    // MAC pJ/MAC = 300 / 2000; accumulator accesses 10 + 20; DRAM 40 + 2; 5 group multiplies; flagged not bit-exact.
    expect(t).toContain('| `b` | 1,000 | 0.150 | 30 | 30 | 36 | 42 | 5.0 | 5 | NO |');
  });

  it('the kept w4a8-g128 row is what `accsim run --json` reports now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'energy-row-'));
    try {
      const json = join(dir, 'r.json');
      const r = runCli([...ENERGY_RUN_ARGS, '--preset', 'w4a8-g128', '--json', json]);
      expect(r.code, r.stderr).toBe(0);
      const fresh = energyRowOf('w4a8-g128', JSON.parse(readFileSync(json, 'utf8')) as Parameters<typeof energyRowOf>[1], true);
      expect(fresh, 'the machine\'s figures changed: npm run build && node dist/tools/doc-tables/energy-components.js').toEqual(rows.find((x) => x.preset === 'w4a8-g128'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
