// Worker thread body of the choice pool: builds its context once, then runs the tasks it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { type ChoiceContextSpec, type ChoiceTask, choiceContext, runChoiceTask } from './choice-tasks.js';
import type { ChoiceScore } from '../../compiler/ptq/choice-score.js';

/** A request (task number and task) and its reply (the score, or the error message). */
export type ChoiceRequest = { readonly id: number; readonly task: ChoiceTask };
export type ChoiceReply = { readonly id: number; readonly score?: ChoiceScore; readonly error?: string };

const ctx = choiceContext(workerData as ChoiceContextSpec);
parentPort!.on('message', (m: ChoiceRequest) => {
  try {
    parentPort!.postMessage({ id: m.id, score: runChoiceTask(ctx, m.task) } satisfies ChoiceReply);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message } satisfies ChoiceReply);
  }
});
