// `npm run bench` part "sim": simulates a ResNet-18-shaped network (224×224, seeded random weights,
// w8a8) on the default 16x16 int8 machine, exact cycles and bit-exact values, and prints the simulated
// MAC and cycle rates, peak memory, and — measured in the same run — the plain-JS GEMM rate and the ratio;
// then the same program through the CLI in fresh processes (cli-sim.ts).
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import type { Program } from '../../isa/program-file.js';
import { JsInt8Gemm } from '../../simulator/fast/gemm-js.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { simulateBatch } from '../../simulator/run-batch.js';
import { simulateProgram, type SimulationResult } from '../../simulator/simulate-program.js';
import { resnet18Quantized } from './resnet18.js';
import { benchSimCli } from './cli-sim.js';
import { availableParallelism, loadavg } from 'node:os';

const WARM_UP_RUNS = 3;
const TIMED_RUNS = 5;
const FRESH_RUNS = 3;

/** Seeded input codes for the program's input tensor. */
export function inputFor(p: Program, seed: number): Map<string, Uint8Array | Int8Array> {
  const t = p.tensors.find((x) => x.role === 'input')!;
  const n = t.shape.reduce((a, b) => a * b, 1);
  let s = seed >>> 0;
  const v = t.dtype === 'u8' ? new Uint8Array(n) : new Int8Array(n);
  for (let j = 0; j < n; j++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[j] = s >>> 24;
  }
  return new Map([[t.name, v]]);
}

/** CPU seconds this process used since `from` (process.cpuUsage(): every thread of it, GC included). */
function cpuSince(from: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1e6;
}

/** Plain register-blocked JS int8 GEMM rate (GMAC/s), best of 3, on a conv-sized problem: by wall time and by
 *  CPU time (on a shared machine the CPU-time rates of both sides are the steadier comparison). */
function plainJsGmacs(): { wall: number; cpu: number } {
  const M = 784;
  const K = 1152;
  const N = 128;
  const gemm = new JsInt8Gemm();
  const a = Int8Array.from({ length: M * K }, (_, i) => ((i * 37) % 255) - 127);
  const w = gemm.packWeights(Int8Array.from({ length: N * K }, (_, i) => ((i * 91) % 255) - 127), N, K);
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    gemm.gemm(a, M, w);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, cpuSince(c0));
  }
  return { wall: (M * K * N) / (best / 1000) / 1e9, cpu: (M * K * N) / bestCpu / 1e9 };
}

