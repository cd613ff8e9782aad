// The coordinator's side of a queue sweep, as a point pool (pool.ts's interface), so that writing the
// CSV, --resume, the report and Ctrl-C are the very code of a local sweep. It submits each point as a
// job (idempotent: the id is the point's hash; a point that failed before is retried), then follows
// the queue: progress from QueueEvents for the bar, the job states (polled, the source of truth) for
// results. stop() and terminate() only stop following: the workers keep going, and rerunning the
// command (or `sweep collect`) picks the results up.
import { Queue, QueueEvents } from 'bullmq';
import { UserError } from '../../../core/diagnostics.js';
import type { ErrorCode } from '../../../core/error-codes/index.js';
import type { SweepPoint } from '../../report/sweep-types.js';
import type { PointOutcome, PointPool, PoolOptions, PoolSummary } from '../pool.js';
import { pointKey, type DesignPointSpec } from '../point-spec.js';
import { POINT_JOB_OPTIONS, QUEUE_NAME, type QueuedPoint } from './point-job.js';
import { durableOptions, type RedisTarget } from './redis-target.js';

/** How often the coordinator reads the job states (and sooner when an event says a job finished). */
const POLL_MS = 1000;
/** After this long with no point taken, remind the user that workers must be started. */
const IDLE_HINT_MS = 10_000;

/** A failed job's reason back into an error: "CODE: message" (a worker's user error) is a UserError again. */
export function errorFromReason(reason: string, label: string): Error {
  const m = /^([A-Z]+\d+): (.*)$/s.exec(reason);
  // The worker raised it with a code of this build (it refuses jobs of other builds), so the code is one of ours.
  if (m !== null) return new UserError({ code: m[1] as ErrorCode, message: m[2]! });
  return new Error(`point ${label} failed on a worker after its retries: ${reason}`);
}

/** Submits points `specs` (looked up in `jobs` by pointKey) and follows them. `say` prints a line to the user. */
export function queuePool(target: RedisTarget, jobs: ReadonlyMap<string, QueuedPoint>, say: (line: string) => void): (specs: readonly DesignPointSpec[], options: PoolOptions) => PointPool {
  return (specs, options) => {
    const connection = durableOptions(target);
    const queue = new Queue(QUEUE_NAME, { connection });
    const events = new QueueEvents(QUEUE_NAME, { connection });
    let lastError = '';
    const onError = (e: Error) => {
      // ioredis reports every failed reconnect; one line per distinct reason is enough.
      if (e.message !== lastError) say(`queue: ${e.message} (retrying)`);
      lastError = e.message;
    };
    queue.on('error', onError);
    events.on('error', onError);
    const pending = new Map<string, { spec: DesignPointSpec; fraction: number }>();
    let finished = 0;
    let following = true;
    let wake: () => void = () => {};
    const report = () => {
      let running = 0;
      for (const p of pending.values()) running += p.fraction;
      options.onProgress?.(finished + running);
    };
    events.on('progress', ({ jobId, data }) => {
      const p = pending.get(jobId);
      if (p !== undefined && typeof data === 'number') {
        p.fraction = Math.min(1, Math.max(0, data));
        report();
      }
    });
    events.on('completed', () => wake());
    events.on('failed', () => wake());

    const deliver = (jobId: string, outcome: PointOutcome) => {
      if (!following || !pending.delete(jobId)) return;
      finished++;
      options.onOutcome(outcome);
      report();
    };

    const submit = async () => {
      let added = 0;
      let retried = 0;
      for (const spec of specs) {
        const q = jobs.get(pointKey(spec))!;
        pending.set(q.jobId, { spec, fraction: 0 });
        const job = await queue.getJob(q.jobId);
        if (job === undefined) {
          await queue.add('point', q.data, { ...POINT_JOB_OPTIONS, jobId: q.jobId });
          added++;
        } else if ((await job.getState()) === 'failed') {
          // A point that failed (a user error since fixed, a worker of another build) gets another chance.
          await job.retry('failed');
          retried++;
        }
      }
      say(`queue: ${specs.length} point(s): ${added} submitted, ${retried} failed one(s) retried, ${specs.length - added - retried} already queued or finished`);
    };

    const poll = async () => {
      for (const [jobId, p] of pending) {
        // The state first, then the job: a job read before it finished would carry no return value yet.
        const state = await queue.getJobState(jobId);
        if (state === 'unknown') {
          // Redis lost the job (restored from an older AOF, flushed): submit it again; its id keeps it single.
          await queue.add('point', jobs.get(pointKey(p.spec))!.data, { ...POINT_JOB_OPTIONS, jobId });
          continue;
        }
        if (state === 'active' || finished > 0) idleSince = undefined;
        if (state !== 'completed' && state !== 'failed') continue;
        const job = await queue.getJob(jobId);
        if (job === undefined) continue;
        if (state === 'completed') deliver(jobId, { spec: p.spec, point: job.returnvalue as SweepPoint });
        else deliver(jobId, { spec: p.spec, error: errorFromReason(job.failedReason, `${p.spec.preset}@${p.spec.array}/${p.spec.dataflow}`) });
      }
    };

    let idleSince: number | undefined = Date.now();
    const run = async (): Promise<PoolSummary> => {
      try {
        await submit();
        while (following && pending.size > 0) {
          await poll();
          if (idleSince !== undefined && Date.now() - idleSince > IDLE_HINT_MS) {
            say(`queue: no worker has finished or taken a point yet; start workers with: accsim worker --queue ${target.shown}`);
            idleSince = undefined;
          }
          if (following && pending.size > 0) await new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, POLL_MS).unref(); });
        }
      } finally {
        await Promise.allSettled([queue.close(), events.close()]);
      }
      return { finished, notRun: specs.length - finished, mode: 'workers' };
    };
    const stopFollowing = () => {
      following = false;
      wake();
    };
    return { done: run(), stop: stopFollowing, terminate: stopFollowing, running: () => 0 };
  };
}
