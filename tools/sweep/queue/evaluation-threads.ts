// The worker process's evaluation threads: CPU-bound simulation runs here, never on the main thread,
// whose event loop must stay free to renew the BullMQ job locks (a starved lock would make a healthy
// job look stalled and run twice). One long-lived thread per concurrent job, speaking the local
// sweep's thread protocol (sweep-worker.ts), so a point evaluates the same way in both.
import { Worker } from 'node:worker_threads';
import type { SweepPoint } from '../../report/sweep-types.js';
import type { EvaluatorModule } from '../evaluator-ref.js';
import type { DesignPointSpec } from '../point-spec.js';
import { deserializeError, type WorkerReply, type WorkerRequest, type WorkerSetup } from '../sweep-worker.js';

/** The compiled thread script (dist/tools/sweep/sweep-worker.js). */
const THREAD_SCRIPT = new URL('../sweep-worker.js', import.meta.url);

interface Slot {
  thread: Worker;
  busy: boolean;
}

/** A set of evaluation threads, grown on demand (one per concurrent evaluate call). */
export class EvaluationThreads {
  private readonly slots = new Set<Slot>();
  private nextId = 0;

  constructor(
    private readonly evaluator: EvaluatorModule,
    private readonly script: { url: URL; execArgv?: string[] } = { url: THREAD_SCRIPT },
  ) {}

  private slot(): Slot {
    for (const s of this.slots) if (!s.busy) return s;
    const workerData: WorkerSetup = { evaluator: this.evaluator };
    const thread = new Worker(this.script.url, { workerData, ...(this.script.execArgv === undefined ? {} : { execArgv: this.script.execArgv }) });
    const s: Slot = { thread, busy: false };
    thread.on('exit', () => this.slots.delete(s));
    // An idle thread that fails is dropped (an 'error' event without a listener would end the process).
    thread.on('error', () => this.slots.delete(s));
    this.slots.add(s);
    return s;
  }

  /** Evaluates one point on a free thread; rejects with the evaluation's error, or when the thread dies. */
  evaluate(spec: DesignPointSpec, onProgress: (fraction: number) => void): Promise<SweepPoint> {
    const s = this.slot();
    s.busy = true;
    const id = this.nextId++;
    return new Promise<SweepPoint>((resolve, reject) => {
      const cleanup = () => {
        s.thread.off('message', onMessage);
        s.thread.off('error', onError);
        s.thread.off('exit', onExit);
        s.busy = false;
      };
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        if (m.kind === 'progress') return onProgress(m.fraction);
        cleanup();
        if (m.kind === 'done') resolve(m.point);
        else reject(deserializeError(m.error));
      };
      // A thread that crashes (out of memory, a fatal error) takes its point with it: an internal error, retried by the queue.
      const onError = (e: Error) => {
        cleanup();
        this.slots.delete(s);
        void s.thread.terminate();
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`evaluation thread exited (code ${code}) during the point`));
      };
      s.thread.on('message', onMessage);
      s.thread.on('error', onError);
      s.thread.on('exit', onExit);
      s.thread.postMessage({ id, spec } satisfies WorkerRequest);
    });
  }

  /** Ends every thread. */
  async close(): Promise<void> {
    await Promise.all([...this.slots].map((s) => s.thread.terminate()));
    this.slots.clear();
  }
}
