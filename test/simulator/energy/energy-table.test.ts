import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { describeEnergyTable, loadEnergyTable } from '../../../simulator/energy/energy-table.js';
import { HOROWITZ_45NM } from '../../../simulator/energy/horowitz-45nm.js';
import { energyCosts } from '../../../simulator/energy/scaling.js';

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('energy table', () => {
  it('holds the DESIGN §6 numbers with their citation', () => {
    expect(HOROWITZ_45NM.intMultPj).toEqual({ '8': 0.2, '32': 3.1 });
    expect(HOROWITZ_45NM.sramPer64BitPj).toEqual({ '8192': 10, '32768': 20, '1048576': 100 });
    expect(HOROWITZ_45NM.dramPer32BitPj).toBe(640);
    expect(describeEnergyTable()).toBe(
      'energy table horowitz-45nm: M. Horowitz, "Computing\'s energy problem (and what we can do about it)", ' +
        'ISSCC 2014, 45 nm, 0.9 V; register file: Han et al., NeurIPS 2015',
    );
  });

  it('an override replaces the keys it gives and is named in reports', () => {
    const t = loadEnergyTable('{"name": "my-7nm", "intMultPj": {"8": 0.05}, "dramPer32BitPj": 320}', 'my.json');
    expect(energyCosts(t).macPj('int8', 8, 8)).toBeCloseTo(0.05 + 0.1, 12);
    expect(energyCosts(t).dramPjPerByte).toBe(80);
    expect(t.sramPer64BitPj).toEqual(HOROWITZ_45NM.sramPer64BitPj);
    expect(describeEnergyTable(t)).toBe('energy table my-7nm: my.json (unset entries from horowitz-45nm)');
  });

  it('rejects unknown keys naming them, bad values, missing name and bad JSON', () => {
    expect(errorOf(() => loadEnergyTable('{"name": "x", "sramPj": 1}', 't.json')).message).toBe(
      't.json: error EN002: unknown energy table key "sramPj" (valid keys: name, source, intAddPj, intMultPj, fpAddPj, fpMultPj, sramPer64BitPj, dramPer32BitPj, registerPer32BitPj)',
    );
    expect(errorOf(() => loadEnergyTable('{"name": "x", "intAddPj": {"8": -1}}', 't')).message).toContain('"intAddPj.8" must be a positive number');
    expect(errorOf(() => loadEnergyTable('{"name": "x", "intAddPj": {"eight": 1}}', 't')).message).toContain('key "eight"');
    expect(errorOf(() => loadEnergyTable('{"name": "x", "dramPer32BitPj": 0}', 't')).diagnostics[0]?.code).toBe('EN002');
    expect(errorOf(() => loadEnergyTable('{}', 't')).message).toContain('needs a non-empty "name"');
    expect(errorOf(() => loadEnergyTable('{', 't')).diagnostics[0]?.code).toBe('EN001');
  });
});
