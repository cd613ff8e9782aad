// The tests `npm run mutate` (Stryker, stryker.config.json) kills mutants with, per module group
// (tools/mutation/mutation-doc.ts names the groups; run-mutate.ts sets ACCSIM_MUTATION_GROUP): the fast
// unit and property tests that aim at the group's modules. The slow model-level suites (sim-vs-reference,
// the lowering sweep, the CLI and sweep tools) would rerun for every mutant their coverage touches; they
// stay in `npm test`. A mutant these tests miss is listed as surviving in docs/DEVELOPING.md.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** Per module group (tools/mutation/mutation-doc.ts), the test files (globs) that kill its mutants. */
export const MUTATION_TESTS: Record<string, readonly string[]> = {
  'quant-core': [
    'test/core/rounding.test.ts', 'test/core/fixed-point.test.ts', 'test/core/domain-guards.test.ts', 'test/compiler/ir/ops/quantized/*.test.ts',
    'test/compiler/quant/quantize-tensor.test.ts', 'test/compiler/quant/multiplier.test.ts', 'test/simulator/units/requant-contract.test.ts',
  ],
  'quant-quantizers': [
    'test/core/rounding.test.ts', 'test/core/fixed-point.test.ts', 'test/core/domain-guards.test.ts', 'test/compiler/quant/*.test.ts', 'test/compiler/ir/ops/quantized/*.test.ts',
    'test/compiler/ptq/calibration.test.ts', 'test/compiler/ptq/quantize-model.test.ts', 'test/compiler/passes/zero-point-bias.test.ts',
    'test/compiler/passes/correct-bias.test.ts', 'test/simulator/units/requant-contract.test.ts',
  ],
  'quant-recipes': [
    'test/compiler/quant/*.test.ts', 'test/compiler/ptq/calibration.test.ts', 'test/compiler/ptq/quantize-model.test.ts',
    'test/compiler/passes/zero-point-bias.test.ts', 'test/compiler/passes/correct-bias.test.ts', 'test/compiler/passes/insert-quantizers.test.ts',
  ],
  'quant-formats': ['test/compiler/quant/*.test.ts', 'test/compiler/reference/*.test.ts'],
  references: [
    'test/compiler/reference/*.test.ts', 'test/compiler/passes/correct-bias.test.ts', 'test/compiler/ptq/quantize-model.test.ts',
    'test/simulator/overflow-count.test.ts', 'test/simulator/window-layers.test.ts', 'test/compiler/ptq/format-model.test.ts',
    // The INT8 GEMM of a format model (format-gemm.ts's 'int8' kind) against its re-statement.
    'test/compiler/quant/int8-gemm.test.ts',
  ],
  units: [
    'test/simulator/units/*.test.ts', 'test/simulator/machine.test.ts', 'test/simulator/token-depth.test.ts', 'test/simulator/pe-model.test.ts',
    'test/simulator/overflow-count.test.ts', 'test/simulator/window-layers.test.ts', 'test/simulator/fast/add-table-key.test.ts',
    // Random ISA v2 programs against the functional model (~0.5 s at a quarter of its runs): the only kill test
    // of MOVE (units/move.ts) and the window input costs (units/window-input.ts), which had none.
    'test/simulator/isa-v2.test.ts',
  ],
  memories: [
    'test/simulator/memory/*.test.ts', 'test/simulator/units/dma*.test.ts', 'test/simulator/machine.test.ts', 'test/simulator/token-depth.test.ts',
    'test/simulator/pe-model.test.ts',
  ],
  energy: ['test/simulator/energy/*.test.ts', 'test/simulator/machine.test.ts'],
  'window-layout': [
    'test/compiler/lower/layout.test.ts', 'test/compiler/lower/storage-choice.test.ts', 'test/compiler/lower/window-weights.test.ts', 'test/compiler/lower/random-layers.test.ts', 'test/simulator/window-layers.test.ts',
    'test/simulator/overflow-count.test.ts',
  ],
  'onnx-attributes': [
    'test/compiler/import/onnx/asymmetric-windows.test.ts', 'test/compiler/import/onnx/window-attributes.test.ts',
    'test/compiler/import/onnx/conv-transpose.test.ts', 'test/compiler/import/onnx/window-ranks.test.ts', 'test/compiler/import/onnx/pad-forms.test.ts',
    'test/compiler/import/onnx/conv-models.test.ts', 'test/compiler/import/onnx/errors.test.ts',
    'test/compiler/import/onnx/op-versions.test.ts', 'test/compiler/import/onnx/constructs.test.ts',
  ],
};

/**
 * Model-level tests that the globs above would take in, left out of every kill set: with per-test coverage
 * a test reruns for every mutant it covers, and each of these quantizes fmnist_cnn with AdaRound (about a
 * minute), covering nearly every mutant of the quant groups: they made quant-recipes and quant-quantizers
 * run at a few mutants an hour (vitest also runs the slowest files first). layer-walk.test.ts,
 * node-output-cache.test.ts and adaround-memo.test.ts check the same properties on small inputs in
 * milliseconds; these stay in `npm test`.
 */
export const MUTATION_SLOW_TESTS: readonly string[] = ['test/compiler/quant/walk-cache.test.ts', 'test/compiler/quant/adaround-memo-model.test.ts'];

/**
 * Tests that compare a committed generated module's text with its generator: in Stryker's sandbox every source
 * under core/, compiler/ and simulator/ starts with the `// @ts-nocheck` it adds (disableTypeChecks), so these
 * fail the dry run there; they kill no mutant and stay in `npm test`.
 */
export const MUTATION_SOURCE_TEXT_TESTS: readonly string[] = ['test/compiler/quant/adaround-kernel-wasm.test.ts'];

const group = process.env['ACCSIM_MUTATION_GROUP'];
const include = group === undefined ? [...new Set(Object.values(MUTATION_TESTS).flat())] : MUTATION_TESTS[group];
if (include === undefined) throw new Error(`ACCSIM_MUTATION_GROUP=${group}: no such group (${Object.keys(MUTATION_TESTS).join(', ')})`);

export default defineConfig({
  test: { ...base.test, include: [...include], exclude: [...(base.test?.exclude ?? []), ...MUTATION_SLOW_TESTS, ...MUTATION_SOURCE_TEXT_TESTS] },
});
