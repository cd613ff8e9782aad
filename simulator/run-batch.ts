// Several images through one program: split into contiguous slices over threads (one per core, at most
// one per image) when the compiled worker exists and there is more than one image; otherwise in this
// thread. This thread takes the first slice itself (it is warm; a fresh worker pays for its JIT) while
// worker threads take the others. Each worker gets the program as columns (program-transfer.ts) and
// returns plain-data results.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Program } from '../isa/program-file.js';
import type { EnergyTable } from './energy/energy-table.js';
import type { TensorValues } from './functional/tensor-io.js';
import type { RunEnergy } from './run-program.js';
import { simulateProgram } from './run-program.js';
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
 *  workers), and each worker's peak RSS in MiB. */
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

/** Message a worker receives. */
export interface BatchWorkerData {
  readonly program: ProgramTransfer;
  readonly inputs: ReadonlyMap<string, ArrayLike<number>>[];
  readonly energyTable?: EnergyTable;
}

/** Runs every input set; uses up to `threads` workers (default: one per core). */
export async function simulateBatch(
  program: Program, inputs: readonly ReadonlyMap<string, ArrayLike<number>>[], options: { threads?: number; energyTable?: EnergyTable } = {},
): Promise<BatchResult> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), inputs.length));
  if (threads === 1 || !existsSync(fileURLToPath(WORKER_URL))) {
    return { items: inputs.map((x) => simulateItem(program, x, options.energyTable)), workers: 0, peakRssMiB: [] };
  }
  const transfer = packProgram(program);
  const items = new Array<BatchItem>(inputs.length);
  const workers = threads - 1;
  const peakRssMiB = new Array<number>(workers).fill(0);
  const slice = (t: number) => [Math.floor((t * inputs.length) / threads), Math.floor(((t + 1) * inputs.length) / threads)] as const;
  const done = Promise.all(Array.from({ length: workers }, (_, w) => {
    const [begin, end] = slice(w + 1);
    const data: BatchWorkerData = { program: transfer, inputs: inputs.slice(begin, end), ...(options.energyTable ? { energyTable: options.energyTable } : {}) };
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: data });
      worker.on('message', (m: { items: BatchItem[]; peakRssMiB: number }) => {
        m.items.forEach((item, k) => (items[begin + k] = item));
        peakRssMiB[w] = m.peakRssMiB;
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`simulation worker ${w} exited with code ${code}`))));
    });
  }));
  // This thread's slice runs while the workers start and run theirs.
  const [begin, end] = slice(0);
  try {
    for (let k = begin; k < end; k++) items[k] = simulateItem(program, inputs[k]!, options.energyTable);
  } catch (e) {
    await Promise.allSettled([done]);
    throw e;
  }
  await done;
  return { items, workers, peakRssMiB };
}
