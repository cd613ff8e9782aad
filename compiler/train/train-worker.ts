// Worker thread body of data-parallel training: rebuilds the network from its spec (with the layer
// factories of the module named in workerData) and runs the shards and evaluation ranges it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { Net } from './net.js';
import type { NetSpec } from './net.js';
import type { LayerFactories } from './layer.js';
import { createKernels } from './kernels.js';
import { type SharedState, predictRange, trainShard } from './shards.js';

/** What a worker starts with. */
export interface TrainWorkerData {
  readonly spec: NetSpec;
  readonly state: SharedState;
  /** URL of a module exporting `FACTORIES: LayerFactories`. */
  readonly factoriesUrl: string;
}

/** Messages to a worker. */
export type TrainWorkerRequest =
  | { readonly kind: 'train'; readonly shards: readonly number[]; readonly total: number; readonly batchSize: number }
  | { readonly kind: 'predict'; readonly begin: number; readonly end: number };

const data = workerData as TrainWorkerData;
const { FACTORIES } = (await import(data.factoriesUrl)) as { FACTORIES: LayerFactories };
const net = new Net(data.spec, FACTORIES);
const kernels = createKernels();
parentPort!.on('message', (m: TrainWorkerRequest) => {
  if (m.kind === 'train') for (const s of m.shards) trainShard(net, data.state, kernels, s, m.total, m.batchSize);
  else predictRange(net, data.state, kernels, m.begin, m.end);
  parentPort!.postMessage('done');
});
parentPort!.postMessage('ready');
