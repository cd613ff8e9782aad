// The point pool: every point delivered once (result or error), stop/terminate, in-process and on real
// worker threads (the TypeScript worker runs through ts-register.mjs, as the compiled one would from dist/).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { buildGrid } from '../../../tools/sweep/grid.js';
import type { DesignPointSpec } from '../../../tools/sweep/point-spec.js';
import { fakeEvaluatorModule, fakePoint, makeFakeEvaluator } from './fake-evaluator.js';
import { runPoints, sweepWorkersAvailable, type PointOutcome, type PoolOptions } from '../../../tools/sweep/pool.js';

const specs = buildGrid({ model: 'net.qir', preset: 'w8a8,w4a8,w4a4', array: '8x8,16x16', dataflow: 'ws', seed: 5 });
const label = (s: DesignPointSpec) => `${s.preset}@${s.array}/${s.dataflow}`;
const TS_WORKER: PoolOptions['worker'] = {
  url: new URL('../../../tools/sweep/sweep-worker.ts', import.meta.url),
  execArgv: ['--import', fileURLToPath(new URL('./ts-register.mjs', import.meta.url))],
};

function collect(list: readonly DesignPointSpec[], options: Omit<PoolOptions, 'onOutcome'>) {
  const outcomes: PointOutcome[] = [];
  const progress: number[] = [];
  const pool = runPoints(list, { ...options, onOutcome: (o) => outcomes.push(o), onProgress: (n) => progress.push(n) });
  return { pool, outcomes, progress };
}

describe('point pool, in-process (no compiled worker next to the TS sources)', () => {
  it('delivers every point in order, failures as errors, progress up to the count', async () => {
    expect(sweepWorkersAvailable()).toBe(false);
    const { pool, outcomes, progress } = collect(specs, { jobs: 2, evaluator: makeFakeEvaluator({ failLabels: ['w4a8@16x16/ws'] }) });
    expect(await pool.done).toEqual({ finished: 6, notRun: 0, mode: 'in-process' });
    expect(outcomes.map((o) => label(o.spec))).toEqual(specs.map(label));
    const failed = outcomes[3]!;
    expect('error' in failed && failed.error instanceof UserError && failed.error.diagnostics[0]!.code).toBe('SWP090');
    expect(outcomes.filter((o) => 'point' in o).map((o) => 'point' in o && o.point)).toEqual(specs.filter((_, i) => i !== 3).map(fakePoint));
    expect(progress.at(-1)).toBe(6);
    // Progress never goes backwards (fractions of the running point, then its completion).
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
  });

  it('stop() lets the running point finish and starts no other', async () => {
    const outcomes: PointOutcome[] = [];
    const pool = runPoints(specs, { jobs: 1, evaluator: makeFakeEvaluator({ delayMs: 20 }), onOutcome: (o) => { outcomes.push(o); pool.stop(); } });
    expect(await pool.done).toEqual({ finished: 1, notRun: 5, mode: 'in-process' });
    expect(outcomes).toHaveLength(1);
  });

  it('terminate() abandons a point that never ends, and drops its late result', async () => {
    let release: () => void = () => {};
    const { pool, outcomes } = collect(specs, { jobs: 1, evaluator: (spec) => new Promise((resolve) => (release = () => resolve(fakePoint(spec)))) });
    expect(pool.running()).toBe(1);
    pool.terminate();
    expect(await pool.done).toEqual({ finished: 0, notRun: 6, mode: 'in-process' });
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(outcomes).toEqual([]);
  });
});

describe('point pool on worker threads', () => {
  it('evaluates in the workers with the evaluator module they are handed; user errors stay user errors', async () => {
    const evaluator = fakeEvaluatorModule({ delayMs: 50, failLabels: ['w8a8@16x16/ws'] });
    const { pool, outcomes, progress } = collect(specs, { jobs: 2, worker: TS_WORKER, evaluator });
    expect(await pool.done).toEqual({ finished: 6, notRun: 0, mode: 'workers' });
    expect(outcomes.map((o) => label(o.spec)).sort()).toEqual(specs.map(label).sort());
    for (const o of outcomes) {
      if ('point' in o) expect(o.point).toEqual(fakePoint(o.spec));
      else expect([label(o.spec), o.error instanceof UserError && o.error.diagnostics[0]!.code]).toEqual(['w8a8@16x16/ws', 'SWP090']);
    }
    expect(outcomes.filter((o) => 'error' in o)).toHaveLength(1);
    expect(progress.at(-1)).toBe(6);
  });

  it('terminate() ends the workers at once; no outcome arrives for the abandoned points', async () => {
    const { pool, outcomes } = collect(specs, { jobs: 2, worker: TS_WORKER, evaluator: fakeEvaluatorModule({ delayMs: 60_000 }) });
    expect(pool.running()).toBe(2);
    pool.terminate();
    expect(await pool.done).toEqual({ finished: 0, notRun: 6, mode: 'workers' });
    expect(outcomes).toEqual([]);
  });

  it('a worker that cannot start fails its point and is replaced until the queue is empty', async () => {
    const broken = { url: new URL('./no-such-worker.js', import.meta.url) };
    const { pool, outcomes } = collect(specs.slice(0, 3), { jobs: 2, worker: broken, evaluator: fakeEvaluatorModule() });
    expect(await pool.done).toEqual({ finished: 3, notRun: 0, mode: 'workers' });
    expect(outcomes.every((o) => 'error' in o)).toBe(true);
  });

  it('an evaluator module without createPointEvaluator fails every point with an internal error naming it', async () => {
    const evaluator = { url: new URL('./ts-register.mjs', import.meta.url).href };
    const { pool, outcomes } = collect(specs.slice(0, 2), { jobs: 1, worker: TS_WORKER, evaluator });
    expect(await pool.done).toEqual({ finished: 2, notRun: 0, mode: 'workers' });
    for (const o of outcomes) expect('error' in o && o.error.message).toContain('exports no createPointEvaluator');
  });

  it('a function evaluator cannot cross to a thread: the points run in-process with it', async () => {
    const { pool, outcomes } = collect(specs.slice(0, 2), { jobs: 2, worker: TS_WORKER, evaluator: makeFakeEvaluator() });
    expect(await pool.done).toEqual({ finished: 2, notRun: 0, mode: 'in-process' });
    expect(outcomes.map((o) => 'point' in o && o.point)).toEqual(specs.slice(0, 2).map(fakePoint));
  });
});
