// Worker thread body: evaluates the design points the pool sends, one at a time, with the evaluator
// module named in its workerData (evaluator-ref.ts), and reports progress, the point or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { type SerializedError, deserializeError, serializeError } from '../worker-errors.js';
import type { SweepPoint } from '../report/sweep-types.js';
import type { DesignPointSpec, EvaluatePoint } from './point-spec.js';
import { loadEvaluator, type EvaluatorModule } from './evaluator-ref.js';

/** What a worker is started with (its workerData). */
export interface WorkerSetup {
  evaluator: EvaluatorModule;
}

/** A message from the pool: evaluate this spec. */
export interface WorkerRequest {
  id: number;
  spec: DesignPointSpec;
}

/** Messages a worker sends back about request `id`. */
export type WorkerReply =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; point: SweepPoint }
  | { kind: 'failed'; id: number; error: SerializedError };

export { type SerializedError, deserializeError, serializeError };

const port = parentPort;
if (port !== null) {
  const setup = workerData as WorkerSetup;
  let evaluator: Promise<EvaluatePoint> | undefined;
  port.on('message', (request: WorkerRequest) => {
    const { id, spec } = request;
    let last = -1;
    const onProgress = (fraction: number) => {
      // Throttled to whole percents: the bar cannot show more, and messages are not free.
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      port.postMessage({ kind: 'progress', id, fraction } satisfies WorkerReply);
    };
    // A module that fails to load fails each point it is asked for, as a rejected evaluation would.
    (evaluator ??= loadEvaluator(setup.evaluator)).then((evaluate) => evaluate(spec, onProgress)).then(
      (point) => port.postMessage({ kind: 'done', id, point } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ kind: 'failed', id, error: serializeError(e) } satisfies WorkerReply),
    );
  });
}
