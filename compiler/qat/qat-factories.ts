// The layer and weight-transform factories of QAT networks (float layers plus the fake-quant ones);
// worker threads import this module by URL (qat-factories.js) to rebuild the same network.
import type { LayerFactories, WeightTransformFactory } from '../train/layer.js';
import { floatLayers } from '../train/layers.js';
import {
  ActQuantLayer, type ActQuantSpec, BinarizeLayer, type BinarizeSpec, BinaryActLayer, type BinaryActSpec, BinaryWeight, type BinaryWeightSpec,
  GridClampLayer, type GridClampSpec, GridPoolLayer, type GridPoolSpec, LsqWeight, type LsqWeightSpec,
} from './qat-layers.js';

const TRANSFORMS: Readonly<Record<string, WeightTransformFactory>> = {
  'lsq-weight': (s) => new LsqWeight(s as LsqWeightSpec),
  'binary-weight': (s) => new BinaryWeight(s as BinaryWeightSpec),
};

/** Float layers with LSQ/binary weight transforms, and the fake-quant layer kinds. */
export const FACTORIES: LayerFactories = {
  layers: {
    ...floatLayers(TRANSFORMS),
    actquant: (s) => new ActQuantLayer(s as ActQuantSpec),
    binact: (s) => new BinaryActLayer(s as BinaryActSpec),
    binarize: (s) => new BinarizeLayer(s as BinarizeSpec),
    gridpool: (s) => new GridPoolLayer(s as GridPoolSpec),
    gridclamp: (s) => new GridClampLayer(s as GridClampSpec),
  },
  weightTransforms: TRANSFORMS,
};

/** The URL worker threads import FACTORIES from. */
export const QAT_FACTORIES_URL = new URL('./qat-factories.js', import.meta.url).href;
