// Regenerates docs/ENERGY.md's per-component table (issue 18): fmnist_cnn at 16x16 ws, one row per preset,
// the energy of each component the energy model reports (simulator/energy/energy-model.ts) and the counters
// that explain the differences, each from `accsim run --preset P --batch 8 --json` (per image: the report's
// energy is per sample). Presets the machine refuses (the float and MX formats until their array mode
// lands: QCFG005) get a row that says so, so the table fills itself when they run.
// The figures are kept in docs/energy-components.json; `--render` rebuilds the doc block from them alone,
// `--presets a,b` re-measures those rows and keeps the others from the store.
//   npm run build && node dist/tools/doc-tables/energy-components.js [--render | --presets a,b]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { updateDocBlock } from './doc-markers.js';

/** The presets of the table, in row order (the first is the baseline of the "vs" column). */
export const ENERGY_PRESETS = ['w8a8', 'w4a8', 'w4a8-g128', 'w8a8-g128', 'w8a8-pow2', 'w4a8-log', 'w4a4', 'binary', 'fp8', 'mxint8', 'mxfp8', 'mxfp4'];
/** The `accsim run` arguments of every row but the preset. */
export const ENERGY_RUN_ARGS = ['run', 'models/fmnist_cnn.qir', '--array', '16x16', '--dataflow', 'ws', '--batch', '8'];
export const ENERGY_STORE = 'docs/energy-components.json';
export const ENERGY_DOC = 'docs/ENERGY.md';
/** The name of the generated block in ENERGY.md. */
export const ENERGY_BLOCK = 'energy-components';

/** The energy model's components, in the report's order, with the table's column names. */
const COMPONENTS: ReadonlyArray<readonly [string, string]> = [
  ['mac', 'MAC'], ['accumulator', 'accumulator'], ['inputSram', 'input SRAM'], ['weightSram', 'weight SRAM'], ['paramSram', 'param SRAM'],
  ['outputSram', 'output SRAM'], ['dram', 'DRAM'], ['vector', 'vector'], ['register', 'registers'],
];

/** One preset's figures (per image), or why it did not run. */
export type EnergyRow =
  | { readonly preset: string; readonly refused: string }
  | {
    readonly preset: string;
    readonly cycles: number;
    readonly totalPj: number;
    /** pJ per energy component (COMPONENTS' keys). */
    readonly components: Readonly<Record<string, number>>;
    readonly macs: number;
    readonly accAccesses: number;
    readonly inputSramReads: number;
    readonly weightDramBytes: number;
    readonly dramBytes: number;
    readonly registerBits: number;
    readonly groupScales: number;
    readonly bitExact: boolean;
  };

/** What the table needs from `accsim run --json`'s report (the fields it reads, loosely typed). */
interface RunReport {
  simulation: {
    cycles: number;
    samples: number;
    energy: { totalPj: number; components: Record<string, number> };
    totals: {
      totalMacs: number; accReads: number; accWrites: number; sramReads: Record<string, number>; dramReadBytes: number; dramWriteBytes: number;
      dramBytesByKind: Record<string, number>; registerBits: number; groupScales?: Record<string, number>;
    };
  };
}

type Measured = Exclude<EnergyRow, { refused: string }>;
const measured = (r: EnergyRow): r is Measured => !('refused' in r);
const sum = (r: Record<string, number> | undefined): number => Object.values(r ?? {}).reduce((a, b) => a + b, 0);

