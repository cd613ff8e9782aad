// A ResNet-18-shaped network for the simulator benchmark and the doc tables, generated in code from a seed
// (never committed as weights): He-normal float weights, folded/fused by the float passes, quantized on one
// seeded calibration image (w8a8 for the bench; tools/doc-tables/ uses other presets too). Same seed, same
// graph, same bytes.
import { emptyGraph, type Graph } from '../../compiler/ir/graph.js';
import { graphInCode } from '../../compiler/ir/graph-in-code.js';
import { makeTensor, type Tensor } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { runPipeline } from '../../compiler/passes/index.js';
import { quantizeModel } from '../../compiler/ptq/quantize-model.js';
import { mulberry32 } from '../../core/seeded-random.js';

/** The float ResNet-18 (He et al. 2016, torchvision layout without batch norm: conv biases instead). */
export function resnet18Float(seed = 18, size = 224, classes = 1000): Graph {
  const g = emptyGraph('resnet18');
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3, size, size] } });
  const { constant, op } = graphInCode(g);
  const conv = (name: string, x: string, cin: number, cout: number, k: number, stride: number, relu: boolean) => {
    const std = Math.sqrt(2 / (cin * k * k));
    const w = constant(`${name}.w`, [cout, cin, k, k], () => normal() * std);
    const b = constant(`${name}.b`, [cout], () => (rand() - 0.5) * 0.1);
    const p = Math.floor(k / 2);
    const y = op(name, 'conv2d', [x, w, b], { stride: [stride, stride], pad: [p, p, p, p] });
    return relu ? op(`${name}.relu`, 'relu', [y]) : y;
  };
  let x = conv('conv1', 'x', 3, 64, 7, 2, true);
  x = op('pool1', 'maxpool', [x], { kernel: [3, 3], stride: [2, 2], pad: [1, 1, 1, 1] });
  let cin = 64;
  for (const [stage, cout] of [[1, 64], [2, 128], [3, 256], [4, 512]] as const) {
    for (let block = 0; block < 2; block++) {
      const stride = stage > 1 && block === 0 ? 2 : 1;
      const name = `layer${stage}.${block}`;
      const a = conv(`${name}.conv1`, x, cin, cout, 3, stride, true);
      const b = conv(`${name}.conv2`, a, cout, cout, 3, 1, false);
      const skip = stride !== 1 || cin !== cout ? conv(`${name}.down`, x, cin, cout, 1, stride, false) : x;
      x = op(`${name}.relu`, 'relu', [op(`${name}.add`, 'add', [b, skip])]);
      cin = cout;
    }
  }
  x = op('gap', 'global_avgpool', [x]);
  x = op('flat', 'flatten', [x]);
  const std = Math.sqrt(1 / 512);
  op('fc', 'dense', [x, constant('fc.w', [classes, 512], () => normal() * std), constant('fc.b', [classes], () => 0)]);
  g.outputs = ['fc'];
  inferTypes(g);
  return g;
}

/** A seeded image in [−1, 1), NCHW. */
export function seededImage(size = 224, seed = 5): Tensor {
  const rand = mulberry32(seed);
  return makeTensor('f32', [1, 3, size, size], Float32Array.from({ length: 3 * size * size }, () => rand() * 2 - 1));
}

/** The quantized ResNet-18 (w8a8 unless another preset is named): float passes, then calibration on one seeded image. */
export function resnet18Quantized(seed = 18, size = 224, preset = 'w8a8'): Graph {
  const g = runPipeline(resnet18Float(seed, size), ['fuse-activations']).graph;
  return quantizeModel(g, { preset, calib: seededImage(size, seed + 1) }).graph;
}
