// Worker thread of simulateBatch (run-batch.ts): reads the program, simulates its slice, posts results.
import { parentPort, workerData } from 'node:worker_threads';
import { unpackProgram } from './program-transfer.js';
import { simulateItem, type BatchWorkerData } from './run-batch.js';

const data = workerData as BatchWorkerData;
const program = unpackProgram(data.program);
const items = data.inputs.map((x) => simulateItem(program, x, data.energyTable));
// Worker threads share the process: resourceUsage().maxRSS is the process's peak so far.
parentPort!.postMessage({ items, peakRssMiB: process.resourceUsage().maxRSS / 1024 });
