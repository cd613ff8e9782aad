// Several images through one program on several threads (one per core and per MIN_IMAGES_PER_THREAD images
// unless told) when the compiled worker exists and there is more than one image; otherwise in this thread.
// This thread works too, and every thread takes the next image from a shared counter. Workers get the program
// as the .accbin bytes in shared memory as soon as the caller has read them (`share`: each worker decodes its
// own copy while this thread decodes), else as columns (program-transfer.ts). When the timeline can be reused
// (timeline-reuse.ts), only this thread times the program: its recording run's commit order goes to the workers
// in shared memory as it is made (timeline-stream.ts), a worker replays its images' values along it and posts
// their outputs and overflow counts, and this thread completes their statistics from its record.
import { assert } from '../core/diagnostics.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Program } from '../isa/program-file.js';
import type { EnergyTable } from './energy/energy-table.js';
import type { TensorValues } from './functional/tensor-io.js';
import type { RunEnergy } from './simulate-program.js';
import { runEnergy, runStats, simulateProgram } from './simulate-program.js';
import { packProgram, type ProgramTransfer } from './program-transfer.js';
import { countersToJson } from './stats.js';
import { issuedProgram } from '../isa/compute-run.js';
import { requireValidHwConfig } from '../isa/hw-config.js';
import type { MachineRun } from './machine.js';
import { recordedRun, streamNextRecording, takeRecordingStream, timelineReusable, withRecordedTimeline } from './timeline-reuse.js';
import { TimelineStream } from './timeline-stream.js';

const WORKER_URL = new URL('./run-worker.js', import.meta.url);

/** One image's result in plain data (what crosses a worker boundary). */
export interface BatchItem {
  readonly outputs: Map<string, TensorValues>;
  readonly cycles: number;
  readonly utilization: number;
  readonly totals: Record<string, unknown>;
  readonly energy: RunEnergy;
}

/** The batch's results in input order, the worker-thread count (this thread works too when there are
 *  workers; a worker may end up with no image), and each worker's peak RSS in MiB. */
export interface BatchResult {
  readonly items: BatchItem[];
  readonly workers: number;
  /** Images the workers simulated (the rest were this thread's). */
  readonly workerImages: number;
  readonly peakRssMiB: number[];
}

/** Simulates one image and reduces the result to plain data. */
export function simulateItem(program: Program, inputs: ReadonlyMap<string, ArrayLike<number>>, energyTable?: EnergyTable): BatchItem {
  const r = simulateProgram(program, inputs, energyTable === undefined ? {} : { energyTable });
  return { outputs: r.outputs, cycles: r.stats.cycles, utilization: r.stats.utilization, totals: countersToJson(r.stats.totals), energy: r.energy };
}

/** A worker's replay of one image (simulate-program.ts replayValues): this thread adds the record's statistics. */
export interface ReplayedImage {
  readonly outputs: Map<string, TensorValues>;
  /** REQUANT overflows per layer counter of the record. */
  readonly overflows: readonly number[];
}

/** The BatchItem of an image replayed along `rec` (what simulateItem gives for it once `rec` is recorded). */
export function replayedItem(program: Program, rec: MachineRun, r: ReplayedImage, energyTable?: EnergyTable): BatchItem {
  const hw = requireValidHwConfig(program.hwConfig);
  const stats = runStats(hw, issuedProgram(program.instructions, program.layers), withRecordedTimeline(rec, r.overflows));
  return { outputs: r.outputs, cycles: stats.cycles, utilization: stats.utilization, totals: countersToJson(stats.totals), energy: runEnergy(hw, stats, energyTable) };
}

/** Message a worker may receive first: the .accbin it will simulate, in shared memory (not copied). */
export interface BatchWorkerProgram {
  readonly kind: 'program';
  readonly bytes: Uint8Array;
  readonly file: string;
}

/** Message a worker receives to run: the program (absent when it was sent by `share`), every input, and the
 *  shared counter that hands out images. */
