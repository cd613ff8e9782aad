import { describe, expect, it } from 'vitest';
import { listPasses, lookupPass, runPasses, runPipeline } from '../../../compiler/passes/index.js';
import { type Pass, resolvePassOptions } from '../../../compiler/passes/pass.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { InternalError } from '../../../core/diagnostics.js';
import { GraphBuilder, opsOf, outputsOf, randomInputs, relativeError, seededRandom } from './graph-builder.js';
import { firstDiagnostic as diagnosticOf } from '../../user-error.js';

/** conv → batchnorm → relu → conv → relu6 → dense-free tail. */
function convBnRelu(): Graph {
  const rand = seededRandom(11);
  const r = (n: number, lo = -1, hi = 1) => Array.from({ length: n }, () => lo + (hi - lo) * rand());
  return new GraphBuilder('block', { x: [1, 2, 4, 4] })
    .constant('c1.w', [3, 2, 3, 3], r(54)).constant('g', [3], r(3, 0.5, 2)).constant('beta', [3], r(3))
    .constant('mu', [3], r(3)).constant('var', [3], r(3, 0.5, 2)).constant('c2.w', [2, 3, 1, 1], r(6))
    .node('c1', 'conv2d', ['%x', '@c1.w'], { pad: [1, 1, 1, 1] })
    .node('n1', 'batchnorm', ['%c1', '@g', '@beta', '@mu', '@var'])
    .node('r1', 'relu', ['%n1'])
    .node('c2', 'conv2d', ['%r1', '@c2.w'])
    .node('r2', 'relu', ['%c2'])
    .build('r2');
}

describe('pass registry and runPipeline', () => {
  it('lists the passes by their CLI names, which are their file names', () => {
    expect(listPasses().map((p) => p.name)).toEqual(['matmul-to-dense', 'fuse-activation-patterns', 'fold-pad', 'fold-constant-affine', 'fold-batchnorm', 'fold-channel-affine', 'fuse-activations', 'equalize-cross-layer', 'insert-quantizers', 'adaround', 'correct-bias']);
    expect(lookupPass('fuse-activations').name).toBe('fuse-activations');
  });

  it('rejects an unknown pass name before running anything, listing the known passes', () => {
    const d = diagnosticOf(() => runPipeline(convBnRelu(), ['fold-batchnorm', 'fold-bn']));
    expect(d.code).toBe('PASS001');
    expect(d.message).toBe("unknown pass 'fold-bn'; known passes: matmul-to-dense, fuse-activation-patterns, fold-pad, fold-constant-affine, fold-batchnorm, fold-channel-affine, fuse-activations, equalize-cross-layer, insert-quantizers, adaround, correct-bias");
  });

  it('rejects an option no pass of the pipeline reads, and an option of the wrong kind', () => {
    const unknown = diagnosticOf(() => runPipeline(convBnRelu(), ['fold-batchnorm'], { 'relu6-to-relu': true }));
    expect(unknown.code).toBe('PASS002');
    expect(unknown.message).toBe("option 'relu6-to-relu' is not read by any pass of the pipeline (fold-batchnorm); they read no options");
    const kind = diagnosticOf(() => runPipeline(convBnRelu(), ['equalize-cross-layer'], { 'equalize-sweeps': 'ten' }));
    expect(kind.code).toBe('PASS003');
    expect(kind.message).toMatch(/^pass equalize-cross-layer: option 'equalize-sweeps' must be a number/);
  });

  it('runs fold-batchnorm, fuse-activations and CLE in order, keeping outputs and the input graph', () => {
    const input = convBnRelu();
    const before = opsOf(input);
    const { graph, steps } = runPipeline(input, ['fold-batchnorm', 'fuse-activations', 'equalize-cross-layer']);
    expect(opsOf(graph)).toEqual(['c1:conv2d', 'c2:conv2d']);
    expect(steps.map((s) => s.pass)).toEqual(['fold-batchnorm', 'fuse-activations', 'equalize-cross-layer']);
    expect(steps[0]!.stats).toEqual({ folded: 1, kept: [] });
    expect(steps[1]!.stats).toMatchObject({ relu: 2 });
    expect(steps[2]!.stats).toMatchObject({ pairs: ['%c1 → %c2'] });
    expect(opsOf(input)).toEqual(before);
    const inputs = randomInputs(input, seededRandom(2));
    // CLE's high-bias absorption is approximate (pre-activations below β − 3γ), so compare without it here.
    const exact = runPipeline(input, ['fold-batchnorm', 'fuse-activations', 'equalize-cross-layer'], { 'absorb-high-bias': false });
    expect(relativeError(outputsOf(exact.graph, inputs)[0]!, outputsOf(input, inputs)[0]!)).toBeLessThan(1e-5);
  });

  it('turns an invalid graph from a pass into an InternalError naming the pass', () => {
    const broken: Pass = {
      name: 'broken', summary: 'drops every node but keeps the outputs', options: {},
      run: (g) => ({ graph: { ...g, nodes: [] }, stats: {} }),
    };
    expect(() => runPasses(convBnRelu(), [broken])).toThrow(InternalError);
    expect(() => runPasses(convBnRelu(), [broken])).toThrow(/^pass broken produced an invalid graph: error GRAPH009: output %r2 is not defined/);
  });

  it('resolvePassOptions fills defaults and ignores other passes\' keys', () => {
    const cle = lookupPass('equalize-cross-layer');
    expect(resolvePassOptions(cle, { 'equalize-sweeps': 3, other: 1 })).toEqual({
      'equalize-sweeps': 3, 'equalize-tolerance': 1e-7, 'relu6-to-relu': true, 'absorb-high-bias': true,
    });
  });
});
