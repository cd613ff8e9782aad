// `accsim infer net.qir --input x.npy --output y.npy`: run the float reference on a batch of inputs.
import type { AccsimCommand } from './command.js';
import { requireWritableOutputs } from '../output-paths.js';
import { loadModel } from '../load-model.js';
import { saveNpy } from '../../compiler/io/npy.js';
import { loadFloatNpy } from '../input-files.js';
import { runFloatBatched } from '../../compiler/reference/float-interpreter.js';
import { runInt } from '../../compiler/reference/int-interpreter.js';
import { isQuantized } from '../model-kind.js';
import { fail } from '../../core/diagnostics.js';
import { log } from '../logger.js';
import { limitsFromFlags } from '../resource-flags.js';

type InferArgs = { model: string; input: string; output: string; 'output-float'?: string };

export const inferCommand: AccsimCommand<InferArgs> = {
  command: 'infer <model>',
  describe: 'run the float reference (float graphs) or the integer reference (quantized graphs) on a .npy batch',
  builder: (y) =>
    y.positional('model', { type: 'string', demandOption: true, describe: '.qir or .onnx file' })
      .option('input', { alias: 'i', type: 'string', demandOption: true, describe: 'input .npy, shape [N, ...] (any batch size N)' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'output .npy: float32 for float graphs; the integer output (u8/i8) for quantized graphs' })
      .option('output-float', { type: 'string', describe: 'quantized graphs: also write the dequantized float32 output here' }),
  examples: [
    ['$0 infer models/fmnist_cnn.qir --input x.npy --output logits.npy', 'float reference on a batch'],
    ['$0 infer cnn.q.qir --input x.npy --output q.npy --output-float logits.npy', 'integer reference: int8 codes and dequantized logits'],
  ],
  handler: (args) => {
    requireWritableOutputs([args.output, args['output-float']]);
    const graph = loadModel(args.model, limitsFromFlags(args));
    const input = loadFloatNpy(args.input, 'input .npy');
    const started = performance.now();
    if (!isQuantized(graph)) {
      if (args['output-float'] !== undefined) fail('CLI013', `--output-float is for quantized graphs; ${args.model} is a float graph (its --output is already float32)`);
      const output = runFloatBatched(graph, input);
      log().info({ images: input.type.shape[0], ms: Math.round(performance.now() - started) }, 'float reference done');
      saveNpy(args.output, output);
      process.stdout.write(`wrote ${args.output}: f32[${output.type.shape.join(',')}] (float reference)\n`);
      return;
    }
    const result = runInt(graph, input);
    log().info({ images: input.type.shape[0], ms: Math.round(performance.now() - started) }, 'integer reference done');
    const intOutput = result.intOutput ?? result.floatOutput;
    saveNpy(args.output, intOutput);
    process.stdout.write(`wrote ${args.output}: ${intOutput.type.dtype}[${intOutput.type.shape.join(',')}] (integer reference)\n`);
    if (args['output-float'] !== undefined) {
      saveNpy(args['output-float'], result.floatOutput);
      process.stdout.write(`wrote ${args['output-float']}: f32[${result.floatOutput.type.shape.join(',')}] (dequantized)\n`);
    }
    const overflows = [...result.overflows].filter(([, n]) => n > 0);
    for (const [layer, n] of overflows) process.stderr.write(`accsim: warning: ${n} accumulator overflow(s) in ${layer}\n`);
  },
};
