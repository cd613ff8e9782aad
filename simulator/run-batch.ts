// Several images through one program on several threads (one per core, at most one per image) when the
// compiled worker exists and there is more than one image; otherwise in this thread. This thread works
// too (it is warm; a fresh worker first pays for its JIT and weight packing), and every thread takes the
// next image from a shared counter. Workers get the program as columns (program-transfer.ts) and post
// plain-data results.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Program } from '../isa/program-file.js';
import type { EnergyTable } from './energy/energy-table.js';
import type { TensorValues } from './functional/tensor-io.js';
import type { RunEnergy } from './simulate-program.js';
import { simulateProgram } from './simulate-program.js';
import { packProgram, type ProgramTransfer } from './program-transfer.js';
import { countersToJson } from './stats.js';

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
  readonly peakRssMiB: number[];
}

/** Simulates one image and reduces the result to plain data. */
export function simulateItem(program: Program, inputs: ReadonlyMap<string, ArrayLike<number>>, energyTable?: EnergyTable): BatchItem {
  const r = simulateProgram(program, inputs, energyTable === undefined ? {} : { energyTable });
  return { outputs: r.outputs, cycles: r.stats.cycles, utilization: r.stats.utilization, totals: countersToJson(r.stats.totals), energy: r.energy };
}

/** Message a worker receives: the program, every input, and the shared counter that hands out images. */
export interface BatchWorkerData {
  readonly program: ProgramTransfer;
  readonly inputs: readonly ReadonlyMap<string, ArrayLike<number>>[];
  /** Int32 slot 0: the next image index to take (Atomics.add by every thread). */
  readonly next: SharedArrayBuffer;
  readonly energyTable?: EnergyTable;
}

/** What a worker posts: the images it took, then its peak RSS when done. */
export type BatchWorkerMessage = { readonly index: number; readonly item: BatchItem } | { readonly peakRssMiB: number };

/** How a batch runs. */
export interface BatchOptions {
  /** Threads in all, this one included (default one per core, at most one per image). */
  readonly threads?: number;
  readonly energyTable?: EnergyTable;
  /** Work this thread does once the workers have been started, before it takes images (the CLI simulates its
   *  first sample here with full statistics, so that the workers' start-up overlaps it). */
  readonly thisThreadFirst?: () => void;
}

/**
 * Runs every input set on up to `threads` threads (default: one per core): this one and workers take
 * images one at a time from a shared counter, so a worker that is still starting (compiling, packing)
 * takes fewer and nobody waits at the end for a fixed slice.
 */
export async function simulateBatch(
  program: Program, inputs: readonly ReadonlyMap<string, ArrayLike<number>>[], options: BatchOptions = {},
): Promise<BatchResult> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), inputs.length));
  if (threads === 1 || !existsSync(fileURLToPath(WORKER_URL))) {
    options.thisThreadFirst?.();
    return { items: inputs.map((x) => simulateItem(program, x, options.energyTable)), workers: 0, peakRssMiB: [] };
  }
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const data: BatchWorkerData = { program: packProgram(program), inputs, next, ...(options.energyTable ? { energyTable: options.energyTable } : {}) };
  const items = new Array<BatchItem>(inputs.length);
  const workers = threads - 1;
  const peakRssMiB = new Array<number>(workers).fill(0);
  const done = Promise.all(Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: data });
    worker.on('message', (m: BatchWorkerMessage) => {
      if ('index' in m) items[m.index] = m.item;
      else peakRssMiB[w] = m.peakRssMiB;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`simulation worker ${w} exited with code ${code}`))));
  })));
  // This thread does its own first job, then takes images, while the workers start and take theirs.
  try {
    options.thisThreadFirst?.();
    for (let k = Atomics.add(counter, 0, 1); k < inputs.length; k = Atomics.add(counter, 0, 1)) items[k] = simulateItem(program, inputs[k]!, options.energyTable);
  } catch (e) {
    Atomics.store(counter, 0, inputs.length); // the workers stop after their current image
    await Promise.allSettled([done]);
    throw e;
  }
  await done;
  return { items, workers, peakRssMiB };
}
