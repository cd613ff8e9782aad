// The batch worker thread (the compiled dist/simulator/run-worker.js, built by `npm test` before vitest: only
// there is it a thread) gives every image exactly what simulating it alone in this thread gives — outputs,
// cycles, utilization, every counter and the energy — whether the program came as shared .accbin bytes that
// the worker decoded itself (BatchWorkers.share) or as columns with the batch (program-transfer.ts), and
// whether it simulated the images in full or replayed their values along this thread's recorded timeline
// (timeline-stream.ts; this thread adds the record's statistics). The
// worker is driven directly, alone on its counter, so it simulates every image (in a real batch the parent
// thread takes some too).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../isa/program-file.js';
import { packProgram } from '../../simulator/program-transfer.js';
import { replayedItem, simulateItem, type BatchItem, type BatchWorkerData, type BatchWorkerMessage, type BatchWorkerProgram } from '../../simulator/run-batch.js';
import { recordedRun } from '../../simulator/timeline-reuse.js';
import { TimelineStream } from '../../simulator/timeline-stream.js';

const WORKER = fileURLToPath(new URL('../../dist/simulator/run-worker.js', import.meta.url));
const PROGRAM = 'test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin';
const file = readFileSync(PROGRAM);
const program = readProgram(file, PROGRAM);
const input = program.tensors.find((t) => t.role === 'input')!;
const size = input.shape.reduce((a, b) => a * b, 1);
const N = 5;
const inputs = Array.from({ length: N }, (_, b) => new Map([[input.name, Uint8Array.from({ length: size }, (_, j) => (j * 37 + b * 101) & 255)]]));
/** Each image simulated alone in this thread (a fresh program object each: no memo shared with the others). */
const alone = inputs.map((x) => simulateItem(readProgram(file, PROGRAM), x));

/** This thread's record of `program` (its first simulation here recorded it), the timeline a batch's workers replay along. */
simulateItem(program, inputs[0]!);
const record = recordedRun(program)!;

/** Runs the worker on `messages` (the last one the batch) and collects its results by image index (an image it
 *  replayed along the timeline completed with the record's statistics, as BatchWorkers.run does). */
function runWorker(messages: readonly (BatchWorkerProgram | BatchWorkerData)[]): Promise<{ items: BatchItem[]; rss: number | undefined; replayed: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER);
    const items: BatchItem[] = [];
    let rss: number | undefined;
    let replayed = 0;
    w.on('message', (m: BatchWorkerMessage) => {
      if ('item' in m) items[m.index] = m.item;
      else if ('replayed' in m) {
        replayed++;
        items[m.index] = replayedItem(program, record, m.replayed);
      } else rss = m.peakRssMiB;
    });
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve({ items, rss, replayed }) : reject(new Error(`worker exited with ${code}`))));
    for (const m of messages) w.postMessage(m);
  });
}

const batch = (extra: Partial<BatchWorkerData> = {}): BatchWorkerData => ({ kind: 'batch', inputs, next: new SharedArrayBuffer(4), ...extra });

describe('batch worker thread', () => {
  it('gives every image what it gives alone, from shared .accbin bytes it decodes itself', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(file.length));
    shared.set(file);
    const r = await runWorker([{ kind: 'program', bytes: shared, file: PROGRAM }, batch()]);
    expect(r.items).toHaveLength(N);
    r.items.forEach((item, k) => expect(item).toEqual(alone[k]));
    expect(r.rss).toBeGreaterThan(0);
  });

  it('gives the same from the program sent as columns with the batch', async () => {
    const r = await runWorker([batch({ program: packProgram(program) })]);
    expect(r.items).toHaveLength(N);
    r.items.forEach((item, k) => expect(item).toEqual(alone[k]));
  });

  it('gives the same replaying the values along this thread\'s timeline (shared memory), timing nothing itself', async () => {
    const timeline = TimelineStream.complete(record.commitOrder).buffer;
    const r = await runWorker([batch({ program: packProgram(program), timeline })]);
    expect(r.replayed).toBe(N);
    r.items.forEach((item, k) => expect(item).toEqual(alone[k]));
  });

  it('fails (an error event, not a hang) when the timeline it follows is aborted', async () => {
    const stream = TimelineStream.create(record.commitOrder.length);
    stream.abort();
    await expect(runWorker([batch({ program: packProgram(program), timeline: stream.buffer })])).rejects.toThrow(/recording this replay follows failed/);
  });

  it('stops at once when the counter says every image is taken', async () => {
    const next = new SharedArrayBuffer(4);
    new Int32Array(next)[0] = N;
    const r = await runWorker([batch({ program: packProgram(program), next })]);
    expect(r.items).toHaveLength(0);
  });

  it('fails (an error event, not a hang) when shared bytes were not a program and a batch comes anyway', async () => {
    const bad = new Uint8Array(new SharedArrayBuffer(64));
    await expect(runWorker([{ kind: 'program', bytes: bad, file: 'bad.accbin' }, batch()])).rejects.toThrow(/ACC0|magic|header/);
  });
});
