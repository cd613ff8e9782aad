// `accsim worker`: serves point jobs from the queue. For each job it checks the build, lays out the
// inputs by content hash (blob-store.ts), evaluates on an evaluation thread (so the main thread keeps
// renewing the job's lock) and returns the point. Failure semantics: a user error (bad input, an
// unmappable layer, a job of another build) fails the job at once with its one-line message
// (UnrecoverableError); anything else is retried with backoff (POINT_JOB_OPTIONS); a worker that dies
// leaves its job locked until the lock expires, and then another worker picks it up (stalled job).
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { UserError } from '../../../core/diagnostics.js';
import { shippedDataDir } from '../../install-paths.js';
import type { SweepPoint } from '../../report/sweep-types.js';
import { accsimBuild } from '../accsim-build.js';
import type { EvaluatorModule } from '../evaluator-ref.js';
import { pathBundle } from '../input-bundle.js';
import { specLabel, type DesignPointSpec } from '../point-spec.js';
import { localBundlePath, redisBlobStore, type BlobStore } from './blob-store.js';
import { EvaluationThreads } from './evaluation-threads.js';
import { QUEUE_NAME, type PointJobData } from './point-job.js';
import { durableOptions, type RedisTarget } from './redis-target.js';

/** How to run a worker. */
export interface QueueWorkerOptions {
  target: RedisTarget;
  /** Jobs evaluated at once (one evaluation thread each). */
  concurrency: number;
  /** Lock duration: a dead worker's job is picked up again after about this long (and at most twice that). */
  stallSeconds: number;
  /** Where fetched input bundles are kept. */
  cacheDir: string;
  evaluator: EvaluatorModule;
  /** Thread script override (tests running the TS sources). */
  threadScript?: { url: URL; execArgv?: string[] };
  say: (line: string) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Stops taking jobs; waits for the running ones unless `force`. */
  close(force: boolean): Promise<void>;
}

// A user error's one line, in the form the coordinator turns back into a UserError (queue-pool.ts errorFromReason).
const unrecoverable = (e: UserError) => new UnrecoverableError(`${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`);

/** The spec to evaluate here: the coordinator's point with every input replaced by its local, verified path. */
async function localSpec(data: PointJobData, store: BlobStore, cacheDir: string, defaultDataHash: string | null): Promise<DesignPointSpec> {
  const spec: DesignPointSpec = { ...data.spec, model: await localBundlePath(data.inputs.model, store, cacheDir, 'model') };
  if (data.inputs.data !== undefined) spec.data = await localBundlePath(data.inputs.data, store, cacheDir, 'data directory');
  if (data.inputs.calib !== undefined) spec.calib = await localBundlePath(data.inputs.calib, store, cacheDir, 'calibration data');
  if (data.inputs.hw !== undefined) spec.hwFile = await localBundlePath(data.inputs.hw, store, cacheDir, 'hardware configuration');
  if (data.spec.data === undefined && (data.inputs.defaultData?.hash ?? null) !== defaultDataHash) {
    throw new UserError({ code: 'SWP046', message: `this worker's installation has ${defaultDataHash === null ? 'no' : 'another'} shipped data set (${shippedDataDir()}) than the coordinator's, and the point (no --data) uses it; run the same accsim installation, or give the sweep --data` });
  }
  return spec;
}

/** Starts serving jobs. */
export function startQueueWorker(o: QueueWorkerOptions): QueueWorker {
  const build = accsimBuild();
  const blobs = new Redis(durableOptions(o.target));
  blobs.on('error', () => {});
  const store = redisBlobStore(blobs);
  const threads = new EvaluationThreads(o.evaluator, o.threadScript);
  const defaultDataHash = existsSync(shippedDataDir()) ? pathBundle(shippedDataDir()).hash : null;
  const name = `${hostname()}:${process.pid}`;

  const processor = async (job: Job<PointJobData>): Promise<SweepPoint> => {
    const data = job.data;
    if (data?.format !== 'accsim-point-job/1') throw unrecoverable(new UserError({ code: 'SWP045', message: `job ${job.id} is not an accsim point job` }));
    const label = specLabel(data.spec);
    if (data.build !== build) {
      o.say(`refused ${job.id} ${label}: made by accsim ${data.build}, this worker runs ${build}`);
      throw unrecoverable(new UserError({ code: 'SWP044', message: `point ${label} was submitted by accsim ${data.build}, but worker ${name} runs ${build}; run one build on the coordinator and every worker, then resubmit` }));
    }
    const started = performance.now();
    o.say(`took ${job.id} ${label}${job.attemptsMade > 0 || job.stalledCounter > 0 ? ' (again: an earlier attempt failed or its worker died)' : ''}`);
    try {
      const spec = await localSpec(data, store, o.cacheDir, defaultDataHash);
      let last = -1;
      const point = await threads.evaluate(spec, (f) => {
        const pct = Math.floor(f * 100);
        if (pct === last) return;
        last = pct;
        job.updateProgress(f).catch(() => {});
      });
      o.say(`done ${job.id} ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return point;
    } catch (e) {
      o.say(`failed ${job.id} ${label}: ${e instanceof Error ? e.message : String(e)}`);
      if (e instanceof UserError) throw unrecoverable(e);
      throw e;
    }
  };

  const lockDuration = o.stallSeconds * 1000;
  const worker = new Worker<PointJobData, SweepPoint>(QUEUE_NAME, processor, {
    connection: durableOptions(o.target), concurrency: o.concurrency, name,
    lockDuration, stalledInterval: lockDuration, maxStalledCount: 2,
  });
  let lastError = '';
  worker.on('error', (e) => {
    if (e.message !== lastError) o.say(`queue: ${e.message} (retrying)`);
    lastError = e.message;
  });
  o.say(`worker ${name} (accsim ${build}) serving ${QUEUE_NAME} on ${o.target.shown}: ${o.concurrency} job(s) at a time`);
  return {
    async close(force) {
      await worker.close(force);
      await threads.close();
      blobs.disconnect();
    },
  };
}
