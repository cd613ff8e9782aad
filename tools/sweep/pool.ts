// Runs design points in parallel: one long-lived worker thread per job (module loading is paid once per
// worker, not per point), each fed the next point as soon as it finishes one. Each worker imports the
// evaluator module it is handed (evaluator-ref.ts). When the compiled worker is absent (tests run the
// TypeScript sources), or the evaluator is a plain function, the points run in-process, one after another.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SweepPoint } from '../report/sweep-types.js';
import type { DesignPointSpec, EvaluatePoint } from './point-spec.js';
import { loadEvaluator, type EvaluatorModule, type PointEvaluator } from './evaluator-ref.js';
import { deserializeError, type WorkerReply, type WorkerRequest, type WorkerSetup } from './sweep-worker.js';

const COMPILED_WORKER = new URL('./sweep-worker.js', import.meta.url);

/** True when the compiled worker script exists (under dist/, not when running the TS sources). */
export function sweepWorkersAvailable(): boolean {
  return existsSync(fileURLToPath(COMPILED_WORKER));
}

/** Jobs to run for `points` points: the request (default one per core), at least 1, at most one per point. */
export function jobCount(points: number, requested?: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), points));
}

/** The end of one point: its result or what it threw. */
export type PointOutcome = { spec: DesignPointSpec; point: SweepPoint } | { spec: DesignPointSpec; error: Error };

/** How to run the pool. */
export interface PoolOptions {
  jobs: number;
  /** The evaluator; a function forces in-process evaluation (it cannot be sent to a worker thread). */
  evaluator: PointEvaluator;
  /** Called once per finished point, in completion order (synchronously: write it out here). */
  onOutcome: (o: PointOutcome) => void;
  /** Points done so far, fractional (running points count by their reported progress). */
  onProgress?: (done: number) => void;
  /** Worker script and its node flags (tests run the TS worker through a loader); default the compiled worker. */
  worker?: { url: URL; execArgv?: string[] };
  /** Force in-process evaluation even when workers are available. */
  inProcess?: boolean;
}

/** What happened to the points once the pool is done. */
export interface PoolSummary {
  /** Points whose outcome (result or error) was delivered. */
  finished: number;
  /** Points never started because of stop(), or abandoned by terminate(). */
  notRun: number;
  mode: 'workers' | 'in-process';
}

/** A running pool. */
export interface PointPool {
  readonly done: Promise<PoolSummary>;
  /** Starts no further points; running ones finish and are delivered. */
  stop(): void;
  /** Abandons running points now (workers are terminated; an in-process point's result is discarded). */
  terminate(): void;
  /** Points being evaluated right now. */
  running(): number;
}

/** Starts evaluating `specs` with `options.jobs` workers (or in-process when workers are unavailable). */
export function runPoints(specs: readonly DesignPointSpec[], options: PoolOptions): PointPool {
  const { evaluator } = options;
  if (typeof evaluator === 'function' || options.inProcess === true) return runInProcess(specs, options);
  const worker = options.worker ?? (sweepWorkersAvailable() ? { url: COMPILED_WORKER } : undefined);
  return worker === undefined ? runInProcess(specs, options) : runOnWorkers(specs, options, worker, evaluator);
}

/** Shared bookkeeping of both modes: the queue, progress fractions, the summary. */
class Tracker {
  next = 0;
  finished = 0;
  stopped = false;
  terminated = false;
  readonly fractions = new Map<number, number>();
  constructor(
    readonly specs: readonly DesignPointSpec[],
    readonly options: PoolOptions,
  ) {}
  take(): number | undefined {
    if (this.stopped || this.terminated || this.next >= this.specs.length) return undefined;
    this.fractions.set(this.next, 0);
    return this.next++;
  }
  progress(id: number, fraction: number): void {
    if (!this.fractions.has(id)) return;
    this.fractions.set(id, Math.min(1, Math.max(0, fraction)));
    this.report();
  }
  deliver(id: number, outcome: PointOutcome): void {
    if (this.terminated || !this.fractions.delete(id)) return;
    this.finished++;
    this.options.onOutcome(outcome);
    this.report();
  }
  report(): void {
    let running = 0;
    for (const f of this.fractions.values()) running += f;
    this.options.onProgress?.(this.finished + running);
  }
  summary(mode: PoolSummary['mode']): PoolSummary {
    return { finished: this.finished, notRun: this.specs.length - this.finished, mode };
  }
}

