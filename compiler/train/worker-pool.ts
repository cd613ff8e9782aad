// Shard work on worker threads (one per core by default): shard s goes to worker s mod W, and
// evaluation is split into contiguous ranges. The results do not depend on W (see shards.ts).
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NetSpec } from './net.js';
import type { ShardRunner, SharedState } from './shards.js';
import type { TrainWorkerData, TrainWorkerRequest } from './train-worker.js';

const WORKER_URL = new URL('./train-worker.js', import.meta.url);

/** True when the compiled worker script exists (under dist/; not when the TypeScript sources run in tests). */
export function trainWorkersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export class WorkerRunner implements ShardRunner {
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `threads` workers and waits until each has built its network. */
  static async start(threads: number, spec: NetSpec, state: SharedState, factoriesUrl: string): Promise<WorkerRunner> {
    const workerData: TrainWorkerData = { spec, state, factoriesUrl };
    const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL, { workerData }));
    const runner = new WorkerRunner(workers);
    await Promise.all(workers.map((w) => runner.reply(w)));
    return runner;
  }

  private reply(w: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      const onMessage = () => { cleanup(); resolve(); };
      const onError = (e: Error) => { cleanup(); reject(e); };
      const onExit = (code: number) => { cleanup(); reject(new Error(`training worker exited with code ${code}`)); };
      const cleanup = () => { w.off('message', onMessage); w.off('error', onError); w.off('exit', onExit); };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
    });
  }

  private async send(jobs: readonly (TrainWorkerRequest | undefined)[]): Promise<void> {
    await Promise.all(jobs.map((job, i) => {
      if (job === undefined) return Promise.resolve();
      const w = this.workers[i]!;
      const done = this.reply(w);
      w.postMessage(job);
      return done;
    }));
  }

  async train(shards: number, batchSize: number): Promise<void> {
    await this.send(this.workers.map((_, w) => {
      const mine = Array.from({ length: shards }, (_, s) => s).filter((s) => s % this.workers.length === w);
      return mine.length ? { kind: 'train', shards: mine, total: shards, batchSize } : undefined;
    }));
  }

  async predict(count: number): Promise<void> {
    const w = this.workers.length;
    await this.send(this.workers.map((_, i) => {
      const begin = Math.floor((i * count) / w);
      const end = Math.floor(((i + 1) * count) / w);
      return end > begin ? { kind: 'predict', begin, end } : undefined;
    }));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
