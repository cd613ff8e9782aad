// The one table of ops (name → OpSpec). The parser, verifier, printer, importer and interpreters read it.
import type { OpSpec } from './op-spec.js';
import { clip, relu, relu6 } from './ops/activation.js';

const ALL_OPS: readonly OpSpec[] = [relu, relu6, clip];

export const OP_REGISTRY: ReadonlyMap<string, OpSpec> = new Map(ALL_OPS.map((op) => [op.name, op]));

/** The OpSpec for `name`, or undefined for an unknown op. */
export function lookupOp(name: string): OpSpec | undefined {
  return OP_REGISTRY.get(name);
}

/** Sorted op names, for "expected one of" messages. */
export function opNames(): string[] {
  return [...OP_REGISTRY.keys()].sort();
}
