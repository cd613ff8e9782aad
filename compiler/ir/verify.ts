// Graph verifier and type inference: SSA, operand kinds and counts, attributes, shapes. Run after parsing and after every pass.
import type { AttrValue, Attrs, Graph, Node } from './graph.js';
import type { AttrSpec, OpSpec } from './op-spec.js';
import { lookupOp, opNames } from './op-registry.js';
import type { TensorType } from './tensor.js';
import { UserError, type Diagnostic } from '../../core/diagnostics.js';
import type { GraphCode } from '../../core/error-codes/graph.js';

function nodeDiag(node: Node, code: GraphCode, message: string): Diagnostic {
  const d: Diagnostic = { code, message: `${node.op} %${node.name}: ${message}`, node: node.name };
  return node.loc ? { ...d, line: node.loc.line, col: node.loc.col } : d;
}

function attrMatchesKind(spec: AttrSpec, v: AttrValue): boolean {
  switch (spec.kind) {
    case 'int': return typeof v === 'number' && Number.isInteger(v);
    case 'float': return typeof v === 'number';
    case 'ints': return Array.isArray(v) && v.every((x) => Number.isInteger(x));
    case 'floats': return Array.isArray(v) && v.every((x) => typeof x === 'number');
    case 'string': return typeof v === 'string';
    case 'bool': return typeof v === 'boolean';
  }
}

/** Checks a node's attributes against its op and returns them with defaults filled in. */
export function resolveAttrs(node: Node, spec: OpSpec): Attrs {
  const out: Record<string, AttrValue> = {};
  for (const key of Object.keys(node.attrs)) {
    if (!(key in spec.attrs)) {
      const known = Object.keys(spec.attrs);
      throw new UserError(nodeDiag(node, 'GRAPH004', `unknown attribute '${key}'; ${spec.name} takes ${known.length ? known.join(', ') : 'no attributes'}`));
    }
  }
  for (const [key, aspec] of Object.entries(spec.attrs)) {
    const v = node.attrs[key] ?? aspec.default;
    if (v === undefined) throw new UserError(nodeDiag(node, 'GRAPH005', `missing required attribute '${key}' (${aspec.kind}: ${aspec.doc})`));
    if (!attrMatchesKind(aspec, v)) throw new UserError(nodeDiag(node, 'GRAPH004', `attribute '${key}' must be ${aspec.kind}, got ${JSON.stringify(v)}`));
    const problem = aspec.check?.(v);
    if (problem !== undefined) throw new UserError(nodeDiag(node, 'GRAPH004', `attribute '${key}' must be ${problem}, got ${JSON.stringify(v)}`));
    out[key] = v;
  }
  return out;
}

function checkOperandCount(node: Node, spec: OpSpec): void {
  const required = spec.operands.filter((o) => !o.optional && !o.variadic).length + (spec.operands.some((o) => o.variadic) ? 1 : 0);
  const variadic = spec.operands.some((o) => o.variadic);
  const max = variadic ? Infinity : spec.operands.length;
  const n = node.operands.length;
  if (n < required || n > max) {
    const names = spec.operands.map((o) => (o.optional ? `[${o.name}]` : o.variadic ? `${o.name}...` : o.name)).join(', ');
    throw new UserError(nodeDiag(node, 'GRAPH003', `expected ${variadic ? `at least ${required}` : required === max ? `${required}` : `${required} to ${max}`} operand(s) (${names}), got ${n}`));
  }
}

/** Edit distance, for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** "; did you mean 'conv2d'?" when a registered op is close to `name`. */
function suggestOp(name: string): string {
  const scored = opNames().map((op) => ({ op, d: editDistance(name.toLowerCase(), op) }));
  const best = scored.reduce((a, b) => (b.d < a.d ? b : a));
  return best.d <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean '${best.op}'?` : '';
}

/** Runs `f`; a user error it raises gets the node's source location when it has none. */
function withNodeLocation<T>(node: Node, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof UserError) || node.loc === undefined) throw e;
    const loc = node.loc;
    throw new UserError(e.diagnostics.map((d) => (d.line === undefined ? { ...d, line: loc.line, col: loc.col } : d)), e.exitCode);
  }
}

/** The spec of operand i (the last spec repeats for variadic ops). */
function operandSpecAt(spec: OpSpec, i: number) {
  return spec.operands[Math.min(i, spec.operands.length - 1)]!;
}

/**
 * Verifies the graph and (re)computes `graph.values` for every node output, in order.
 * Throws a UserError naming the first offending node. Returns the resolved attributes per node.
 */
export function inferTypes(graph: Graph): Map<string, Attrs> {
  graph.values = new Map(graph.inputs.map((v) => [v.name, v]));
  const resolved = new Map<string, Attrs>();
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op);
    if (!spec) throw new UserError(nodeDiag(node, 'GRAPH001', `unknown op '${node.op}'${suggestOp(node.op)} (docs/QIR.md lists the ops)`));
    if (graph.values.has(node.name)) throw new UserError(nodeDiag(node, 'GRAPH002', `value %${node.name} is defined twice`));
    checkOperandCount(node, spec);
    const types: TensorType[] = node.operands.map((o, i) => {
      const want = operandSpecAt(spec, i);
      if (want.kind !== 'any' && want.kind !== o.ref) {
        throw new UserError(nodeDiag(node, 'GRAPH006', `operand ${i + 1} (${want.name}) must be a ${want.kind === 'value' ? 'runtime value (%name)' : 'constant (@name)'}`));
      }
      if (o.ref === 'value') {
        const v = graph.values.get(o.name);
        if (!v) throw new UserError(nodeDiag(node, 'GRAPH007', `operand %${o.name} is not defined before this node`));
        return v.type;
      }
      const c = graph.constants.get(o.name);
      if (!c) throw new UserError(nodeDiag(node, 'GRAPH008', `constant @${o.name} is not defined (not inline and not in the weights file)`));
      return c.type;
    });
    const attrs = resolveAttrs(node, spec);
    const type = withNodeLocation(node, () => spec.inferType(types, attrs, { node: node.name, op: node.op }));
    graph.values.set(node.name, { name: node.name, type });
    resolved.set(node.name, attrs);
  }
  for (const out of graph.outputs) {
    if (!graph.values.has(out)) throw new UserError({ code: 'GRAPH009', message: `output %${out} is not defined in graph ${graph.name}` });
  }
  return resolved;
}
