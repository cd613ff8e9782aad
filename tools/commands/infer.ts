// `accsim infer net.qir --input x.npy --output y.npy`: run the float reference on a batch of inputs.
import type { AccsimCommand } from './command.js';
import { loadModel, readInputFile } from '../load-model.js';
import { readNpy, saveNpy } from '../../compiler/io/npy.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import { makeTensor, type Tensor } from '../../compiler/ir/tensor.js';
import { fail } from '../../compiler/diagnostics.js';
import { log } from '../logger.js';

/** Any numeric tensor as f32 (inputs may come as uint8 images or float64 arrays from numpy). */
export function toFloat32(t: Tensor, file: string): Tensor {
  if (t.data instanceof Float32Array) return t;
  if (t.data instanceof BigInt64Array) fail('NPY010', `${file}: int64 input cannot be used as network input; save it as float32`, { file });
  return makeTensor('f32', t.type.shape, Float32Array.from(t.data as ArrayLike<number>));
}

export const inferCommand: AccsimCommand<{ model: string; input: string; output: string }> = {
  command: 'infer <model>',
  describe: 'run the reference interpreter on inputs from a .npy file and write the outputs as .npy',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
      .option('input', { alias: 'i', type: 'string', demandOption: true, describe: 'input .npy, shape [N, ...] (any batch size N)' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'output .npy to write' }),
  examples: [['$0 infer models/fmnist_cnn.qir --input x.npy --output logits.npy', 'float reference on a batch']],
  handler: (args) => {
    const graph = loadModel(args.model);
    const input = toFloat32(readNpy(new Uint8Array(readInputFile(args.input, 'input .npy')), args.input), args.input);
    const started = performance.now();
    const output = runFloatBatched(graph, input);
    log().info({ images: input.type.shape[0], ms: Math.round(performance.now() - started) }, 'float reference done');
    saveNpy(args.output, output);
    process.stdout.write(`wrote ${args.output}: f32[${output.type.shape.join(',')}]\n`);
  },
};
