// Measured figures of a lowered model (the numbers issues 12 and 13 state their targets in): program
// size, DRAM bytes (whole bursts), cycles and energy from the simulator, per layer and in total. Run
// directly (after `npx tsc -p tsconfig.json --outDir <dir>`) it prints them for fmnist_cnn and ResNet-18:
//   node <dir>/test/compiler/lower/figures.js [cnn|resnet] [presets,...] [--hw file.json] [--array RxC] [--dataflow ws|os] [--layers] [--static]
import { readFileSync } from 'node:fs';
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { applyOverrides, defaultHwConfig, type HwConfig } from '../../../isa/hw-config.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';
import { writeProgram, type Program } from '../../../isa/program-file.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { quantized, seededBatch } from './models.js';
import { resnet18 } from './resnet18.js';

/** Figures of one layer. */
export interface LayerFigures {
  readonly name: string;
  readonly cycles: number;
  readonly dramRead: number;
  readonly dramWrite: number;
  readonly energyPj: number;
}

/** Figures of one program run on one seeded input. */
export interface Figures {
  readonly instructions: number;
  readonly accbinBytes: number;
  readonly dramRead: number;
  readonly dramWrite: number;
  readonly cycles: number;
  readonly energyPj: number;
  readonly dramPj: number;
  readonly utilization: number;
  readonly layers: readonly LayerFigures[];
}

/** Lowers `g` for `hw`, simulates one seeded input, and collects the figures. */
export function measure(g: Graph, hw: HwConfig, program: Program = lowerGraph(g, hw)): Figures {
  const input = program.tensors.find((t) => t.role === 'input')!;
  const n = input.shape.reduce((a, b) => a * b, 1);
  const x = seededBatch([n], 1, 3).data as Float32Array;
  const codes = Array.from(x, (v) => Math.floor((v + 1) * 127.5) & (input.dtype === 'i8' ? 0x7f : 0xff));
  const r = simulateProgram(program, new Map([[input.name, codes]]));
  const t = r.stats.totals;
  return {
    instructions: program.instructions.length,
    accbinBytes: writeProgram(program).length,
    dramRead: t.dramReadBytes,
    dramWrite: t.dramWriteBytes,
    cycles: r.stats.cycles,
    energyPj: r.energy.total.totalPj,
    dramPj: r.energy.total.components.dram,
    utilization: r.stats.utilization,
    layers: r.stats.layers.map((l, k) => ({
      name: l.name, cycles: l.cycles, dramRead: l.counters.dramReadBytes, dramWrite: l.counters.dramWriteBytes, energyPj: r.energy.layers[k]!.energy.totalPj,
    })),
  };
}

/**
 * DRAM bytes of a program's transfers counted statically as whole bursts (consecutive steps in one burst
 * counted once, as the DMA does): what the simulator's counters will show, without running it.
 */
export function staticDramBytes(program: Program): { read: number; written: number } {
  const burst = program.hwConfig.dram.burstBytes;
  let read = 0;
  let written = 0;
  for (const i of program.instructions) {
    if ((i.op !== 'LOAD' && i.op !== 'STORE') || (i.op === 'LOAD' && i.fill === 1)) continue;
    let last = -1;
    let bytes = 0;
    for (let o = 0; o < i.repeat; o++) {
      for (let r = 0; r < i.rows; r++) {
        const a = i.dramAddr + o * i.dramOuterStride + r * i.dramRowStride;
        const first = Math.floor(a / burst);
        const end = Math.floor((a + i.bytesPerRow - 1) / burst);
        bytes += (end - first + 1 - (first === last ? 1 : 0)) * burst;
        last = end;
      }
    }
    if (i.op === 'LOAD') read += bytes;
    else written += bytes;
  }
  return { read, written };
}

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

function main(argv: string[]): void {
  const opt = (name: string) => {
    const k = argv.indexOf(name);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const which = argv[0] ?? 'cnn';
  const presets = (argv[1] && !argv[1].startsWith('--') ? argv[1] : 'w8a8,w4a8,w4a4').split(',');
  const hwFile = opt('--hw');
  let hw = hwFile === undefined ? defaultHwConfig() : loadHwConfigJson(readFileSync(hwFile, 'utf8'), hwFile);
  hw = applyOverrides(hw, { ...(opt('--array') ? { array: opt('--array')! } : {}), ...(opt('--dataflow') ? { dataflow: opt('--dataflow') as 'ws' } : {}) });
  for (const preset of presets) {
    const g = which === 'resnet' ? resnet18(preset) : quantized('models/fmnist_cnn.qir', preset, 100);
    const t0 = Date.now();
    const program = lowerGraph(g, hw);
    const t1 = Date.now();
    if (argv.includes('--static')) {
      const t = staticDramBytes(program);
      process.stdout.write(`${which} ${preset} ${hw.array.rows}x${hw.array.cols} ${hw.array.dataflow}: ${fmt(program.instructions.length)} instructions, .accbin ${fmt(writeProgram(program).length)} B, DRAM ${fmt(t.read + t.written)} B (read ${fmt(t.read)}, written ${fmt(t.written)}; static count), lowered in ${t1 - t0} ms\n`);
      continue;
    }
    const f = measure(g, hw, program);
    process.stdout.write(`${which} ${preset} ${hw.array.rows}x${hw.array.cols} ${hw.array.dataflow}: ${fmt(f.instructions)} instructions, .accbin ${fmt(f.accbinBytes)} B, DRAM ${fmt(f.dramRead + f.dramWrite)} B (read ${fmt(f.dramRead)}, written ${fmt(f.dramWrite)}), ${fmt(f.cycles)} cycles, ${(f.energyPj / 1e6).toFixed(3)} µJ (DRAM ${(f.dramPj / 1e6).toFixed(3)}), utilization ${(100 * f.utilization).toFixed(1)} %, lowered in ${t1 - t0} ms\n`);
    if (argv.includes('--layers')) {
      for (const l of f.layers) process.stdout.write(`  ${l.name.padEnd(24)} ${fmt(l.cycles).padStart(12)} cycles  read ${fmt(l.dramRead).padStart(11)}  written ${fmt(l.dramWrite).padStart(10)}  ${(l.energyPj / 1e6).toFixed(3)} µJ\n`);
    }
  }
}

if (process.argv[1]?.endsWith('figures.js')) main(process.argv.slice(2));
