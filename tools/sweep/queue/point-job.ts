// What travels through the queue: one BullMQ job per design point, whose id is the point's content hash
// (point-hash.ts), so submitting a point twice adds nothing and a finished point is never recomputed;
// and the sweep's manifest in Redis, which lets `accsim sweep collect` rebuild the CSV from the queue.
import type { Redis } from 'ioredis';
import { fail } from '../../../core/diagnostics.js';
import type { SweepReport } from '../../report/sweep-types.js';
import type { SweepInputs } from '../point-hash.js';
import type { DesignPointSpec } from '../point-spec.js';

/** The one queue every sweep uses (jobs of different sweeps and builds never collide: ids are content hashes). */
export const QUEUE_NAME = 'accsim-sweep';

/** The data of a point job. */
export interface PointJobData {
  format: 'accsim-point-job/1';
  /** accsimBuild() of the coordinator; a worker of another build refuses the job. */
  build: string;
  /** The point as the coordinator sees it (its paths are only labels for the worker). */
  spec: DesignPointSpec;
  /** The input bundles with their content hashes; the worker evaluates exactly these bytes. */
  inputs: SweepInputs;
}

/**
 * Delivery policy: up to 3 attempts with exponential backoff for crashes and internal errors (a user
 * error fails at once, as an UnrecoverableError); finished jobs are kept, because they are the results.
 */
export const POINT_JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: false, removeOnFail: false } as const;

/** The job id of a point with content hash `hash`. */
export function pointJobId(hash: string): string {
  return `point-${hash}`;
}

/** One point of a submitted sweep. */
export interface QueuedPoint {
  spec: DesignPointSpec;
  jobId: string;
  data: PointJobData;
}

/** A sweep as submitted: enough to collect its results (and resubmit lost jobs) without its input files. */
export interface SweepManifest {
  format: 'accsim-queue-sweep/1';
  sweep: string;
  build: string;
  createdAt: string;
  report: Pick<SweepReport, 'title' | 'command' | 'hwBase' | 'energyTable'>;
  points: QueuedPoint[];
}

const manifestKey = (sweep: string) => `accsim:sweep:${sweep}`;
const SWEEPS_KEY = 'accsim:sweeps';

/** Stores the manifest (idempotent: the same sweep has the same manifest but for createdAt, which the first one keeps). */
export async function saveManifest(redis: Redis, m: SweepManifest): Promise<void> {
  await redis.set(manifestKey(m.sweep), JSON.stringify(m), 'NX');
  await redis.sadd(SWEEPS_KEY, m.sweep);
}

/**
 * The manifest of sweep `prefix` (a unique prefix of its hash is enough); without one, the only sweep
 * on the queue. SWP047 when there is none or the choice is ambiguous, listing what is there.
 */
export async function loadManifest(redis: Redis, prefix: string | undefined, shown: string): Promise<SweepManifest> {
  const all = (await redis.smembers(SWEEPS_KEY)).sort();
  const matches = all.filter((s) => prefix === undefined || s.startsWith(prefix));
  if (matches.length !== 1) {
    const list = all.length === 0 ? 'it holds none' : `it holds ${all.map((s) => s.slice(0, 12)).join(', ')}`;
    if (matches.length === 0) fail('SWP047', `no sweep ${prefix === undefined ? '' : `${prefix} `}on ${shown}: ${list}`);
    fail('SWP047', `${shown} holds ${matches.length} sweeps${prefix === undefined ? '' : ` starting with ${prefix}`} (${matches.map((s) => s.slice(0, 12)).join(', ')}); choose one with --sweep`);
  }
  const text = await redis.get(manifestKey(matches[0]!));
  if (text === null) fail('SWP047', `sweep ${matches[0]!.slice(0, 12)} is listed on ${shown} but its manifest is gone; rerun the sweep command`);
  return JSON.parse(text) as SweepManifest;
}
