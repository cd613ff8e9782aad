// The generated mutation block (tools/mutation/mutation-doc.ts): a group with no report in this worktree keeps
// its previous rows (module row, per-file rows, survivors) instead of turning into "not run", and the total
// counts them; a group run now replaces its old rows; files belong to groups by the groups' globs.
import { describe, expect, it } from 'vitest';
import { BEGIN, END, carriedGroups, GROUPS, inGroup, nextRunMeta, renderReport, type GroupResult } from '../../../tools/mutation/mutation-doc.js';

const group = (id: string) => GROUPS.find((g) => g.id === id)!;
const mutant = (status: string, line: number) => ({ mutatorName: 'EqualityOperator', status, replacement: 'a <= b', location: { start: { line, column: 1 }, end: { line, column: 7 } } });
const result = (id: string, file: string, statuses: string[], date: string): GroupResult => ({
  group: group(id), seconds: 120, date,
  report: { files: { [file]: { source: 'a < b\na < b\na < b\n', mutants: statuses.map((s, i) => mutant(s, i + 1)) } } },
});

describe('mutation block', () => {
  it('files belong to the group whose globs name them', () => {
    expect(inGroup('simulator/energy/model.ts', group('energy'))).toBe(true);
    expect(inGroup('simulator/energy/sub/model.ts', group('energy'))).toBe(false);
    expect(inGroup('compiler/lower/layout.ts', group('window-layout'))).toBe(true);
    expect(inGroup('compiler/lower/layoutXts', group('window-layout'))).toBe(false);
    expect(inGroup('compiler/import/onnx/ops/pad.ts', group('onnx-attributes'))).toBe(true);
    expect(inGroup('compiler/import/onnx/ops/resize.ts', group('onnx-attributes'))).toBe(false);
  });

  it('a group without a report keeps its previous rows; a group run again replaces its own', () => {
    const before = renderReport([
      result('energy', 'simulator/energy/model.ts', ['Killed', 'Survived', 'Killed'], '2026-12-01'),
      result('window-layout', 'compiler/lower/layout.ts', ['Survived', 'Survived', 'NoCoverage'], '2026-12-01'),
    ], GROUPS.filter((g) => g.id !== 'energy' && g.id !== 'window-layout'));
    const carried = carriedGroups(`intro\n${before}\noutro`, GROUPS.filter((g) => g.id !== 'window-layout'));
    expect(carried.map((c) => c.group.id)).toEqual(['energy']);
    expect(carried[0]!.tally).toEqual({ detected: 2, undetected: 1, ignored: 0 });
    expect(carried[0]!.files.map((f) => f.file)).toEqual(['simulator/energy/model.ts']);
    expect(carried[0]!.survivors.map((f) => f.line)).toEqual([expect.stringContaining('simulator/energy/model.ts:2 |')]);

    const after = renderReport([result('window-layout', 'compiler/lower/layout.ts', ['Killed', 'Killed', 'Survived'], '2026-12-05')],
      GROUPS.filter((g) => g.id !== 'energy' && g.id !== 'window-layout'), carried);
    expect(after.startsWith(BEGIN) && after.endsWith(END)).toBe(true);
    const lines = after.split('\n');
    expect(lines).toContain(carried[0]!.row);
    expect(lines.filter((l) => l.startsWith(`| ${group('window-layout').name} |`))).toEqual([`| ${group('window-layout').name} | 2 | 1 | 0 | 66.7 % | 2026-12-05 | 2 min |`]);
    expect(lines).toContain('| **all** (run groups) | 4 | 2 | 0 | **66.7 %** | | |');
    expect(lines.filter((l) => l.startsWith('| compiler/lower/layout.ts:'))).toEqual([expect.stringContaining('layout.ts:3 |')]);
    expect(lines.filter((l) => l.startsWith('| simulator/energy/model.ts'))).toHaveLength(2);
    expect(after).toContain('kept from the previous report');
    expect(lines).toContain(`| ${group('units').name} | | | | not run (\`npm run mutate -- units\`) | | |`);
    // Carrying again is stable: the same rows come back.
    expect(carriedGroups(after, [group('energy')])).toEqual(carried);
  });

  it('a subset run says which line ranges its figure covers, and later subset runs add theirs', () => {
    const first = nextRunMeta(undefined, 600, '2026-12-05', ['simulator/units/dma-banks.ts']);
    const second = nextRunMeta(first, 300, '2026-12-06', ['simulator/units/vector-unit.ts:38-220', 'simulator/units/dma-banks.ts']);
    expect(second).toEqual({ seconds: 900, date: '2026-12-06', subset: ['simulator/units/dma-banks.ts', 'simulator/units/vector-unit.ts:38-220'] });
    // A full run replaces the record: its report holds every mutant of the group.
    expect(nextRunMeta(second, 60, '2026-12-07')).toEqual({ seconds: 60, date: '2026-12-07' });
    const r = { ...result('units', 'simulator/units/dma-banks.ts', ['Killed', 'Survived'], '2026-12-06'), ...second };
    const row = renderReport([r]).split('\n').find((l) => l.startsWith(`| ${group('units').name} |`));
    expect(row).toBe(`| ${group('units').name} | 1 | 1 | 0 | 50.0 % | 2026-12-06 (subset: simulator/units/dma-banks.ts, simulator/units/vector-unit.ts:38-220) | 15 min |`);
    // Carried into a later block as it was, subset note included.
    expect(carriedGroups(renderReport([r]), [group('units')])[0]!.row).toBe(row);
  });
});
