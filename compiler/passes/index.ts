// The pass registry (the only list of passes) and the pipeline runner: a pipeline is a list of pass names.
import type { Graph } from '../ir/graph.js';
import { inferTypes } from '../ir/verify.js';
import { InternalError, UserError, fail } from '../../core/diagnostics.js';
import type { Pass, PassOptions, PassStats } from './pass.js';
import { equalizeCrossLayer } from './equalize-cross-layer.js';
import { foldBatchnorm } from './fold-batchnorm.js';
import { fuseActivations } from './fuse-activations.js';
import { insertQuantizersPass } from './insert-quantizers.js';
import { adaroundPass } from './adaround.js';
import { correctBiasPass } from './correct-bias.js';
import { matmulToDense } from './matmul-to-dense.js';
import { foldConstantAffine } from './fold-constant-affine.js';
import { fuseActivationPatterns } from './fuse-activation-patterns.js';
import { foldPad } from './fold-pad.js';
import { foldChannelAffine } from './fold-channel-affine.js';

/**
 * Every pass, in pipeline order (DESIGN §2): the float passes (canonicalization first), then insert-quantizers and the passes on
 * the quantized graph (adaround re-rounds weights, then correct-bias fixes the mean error of the final
 * weights). Names are unique.
 */
const ALL_PASSES: readonly Pass[] = [
  matmulToDense, fuseActivationPatterns, foldPad, foldConstantAffine, foldBatchnorm, foldChannelAffine, fuseActivations, equalizeCrossLayer,
  insertQuantizersPass, adaroundPass, correctBiasPass,
];

/** Pass name → Pass. */
export const PASS_REGISTRY: ReadonlyMap<string, Pass> = new Map(ALL_PASSES.map((p) => [p.name, p]));

/** The registered passes in pipeline order (for `accsim opt --help` and the golden-folder check). */
export function listPasses(): readonly Pass[] {
  return ALL_PASSES;
}

/** The pass called `name`; a UserError (PASS001) listing the known passes otherwise. */
export function lookupPass(name: string): Pass {
  const pass = PASS_REGISTRY.get(name);
  if (pass === undefined) {
    fail('PASS001', `unknown pass '${name}'; known passes: ${ALL_PASSES.map((p) => p.name).join(', ')}`);
  }
  return pass;
}

/** Statistics of one pass run inside a pipeline. */
export interface PipelineStep {
  readonly pass: string;
  readonly stats: PassStats;
}

/** The final graph and the statistics of each pass, in order. */
export interface PipelineResult {
  readonly graph: Graph;
  readonly steps: readonly PipelineStep[];
}

/** Rejects option keys that no pass of the pipeline declares (a typo would otherwise be ignored silently). */
function checkOptionKeys(passes: readonly Pass[], options: PassOptions): void {
  for (const key of Object.keys(options)) {
    if (!passes.some((p) => key in p.options)) {
      const known = [...new Set(passes.flatMap((p) => Object.keys(p.options)))].sort();
      fail('PASS002', `option '${key}' is not read by any pass of the pipeline (${passes.map((p) => p.name).join(', ')}); `
        + `they read ${known.length ? known.join(', ') : 'no options'}`);
    }
  }
}

/**
 * Runs the named passes in order on `graph` (left untouched). Names and option keys are all checked
 * before the first pass runs.
 */
export function runPipeline(graph: Graph, names: readonly string[], options: PassOptions = {}): PipelineResult {
  return runPasses(graph, names.map(lookupPass), options);
}

/**
 * Runs `passes` in order (runPipeline after the name lookup). The graph is verified after every pass:
 * a pass that produces an invalid graph is a bug (InternalError naming the pass), not a user error.
 */
export function runPasses(graph: Graph, passes: readonly Pass[], options: PassOptions = {}): PipelineResult {
  checkOptionKeys(passes, options);
  let current = graph;
  const steps: PipelineStep[] = [];
  for (const pass of passes) {
    const { graph: next, stats } = pass.run(current, options);
    try {
      inferTypes(next);
    } catch (e) {
      if (e instanceof UserError) throw new InternalError(`pass ${pass.name} produced an invalid graph: ${e.message}`);
      throw e;
    }
    steps.push({ pass: pass.name, stats });
    current = next;
  }
  return { graph: current, steps };
}
