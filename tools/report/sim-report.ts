// The simulation part of every report: per-layer cycles/utilization/stalls/traffic/energy and the totals,
// as terminal tables and as plain JSON. Shared by `sim` and `run`.
import type { Program } from '../../isa/program-file.js';
import type { SimulationResult } from '../../simulator/simulate-program.js';
import type { EnergyReport } from '../../simulator/energy/energy-model.js';
import { STALL_CAUSES, countersToJson, type Counters } from '../../simulator/stats.js';
import { describeHwConfig, hwConfigToJson } from '../../isa/hw-config-json.js';
import { renderTable } from './table.js';
import { dramTrafficJson, dramTrafficOf, renderDramTable, sumTraffic } from './dram-traffic.js';
import { formatCount, formatEnergyPj, formatSeconds, formatSi, style } from './style.js';

/** What a report knows about a layer beyond the simulator (from the graph): its op and output shape. */
export interface LayerInfo {
  readonly op: string;
  readonly shape: string;
}

const stallCycles = (c: Counters): number => STALL_CAUSES.reduce((s, k) => s + c.stalls[k], 0);
const dramBytes = (c: Counters): number => c.dramReadBytes + c.dramWriteBytes;

/** Energy by component in pJ, flattened (SRAMs by buffer). */
export function energyComponents(e: EnergyReport): Record<string, number> {
  const c = e.components;
  return { mac: c.mac, accumulator: c.accumulator, inputSram: c.sram.input, weightSram: c.sram.weight, paramSram: c.sram.param, outputSram: c.sram.output, dram: c.dram, vector: c.vector, register: c.register };
}

/** The per-layer table. */
export function renderLayerTable(r: SimulationResult, info?: ReadonlyMap<string, LayerInfo>): string {
  const rows = r.stats.layers.map((l, k) => {
    const i = info?.get(l.name);
    return [
      l.name, i?.op ?? '', i?.shape ?? '', formatCount(l.counters.totalMacs()), formatCount(l.cycles), `${(100 * l.utilization).toFixed(1)}%`,
      formatCount(stallCycles(l.counters)), formatCount(dramBytes(l.counters)), formatEnergyPj(r.energy.layers[k]!.energy.totalPj),
    ];
  });
  const t = r.stats.totals;
  rows.push([style.bold('total'), '', '', style.bold(formatCount(t.totalMacs())), style.bold(formatCount(r.stats.cycles)), style.bold(`${(100 * r.stats.utilization).toFixed(1)}%`),
    formatCount(stallCycles(t)), formatCount(dramBytes(t)), style.bold(formatEnergyPj(r.energy.total.totalPj))]);
  return renderTable(['layer', 'op', 'output', 'MACs', 'cycles', 'util', 'stalls', 'DRAM B', 'energy'], rows,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']);
}

/** The DRAM traffic table (by kind, compulsory, efficiency), when the run splits DRAM bytes by kind. */
export function renderDramSplit(program: Program, r: SimulationResult): string | undefined {
  const traffic = dramTrafficOf(program, r);
  return traffic === undefined ? undefined : renderDramTable(r.stats.layers.map((l) => l.name), traffic);
}

/** Totals: cycles, latency, stalls by cause, energy by component, pJ/MAC, TOPS/W. */
export function renderTotals(r: SimulationResult, energyTableName: string): string {
  const s = r.stats;
  const e = r.energy.total;
  const stalls = STALL_CAUSES.map((k) => `${k} ${formatCount(s.totals.stalls[k])}`).join(', ');
  const comps = Object.entries(energyComponents(e)).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${(100 * v / e.totalPj).toFixed(1)}%`).join(', ');
  const lines = [
    `cycles ${formatCount(s.cycles)}  latency ${formatSeconds(s.seconds)} at ${formatSi(s.clockHz, 'Hz')}  utilization ${(100 * s.utilization).toFixed(1)}%`,
    `stall cycles: ${stalls}`,
    `energy ${formatEnergyPj(e.totalPj)} (${energyTableName}): ${comps}`,
    `${e.pjPerMac.toFixed(3)} pJ/MAC  ${e.topsPerWatt.toFixed(2)} TOPS/W  ${r.energy.watts.toFixed(3)} W average`,
    `accumulator overflows: ${formatCount(s.totals.overflows)}`,
  ];
  return lines.join('\n');
}

/** Statistics and energy as plain JSON (the --json files of sim and run). */
export function simStatsJson(program: Program, r: SimulationResult, samples: number, energyTableName: string): Record<string, unknown> {
  const traffic = dramTrafficOf(program, r);
  return {
    hw: hwConfigToJson(program.hwConfig),
    energyTable: energyTableName,
    samples,
    cycles: r.stats.cycles,
    seconds: r.stats.seconds,
    utilization: r.stats.utilization,
    busyCycles: r.stats.busyCycles,
    totals: countersToJson(r.stats.totals),
    ...(traffic === undefined ? {} : { dram: dramTrafficJson(sumTraffic(traffic)) }),
    energy: { totalPj: r.energy.total.totalPj, components: energyComponents(r.energy.total), pjPerMac: r.energy.total.pjPerMac, topsPerWatt: r.energy.total.topsPerWatt, watts: r.energy.watts },
    layers: r.stats.layers.map((l, k) => ({
      name: l.name, cycles: l.cycles, firstCycle: l.firstCycle, lastCycle: l.lastCycle, utilization: l.utilization,
      counters: countersToJson(l.counters), energyPj: r.energy.layers[k]!.energy.totalPj, energy: energyComponents(r.energy.layers[k]!.energy),
      ...(traffic === undefined ? {} : { dram: dramTrafficJson(traffic[k]!) }),
    })),
  };
}

/** The machine line block printed at the top of a report. */
export function renderMachine(program: Program): string {
  return describeHwConfig(program.hwConfig);
}
