// Acceptance: the real trained Fashion-MNIST ONNX models (copies in test/fixtures/onnx) import, and the float
// reference reproduces PyTorch's logits for test images 0..99 (models/reference/*.logits100.f32) within 1e-4.
// The committed models/*.qir must be exactly what the importer produces today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { loadFashionMnist } from '../../../../compiler/data/fashion-mnist.js';
import { runFloatBatched } from '../../../../compiler/reference/float-interpreter.js';
import { loadQir } from '../../../../compiler/qir/load.js';
import { printQir } from '../../../../compiler/qir/printer.js';
import { maxAbsDiff } from './reference64.js';

const images = loadFashionMnist('models/data/fashion-mnist', 'test', 100).images;

function logits100(model: string): Float32Array {
  const b = readFileSync(`models/reference/${model}.logits100.f32`);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

const argmaxRows = (y: Float32Array): number[] =>
  Array.from({ length: y.length / 10 }, (_, r) => {
    const row = y.subarray(10 * r, 10 * r + 10);
    return row.indexOf(Math.max(...row));
  });

describe.each([
  ['fmnist_mlp', ['flatten', 'dense', 'batchnorm', 'relu', 'dense', 'batchnorm', 'relu', 'dense']],
  ['fmnist_cnn', ['conv2d', 'batchnorm', 'relu', 'maxpool', 'conv2d', 'batchnorm', 'relu', 'maxpool', 'conv2d', 'batchnorm', 'relu', 'global_avgpool', 'flatten', 'dense']],
  ['fmnist_dwsep', ['conv2d', 'batchnorm', 'relu6', ...Array<string[]>(3).fill(['conv2d', 'batchnorm', 'relu6', 'conv2d', 'batchnorm', 'relu6']).flat(), 'global_avgpool', 'flatten', 'dense']],
])('%s', (model, ops) => {
  const graph = importOnnx(new Uint8Array(readFileSync(`test/fixtures/onnx/${model}.onnx`)), { name: model });

  it('imports to the expected op sequence with input [1,1,28,28] and output %logits', () => {
    expect(graph.nodes.map((n) => n.op)).toEqual(ops);
    expect(graph.inputs.map((v) => v.type.shape)).toEqual([[1, 1, 28, 28]]);
    expect(graph.outputs).toEqual(['logits']);
  });

  it('reproduces the PyTorch logits of test images 0..99 within 1e-4', () => {
    const y = runFloatBatched(graph, images).data as Float32Array;
    const want = logits100(model);
    expect(y.length).toBe(1000);
    expect(maxAbsDiff(y, want)).toBeLessThan(1e-4);
    expect(argmaxRows(y)).toEqual(argmaxRows(want));
  });

  it('matches the committed models/<m>.qir and its weights', () => {
    const committed = loadQir(`models/${model}.qir`);
    expect(printQir({ ...graph, weightsFile: `${model}.safetensors` })).toBe(readFileSync(`models/${model}.qir`, 'utf8'));
    expect([...committed.constants.keys()].sort()).toEqual([...graph.constants.keys()].sort());
    for (const [name, t] of graph.constants) expect(committed.constants.get(name)!.data, name).toEqual(t.data);
  });
});
