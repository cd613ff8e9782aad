// Classifies a batch on worker threads (one per core), so evaluation uses the whole machine.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { numel } from '../../compiler/ir/tensor.js';
import type { ModelPayload } from './model-payload.js';
import type { EvalWorkerData, EvalWorkerMessage } from './eval-worker.js';
import type { Progress } from '../progress.js';

const WORKER_URL = new URL('./eval-worker.js', import.meta.url);

/** True when the compiled worker script exists (it does under dist/, not when running the TS sources in tests). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** Number of worker threads to use for `n` samples. */
export function workerCount(n: number, requested?: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), n));
}

/** Predicted class of every image [N, ...], computed by `threads` workers on contiguous slices. */
export async function classifyParallel(payload: ModelPayload, images: Tensor, threads: number, progress?: Progress): Promise<Int32Array> {
  const n = images.type.shape[0]!;
  const sampleShape = [1, ...images.type.shape.slice(1)];
  const shared = new SharedArrayBuffer(n * numel(sampleShape) * 4);
  new Float32Array(shared).set(images.data as Float32Array);
  const predictions = new Int32Array(n);
  const done = new Array<number>(threads).fill(0);
  const jobs = Array.from({ length: threads }, (_, w) => {
    const begin = Math.floor((w * n) / threads);
    const end = Math.floor(((w + 1) * n) / threads);
    const workerData: EvalWorkerData = { payload, images: shared, sampleShape, begin, end };
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData });
      worker.on('message', (m: EvalWorkerMessage) => {
        if (m.kind === 'progress') {
          done[w] = m.done;
          progress?.update(done.reduce((a, b) => a + b, 0));
        } else {
          predictions.set(m.predictions, begin);
          resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`evaluation worker ${w} exited with code ${code}`))));
    });
  });
  await Promise.all(jobs);
  progress?.update(n);
  return predictions;
}
