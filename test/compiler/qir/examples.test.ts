// The committed example networks (tools/gen-example-models.ts): each loads with its sidecar, prints back to
// its committed text exactly, and together they use every op of the float op set.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadQir } from '../../../compiler/qir/load.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { f32Tensor, numel } from '../../../compiler/ir/tensor.js';

const DIR = join(import.meta.dirname, '../../../models/examples');
const FILES = ['cnn_bn.qir', 'concat.qir', 'dwsep_relu6.qir', 'mlp.qir', 'residual.qir'];
/** The float op set of the ops contract (quantized ops are not part of the examples). */
const FLOAT_OPS = [
  'conv2d', 'dense', 'matmul', 'batchnorm', 'relu', 'relu6', 'clip', 'maxpool', 'avgpool', 'global_avgpool',
  'add', 'sub', 'mul', 'div', 'concat', 'flatten', 'reshape', 'softmax',
];

describe('example models', () => {
  test('the folder holds exactly the generated examples', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.qir')).sort()).toEqual(FILES);
  });

  test.each(FILES)('%s loads and prints to its committed text; a forward pass gives finite outputs', (f) => {
    const path = join(DIR, f);
    const g = loadQir(path);
    expect(printQir(g)).toBe(readFileSync(path, 'utf8'));
    const x = g.inputs[0]!;
    const n = numel(x.type.shape);
    const input = f32Tensor(x.type.shape, Array.from({ length: n }, (_, i) => ((i * 37) % 101) / 101));
    const [out] = [...runFloat(g, new Map([[x.name, input]])).values()];
    expect(out!.type.shape).toEqual([1, 10]);
    expect(Array.from(out!.data as Float32Array).every(Number.isFinite)).toBe(true);
  });

  test('together the examples use every float op', () => {
    const used = new Set(FILES.flatMap((f) => loadQir(join(DIR, f)).nodes.map((n) => n.op)));
    expect(FLOAT_OPS.filter((op) => !used.has(op))).toEqual([]);
  });
});
