// TimelineStream (simulator/timeline-stream.ts): a reader sees exactly the steps published so far, the whole
// order once finished, an error once aborted; a reader in another thread that waits for steps not yet
// published wakes when they are (the compiled module: a worker thread cannot load the TypeScript source).
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { TimelineStream } from '../../simulator/timeline-stream.js';

describe('TimelineStream', () => {
  it('gives what was published, the whole order once finished, and nothing after an abort', () => {
    const s = TimelineStream.create(10);
    expect(s.recording).toBe(true);
    s.order.set([4, 2, 7], 0);
    s.published(3);
    expect(s.available(0)).toBe(3);
    expect(s.available(2)).toBe(3);
    s.order.set([1, 0], 3);
    s.finish(5);
    expect(s.recording).toBe(false);
    // Complete: asking past the end returns the length (the replay's end), without waiting.
    expect(s.available(5)).toBe(5);
    expect(s.available(9)).toBe(5);
    expect(() => s.finish(5)).toThrow(/already ended/);
    const a = TimelineStream.create(4);
    a.published(1);
    a.abort();
    expect(() => a.available(0)).toThrow(/recording this replay follows failed/);
  });

  it('copies a finished order (a record made earlier), views over one shared buffer', () => {
    const s = TimelineStream.complete(Int32Array.from([3, 1, 2]));
    expect([...s.order]).toEqual([3, 1, 2]);
    expect(s.available(0)).toBe(3);
    const view = new TimelineStream(s.buffer);
    expect([...view.order]).toEqual([3, 1, 2]);
    expect(view.available(1)).toBe(3);
  });

  it('wakes a reader in another thread when the steps it waits for are published, and when the recording aborts', async () => {
    const url = new URL('../../dist/simulator/timeline-stream.js', import.meta.url).href;
    // The worker asks for step 5 (not yet there), reports what it got, then waits past the end of what will come.
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(${JSON.stringify(url)}).then(({ TimelineStream }) => {
        const s = new TimelineStream(workerData);
        parentPort.postMessage({ ready: true });
        const n = s.available(5);
        parentPort.postMessage({ n, order: Array.from(s.order.subarray(0, n)) });
        try { s.available(n); parentPort.postMessage({ error: 'none' }); } catch (e) { parentPort.postMessage({ error: e.message }); }
      });`;
    const s = TimelineStream.create(16);
    const w = new Worker(code, { eval: true, workerData: s.buffer });
    const messages: Record<string, unknown>[] = [];
    const next = () => new Promise<Record<string, unknown>>((resolve) => w.once('message', resolve));
    messages.push(await next());
    // Published in two parts: the first (4 steps) does not satisfy step 5, the second does.
    s.order.set([9, 8, 7, 6], 0);
    s.published(4);
    await new Promise((r) => setTimeout(r, 50));
    s.order.set([5, 4, 3, 2], 4);
    s.published(8);
    messages.push(await next());
    const last = next();
    await new Promise((r) => setTimeout(r, 50));
    s.abort();
    messages.push(await last);
    await w.terminate();
    expect(messages).toEqual([{ ready: true }, { n: 8, order: [9, 8, 7, 6, 5, 4, 3, 2] }, { error: 'the timeline recording this replay follows failed' }]);
  });
});
