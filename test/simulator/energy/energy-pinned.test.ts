// What the mutation run found unpinned in simulator/energy/: every EN001/EN002 refusal of an energy-table
// override with its exact message, code and file; the vector-unit event formulas by hand from the Horowitz
// numbers; the energy model's keys, per-MAC accumulator widths, empty runs and average power; tables whose
// keys JavaScript does not list in numeric order (sizes of 4 GiB and more).
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { averageWatts, energyOf } from '../../../simulator/energy/energy-model.js';
import { loadEnergyTable } from '../../../simulator/energy/energy-table.js';
import { HOROWITZ_45NM } from '../../../simulator/energy/horowitz-45nm.js';
import { energyCosts, intAddPj, sramPer64BitPj } from '../../../simulator/energy/scaling.js';
import { Counters } from '../../../simulator/stats.js';
import { smallHw } from '../helpers.js';

/** The one-line diagnostic a table raises (file, code, message), or 'accepted'. */
function verdict(json: string): string {
  try {
    loadEnergyTable(json, 'my.json');
    return 'accepted';
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const d = e.diagnostics[0]!;
    return `${d.file}: ${d.code}: ${d.message}`;
  }
}

describe('energy table overrides: every refusal, exactly', () => {
  it.each([
    ['[1]', 'my.json: EN002: an energy table must be a JSON object'],
    ['null', 'my.json: EN002: an energy table must be a JSON object'],
    ['3', 'my.json: EN002: an energy table must be a JSON object'],
    ['{"name": ""}', 'my.json: EN002: energy table needs a non-empty "name" (reports print it)'],
    ['{"name": 7}', 'my.json: EN002: energy table needs a non-empty "name" (reports print it)'],
    ['{"name": "x", "intAddPj": 3}', 'my.json: EN002: energy table "intAddPj" must be an object {width: pJ}'],
    ['{"name": "x", "intAddPj": null}', 'my.json: EN002: energy table "intAddPj" must be an object {width: pJ}'],
    ['{"name": "x", "intAddPj": [1]}', 'my.json: EN002: energy table "intAddPj" must be an object {width: pJ}'],
    ['{"name": "x", "intMultPj": {}}', 'my.json: EN002: energy table "intMultPj" needs at least one entry'],
    ['{"name": "x", "intAddPj": {"x8": 1}}', 'my.json: EN002: energy table "intAddPj" key "x8" must be a positive integer (bits or bytes)'],
    ['{"name": "x", "intAddPj": {"8x": 1}}', 'my.json: EN002: energy table "intAddPj" key "8x" must be a positive integer (bits or bytes)'],
    ['{"name": "x", "intAddPj": {"08": 1}}', 'my.json: EN002: energy table "intAddPj" key "08" must be a positive integer (bits or bytes)'],
    ['{"name": "x", "intAddPj": {"0": 1}}', 'my.json: EN002: energy table "intAddPj" key "0" must be a positive integer (bits or bytes)'],
    ['{"name": "x", "intAddPj": {"8": "1"}}', 'my.json: EN002: energy table "intAddPj.8" must be a positive number of pJ, got "1"'],
    ['{"name": "x", "intAddPj": {"8": 1e400}}', 'my.json: EN002: energy table "intAddPj.8" must be a positive number of pJ, got null'],
    ['{"name": "x", "intAddPj": {"8": 0}}', 'my.json: EN002: energy table "intAddPj.8" must be a positive number of pJ, got 0'],
    ['{"name": "x", "dramPer32BitPj": "640"}', 'my.json: EN002: energy table "dramPer32BitPj" must be a positive number of pJ, got "640"'],
    ['{"name": "x", "registerPer32BitPj": 1e400}', 'my.json: EN002: energy table "registerPer32BitPj" must be a positive number of pJ, got null'],
    ['{"name": "x", "intAddPj": {"16": 0.05, "128": 0.4}, "source": "mine"}', 'accepted'],
  ])('%s', (json, want) => {
    expect(verdict(json)).toBe(want);
  });

  it('bad JSON is EN001 with the parser\'s message, in the file', () => {
    expect(verdict('{')).toMatch(/^my\.json: EN001: invalid JSON: .+/);
  });

  it('a given source replaces the default one', () => {
    expect(loadEnergyTable('{"name": "x", "source": "my lab, 2026"}', 'my.json').source).toBe('my lab, 2026');
  });
});

