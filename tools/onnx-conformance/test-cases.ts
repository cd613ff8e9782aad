// The ONNX backend test cases as Debian's libonnx-testdata installs them: one folder per test with a
// model.onnx and test_data_set_<k>/ folders of input_<i>.pb / output_<i>.pb (serialized TensorProtos).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ONNX_ROOT } from '../../compiler/import/onnx/onnx-schema.js';
import { type TensorProtoMsg, decodeTensor } from '../../compiler/import/onnx/tensor-data.js';
import type { Tensor } from '../../compiler/ir/tensor.js';

/** Where the Debian package puts the data, and the suites the conformance run reads (in this order). */
export const DEFAULT_TESTDATA_DIR = '/usr/share/libonnx-testdata/data';
export const SUITES = ['node', 'pytorch-converted', 'pytorch-operator', 'simple'] as const;

const TENSOR_PROTO = ONNX_ROOT.lookupType('onnx.TensorProto');

/** One test: its suite, name, folder and data sets (each a list of input files and of output files). */
export interface TestCase {
  readonly suite: string;
  readonly name: string;
  readonly dir: string;
  readonly dataSets: readonly { readonly inputs: readonly string[]; readonly outputs: readonly string[] }[];
}

/** Files `<prefix><i>.pb` of a data set folder in index order. */
function numbered(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.pb'))
    .sort((a, b) => Number(a.slice(prefix.length, -3)) - Number(b.slice(prefix.length, -3)))
    .map((f) => join(dir, f));
}

/** Every test folder with a model.onnx under the suites of `root`, sorted by suite then name. */
export function discoverTestCases(root: string): TestCase[] {
  const cases: TestCase[] = [];
  for (const suite of SUITES) {
    const suiteDir = join(root, suite);
    if (!existsSync(suiteDir)) continue;
    for (const name of readdirSync(suiteDir).sort()) {
      const dir = join(suiteDir, name);
      if (!existsSync(join(dir, 'model.onnx'))) continue;
      const sets = readdirSync(dir).filter((d) => d.startsWith('test_data_set_')).sort((a, b) => Number(a.slice(14)) - Number(b.slice(14)));
      cases.push({
        suite, name, dir,
        dataSets: sets.map((s) => ({ inputs: numbered(join(dir, s), 'input_'), outputs: numbered(join(dir, s), 'output_') })),
      });
    }
  }
  return cases;
}

/**
 * A serialized TensorProto file as a Tensor, or undefined when it is not a tensor the importer's decoder
 * reads (sequences, optionals, strings: the test then cannot run on float tensors anyway).
 */
export function readTensorFile(path: string): Tensor | undefined {
  try {
    const msg = TENSOR_PROTO.decode(readFileSync(path)) as unknown as TensorProtoMsg;
    return decodeTensor(msg, path, path);
  } catch {
    return undefined;
  }
}
