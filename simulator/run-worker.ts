// Worker thread of BatchWorkers (run-batch.ts): loads the simulator at once; may get the .accbin bytes first
// (BatchWorkers.share: it decodes them while the parent does the same), then its batch; takes images from the
// shared counter until none is left, posts each result (replayed along the parent's timeline when the batch
// has one, else simulated in full), then its peak RSS.
import { parentPort } from 'node:worker_threads';
import { readProgram, type Program } from '../isa/program-file.js';
import { unpackProgram } from './program-transfer.js';
import { simulateItem, type BatchWorkerData, type BatchWorkerMessage, type BatchWorkerProgram } from './run-batch.js';
import { replayValues } from './simulate-program.js';
import { TimelineStream } from './timeline-stream.js';

const post = (m: BatchWorkerMessage) => parentPort!.postMessage(m);
/** The program read from shared bytes, or why it could not be (the parent reads the same bytes and reports
 *  the problem itself; it is rethrown here only if a batch comes anyway). */
let shared: { readonly program: Program } | { readonly error: unknown } | undefined;

function onMessage(m: BatchWorkerProgram | BatchWorkerData): void {
  if (m.kind === 'program') {
    try {
      // (The parent reads and checks the same bytes before it hands out any image.)
      shared = { program: readProgram(m.bytes, m.file, { adopt: true, check: false }) };
    } catch (error) {
      shared = { error };
    }
    parentPort!.once('message', onMessage);
    return;
  }
  const counter = new Int32Array(m.next);
  // Checked before the program is rebuilt: when the other threads have already done all the work, stop at once.
  if (Atomics.load(counter, 0) < m.inputs.length) {
    const program = programOf(m);
    // Along the parent's timeline: values only (it may still be recording it; the replay waits for its steps).
    const timeline = m.timeline === undefined ? undefined : new TimelineStream(m.timeline);
    for (let k = Atomics.add(counter, 0, 1); k < m.inputs.length; k = Atomics.add(counter, 0, 1)) {
      post(timeline === undefined ? { index: k, item: simulateItem(program, m.inputs[k]!, m.energyTable) } : { index: k, replayed: replayValues(program, m.inputs[k]!, timeline) });
    }
  }
  // Worker threads share the process: resourceUsage().maxRSS is the process's peak so far.
  post({ peakRssMiB: process.resourceUsage().maxRSS / 1024 });
  // (no listener is left: the thread ends once its messages are out)
}

/** The batch's program: sent with it, or read earlier from the shared bytes. */
function programOf(m: BatchWorkerData): Program {
  if (m.program !== undefined) return unpackProgram(m.program);
  if (shared === undefined) throw new Error('simulation worker: a batch without a program, and none was shared');
  if ('error' in shared) throw shared.error;
  return shared.program;
}

parentPort!.once('message', onMessage);
