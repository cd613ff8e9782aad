// `--shard i/n`: a stable subset of a sweep's points for batch schedulers (a Slurm job array, a Kubernetes
// Indexed Job, GNU parallel). Point k of the grid (grid order) belongs to shard k mod n, so the n shards
// are disjoint, cover the grid and differ in size by at most one. Each shard writes an ordinary,
// resumable sweep CSV plus a stamp `<csv>.shard.json`: the sweep's hash, the shard, and the whole
// grid, which is what lets `accsim sweep merge` check the files and name the points that are missing.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { fail } from '../../core/diagnostics.js';
import type { SweepReport } from '../report/sweep-types.js';
import { pointKey, specLabel, type DesignPointSpec } from './point-spec.js';

/** Which shard: 0 ≤ index < count. */
export interface Shard {
  index: number;
  count: number;
}

/** One point of the grid as the stamp lists it. */
export interface StampedPoint {
  key: string;
  label: string;
  shard: number;
}

/** The stamp beside a shard's CSV. */
export interface ShardStamp {
  format: 'accsim-sweep-shard/1';
  /** sweepHash (point-hash.ts) of the whole grid. */
  sweep: string;
  build: string;
  shard: Shard;
  /** The command that wrote this shard (shown by merge for a shard to rerun). */
  command: string;
  /** Every point of the sweep, in grid order, with its shard. */
  points: StampedPoint[];
  report: Pick<SweepReport, 'title' | 'hwBase' | 'energyTable'>;
}

/** "2/8" → { index: 2, count: 8 }; SWP050 unless 0 ≤ i < n. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || count < 1 || index >= count) fail('SWP050', `--shard "${text}" must be i/n with 0 <= i < n (e.g. 0/4 ... 3/4; Slurm: $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT with --array=0-3)`);
  return { index, count };
}

/** The shard point k of the grid belongs to. */
export function shardOfPoint(k: number, count: number): number {
  return k % count;
}

/** The specs of one shard, in grid order. */
export function shardSpecs(specs: readonly DesignPointSpec[], shard: Shard): DesignPointSpec[] {
  return specs.filter((_, k) => shardOfPoint(k, shard.count) === shard.index);
}

/** The stamp file of a shard CSV. */
export function stampPath(csvPath: string): string {
  return `${csvPath}.shard.json`;
}

/** The stamp of shard `shard` of the grid `specs` whose hash is `sweep`. */
export function makeStamp(x: { sweep: string; build: string; shard: Shard; command: string; specs: readonly DesignPointSpec[]; report: ShardStamp['report'] }): ShardStamp {
  const points = x.specs.map((s, k) => ({ key: pointKey(s), label: specLabel(s), shard: shardOfPoint(k, x.shard.count) }));
  return { format: 'accsim-sweep-shard/1', sweep: x.sweep, build: x.build, shard: x.shard, command: x.command, points, report: x.report };
}

/** Reads a shard's stamp; undefined when there is none; SWP052 when it is not one. */
export function readStamp(csvPath: string): ShardStamp | undefined {
  const path = stampPath(csvPath);
  if (!existsSync(path)) return undefined;
  let stamp: ShardStamp;
  try {
    stamp = JSON.parse(readFileSync(path, 'utf8')) as ShardStamp;
  } catch (e) {
    fail('SWP052', `${path} is not a shard stamp: ${(e as Error).message}`, { file: path });
  }
  if (stamp.format !== 'accsim-sweep-shard/1' || typeof stamp.sweep !== 'string' || !Array.isArray(stamp.points)) fail('SWP052', `${path} is not a shard stamp of this accsim version`, { file: path });
  return stamp;
}

/**
 * Before a shard runs: with --resume, its existing CSV must carry the stamp of this very sweep and shard
 * (SWP051 otherwise: the rows would mix two sweeps). Returns the function that writes the stamp once
 * the output is open.
 */
export function prepareStamp(csvPath: string, stamp: ShardStamp, resume: boolean): () => void {
  if (resume && existsSync(csvPath)) {
    const old = readStamp(csvPath);
    if (old === undefined) fail('SWP051', `cannot resume shard ${stamp.shard.index}/${stamp.shard.count}: ${csvPath} has no stamp (${stampPath(csvPath)}), so its rows may belong to another sweep; write to a new --csv`);
    if (old.sweep !== stamp.sweep || old.shard.index !== stamp.shard.index || old.shard.count !== stamp.shard.count) {
      fail('SWP051', `cannot resume: ${csvPath} holds shard ${old.shard.index}/${old.shard.count} of sweep ${old.sweep.slice(0, 12)}, not shard ${stamp.shard.index}/${stamp.shard.count} of sweep ${stamp.sweep.slice(0, 12)} (other inputs, flags or accsim build); write to a new --csv`);
    }
  }
  return () => writeFileAtomic(stampPath(csvPath), `${JSON.stringify(stamp, null, 1)}\n`);
}
