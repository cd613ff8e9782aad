// Timeline reuse (simulator/timeline-reuse.ts): a program simulated on image A, then on image B, gives for B
// exactly what a fresh full simulation of B gives (outputs, every stamp, counter, stall, energy; overflow
// counts per image), and the PE model simulating B from scratch agrees with the reused fast run. Random
// lowered programs (small models × integer presets, QAT models; × arrays × dataflows) and random narrow-accumulator
// layers whose two images overflow differently.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/diagnostics.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { loadQir } from '../../compiler/qir/load.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { applyOverrides, defaultHwConfig, validateHwConfig } from '../../isa/hw-config.js';
import type { Program } from '../../isa/program-file.js';
import { simulateProgram, type SimulateOptions, type SimulationResult } from '../../simulator/simulate-program.js';
import { countersToJson } from '../../simulator/stats.js';
import { recordedRun, timelineReusable } from '../../simulator/timeline-reuse.js';
import { inputFor } from '../../tools/bench/sim.js';
import { quantized } from '../compiler/lower/models.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { overflowCase, overflowGraph } from './overflow-graph.js';

/** Everything a simulation reports, as one string (trace: every instruction's start and end; a deep toEqual
 *  of the traces of larger programs took minutes). */
function everything(r: SimulationResult): string {
  return JSON.stringify({
    outputs: [...r.outputs].map(([name, v]) => [name, Array.from(v)]),
    cycles: r.stats.cycles,
    utilization: r.stats.utilization,
    busy: r.stats.busyCycles,
    totals: countersToJson(r.stats.totals),
    layers: r.stats.layers.map((l) => ({ ...l, counters: countersToJson(l.counters) })),
    energy: r.energy,
    trace: r.trace,
  });
}

/** Small example models quantized by a preset (cached), and the QAT models (integer graphs as given). */
const EXAMPLES = readdirSync('models/examples').filter((f) => f.endsWith('.qir')).sort().map((f) => `models/examples/${f}`);
const QAT = readdirSync('models/qat').filter((f) => f.endsWith('.q.qir')).sort().map((f) => `models/qat/${f}`);
const PRESETS = ['w8a8', 'w8a8-pc', 'w4a8', 'w4a4', 'w8a8-pow2', 'binary', 'w4a8-log', 'w4a8-g32', 'w8a8-g128'];
const graphs = new Map<string, Graph | undefined>();
function model(path: string, preset: string): Graph | undefined {
  const key = path.startsWith('models/qat/') ? path : `${path}|${preset}`;
  if (!graphs.has(key)) {
    try {
      if (path.startsWith('models/qat/')) graphs.set(key, loadQir(path));
      else graphs.set(key, quantized(path, preset));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      graphs.set(key, undefined); // a documented refusal (known-skips.ts; sim-vs-reference.test.ts checks them)
    }
  }
  return graphs.get(key);
}

/** B reused after A, against B from scratch; returns the reused run of B. */
function expectReuseExact(p: Program, seedA: number, seedB: number, what: string, extra: SimulateOptions = {}): SimulationResult {
  const a = simulateProgram(p, inputFor(p, seedA), { trace: true, ...extra });
  expect(recordedRun(p), `${what}: the first simulation records the timeline`).toBeDefined();
  const reused = simulateProgram(p, inputFor(p, seedB), { trace: true, ...extra });
  const fresh = simulateProgram(p, inputFor(p, seedB), { trace: true, reuseTimeline: false, ...extra });
  expect(everything(reused), what).toEqual(everything(fresh));
  // And A itself is unchanged by what B did (the record is a copy).
  expect(a.stats.cycles).toBe(fresh.stats.cycles);
  return reused;
}

describe('timeline reuse == a fresh simulation', () => {
  it('random lowered programs: image B after image A equals image B alone', () => {
    let compared = 0;
    fc.assert(fc.property(
      fc.constantFrom(...EXAMPLES, ...QAT), fc.constantFrom(...PRESETS),
      fc.constantFrom('2x3', '4x4', '8x8', '16x16', '16x4'), fc.constantFrom('ws' as const, 'os' as const), fc.nat(), fc.nat(),
      (path, preset, array, dataflow, seedA, seedB) => {
        const g = model(path, preset);
        if (g === undefined) return;
        const hw = applyOverrides(defaultHwConfig(), { array, dataflow });
        if (validateHwConfig(hw).length > 0) return;
        let p: Program;
        try {
          p = lowerGraph(g, hw);
        } catch (e) {
          if (e instanceof UserError && e.diagnostics[0]!.code.startsWith('MAP')) return;
          throw e;
        }
        expect(timelineReusable(p)).toBe(true);
        expectReuseExact(p, seedA, seedB, `${path} ${path.startsWith('models/qat/') ? '' : preset} ${array} ${dataflow}`);
        compared++;
      },
    ), { seed: PROPERTY_SEED, numRuns: propertyRuns(16) });
    expect(compared).toBeGreaterThanOrEqual(propertyRuns(16) / 2);
  }, 300_000);

  it('narrow accumulators: overflow counts are per image; the PE model agrees with the reused fast run', () => {
    let differing = 0;
    fc.assert(fc.property(overflowCase, fc.nat(), fc.nat(), (c, seedA, seedB) => {
      const p = lowerGraph(overflowGraph(c), applyOverrides(defaultHwConfig(), { array: c.array }));
      const a = simulateProgram(p, inputFor(p, seedA));
      const reused = expectReuseExact(p, seedA, seedB, JSON.stringify(c));
      if (a.stats.totals.overflows !== reused.stats.totals.overflows) differing++;
      const pe = simulateProgram(p, inputFor(p, seedB), { fidelity: 'pe', trace: true });
      expect(everything(pe), JSON.stringify(c)).toEqual(everything(reused));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(12) });
    // The value statistic really changed between images in a good share of the draws.
    expect(differing).toBeGreaterThanOrEqual(propertyRuns(12) / 3);
  }, 300_000);

  it('a program with a float-mode CONFIG is never replayed', () => {
    const p = lowerGraph(model('models/examples/mlp.qir', 'w8a8')!, defaultHwConfig());
    expect(timelineReusable(p)).toBe(true);
    const float = { ...p, instructions: p.instructions.map((i) => (i.op === 'CONFIG' ? { ...i, mode: 'fp8-e4m3' as const } : i)) };
    expect(timelineReusable(float)).toBe(false);
  });

  it('a program whose machine was edited in place is simulated again, not replayed', () => {
    const g = model('models/examples/mlp.qir', 'w8a8')!;
    const p = lowerGraph(g, defaultHwConfig());
    simulateProgram(p, inputFor(p, 1));
    expect(recordedRun(p)).toBeDefined();
    (p.hwConfig as { clockHz: number }).clockHz *= 2;
    expect(recordedRun(p)).toBeUndefined();
  });
});
