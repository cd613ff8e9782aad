// SWP: design-space sweeps (tools/sweep/, tools/commands/sweep.ts, docs/SWEEP.md).
import type { ErrorArea } from './error-area.js';

/** Sweep flags, resuming a sweep, its overall verdict, shards and merge, and the Redis queue. */
export const SWP_AREA = {
  prefix: 'SWP',
  title: 'design-space sweeps',
  source: 'tools/sweep/, tools/commands/sweep.ts, tools/commands/worker.ts',
  codes: {
    SWP010: 'a flag list has an empty or repeated item',
    SWP011: 'unknown preset, or a format preset only the format reference runs so far',
    SWP012: 'malformed array shape',
    SWP013: 'unknown dataflow',
    SWP014: 'a file or directory named by a flag does not exist',
    SWP015: 'a numeric flag is not a (positive) integer',
    SWP016: 'flags that contradict each other, or one that needs another',
    SWP017: 'a point cannot run (its hardware configuration is invalid); nothing ran',
    SWP018: '--preset given for an already-quantized model (swept as given), or missing for a float model',
    SWP020: "resume: the CSV header is not this version's",
    SWP021: 'resume: the CSV cannot be read, is corrupt, or lists a point twice',
    SWP022: 'resume: a sidecar line is not a sweep point in JSON',
    SWP023: 'resume: the sidecar disagrees with the CSV',
    SWP030: 'some points failed (their rows say status failed; the others finished)',
    SWP031: 'the CSV exists and neither --resume nor --overwrite was given',
    SWP040: '`--queue` is not a redis:// URL, or Redis cannot be reached',
    SWP041: "the model's weights file is outside its folder (cannot be shipped)",
    SWP042: 'a worker cannot read an input: not at its path, not in Redis',
    SWP043: 'input bytes do not match their hash (changed during submission, or corrupted)',
    SWP044: 'a job of another accsim build',
    SWP045: 'a job that is not an accsim point job',
    SWP046: 'without `--data`, the worker sees another bundled data folder than the coordinator',
    SWP047: '`sweep collect`: no such sweep, or several and no `--sweep`',
    SWP050: '`--shard` is not i/n with 0 ≤ i < n',
    SWP051: '`--resume` on a shard CSV of another sweep or shard, or without a stamp',
    SWP052: 'merge: a file that is not a stamped shard CSV',
    SWP053: 'merge: shards of different sweeps or shard counts',
    SWP054: 'merge: a row that is not a point of the sweep',
    SWP055: 'merge: two files disagree on a point',
    SWP056: 'merge: points are missing (listed by shard); nothing written',
    SWP057: 'merge: some points failed (written with status failed)',
    SWP090: 'the test-only fake evaluator failing a point on purpose',
  },
} as const satisfies ErrorArea;

/** A code of the SWP area. */
export type SwpCode = keyof typeof SWP_AREA.codes;
