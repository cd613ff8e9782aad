// Sanity of the timing (issue 6 acceptance): utilization of a large GEMM with unlimited bandwidth,
// DRAM bandwidth on a bandwidth-bound layer, and INT4 / binary packing lowering cycles and energy.
import { describe, expect, it } from 'vitest';
import { multiplyByQuantizedMultiplier } from '../../core/fixed-point.js';
import { clamp } from '../../core/rounding.js';
import type { ArrayMode } from '../../isa/spec.js';
import { defaultHwConfig, type HwConfig } from '../../isa/hw-config.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { gemmProgram } from './gemm-program.js';

function random(n: number, lo: number, hi: number, seed: number): Int8Array {
  let s = seed;
  return Int8Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return lo + ((s >>> 16) % (hi - lo + 1));
  });
}

function run(hw: HwConfig, mode: ArrayMode, M: number, K: number, N: number) {
  const lo = mode === 'int8' ? -128 : mode === 'int4' ? -8 : -1;
  const hi = mode === 'int8' ? 127 : mode === 'int4' ? 7 : 1;
  const fix = (v: Int8Array) => (mode === 'binary' ? v.map((x) => (x >= 0 ? 1 : -1)) : v);
  const a = fix(random(M * K, lo, hi, 1));
  const w = fix(random(K * N, lo, hi, 2));
  const g = gemmProgram(hw, mode, M, K, N, w);
  const r = simulateProgram(g.program, new Map([['a', a]]));
  return { r, a, w };
}

function expected(a: Int8Array, w: Int8Array, M: number, K: number, N: number): number[] {
  const y: number[] = [];
  for (let i = 0; i < M; i++) {
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a[i * K + k]! * w[k * N + n]!;
      y.push(clamp(multiplyByQuantizedMultiplier(s, 2 ** 30, -7), -128, 127));
    }
  }
  return y;
}

const unlimited = (): HwConfig => {
  const hw = defaultHwConfig();
  hw.dram.bandwidthBytesPerCycle = 4096;
  hw.dram.burstBytes = 4096;
  hw.dram.latencyCycles = 0;
  return hw;
};

describe('timing sanity', () => {
  it('256x256x256 INT8 GEMM on 16x16 ws with unlimited bandwidth: >= 90% utilization, exact values', () => {
    const { r, a, w } = run(unlimited(), 'int8', 256, 256, 256);
    expect([...r.outputs.get('y')!]).toEqual(expected(a, w, 256, 256, 256));
    expect(r.stats.totals.totalMacs()).toBe(256 ** 3);
    // 256 tiles × 256 input vectors = 65536 busy cycles; loads (2 × 512), fill/drain and the last
    // REQUANT + STORE are the overhead.
    expect(r.stats.utilization).toBeGreaterThanOrEqual(0.9);
    expect(r.stats.cycles).toBeGreaterThan(65536);
  });

  it('halving DRAM bandwidth raises the cycles of a bandwidth-bound layer', () => {
    // Enough bursts in flight that the bus, not the latency, limits the stream.
    const base = defaultHwConfig();
    base.dma.maxInflightBursts = 64;
    const half = structuredClone(base);
    half.dram.bandwidthBytesPerCycle = 8;
    // M = 16 rows against 64 KiB of weights: 16 cycles of compute per 256-byte weight tile, so the
    // weight stream (4096 bus cycles at 16 B/cycle) dominates the 4096 array cycles plus fill/drain.
    const full = run(base, 'int8', 16, 256, 256).r;
    const slow = run(half, 'int8', 16, 256, 256).r;
    expect([...slow.outputs.get('y')!]).toEqual([...full.outputs.get('y')!]);
    // The 64 KiB weight load alone needs 65536/8 − 65536/16 = 4096 more bus cycles, on the critical path.
    expect(slow.stats.cycles - full.stats.cycles).toBeGreaterThanOrEqual(4096);
    expect(slow.stats.totals.stalls.dramBandwidth).toBeGreaterThan(full.stats.totals.stalls.dramBandwidth);
  });

  it('INT4 and binary packing lower cycles and energy as their packing says', () => {
    const M = 64;
    const K = 1024;
    const N = 16;
    const int8 = run(unlimited(), 'int8', M, K, N);
    const int4 = run(unlimited(), 'int4', M, K, N);
    const bin = run(unlimited(), 'binary', M, K, N);
    for (const x of [int8, int4, bin]) expect([...x.r.outputs.get('y')!]).toEqual(expected(x.a, x.w, M, K, N));
    // Array work: 64 k-tiles of 64 cycles (int8), 32 (int4), 1 (binary).
    const arrayCycles = (x: typeof int8) => x.r.stats.busyCycles.compute;
    expect(arrayCycles(int4) / arrayCycles(int8)).toBeGreaterThan(0.45);
    expect(arrayCycles(int4) / arrayCycles(int8)).toBeLessThan(0.6);
    expect(arrayCycles(bin) / arrayCycles(int8)).toBeLessThan(0.1);
    expect(int4.r.stats.cycles).toBeLessThan(int8.r.stats.cycles);
    expect(bin.r.stats.cycles).toBeLessThan(int4.r.stats.cycles);
    expect(int4.r.energy.total.totalPj).toBeLessThan(int8.r.energy.total.totalPj);
    expect(bin.r.energy.total.totalPj).toBeLessThan(int4.r.energy.total.totalPj);
    // A 4b×4b multiply is a quarter of 8b×8b, the 32-bit accumulate the same: 0.15 vs 0.3 pJ per MAC.
    expect(int4.r.energy.total.components.mac / int8.r.energy.total.components.mac).toBeCloseTo(0.5, 6);
  });
});
