// A program's commit order in shared memory, readable by worker threads while this thread is still recording
// it (timeline-reuse.ts): a worker replays each image's values as the steps become final instead of timing the
// program itself (a cold worker's own timing pass cost 1.3–2.2 CPU s on ResNet-18). The recording thread is
// the only writer; every update bumps a sequence number the readers wait on, so none misses the last one.
import { assert } from '../core/diagnostics.js';
import type { CommitSink, CommitSteps } from './machine.js';

// Header slots (Int32): steps final so far, state, update sequence.
const PUBLISHED = 0;
const STATE = 1;
const SEQUENCE = 2;
const HEADER = 3;
const RECORDING = 0;
const COMPLETE = 1;
const ABORTED = 2;

/** The commit order of one recording, shared between threads (`buffer` crosses to workers). */
export class TimelineStream implements CommitSink, CommitSteps {
  private readonly header: Int32Array;
  readonly order: Int32Array;

  /** A stream over `buffer` (made by `create` in the recording thread). */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER);
    this.order = new Int32Array(buffer, HEADER * 4);
  }

  /** An empty stream for a program of `issued` issued instructions (a run commits at most that many steps). */
  static create(issued: number): TimelineStream {
    return new TimelineStream(new SharedArrayBuffer((HEADER + issued) * 4));
  }

  /** A stream already complete with `order` (a run recorded earlier). */
  static complete(order: Int32Array): TimelineStream {
    const s = TimelineStream.create(order.length);
    s.order.set(order);
    s.finish(order.length);
    return s;
  }

  /** Whether the recording has neither finished nor been aborted. */
  get recording(): boolean {
    return Atomics.load(this.header, STATE) === RECORDING;
  }

  published(steps: number): void {
    Atomics.store(this.header, PUBLISHED, steps);
    this.update();
  }

  /** The recording ended after `steps` steps. */
  finish(steps: number): void {
    assert(this.recording, 'TimelineStream.finish: the recording already ended');
    Atomics.store(this.header, PUBLISHED, steps);
    Atomics.store(this.header, STATE, COMPLETE);
    this.update();
  }

  /** The recording failed (its thread reports why): readers waiting for steps stop with an error. */
  abort(): void {
    if (!this.recording) return;
    Atomics.store(this.header, STATE, ABORTED);
    this.update();
  }

  /** Waits (blocking: worker threads only, unless the steps are there) until more than `s` steps are final or
   *  the recording is complete; the number of final steps. Throws if the recording was aborted. */
  available(s: number): number {
    for (;;) {
      const seq = Atomics.load(this.header, SEQUENCE);
      const state = Atomics.load(this.header, STATE);
      if (state === ABORTED) throw new Error('the timeline recording this replay follows failed');
      const n = Atomics.load(this.header, PUBLISHED);
      if (n > s || state === COMPLETE) return n;
      // Any update after the loads above changed the sequence: the wait then returns at once.
      Atomics.wait(this.header, SEQUENCE, seq);
    }
  }

  private update(): void {
    Atomics.add(this.header, SEQUENCE, 1);
    Atomics.notify(this.header, SEQUENCE);
  }
}
