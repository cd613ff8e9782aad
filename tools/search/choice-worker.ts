// Worker thread body of the choice pool: builds its context once, then runs the tasks it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { type SerializedError, serializeError } from '../worker-errors.js';
import { type ChoiceContextSpec, type ChoiceResult, type ChoiceTask, choiceContext, runChoiceTask } from './choice-tasks.js';

/** A request (task number and task) and its reply (the score, or the error message). */
export type ChoiceRequest = { readonly id: number; readonly task: ChoiceTask };
export type ChoiceReply = { readonly id: number; readonly result?: ChoiceResult; readonly error?: SerializedError };

const ctx = choiceContext(workerData as ChoiceContextSpec);
parentPort!.on('message', (m: ChoiceRequest) => {
  runChoiceTask(ctx, m.task).then(
    (result) => parentPort!.postMessage({ id: m.id, result } satisfies ChoiceReply),
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: serializeError(e) } satisfies ChoiceReply),
  );
});
