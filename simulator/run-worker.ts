// Worker thread of simulateBatch (run-batch.ts): rebuilds the program, takes images from the shared
// counter until none is left, posts each result, then its peak RSS.
import { parentPort, workerData } from 'node:worker_threads';
import { unpackProgram } from './program-transfer.js';
import { simulateItem, type BatchWorkerData, type BatchWorkerMessage } from './run-batch.js';

const data = workerData as BatchWorkerData;
const counter = new Int32Array(data.next);
const post = (m: BatchWorkerMessage) => parentPort!.postMessage(m);
// Checked before the program is rebuilt: when this thread has already done all the work, stop at once.
if (Atomics.load(counter, 0) < data.inputs.length) {
  const program = unpackProgram(data.program);
  for (let k = Atomics.add(counter, 0, 1); k < data.inputs.length; k = Atomics.add(counter, 0, 1)) {
    post({ index: k, item: simulateItem(program, data.inputs[k]!, data.energyTable) });
  }
}
// Worker threads share the process: resourceUsage().maxRSS is the process's peak so far.
post({ peakRssMiB: process.resourceUsage().maxRSS / 1024 });