function runInProcess(specs: readonly DesignPointSpec[], options: PoolOptions): PointPool {
  const t = new Tracker(specs, options);
  // Loaded on the first point (not eagerly: a pool stopped before any point must not leave a rejected promise behind).
  let evaluator: Promise<EvaluatePoint> | undefined;
  let abandon: () => void = () => {};
  const abandoned = new Promise<void>((resolve) => (abandon = resolve));
  const loop = async (): Promise<PoolSummary> => {
    for (let id = t.take(); id !== undefined; id = t.take()) {
      const spec = specs[id]!;
      const outcome = (evaluator ??= loadEvaluator(options.evaluator)).then((evaluate) => evaluate(spec, (f) => t.progress(id, f))).then(
        (point): PointOutcome => ({ spec, point }),
        (e: unknown): PointOutcome => ({ spec, error: e instanceof Error ? e : new Error(String(e)) }),
      );
      // terminate() cannot interrupt a promise; it stops waiting for it and deliver() then drops the result.
      const result = await Promise.race([outcome, abandoned.then(() => undefined)]);
      if (result === undefined) break;
      t.deliver(id, result);
    }
    return t.summary('in-process');
  };
  return {
    done: loop(),
    stop: () => void (t.stopped = true),
    terminate: () => {
      t.terminated = true;
      abandon();
    },
    running: () => t.fractions.size,
  };
}

function runOnWorkers(specs: readonly DesignPointSpec[], options: PoolOptions, script: { url: URL; execArgv?: string[] }, evaluator: EvaluatorModule): PointPool {
  const t = new Tracker(specs, options);
  const workers = new Set<Worker>();
  let resolveDone: (s: PoolSummary) => void = () => {};
  const done = new Promise<PoolSummary>((resolve) => (resolveDone = resolve));
  const settleIfIdle = () => {
    if (workers.size === 0) resolveDone(t.summary('workers'));
  };

  // One worker's life: take a point, post it, on its reply take the next; retire when nothing is left.
  const start = () => {
    const workerData: WorkerSetup = { evaluator };
    const w = new Worker(script.url, { workerData, ...(script.execArgv === undefined ? {} : { execArgv: script.execArgv }) });
    workers.add(w);
    let current: number | undefined;
    const feed = () => {
      current = t.take();
      if (current === undefined) {
        void w.terminate();
        return;
      }
      w.postMessage({ id: current, spec: specs[current]! } satisfies WorkerRequest);
    };
    w.on('message', (m: WorkerReply) => {
      if (m.id !== current) return;
      if (m.kind === 'progress') return t.progress(m.id, m.fraction);
      const spec = specs[m.id]!;
      t.deliver(m.id, m.kind === 'done' ? { spec, point: m.point } : { spec, error: deserializeError(m.error) });
      feed();
    });
    // A crash of the worker itself (not a rejected evaluation): the point it held fails, a fresh worker takes over.
    w.on('error', (e) => {
      if (current !== undefined) t.deliver(current, { spec: specs[current]!, error: e });
      current = undefined;
    });
    w.on('exit', (code) => {
      workers.delete(w);
      if (current !== undefined) {
        const spec = specs[current]!;
        t.deliver(current, { spec, error: new Error(`sweep worker exited (code ${code}) while evaluating ${spec.preset}@${spec.array}/${spec.dataflow}`) });
        current = undefined;
      }
      if (!t.stopped && !t.terminated && t.next < specs.length) start();
      else settleIfIdle();
    });
    feed();
  };

  const n = Math.min(options.jobs, specs.length);
  for (let i = 0; i < n; i++) start();
  if (n === 0) settleIfIdle();
  return {
    done,
    // Every live worker holds a point (a worker with nothing to take retires at once), so stopping is just not feeding.
    stop: () => void (t.stopped = true),
    terminate: () => {
      t.terminated = true;
      for (const w of workers) void w.terminate();
    },
    running: () => t.fractions.size,
  };
}
