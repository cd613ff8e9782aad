// Which inputs `run` (and `verify`) use: the user's .npy, the model's bundled data set, or a seeded sample —
// and which calibration data goes with them. The choice is always reported.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../compiler/ir/graph.js';
import { type Tensor, numel, sameShape } from '../../compiler/ir/tensor.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { fail } from '../../core/diagnostics.js';
import { loadFloatNpy } from '../input-files.js';
import { DEFAULT_DATA_DIR } from '../calibration-data.js';
import { mulberry32 } from '../../core/seeded-random.js';

export interface RunInputs {
  readonly batch: Tensor;
  readonly labels?: Uint8Array;
  /** One line saying where the inputs came from. */
  readonly source: string;
  /** The calibration batch to use when the user gave none, and where it came from. */
  readonly calib: Tensor;
  readonly calibSource: string;
}

/** A seeded pseudo-random batch (values in [-1, 1)), reproducible across runs and machines. */
export function seededBatch(sampleShape: readonly number[], n: number, seed: number): Tensor {
  const next = mulberry32(seed);
  const shape = [n, ...sampleShape];
  return { type: { dtype: 'f32', shape }, data: Float32Array.from({ length: numel(shape) }, () => next() * 2 - 1) };
}

/** Fashion-MNIST applies when the graph takes one 1×28×28 image and the data directory exists. */
function bundledData(graph: Graph, dataDir: string): boolean {
  return graph.inputs.length === 1 && sameShape(graph.inputs[0]!.type.shape, [1, 1, 28, 28]) && existsSync(join(dataDir, 't10k-images-idx3-ubyte.gz'));
}

/** Picks the inputs: --input, else the bundled data set (first `count` test images), else a seeded sample. */
export function chooseRunInputs(graph: Graph, opts: { input?: string; data?: string; count: number; seed: number }): RunInputs {
  const sampleShape = graph.inputs[0]!.type.shape.slice(1);
  const dataDir = opts.data ?? DEFAULT_DATA_DIR;
  const useData = opts.data !== undefined || bundledData(graph, dataDir);
  const calib = useData
    ? { calib: loadFashionMnist(dataDir, 'calib', 256).images, calibSource: `256 calibration images from ${dataDir}` }
    : { calib: seededBatch(sampleShape, 32, opts.seed + 1), calibSource: `32 seeded random samples (seed ${opts.seed + 1})` };
  if (opts.input !== undefined) {
    const batch = loadFloatNpy(opts.input, 'input .npy');
    if (!sameShape(batch.type.shape.slice(1), sampleShape)) fail('CLI060', `${opts.input} has shape [${batch.type.shape.join(',')}]; the model takes [N,${sampleShape.join(',')}]`, { file: opts.input });
    return { batch, source: `${batch.type.shape[0]} sample(s) from ${opts.input}`, ...calib };
  }
  if (useData) {
    const d = loadFashionMnist(dataDir, 'test', opts.count);
    return { batch: d.images, labels: d.labels, source: `the first ${d.count} Fashion-MNIST test images from ${dataDir} (labelled)`, ...calib };
  }
  return { batch: seededBatch(sampleShape, opts.count, opts.seed), source: `${opts.count} seeded random samples (seed ${opts.seed}); give --input for your own data`, ...calib };
}