/** The bench's ResNet-18 program on the default machine (generated, quantized and lowered; progress printed). */
function benchProgram(say: (s: string) => void): Program {
  let t0 = performance.now();
  const graph = resnet18Quantized();
  say(`sim  resnet18 generated and quantized in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const program = lowerGraph(graph, defaultHwConfig());
  say(`sim  lowered to ${program.instructions.length} instructions, ${(program.dramImage.length / 2 ** 20).toFixed(1)} MiB DRAM image, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return program;
}

/** `BENCH=cli`: only the CLI lines of the sim part (cli-sim.ts), with the plain-JS GEMM rate they compare with. */
export function benchCli(): void {
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const program = benchProgram(say);
  // The MACs of one image, from one warm-up simulation (the CLI lines need them; its time is not reported).
  const macs = simulateProgram(program, inputFor(program, 1)).stats.totals.totalMacs();
  const { wall: js, cpu: jsCpu } = plainJsGmacs();
  say(`cli  plain JS int8 GEMM ${js.toFixed(2)} GMAC/s (${jsCpu.toFixed(2)} per CPU second)`);
  benchSimCli(program, macs, js, jsCpu);
}

/** Runs the benchmark and prints its figures. */
export async function benchSim(): Promise<void> {
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const program = benchProgram(say);
  let t0 = performance.now();
  // Warm-up: the first images still tier up the JIT (functions of the late layers are optimized late),
  // the first packs every weight and records the timeline the others replay (timeline-reuse.ts). A sweep or eval simulates hundreds of images: steady state is the rate.
  for (let k = 0; k < WARM_UP_RUNS; k++) simulateProgram(program, inputFor(program, 1 + k));
  // Best of five, as the plain-JS GEMM below is best of three (the machine may be shared: the best run is
  // the least disturbed); the median is printed too.
  let r: SimulationResult | undefined;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < TIMED_RUNS; k++) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    r = simulateProgram(program, inputFor(program, 100 + k));
    walls.push((performance.now() - t0) / 1000);
    cpus.push(cpuSince(c0));
  }
  if (r === undefined) return;
  const wall = Math.min(...walls);
  const median = [...walls].sort((a, b) => a - b)[TIMED_RUNS >> 1]!;
  const macs = r.stats.totals.totalMacs();
  const simGmacs = macs / wall / 1e9;
  const { wall: js, cpu: jsCpu } = plainJsGmacs();
  const cpu = Math.min(...cpus);
  const cpuMedian = [...cpus].sort((a, b) => a - b)[TIMED_RUNS >> 1]!;
  say(`sim  ${(macs / 1e9).toFixed(3)} GMAC, ${r.stats.cycles} cycles (${(r.stats.seconds * 1e3).toFixed(2)} ms at ${r.stats.clockHz / 1e9} GHz), utilization ${(100 * r.stats.utilization).toFixed(1)}%`);
  say(`sim  energy ${(r.energy.total.totalPj / 1e9).toFixed(3)} mJ, ${r.energy.total.pjPerMac.toFixed(2)} pJ/MAC, ${r.energy.total.topsPerWatt.toFixed(3)} TOPS/W`);
  say(`sim  wall ${wall.toFixed(3)} s (best of ${walls.map((w) => w.toFixed(3)).join(', ')} after ${WARM_UP_RUNS} warm-up runs; median ${median.toFixed(3)} s): ${simGmacs.toFixed(2)} simulated GMAC/s, ${(r.stats.cycles / wall / 1e6).toFixed(1)} M simulated cycles/s`);
  say(`sim  plain JS int8 GEMM ${js.toFixed(2)} GMAC/s; simulator / plain JS = ${(simGmacs / js).toFixed(2)}x (target >= 8x; at the median run ${(macs / median / 1e9 / js).toFixed(2)}x)`);
  say(`sim  by CPU time (load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores): sim ${cpu.toFixed(3)} s best, ${cpuMedian.toFixed(3)} s median; plain JS ${jsCpu.toFixed(2)} GMAC/s; ratio ${(macs / cpu / 1e9 / jsCpu).toFixed(2)}x best, ${(macs / cpuMedian / 1e9 / jsCpu).toFixed(2)}x median`);
  // The same images with the timeline simulated again (no reuse of the first run's; simulate-program.ts): what
  // every image cost before timeline reuse, and what a program's first image still costs warm.
  const fresh: number[] = [];
  for (let k = 0; k < FRESH_RUNS; k++) {
    const c0 = process.cpuUsage();
    simulateProgram(program, inputFor(program, 100 + k), { reuseTimeline: false });
    fresh.push(cpuSince(c0));
  }
  const freshBest = Math.min(...fresh);
  say(`sim  timeline simulated again each image (reuseTimeline: false): CPU ${freshBest.toFixed(3)} s best of ${fresh.map((x) => x.toFixed(3)).join(', ')} = ${(macs / freshBest / 1e9 / jsCpu).toFixed(2)}x the plain-JS GEMM by CPU time (reused: ${(macs / cpu / 1e9 / jsCpu).toFixed(2)}x)`);
  const images = Number(process.env['BENCH_SIM_IMAGES'] ?? '2');
  t0 = performance.now();
  const batch = await simulateBatch(program, Array.from({ length: images }, (_, i) => inputFor(program, 10 + i)));
  const batchWall = (performance.now() - t0) / 1000;
  say(`sim  batch of ${images} on ${batch.workers > 0 ? batch.workers + 1 : 1} thread(s) (this one + ${batch.workers} worker(s)): ${(images / batchWall).toFixed(2)} images/s, ${((macs * images) / batchWall / 1e9).toFixed(2)} GMAC/s`);
  say(`sim  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (this process; workers report their own)`);
  for (const [i, w] of batch.peakRssMiB.entries()) say(`sim    worker ${i} peak RSS ${w.toFixed(0)} MiB`);
  benchSimCli(program, macs, js, jsCpu);
}
