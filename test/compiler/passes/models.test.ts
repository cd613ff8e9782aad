// The float passes on the trained Fashion-MNIST models (models/*.qir) over real test images: folding and
// fusing keep the logits within 1e-5; CLE keeps them for the relu models and, for the relu6 model whose
// relu6s it turns into relus, keeps the predicted class.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { relativeError } from './graph-builder.js';

const MODELS = join(import.meta.dirname, '../../../models');
const IMAGES = 20;
const FLOAT_PASSES = ['fold-batchnorm', 'fuse-activations', 'equalize-cross-layer'];

const images = (): Tensor => loadFashionMnist(join(MODELS, 'data/fashion-mnist'), 'test', IMAGES).images;

function argmaxRows(logits: Float32Array, classes: number): number[] {
  return Array.from({ length: logits.length / classes }, (_, i) => {
    const row = logits.subarray(i * classes, (i + 1) * classes);
    return row.indexOf(Math.max(...row));
  });
}

function logitsOf(graph: Graph, x: Tensor): Float32Array {
  return runFloatBatched(graph, x).data as Float32Array;
}

describe('float passes on the Fashion-MNIST models', () => {
  const x = images();

  for (const model of ['fmnist_cnn', 'fmnist_mlp']) {
    it(`${model}: fold, fuse and CLE keep the logits within 1e-5`, () => {
      const g = loadQir(join(MODELS, `${model}.qir`));
      const ref = logitsOf(g, x);
      const { graph, steps } = runPipeline(g, FLOAT_PASSES);
      expect(graph.nodes.some((n) => n.op === 'batchnorm' || n.op === 'relu')).toBe(false);
      expect((steps[2]!.stats['pairs'] as string[]).length).toBeGreaterThanOrEqual(2);
      expect(relativeError(logitsOf(graph, x), ref)).toBeLessThan(1e-5);
    });
  }

  it('fmnist_dwsep: fold and fuse keep the logits; CLE (relu6 → relu) keeps every predicted class', () => {
    const g = loadQir(join(MODELS, 'fmnist_dwsep.qir'));
    const ref = logitsOf(g, x);
    const folded = runPipeline(g, FLOAT_PASSES.slice(0, 2));
    expect(relativeError(logitsOf(folded.graph, x), ref)).toBeLessThan(1e-5);
    const { graph, steps } = runPipeline(g, FLOAT_PASSES);
    expect(steps[2]!.stats['relu6_replaced']).toHaveLength(7);
    expect(argmaxRows(logitsOf(graph, x), 10)).toEqual(argmaxRows(ref, 10));
  });
});
