// The ResNet-18 of the bench and of the acceptance checks (issues 12 and 13): the true torchvision shapes
// at 224x224, seeded He-normal float weights (tools/bench/resnet18.ts builds the float graph), quantized
// with any preset on one seeded calibration image. The slow accuracy recipes (CLE, AdaRound, bias
// correction) are off: they change weight values, not what the lowering maps or the bytes it moves.
import type { Graph } from '../../../compiler/ir/graph.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { resnet18Float, seededImage } from '../../../tools/bench/resnet18.js';

/** ResNet-18 quantized with `preset` (w8a8 = the bench's network); `side` scales the input for quick tests. */
export function resnet18(preset = 'w8a8', side = 224, seed = 18): Graph {
  const g = runPipeline(resnet18Float(seed, side), ['fuse-activations']).graph;
  return quantizeModel(g, { preset, calib: seededImage(side, seed + 1), cle: false, adaround: false, biasCorrection: false }).graph;
}
