// The float layer kinds of the training engine, as factories for Net (compiler/qat adds the fake-quant kinds).
import type { LayerFactories, LayerFactory } from './layer.js';
import { BatchnormLayer, type BatchnormSpec } from './ops/batchnorm.js';
import { Conv2dLayer, type ConvSpec } from './ops/conv.js';
import { DenseLayer, type DenseSpec } from './ops/dense.js';
import { AddLayer, type AddSpec, ClampLayer, type ClampSpec, ConcatLayer, FlattenLayer } from './ops/elementwise.js';
import { GlobalAvgPoolLayer, PoolLayer, type PoolSpec } from './ops/pool.js';

/** Layer kinds of float training; conv2d and dense look their weight transforms up in `transforms`. */
export function floatLayers(transforms: LayerFactories['weightTransforms']): Record<string, LayerFactory> {
  return {
    conv2d: (s) => new Conv2dLayer(s as ConvSpec, transforms),
    dense: (s) => new DenseLayer(s as DenseSpec, transforms),
    batchnorm: (s) => new BatchnormLayer(s as BatchnormSpec),
    clamp: (s) => new ClampLayer(s as ClampSpec),
    add: (s) => new AddLayer(s as AddSpec),
    concat: (s) => new ConcatLayer(s),
    flatten: (s) => new FlattenLayer(s),
    maxpool: (s) => new PoolLayer(s as PoolSpec),
    avgpool: (s) => new PoolLayer(s as PoolSpec),
    global_avgpool: (s) => new GlobalAvgPoolLayer(s),
  };
}

/** The factories for float training (no weight transforms); worker threads import it by URL (layers.js). */
export const FACTORIES: LayerFactories = { layers: floatLayers({}), weightTransforms: {} };
