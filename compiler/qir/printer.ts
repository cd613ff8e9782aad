// Graph → canonical QIR text. print(parse(t)) === t for canonical t; parse(print(g)) ≡ g.
import type { AttrValue, Graph, Node } from '../ir/graph.js';
import type { AttrKind, OpSpec } from '../ir/op-spec.js';
import { lookupOp } from '../ir/op-registry.js';
import { formatType } from '../ir/tensor.js';
import { assert } from '../../core/diagnostics.js';
import { formatElement, formatF64, formatFloatAttr } from './format-number.js';
import { IDENT_PATTERN, NAME_PATTERN, quote } from './tokens.js';
import { QIR_VERSION } from './to-graph.js';

/** Constants in canonical order: by first use in node order, then unused ones in map order. */
export function constantPrintOrder(graph: Graph): string[] {
  const order = new Set<string>();
  for (const node of graph.nodes) {
    for (const o of node.operands) if (o.ref === 'const' && graph.constants.has(o.name)) order.add(o.name);
  }
  for (const name of graph.constants.keys()) order.add(name);
  return [...order];
}

function checkName(name: string, sigil: string): string {
  assert(NAME_PATTERN.test(name), `name ${sigil}${name} has characters QIR cannot write (the importer sanitizes names)`);
  return sigil + name;
}

function formatAttr(v: AttrValue, kind: AttrKind | undefined): string {
  const num = (x: number) => (kind === 'float' || kind === 'floats' || (kind === undefined && !Number.isInteger(x)) ? formatFloatAttr(x) : formatF64(x));
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'boolean') return String(v);
  return `[${v.map(num).join(',')}]`;
}

function sameAttr(a: AttrValue, b: AttrValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

/** `{k=v, ...}` in the OpSpec's declared order, without attributes equal to their default ('' when none remain). */
function formatAttrs(node: Node, spec: OpSpec | undefined): string {
  const keys = spec ? Object.keys(spec.attrs).filter((k) => k in node.attrs) : [];
  // Attributes the spec does not know (only in graphs built by code) follow in their own order.
  keys.push(...Object.keys(node.attrs).filter((k) => !keys.includes(k)));
  const parts: string[] = [];
  for (const key of keys) {
    const aspec = spec?.attrs[key];
    const v = node.attrs[key]!;
    if (aspec?.default !== undefined && sameAttr(v, aspec.default)) continue;
    assert(IDENT_PATTERN.test(key), `attribute name '${key}' of %${node.name} is not an identifier`);
    parts.push(`${key}=${formatAttr(v, aspec?.kind)}`);
  }
  return parts.length ? ` {${parts.join(', ')}}` : '';
}

function formatNode(node: Node): string {
  assert(IDENT_PATTERN.test(node.op), `op name '${node.op}' of %${node.name} is not an identifier`);
  const operands = node.operands.map((o) => checkName(o.name, o.ref === 'value' ? '%' : '@')).join(', ');
  return `${checkName(node.name, '%')} = ${node.op}(${operands})${formatAttrs(node, lookupOp(node.op))}`;
}

function formatConstant(graph: Graph, name: string): string {
  const t = graph.constants.get(name)!;
  const decl = `const ${checkName(name, '@')}: ${formatType(t.type)}`;
  if (!graph.inlineConstants.has(name)) return decl;
  const elems = Array.from(t.data as ArrayLike<number | bigint>, (v) => formatElement(t.type.dtype, v));
  return `${decl} = [${elems.join(', ')}]`;
}

/**
 * Canonical text: header, graph line, inputs, constants (by first use), nodes in order, one output line;
 * two-space indent, no blank lines, no comments (comments in parsed text are not kept). Attributes equal
 * to their default are left out; float attributes always show a '.', an exponent, inf or nan.
 */
export function printQir(graph: Graph): string {
  assert(IDENT_PATTERN.test(graph.name), `graph name '${graph.name}' is not an identifier`);
  const weights = graph.weightsFile !== undefined ? ` (weights ${quote(graph.weightsFile)})` : '';
  const lines = [`qir ${QIR_VERSION}`, `graph ${graph.name}${weights} {`];
  for (const v of graph.inputs) lines.push(`  input ${checkName(v.name, '%')}: ${formatType(v.type)}`);
  for (const name of constantPrintOrder(graph)) lines.push(`  ${formatConstant(graph, name)}`);
  for (const node of graph.nodes) lines.push(`  ${formatNode(node)}`);
  if (graph.outputs.length > 0) lines.push(`  output ${graph.outputs.map((o) => checkName(o, '%')).join(', ')}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
