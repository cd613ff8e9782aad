// Worker thread body of the choice pool: builds its context once, then runs the tasks it is sent. After a
// task it returns the AdaRound memo entries the task added, and it takes the other workers' entries
// (memo-share.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { type SerializedError, serializeError } from '../worker-errors.js';
import { type ChoiceContextSpec, type ChoiceResult, type ChoiceTask, choiceContext, runChoiceTask } from './choice-tasks.js';
import { type MemoEntries, addMemoEntries, memoEntriesSince } from './memo-share.js';

/** A request (task number and task, or another worker's memo entries) and its reply (the score or the error message, and the memo entries the task added). */
export type ChoiceRequest = { readonly id: number; readonly task: ChoiceTask } | { readonly memo: MemoEntries };
export type ChoiceReply = { readonly id: number; readonly result?: ChoiceResult; readonly error?: SerializedError; readonly memo?: MemoEntries };

const ctx = choiceContext(workerData as ChoiceContextSpec);
parentPort!.on('message', (m: ChoiceRequest) => {
  if ('memo' in m) {
    addMemoEntries(ctx.cache.adaround, m.memo);
    return;
  }
  const before = new Set(ctx.cache.adaround.keys());
  runChoiceTask(ctx, m.task).then(
    (result) => parentPort!.postMessage({ id: m.id, result, memo: memoEntriesSince(ctx.cache.adaround, before) } satisfies ChoiceReply),
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: serializeError(e) } satisfies ChoiceReply),
  );
});