/** One row from a run report (`bitExact`: the run's exit status said simulator == integer reference). */
export function energyRowOf(preset: string, report: RunReport, bitExact: boolean): EnergyRow {
  const s = report.simulation;
  const t = s.totals;
  return {
    preset, cycles: s.cycles, totalPj: s.energy.totalPj,
    components: Object.fromEntries(COMPONENTS.map(([k]) => [k, s.energy.components[k] ?? 0])),
    macs: t.totalMacs, accAccesses: t.accReads + t.accWrites, inputSramReads: t.sramReads['input'] ?? 0,
    weightDramBytes: t.dramBytesByKind['weights'] ?? 0, dramBytes: t.dramReadBytes + t.dramWriteBytes,
    registerBits: t.registerBits, groupScales: sum(t.groupScales), bitExact,
  };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const nj = (pj: number): string => (pj / 1000).toFixed(1);

/** The two markdown tables (energy per component; the counters behind it) of the rows. */
export function energyTables(rows: readonly EnergyRow[]): string {
  const base = rows.find(measured);
  const energy = rows.map((r) => {
    if (!measured(r)) return `| \`${r.preset}\` | not on the machine yet (${r.refused}) |`;
    const vs = base !== undefined ? `${(r.totalPj / base.totalPj).toFixed(2)}×` : '-';
    return `| \`${r.preset}\` | ${COMPONENTS.map(([k]) => nj(r.components[k]!)).join(' | ')} | **${(r.totalPj / 1e6).toFixed(2)}** | ${vs} |`;
  });
  const counters = rows.filter(measured).map((r) => {
    return `| \`${r.preset}\` | ${int(r.cycles)} | ${(r.components['mac']! / r.macs).toFixed(3)} | ${int(r.accAccesses)} | ${int(r.inputSramReads)} | ${int(r.weightDramBytes)} | ${int(r.dramBytes)} | ${(r.registerBits / 1e6).toFixed(1)} | ${int(r.groupScales)} | ${r.bitExact ? 'yes' : 'NO'} |`;
  });
  return [
    `Energy per image in nJ by component (\`accsim ${ENERGY_RUN_ARGS.join(' ')} --preset P --json\`; total in µJ; "vs" = total / \`${base?.preset ?? '-'}\`'s):`,
    '',
    `| preset | ${COMPONENTS.map(([, name]) => name).join(' | ')} | total µJ | vs |`,
    `|---|${COMPONENTS.map(() => '---:').join('|')}|---:|---:|`,
    ...energy,
    '',
    'The counters behind it (per image; MAC pJ/MAC = the MAC component / useful MACs, group column multiplies included;',
    'accumulator accesses = reads + writes; weight DRAM = the weight slabs\' bytes; registers in Mbit):',
    '',
    '| preset | cycles | MAC pJ/MAC | accumulator accesses | input SRAM row reads | weight DRAM B | DRAM B | registers Mbit | group multiplies | simulator == reference |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...counters,
  ].join('\n');
}

/** Runs `accsim run` for one preset (the built CLI, from the repository root) and returns its row. */
function measure(preset: string, dir: string): EnergyRow {
  const json = join(dir, `${preset}.json`);
  try {
    execFileSync(process.execPath, ['bin/accsim.js', ...ENERGY_RUN_ARGS, '--preset', preset, '--json', json], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return energyRowOf(preset, JSON.parse(readFileSync(json, 'utf8')) as RunReport, true);
  } catch (e) {
    const err = e as { status?: number; stderr?: string };
    // Exit 1: ran, but the simulator differed from the reference: keep the figures, flagged.
    if (err.status === 1) return energyRowOf(preset, JSON.parse(readFileSync(json, 'utf8')) as RunReport, false);
    const code = /error (\w+\d+):/.exec(err.stderr ?? '')?.[1];
    if (err.status === 2 && code !== undefined) return { preset, refused: `\`accsim run\` says ${code}` };
    throw e;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let rows: EnergyRow[];
  const only = process.argv.indexOf('--presets');
  const chosen = only < 0 ? undefined : new Set(process.argv[only + 1]?.split(','));
  if (process.argv.includes('--render')) rows = JSON.parse(readFileSync(ENERGY_STORE, 'utf8')) as EnergyRow[];
  else {
    const kept = chosen === undefined ? [] : JSON.parse(readFileSync(ENERGY_STORE, 'utf8')) as EnergyRow[];
    const dir = mkdtempSync(join(tmpdir(), 'accsim-energy-'));
    try {
      rows = ENERGY_PRESETS.map((p) => {
        const old = kept.find((k) => k.preset === p);
        if (chosen !== undefined && !chosen.has(p) && old !== undefined) return old;
        const r = measure(p, dir);
        process.stderr.write(`${p}: ${'refused' in r ? r.refused : `${(r.totalPj / 1e6).toFixed(3)} µJ`}\n`);
        return r;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    writeFileAtomic(ENERGY_STORE, `${JSON.stringify(rows, null, 2)}\n`);
  }
  updateDocBlock(ENERGY_DOC, ENERGY_BLOCK, energyTables(rows));
}