describe('scaling: the vector-unit events, by hand from Horowitz 45 nm', () => {
  // add: 8b 0.03, 16b 0.05, 32b 0.1; mult 8b 0.2, 32b 3.1.
  const e = energyCosts();
  it.each([
    ['requant-m0shift', 8, 3.1 + 0.1 + 0.1 + (0.1 + 2 * 0.03)],
    ['requant-pow2', 4, 0.1 + 0.1 + (0.1 + 2 * 0.015)],
    ['add', 8, 3 * (3.1 + 2 * 0.1) + 3 * 0.1 + (0.1 + 2 * 0.03)],
    ['avg-divide', 8, 3.1 + 0.1],
    ['pool-avg', 8, 0.1],
    ['pool-max', 16, 0.05],
    ['pack', 8, 0.03],
    ['depthwise-mac', 8, 0.2 + 0.1],
    ['depthwise-mac', 4, 0.05 + 0.1],
  ] as const)('%s on %i-bit elements', (kind, bits, want) => {
    expect(e.vectorOpPj(kind, bits)).toBeCloseTo(want, 12);
  });

  it('the floating-point entries of the table', () => {
    expect(HOROWITZ_45NM.fpAddPj).toEqual({ '16': 0.4, '32': 0.9 });
    expect(HOROWITZ_45NM.fpMultPj).toEqual({ '16': 1.1, '32': 3.7 });
  });

  it('keys of 4 GiB and more, which JavaScript lists in insertion order, are used in size order', () => {
    // Object.entries lists integer keys below 2^32 − 1 ascending, larger ones in insertion order.
    const t = loadEnergyTable('{"name": "x", "sramPer64BitPj": {"1048576": 100, "8589934592": 400, "4294967296": 200}}', 'my.json');
    expect(sramPer64BitPj(t, 6 * 2 ** 30)).toBeCloseTo(200 + 200 * Math.log2(1.5), 9);
    expect(sramPer64BitPj(t, 2 ** 31)).toBeCloseTo(100 + 100 * (11 / 12), 9);
    const a = loadEnergyTable('{"name": "x", "intAddPj": {"8": 0.03, "8589934592": 500, "4294967296": 200}}', 'my.json');
    expect(intAddPj(a, 6 * 2 ** 30)).toBeCloseTo(350, 9);
  });
});

describe('energy model', () => {
  const hw = smallHw(4, 4);
  const d = deriveHw(hw);
  const costs = energyCosts();

  it('charges each MAC at its own accumulator width and skips keys of no array mode', () => {
    const k = new Counters();
    k.addMacs('int8|8|8|16', 10); // 10 × (0.2 + add(16) 0.05)
    k.addMacs('fp16|16|16|32', 1000); // no array mode: not charged
    const r = energyOf(k, hw, d, costs);
    expect(r.components.mac).toBeCloseTo(10 * 0.25, 12);
    expect(Object.keys(r.components.sram).sort()).toEqual(['input', 'output', 'param', 'weight']);
    expect(r.totalPj).toBeCloseTo(2.5, 12);
    expect(r.pjPerMac).toBeCloseTo(2.5 / k.totalMacs(), 12);
  });

  it('charges a group mode\'s column multiplies in the MAC component, 8 × psum bits by the multiplier rule', () => {
    const k = new Counters();
    k.addMacs('w4a8-group|4|8|32', 32); // 32 × (0.2·(4·8)/64 = 0.1 + add(32) 0.1)
    k.addGroupScales(8, 17, 1); // 0.2 · (8·17)/64 = 0.425: one column's 17-bit partial sum of a 32-row tile
    k.addGroupScales(8, 17, 1);
    const r = energyOf(k, hw, d, costs);
    expect(r.components.mac).toBeCloseTo(32 * 0.2 + 2 * 0.425, 12);
    expect(r.macs).toBe(32); // the column multiplies are not MACs (TOPS count the products of the layer)
  });

  it('an empty run: no MACs is Infinity pJ/MAC, no energy is 0 TOPS/W', () => {
    const r = energyOf(new Counters(), hw, d, costs);
    expect(r.totalPj).toBe(0);
    expect(r.pjPerMac).toBe(Infinity);
    expect(r.topsPerWatt).toBe(0);
  });

  it('average power: pJ over the run time at the clock; 0 for an empty run', () => {
    expect(averageWatts(2e12, 5e8, 1e9)).toBeCloseTo(4, 12); // 2 J in 0.5 s
    expect(averageWatts(1e6, 0, 1e9)).toBe(0);
  });
});