export interface BatchWorkerData {
  readonly kind: 'batch';
  readonly program?: ProgramTransfer;
  readonly inputs: readonly ReadonlyMap<string, ArrayLike<number>>[];
  /** Int32 slot 0: the next image index to take (Atomics.add by every thread). */
  readonly next: SharedArrayBuffer;
  readonly energyTable?: EnergyTable;
  /** The commit order to replay the images along (a TimelineStream's buffer, possibly still being recorded);
   *  absent: the worker simulates its images in full. */
  readonly timeline?: SharedArrayBuffer;
}

/** What a worker posts: the images it took (in full, or replayed along the timeline), then its peak RSS when done. */
export type BatchWorkerMessage =
  | { readonly index: number; readonly item: BatchItem }
  | { readonly index: number; readonly replayed: ReplayedImage }
  | { readonly peakRssMiB: number };

/** How a batch runs. */
export interface BatchOptions {
  /** Threads in all, this one included (default: batchThreads). */
  readonly threads?: number;
  readonly energyTable?: EnergyTable;
  /** Work this thread does once the workers have been started, before it takes images (the CLI simulates its
   *  first sample here with full statistics, so that the workers' start-up overlaps it). */
  readonly thisThreadFirst?: () => void;
}

/**
 * Images each thread needs, by default, before a batch starts a worker for them: a worker isolate pays its own
 * cold start (TurboFan compiling the simulator again, weight packing, the window-cost memo; ResNet-18 on two
 * cores: +1.3 to +2.2 CPU s, five to eight warm images' worth), so below this one thread finishes first
 * (eight ResNet-18 images at load 18–28: 7.8–13.8 s wall on one thread against 18–22 s on two).
 */
export const MIN_IMAGES_PER_THREAD = 8;

/** Threads in all (this one included) for `images` images: as many as `threads` says (at most one per
 *  image), else one per core and per MIN_IMAGES_PER_THREAD images; only this one when the compiled worker is
 *  missing (tests run the TypeScript sources). */
export function batchThreads(images: number, threads?: number): number {
  const n = Math.max(1, Math.min(threads ?? Math.min(availableParallelism(), Math.floor(images / MIN_IMAGES_PER_THREAD)), images));
  return n > 1 && existsSync(fileURLToPath(WORKER_URL)) ? n : 1;
}

/**
 * Worker threads started before the batch is known: a fresh worker spends ~0.2 s loading the simulator's
 * modules, which overlaps the caller's reading and checking the program when it starts them first. Idle
 * workers do not keep the process alive (a caller that fails before `run` exits normally); `close` ends them.
 */
export class BatchWorkers {
  private readonly workers: Worker[];
  private used = false;
  /** The .accbin bytes the workers were given by `share`, if any. */
  private shared: Uint8Array | undefined;

