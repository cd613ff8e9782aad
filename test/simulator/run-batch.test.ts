// simulateBatch runs the caller's own first job in this thread once, before this thread takes any image
// (the CLI overlaps its first sample with the workers' start-up this way), and the batch's results do not
// depend on it: every image gives what simulating it alone gives.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../isa/program-file.js';
import { simulateBatch, simulateItem } from '../../simulator/run-batch.js';

const PROGRAM = 'test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin';
const program = readProgram(readFileSync(PROGRAM), 'cnn');
const input = program.tensors.find((t) => t.role === 'input')!;
const size = input.shape.reduce((a, b) => a * b, 1);
const image = (seed: number) => new Map([[input.name, Uint8Array.from({ length: size }, (_, j) => (j * 31 + seed * 17) & 255)]]);

describe('simulateBatch', () => {
  for (const threads of [1, 2]) {
    it(`runs thisThreadFirst once, before any image, and the images as alone (threads ${threads})`, async () => {
      const events: string[] = [];
      const inputs = [image(1), image(2), image(3)];
      // Maps that note when this thread reads them (a worker gets a structured clone: plain maps).
      const tracked = inputs.map((m, k) => new (class extends Map<string, Uint8Array> {
        override get(key: string) {
          events.push(`image ${k}`);
          return super.get(key);
        }
      })(m));
      const r = await simulateBatch(program, tracked, { threads, thisThreadFirst: () => events.push('first') });
      expect(events.filter((e) => e === 'first')).toHaveLength(1);
      expect(events[0]).toBe('first');
      // Every field of every image (outputs, cycles, utilization, counters, energy), against a fresh program
      // object: no memo or packed weight shared with the batch.
      r.items.forEach((item, k) => expect(item).toEqual(simulateItem(readProgram(readFileSync(PROGRAM), 'cnn'), inputs[k]!)));
    });
  }
});

describe('simulateBatch on worker threads (the compiled modules: only beside the compiled worker are there threads)', () => {
  it('gives every image what one thread gives alone, the workers replaying along the timeline this thread records meanwhile', async () => {
    const dist = (path: string) => import(new URL(`../../dist/${path}`, import.meta.url).href);
    const batch = (await dist('simulator/run-batch.js')) as typeof import('../../simulator/run-batch.js');
    const files = (await dist('isa/program-file.js')) as typeof import('../../isa/program-file.js');
    const reuse = (await dist('simulator/timeline-reuse.js')) as typeof import('../../simulator/timeline-reuse.js');
    // A fresh program: nothing recorded yet, so this thread's first image records while the workers follow.
    const fresh = files.readProgram(readFileSync(PROGRAM), 'cnn');
    const inputs = [1, 2, 3, 4, 5, 6].map(image);
    // This thread first sleeps (4 s: each worker starts and takes an image, then waits for the timeline), so that
    // workers' replays are among what is compared.
    const r = await batch.simulateBatch(fresh, inputs, { threads: 3, thisThreadFirst: () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 4000) });
    expect(r.workers).toBe(2);
    expect(r.workerImages).toBeGreaterThanOrEqual(2);
    expect(reuse.recordedRun(fresh)).toBeDefined();
    // Every field of every image, against this thread alone (the TypeScript modules, a program of their own).
    r.items.forEach((item, k) => expect(item).toEqual(simulateItem(readProgram(readFileSync(PROGRAM), 'cnn'), inputs[k]!)));
  });

  it('fails with this thread\'s error when its first job fails (no worker left waiting), and the program still simulates', async () => {
    const batch = (await import(new URL('../../dist/simulator/run-batch.js', import.meta.url).href)) as typeof import('../../simulator/run-batch.js');
    const files = (await import(new URL('../../dist/isa/program-file.js', import.meta.url).href)) as typeof import('../../isa/program-file.js');
    const fresh = files.readProgram(readFileSync(PROGRAM), 'cnn');
    const inputs = [1, 2, 3].map(image);
    const fails = () => {
      throw new Error('the first job failed');
    };
    await expect(batch.simulateBatch(fresh, inputs, { threads: 2, thisThreadFirst: fails })).rejects.toThrow('the first job failed');
    // The aborted stream is not handed to this program's next recording run.
    expect(batch.simulateItem(fresh, inputs[0]!)).toEqual(simulateItem(readProgram(readFileSync(PROGRAM), 'cnn'), inputs[0]!));
  });
});

describe('batchThreads (the compiled module: only beside the compiled worker does it start any)', () => {
  it('starts a worker by default only for every MIN_IMAGES_PER_THREAD images, and as told when told', async () => {
    const m = (await import(new URL('../../dist/simulator/run-batch.js', import.meta.url).href)) as typeof import('../../simulator/run-batch.js');
    const per = m.MIN_IMAGES_PER_THREAD;
    expect(m.batchThreads(2 * per - 1)).toBe(1);
    expect(m.batchThreads(2 * per)).toBe(Math.min(availableParallelism(), 2));
    expect(m.batchThreads(2 * per, 1)).toBe(1);
    expect(m.batchThreads(3, 2)).toBe(2);
    expect(m.batchThreads(1, 4)).toBe(1);
  });
});
