// The conformance runner on test folders written here in the libonnx-testdata layout: a passing test, a
// wrong expected output (fail), an unclaimed op (not run), an unsupported input type (rejected), weights
// given at run time (bound as constants), a fixed-batch model run image by image, and the generated doc.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONNX_DTYPE, ONNX_ROOT } from '../../../compiler/import/onnx/onnx-schema.js';
import { buildModel, floatTensor, node, type ModelSpec, type TensorObj } from '../../compiler/import/onnx/onnx-builder.js';
import { discoverTestCases } from '../../../tools/onnx-conformance/test-cases.js';
import { runCase } from '../../../tools/onnx-conformance/run-case.js';
import { generateOnnxDoc, summarize } from '../../../tools/onnx-conformance/onnx-doc.js';

const TENSOR = ONNX_ROOT.lookupType('onnx.TensorProto');
const pb = (t: TensorObj): Uint8Array => TENSOR.encode(TENSOR.fromObject(t)).finish();

/** Writes node/<name>/model.onnx and test_data_set_0 with the given inputs and outputs. */
function writeTest(root: string, name: string, spec: ModelSpec, inputs: TensorObj[], outputs: TensorObj[]): void {
  const dir = join(root, 'node', name);
  mkdirSync(join(dir, 'test_data_set_0'), { recursive: true });
  writeFileSync(join(dir, 'model.onnx'), buildModel(spec));
  inputs.forEach((t, i) => writeFileSync(join(dir, 'test_data_set_0', `input_${i}.pb`), pb(t)));
  outputs.forEach((t, i) => writeFileSync(join(dir, 'test_data_set_0', `output_${i}.pb`), pb(t)));
}

describe('onnx-conformance', () => {
  const root = mkdtempSync(join(tmpdir(), 'accsim-conformance-'));
  const relu: ModelSpec = { inputs: [{ name: 'x', dims: [1, 3] }], outputs: ['y'], nodes: [node('Relu', ['x'], ['y'])] };
  writeTest(root, 'test_relu_ok', relu, [floatTensor('x', [1, 3], [-1, 0, 2])], [floatTensor('y', [1, 3], [0, 0, 2])]);
  writeTest(root, 'test_relu_wrong', relu, [floatTensor('x', [1, 3], [-1, 0, 2])], [floatTensor('y', [1, 3], [0, 0, 2.1])]);
  writeTest(root, 'test_unclaimed', { inputs: [{ name: 'x', dims: [2] }], outputs: ['y'], nodes: [node('Hardmax', ['x'], ['y'])] }, [], []);
  writeTest(root, 'test_int64_input', { inputs: [{ name: 'x', dims: [2], elemType: ONNX_DTYPE.INT64 }], outputs: ['y'], nodes: [node('Relu', ['x'], ['y'])] }, [], []);
  // Conv with its weight as a graph input (node tests do that): bound as a constant for the run.
  writeTest(root, 'test_conv_weight_input', {
    inputs: [{ name: 'x', dims: [1, 1, 2, 2] }, { name: 'w', dims: [1, 1, 1, 1] }], outputs: ['y'], nodes: [node('Conv', ['x', 'w'], ['y'])],
  }, [floatTensor('x', [1, 1, 2, 2], [1, 2, 3, 4]), floatTensor('w', [1, 1, 1, 1], [3])], [floatTensor('y', [1, 1, 2, 2], [3, 6, 9, 12])]);
  // A fixed batch of 2 that the importer makes per-image: the runner feeds the images one by one.
  writeTest(root, 'test_batch2', { inputs: [{ name: 'x', dims: [2, 2] }], outputs: ['y'], nodes: [node('Sigmoid', ['x'], ['y'])] },
    [floatTensor('x', [2, 2], [0, 0, 0, 0])], [floatTensor('y', [2, 2], [0.5, 0.5, 0.5, 0.5])]);
  const results = discoverTestCases(root).map(runCase);
  const byName = new Map(results.map((r) => [r.name, r]));

  it('passes, fails, rejects and skips as it should', () => {
    expect(byName.get('test_relu_ok')).toMatchObject({ status: 'pass', detail: 'max error 0.0 (relative 0.0)' });
    expect(byName.get('test_relu_wrong')).toMatchObject({ status: 'fail', detail: 'output 0 element 2: 2 vs expected 2.0999999046325684' });
    expect(byName.get('test_unclaimed')).toMatchObject({ status: 'not-run', detail: 'Hardmax' });
    expect(byName.get('test_int64_input')!.status).toBe('rejected');
    expect(byName.get('test_int64_input')!.detail).toMatch(/^ONNX006 graph input x is INT64/);
    expect(byName.get('test_conv_weight_input')!.status).toBe('pass');
    expect(byName.get('test_batch2')!.status).toBe('pass');
  });

  it('summarises and writes the doc with every run test and the rejection reasons', () => {
    expect(summarize(results)).toEqual({ claimed: 5, pass: 3, rejected: 1, fail: 1, notRun: 1 });
    const doc = generateOnnxDoc(results, root);
    expect(doc).toContain('**5 tests of the supported operators: 3 pass (60.0%), 1 rejected, 1 fail.**');
    expect(doc).toContain('| node | test_relu_wrong | 13 | 1 | fail |');
    expect(doc).toContain('| ONNX006 graph input x is INT64;');
    expect(doc).toContain('Hardmax (1)');
  });
});
