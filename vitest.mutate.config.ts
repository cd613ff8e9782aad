// The test set `npm run mutate` (Stryker, stryker.config.json) kills mutants with: the fast unit and
// property tests of the critical modules. The slow model-level suites (sim-vs-reference, the lowering
// sweep, the CLI and sweep tools) would rerun for every mutant their coverage touches; they stay in
// `npm test`. A mutant these tests miss is listed as surviving in docs/DEVELOPING.md.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const MUTATION_TESTS = [
  'test/core/rounding.test.ts',
  'test/core/fixed-point.test.ts',
  'test/compiler/quant/*.test.ts',
  'test/compiler/reference/*.test.ts',
  'test/compiler/ir/ops/quantized/*.test.ts',
  'test/compiler/ptq/calibration.test.ts',
  'test/compiler/ptq/quantize-model.test.ts',
  'test/compiler/passes/zero-point-bias.test.ts',
  'test/compiler/passes/correct-bias.test.ts',
  'test/compiler/lower/layout.test.ts',
  'test/compiler/lower/random-layers.test.ts',
  'test/compiler/import/onnx/asymmetric-windows.test.ts',
  'test/compiler/import/onnx/conv-models.test.ts',
  'test/compiler/import/onnx/errors.test.ts',
  'test/simulator/units/*.test.ts',
  'test/simulator/memory/*.test.ts',
  'test/simulator/energy/*.test.ts',
  'test/simulator/machine.test.ts',
  'test/simulator/pe-model.test.ts',
  'test/simulator/token-depth.test.ts',
  'test/simulator/overflow-count.test.ts',
  'test/simulator/window-layers.test.ts',
];

export default defineConfig({
  test: { ...base.test, include: MUTATION_TESTS },
});
