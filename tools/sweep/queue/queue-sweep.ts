// The coordinator's steps around the pool: submit a sweep (bundle and upload its inputs, hash its
// points, store its manifest) or find a submitted one again (`sweep collect`), giving the jobs the
// queue pool follows. Both end in runSweep, which writes the CSV and report exactly as a local run.
import { Redis } from 'ioredis';
import type { SweepReport } from '../../report/sweep-types.js';
import { accsimBuild } from '../accsim-build.js';
import { pointHash, sweepHash, sweepInputs, type SweepInputs } from '../point-hash.js';
import { pointKey, type DesignPointSpec } from '../point-spec.js';
import { redisBlobStore, uploadBundles } from './blob-store.js';
import { loadManifest, pointJobId, saveManifest, type QueuedPoint, type SweepManifest } from './point-job.js';
import { checkReachable, durableOptions, type RedisTarget } from './redis-target.js';

/** A sweep on the queue: its manifest and its jobs by pointKey. */
export interface QueueSweep {
  manifest: SweepManifest;
  jobs: Map<string, QueuedPoint>;
}

function bundlesOf(inputs: SweepInputs) {
  return [inputs.model, inputs.data, inputs.calib, inputs.hw].filter((b) => b !== undefined);
}

async function withRedis<T>(target: RedisTarget, f: (redis: Redis) => Promise<T>): Promise<T> {
  await checkReachable(target);
  const redis = new Redis(durableOptions(target));
  redis.on('error', () => {});
  try {
    return await f(redis);
  } finally {
    redis.disconnect();
  }
}

function byKey(manifest: SweepManifest): QueueSweep {
  return { manifest, jobs: new Map(manifest.points.map((p) => [pointKey(p.spec), p])) };
}

/** Hashes the points of `specs`, uploads their inputs once, and stores the sweep's manifest. */
export async function submitSweep(target: RedisTarget, specs: readonly DesignPointSpec[], report: SweepManifest['report'], say: (line: string) => void): Promise<QueueSweep> {
  const inputs = sweepInputs(specs[0]!);
  const build = accsimBuild();
  const hashed = specs.map((spec) => ({ spec, hash: pointHash(inputs, spec, build) }));
  const points: QueuedPoint[] = hashed.map(({ spec, hash }) => ({ spec, jobId: pointJobId(hash), data: { format: 'accsim-point-job/1', build, spec, inputs } }));
  const manifest: SweepManifest = { format: 'accsim-queue-sweep/1', sweep: sweepHash(hashed), build, createdAt: new Date().toISOString(), report, points };
  await withRedis(target, async (redis) => {
    const sent = await uploadBundles(redisBlobStore(redis), bundlesOf(inputs));
    if (sent > 0) say(`queue: stored ${(sent / 1e6).toFixed(1)} MB of model and data in Redis (once per content)`);
    await saveManifest(redis, manifest);
  });
  say(`queue: sweep ${manifest.sweep.slice(0, 12)}, ${specs.length} points on ${target.shown}`);
  return byKey(manifest);
}

/** The sweep `prefix` (or the only one) as submitted earlier. */
export async function findSweep(target: RedisTarget, prefix: string | undefined): Promise<QueueSweep> {
  return byKey(await withRedis(target, (redis) => loadManifest(redis, prefix, target.shown)));
}

/** The report fields a manifest keeps (title, command, base hardware, energy table). */
export type ReportHeader = Pick<SweepReport, 'title' | 'command' | 'hwBase' | 'energyTable'>;
