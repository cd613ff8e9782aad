// Runs choice tasks (sensitivity probes, candidate configurations) on worker threads, one per core, each
// with its own context (model, calibration cache, held-out set). Without the compiled worker (tests run the
// TypeScript sources) tasks run in-process, in order. Results do not depend on which thread ran a task.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ChoiceContext, type ChoiceContextSpec, type ChoiceResult, type ChoiceTask, choiceContext, runChoiceTask } from './choice-tasks.js';
import type { ChoiceReply, ChoiceRequest } from './choice-worker.js';
import { deserializeError } from '../worker-errors.js';

const WORKER_URL = new URL('./choice-worker.js', import.meta.url);

/** A pool of threads that score tasks. */
export interface ChoicePool {
  readonly threads: number;
  /** Tasks running now (a thread is idle while this is below `threads`). */
  readonly busy: number;
  /** Runs the tasks (in parallel when there are workers), results in task order; `onDone` counts finished tasks. */
  run<R extends ChoiceResult = ChoiceResult>(tasks: readonly ChoiceTask[], onDone?: (task: ChoiceTask, result: ChoiceResult) => void): Promise<R[]>;
  close(): Promise<void>;
}

/** Starts `jobs` workers (default one per core), or an in-process pool when workers are unavailable or jobs is 1. */
export function startChoicePool(spec: ChoiceContextSpec, jobs?: number): ChoicePool {
  const n = Math.max(1, jobs ?? availableParallelism());
  if (n === 1 || !existsSync(fileURLToPath(WORKER_URL))) return inProcessPool(spec);
  const workers = Array.from({ length: n }, () => new Worker(WORKER_URL, { workerData: spec }));
  let nextId = 0;
  const pending = new Map<number, { resolve: (s: ChoiceResult) => void; reject: (e: Error) => void }>();
  for (const w of workers) {
    w.on('message', (m: ChoiceReply) => {
      // The AdaRound results this task computed, for the other workers (memo-share.ts).
      if (m.memo !== undefined && m.memo.length > 0) for (const other of workers) if (other !== w) other.postMessage({ memo: m.memo } satisfies ChoiceRequest);
      const p = pending.get(m.id)!;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(deserializeError(m.error));
      else p.resolve(m.result!);
    });
    w.on('error', (e) => pending.forEach((p) => p.reject(e)));
  }
  const idle = [...workers];
  const waiting: ((w: Worker) => void)[] = [];
  const acquire = (): Promise<Worker> => (idle.length > 0 ? Promise.resolve(idle.pop()!) : new Promise((r) => waiting.push(r)));
  const release = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const one = async (task: ChoiceTask): Promise<ChoiceResult> => {
    const w = await acquire();
    try {
      const id = nextId++;
      return await new Promise<ChoiceResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, task } satisfies ChoiceRequest);
      });
    } finally {
      release(w);
    }
  };
  return {
    threads: n,
    // Counted from the idle list, which acquire() takes from at once (not after its await), so a task just handed out counts.
    get busy() {
      return n - idle.length;
    },
    run: <R extends ChoiceResult>(tasks: readonly ChoiceTask[], onDone?: (task: ChoiceTask, result: ChoiceResult) => void) => Promise.all(tasks.map(async (t) => {
      const s = await one(t);
      onDone?.(t, s);
      return s as R;
    })),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inProcessPool(spec: ChoiceContextSpec): ChoicePool {
  let ctx: ChoiceContext | undefined;
  return {
    threads: 1,
    busy: 0,
    run: async <R extends ChoiceResult>(tasks: readonly ChoiceTask[], onDone?: (task: ChoiceTask, result: ChoiceResult) => void) => {
      const out: R[] = [];
      for (const t of tasks) {
        ctx ??= choiceContext(spec);
        const s = await runChoiceTask(ctx, t);
        onDone?.(t, s);
        out.push(s as R);
      }
      return out;
    },
    close: async () => {},
  };
}