  /** Starts `threads − 1` workers (`threads` counts this one; see batchThreads). */
  constructor(threads: number) {
    this.workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
      const w = new Worker(WORKER_URL);
      w.unref();
      return w;
    });
  }

  /** The number of worker threads. */
  get count(): number {
    return this.workers.length;
  }

  /**
   * Gives the workers the .accbin bytes the batch's program will be read from, at once, so that each decodes
   * and checks its copy while this thread does the same (instead of this thread packing the decoded program
   * and each worker rebuilding it later). Returns the bytes to read the program from: a copy in shared memory
   * when there are workers (12 MB for ResNet-18: one copy, no per-worker clone), else `bytes`. `run` must then
   * get the program read from them with `{ adopt: true }` (it checks that its DRAM image is a view of them).
   */
  share(bytes: Uint8Array, file: string): Uint8Array {
    if (this.workers.length === 0 || this.used) return bytes;
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    this.shared = shared;
    const message: BatchWorkerProgram = { kind: 'program', bytes: shared, file };
    for (const w of this.workers) w.postMessage(message);
    return shared;
  }

  /** Ends workers that were never given a batch. */
  close(): void {
    if (this.used) return;
    this.used = true;
    for (const w of this.workers) void w.terminate();
  }

  /**
   * Runs every input set on this thread and the workers: each takes images one at a time from a shared
   * counter, so a worker that is still starting (compiling, packing) takes fewer and nobody waits at the end
   * for a fixed slice. Once per pool.
   */
  async run(program: Program, inputs: readonly ReadonlyMap<string, ArrayLike<number>>[], options: BatchOptions = {}): Promise<BatchResult> {
    if (this.used) throw new Error('BatchWorkers.run: this pool has already run or been closed');
    this.used = true;
    if (this.workers.length === 0) {
      options.thisThreadFirst?.();
      return { items: inputs.map((x) => simulateItem(program, x, options.energyTable)), workers: 0, workerImages: 0, peakRssMiB: [] };
    }
    const next = new SharedArrayBuffer(4);
    const counter = new Int32Array(next);
    // (A program read from the shared bytes with `adopt` keeps its DRAM image there; anything else would make
    // the workers simulate another program than this thread.)
    if (this.shared !== undefined) assert(program.dramImage.buffer === this.shared.buffer, 'BatchWorkers.run: the program was not read from the bytes given to share()');
    const stream = timelineFor(program);
    // While the timeline is still to be recorded, image 0 is this thread's (its run records it unless
    // thisThreadFirst's did), so that a recording happens whatever the workers take.
    const own = stream?.recording === true ? 1 : 0;
    counter[0] = own;
    const data: BatchWorkerData = {
      kind: 'batch', ...(this.shared === undefined ? { program: packProgram(program) } : {}), inputs, next, ...(options.energyTable ? { energyTable: options.energyTable } : {}),
      ...(stream === undefined ? {} : { timeline: stream.buffer }),
    };
    const items = new Array<BatchItem>(inputs.length);
    const replayed: { index: number; image: ReplayedImage }[] = [];
    let workerImages = 0;
    const peakRssMiB = new Array<number>(this.workers.length).fill(0);
    const done = Promise.all(this.workers.map((worker, w) => new Promise<void>((resolve, reject) => {
      worker.ref(); // busy now: the process waits for it
      worker.on('message', (m: BatchWorkerMessage) => {
        if ('index' in m) workerImages++;
        if ('item' in m) items[m.index] = m.item;
        else if ('replayed' in m) replayed.push({ index: m.index, image: m.replayed });
        else peakRssMiB[w] = m.peakRssMiB;
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`simulation worker ${w} exited with code ${code}`))));
      worker.postMessage(data);
    })));
    // This thread does its own first job, then takes images, while the workers take theirs.
    try {
      options.thisThreadFirst?.();
      if (own === 1) items[0] = simulateItem(program, inputs[0]!, options.energyTable);
      for (let k = Atomics.add(counter, 0, 1); k < inputs.length; k = Atomics.add(counter, 0, 1)) items[k] = simulateItem(program, inputs[k]!, options.energyTable);
    } catch (e) {
      Atomics.store(counter, 0, inputs.length); // the workers stop after their current image
      stream?.abort(); // and stop waiting for a timeline that will not come
      takeRecordingStream(program); // (a later run of the program in this thread must not write to it)
      await Promise.allSettled([done]);
      throw e;
    }
    await done;
    if (replayed.length > 0) {
      const rec = recordedRun(program);
      assert(rec !== undefined, 'BatchWorkers.run: workers replayed a timeline this thread did not record');
      for (const r of replayed) items[r.index] = replayedItem(program, rec!, r.image, options.energyTable);
    }
    return { items, workers: this.workers.length, workerImages, peakRssMiB };
  }
}

/** The timeline the batch's workers replay along: the program's recorded run, else one this thread's next run
 *  of it records (undefined: timelines of this program are not reused; workers simulate in full). */
function timelineFor(program: Program): TimelineStream | undefined {
  if (!timelineReusable(program)) return undefined;
  const rec = recordedRun(program);
  if (rec !== undefined) return TimelineStream.complete(rec.commitOrder);
  const stream = TimelineStream.create(issuedProgram(program.instructions, program.layers).instructions.length);
  streamNextRecording(program, stream);
  return stream;
}

/** Runs every input set on up to `threads` threads (default: batchThreads; see BatchWorkers.run). */
export async function simulateBatch(
  program: Program, inputs: readonly ReadonlyMap<string, ArrayLike<number>>[], options: BatchOptions = {},
): Promise<BatchResult> {
  return new BatchWorkers(batchThreads(inputs.length, options.threads)).run(program, inputs, options);
}
