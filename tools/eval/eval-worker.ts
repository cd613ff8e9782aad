// Worker thread body: classifies a slice of a shared image batch and reports predictions.
import { parentPort, workerData } from 'node:worker_threads';
import { argmax } from './evaluate.js';
import { type ModelPayload, classifierFromPayload } from './model-payload.js';

export interface EvalWorkerData {
  readonly payload: ModelPayload;
  /** f32 images [N, ...sample], shared between workers. */
  readonly images: SharedArrayBuffer;
  readonly sampleShape: readonly number[];
  readonly begin: number;
  readonly end: number;
}

/** Messages a worker sends: progress counts, then its predictions. */
export type EvalWorkerMessage = { kind: 'progress'; done: number } | { kind: 'done'; predictions: Int32Array };

const data = workerData as EvalWorkerData;
const classify = classifierFromPayload(data.payload);
const per = data.sampleShape.reduce((a, b) => a * b, 1);
const all = new Float32Array(data.images);
const predictions = new Int32Array(data.end - data.begin);
for (let i = data.begin; i < data.end; i++) {
  const image = { type: { dtype: 'f32' as const, shape: data.sampleShape }, data: all.subarray(i * per, (i + 1) * per) };
  predictions[i - data.begin] = argmax(classify(image));
  if (((i - data.begin) & 31) === 31) parentPort!.postMessage({ kind: 'progress', done: i - data.begin + 1 } satisfies EvalWorkerMessage);
}
parentPort!.postMessage({ kind: 'done', predictions } satisfies EvalWorkerMessage);
