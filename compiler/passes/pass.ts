// The Pass interface: a named graph → graph transformation with declared options and reported statistics.
import type { Graph } from '../ir/graph.js';
import { fail } from '../../core/diagnostics.js';

/**
 * One option a pass reads. Primitive kinds are checked; 'data' is anything the caller builds in
 * code (calibration tensors, per-layer configurations) and is passed through unchecked.
 */
export interface PassOptionSpec {
  readonly kind: 'number' | 'boolean' | 'string' | 'data';
  /** Used when the caller does not give the option; absent means the option is optional data. */
  readonly default?: number | boolean | string;
  readonly doc: string;
}

/** Options as given by the caller: one flat bag for the whole pipeline, each pass reads the keys it declares. */
export type PassOptions = Readonly<Record<string, unknown>>;

/** What a pass reports: counts, and lists of human-readable notes (e.g. why a node was left alone). */
export type PassStats = Readonly<Record<string, number | string | readonly string[]>>;

/** The result of one pass: a new graph (the input is left untouched) and its statistics. */
export interface PassResult {
  readonly graph: Graph;
  readonly stats: PassStats;
}

/**
 * A transformation. `run` never mutates its input graph: it clones it (cloneGraph), replaces nodes
 * and constant tensors in the clone, and returns it verified (inferTypes run, `values` filled).
 * The name is the file name, the CLI name and the golden-test folder name.
 */
export interface Pass {
  readonly name: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, PassOptionSpec>>;
  run(graph: Graph, options: PassOptions): PassResult;
}

function kindMatches(spec: PassOptionSpec, v: unknown): boolean {
  switch (spec.kind) {
    case 'number': return typeof v === 'number' && !Number.isNaN(v);
    case 'boolean': return typeof v === 'boolean';
    case 'string': return typeof v === 'string';
    case 'data': return true;
  }
}

/**
 * The options `pass` declares, type-checked, with defaults filled in. Keys the pass does not declare
 * are ignored here (they belong to other passes of the pipeline; runPipeline rejects unknown ones).
 */
export function resolvePassOptions(pass: Pass, options: PassOptions): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(pass.options)) {
    const v = options[key] ?? spec.default;
    if (v === undefined) continue;
    if (!kindMatches(spec, v)) {
      fail('PASS003', `pass ${pass.name}: option '${key}' must be a ${spec.kind} (${spec.doc}), got ${JSON.stringify(v)}`);
    }
    out[key] = v;
  }
  return out;
}
