// The QAT pipeline (Nagel et al. 2021, §4): static BatchNorm folding, activation fusion and cross-layer
// equalization, PTQ range setting as the initialisation, then training with fake quantization (STE,
// LSQ/LSQ+ step sizes, binary estimators) and the export of the held-out-best epoch to an integer graph.
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { runPipeline } from '../passes/index.js';
import { quantizeModel } from '../ptq/quantize-model.js';
import type { LabelledData } from '../train/dataset.js';
import { ADAM } from '../train/optimizer.js';
import { type TrainHooks, type TrainProgressState, initialState, netLogits, train } from '../train/trainer.js';
import { buildFloatNet } from '../train/net-builder.js';
import { FACTORIES as FLOAT_FACTORIES } from '../train/layers.js';
import { FACTORIES, QAT_FACTORIES_URL } from './qat-factories.js';
import { type QatModel, buildQatNet, project } from './qat-net.js';
import { exportQat } from './qat-export.js';
import type { QatPreset, QatRecipe } from './qat-presets.js';

/** A QAT network ready to train, and the PTQ graph it was initialised from. */
export interface QatSetup {
  readonly model: QatModel;
  readonly ptq: Graph;
  /** The float graph after the float passes (the distillation teacher). */
  readonly float: Graph;
}

/** The float passes of the preset's recipe, then PTQ range setting on `calib` (no AdaRound or bias correction: training replaces them). */
export function prepareQat(graph: Graph, preset: QatPreset, calib: Tensor): QatSetup {
  const names = ['matmul-to-dense', 'fold-constant-affine', 'fold-batchnorm', 'fuse-activations'];
  if (preset.recipe.cle) names.push('equalize-cross-layer');
  const float = runPipeline(graph, names).graph;
  const ptq = quantizeModel(float, { config: preset.config, calib, cle: false, adaround: false, biasCorrection: false }).graph;
  return { model: buildQatNet(float, ptq, preset.config), ptq, float };
}

/** How to run: the recipe (possibly overridden), the seed, worker threads, and where to start (a checkpoint). */
export interface QatRunOptions {
  readonly recipe: QatRecipe;
  readonly seed: number;
  readonly threads: number;
  readonly from?: TrainProgressState;
  readonly hooks?: TrainHooks;
}

/** Result of a run: the state (to checkpoint when stopped) and, when finished, the exported integer graph. */
export interface QatResult {
  readonly state: TrainProgressState;
  readonly stopped: boolean;
  readonly graph?: Graph;
}

/** Batches of a run are split into this many shards, whatever the number of threads (shards.ts). */
export const QAT_SHARDS = 2;

/** Trains `setup` on `data` and exports the epoch with the best held-out accuracy. */
export async function runQat(setup: QatSetup, data: { train: LabelledData; heldOut: LabelledData }, o: QatRunOptions): Promise<QatResult> {
  const { model } = setup;
  const batch = Math.min(o.recipe.batch, Math.floor(data.train.count / QAT_SHARDS) * QAT_SHARDS);
  // The float model's logits of the training images, once (no augmentation: they never change).
  const teacher = o.recipe.distill ? { logits: netLogits(buildFloatNet(setup.float), FLOAT_FACTORIES, data.train), d: o.recipe.distill } : undefined;
  const job = {
    ...(teacher ? { teacher } : {}),
    net: model.net, train: data.train, heldOut: data.heldOut, factories: FACTORIES, factoriesUrl: QAT_FACTORIES_URL, threads: o.threads, lrScale: model.lrScale,
    config: { epochs: o.recipe.epochs, batch, shards: QAT_SHARDS, optimizer: ADAM, schedule: { kind: 'cosine' as const, lr: o.recipe.lr, warmup: 0 }, seed: o.seed },
  };
  const hooks: TrainHooks = { ...o.hooks, afterStep: (p) => project(model.projections, p) };
  const { state, stopped } = await train(job, o.from ?? initialState(model.net), hooks);
  if (stopped) return { state, stopped };
  return { state, stopped, graph: exportQat(model, state.best!.params, setup.ptq) };
}
