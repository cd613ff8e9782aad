// Worker thread of BatchWorkers (run-batch.ts): loads the simulator at once, waits for its batch, rebuilds the
// program, takes images from the shared counter until none is left, posts each result, then its peak RSS.
import { parentPort } from 'node:worker_threads';
import { unpackProgram } from './program-transfer.js';
import { simulateItem, type BatchWorkerData, type BatchWorkerMessage } from './run-batch.js';

const post = (m: BatchWorkerMessage) => parentPort!.postMessage(m);
parentPort!.once('message', (data: BatchWorkerData) => {
  const counter = new Int32Array(data.next);
  // Checked before the program is rebuilt: when the other threads have already done all the work, stop at once.
  if (Atomics.load(counter, 0) < data.inputs.length) {
    const program = unpackProgram(data.program);
    for (let k = Atomics.add(counter, 0, 1); k < data.inputs.length; k = Atomics.add(counter, 0, 1)) {
      post({ index: k, item: simulateItem(program, data.inputs[k]!, data.energyTable) });
    }
  }
  // Worker threads share the process: resourceUsage().maxRSS is the process's peak so far.
  post({ peakRssMiB: process.resourceUsage().maxRSS / 1024 });
  // (no listener is left: the thread ends once its messages are out)
});
