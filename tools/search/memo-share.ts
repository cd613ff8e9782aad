// AdaRound memo entries shared between the search's worker threads. Each thread's calibration cache keeps
// its own memo (compiler/quant/adaround-memo.ts), but the threads quantize configurations that share layers
// with each other's: a probe of a layer at 4 bits and the descent's first move of that layer optimize the
// same layer on the same inputs, and the two candidates of a step share their upstream layers. An entry
// is a pure function of its key (a digest of every optimizer input), so one thread's entry is exactly what
// another's optimizer would compute: after each task a worker hands the entries it added to the pool,
// which passes them to the other workers.
import type { AdaroundMemo } from '../../compiler/quant/adaround-memo.js';

/** Memo entries as they cross the thread boundary. */
export type MemoEntries = readonly (readonly [string, Int32Array])[];

/** The entries of `memo` whose keys were not in `before` (taken before a task). */
export function memoEntriesSince(memo: AdaroundMemo, before: ReadonlySet<string>): MemoEntries {
  return [...memo].filter(([k]) => !before.has(k));
}

/** Adds another thread's entries (a key already present keeps its value: both are the same integers). */
export function addMemoEntries(memo: AdaroundMemo, entries: MemoEntries): void {
  for (const [k, v] of entries) if (!memo.has(k)) memo.set(k, v);
}
