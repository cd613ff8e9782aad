// QIR CST → Graph: names, types, inline constants, attributes typed by the op registry's AttrSpecs.
import type { CstNode, IToken } from 'chevrotain';
import { emptyGraph, type AttrValue, type Graph, type Node, type Operand, type SourceLoc } from '../ir/graph.js';
import type { AttrSpec } from '../ir/op-spec.js';
import { lookupOp } from '../ir/op-registry.js';
import { DTYPES, isDType } from '../ir/dtype.js';
import { type TensorType, tensorType } from '../ir/tensor.js';
import { InternalError, type Diagnostic } from '../../core/diagnostics.js';
import type { GraphCode } from '../../core/error-codes/graph.js';
import type { QirCode } from '../../core/error-codes/qir.js';
import { type QirSource, throwIfAny } from './diagnostics.js';
import { statementOf, subnodes, tokens } from './parser.js';
import { type RawValue, literalTensor, rawAttrValue, rawList, toAttrValue } from './attr-values.js';
import * as T from './tokens.js';

/** The only format version this reader accepts. */
export const QIR_VERSION = 1;

/**
 * Annotations allowed in `{...}` after a tensor type (`f32[4] {key=value}`), by key. Version 1 defines
 * none; quantization parameters (scale, zero point) are meant to be added here as AttrSpecs, so the
 * grammar, the error messages and the printer need no new syntax for them.
 */
export const TYPE_ANNOTATIONS: Readonly<Record<string, AttrSpec>> = {};

/** A constant declared without a literal: its data comes from the weights file. */
export interface SidecarDecl {
  readonly name: string;
  readonly type: TensorType;
  readonly loc: SourceLoc;
}

/** The graph as written, before the sidecar is attached and types are inferred. */
export interface ParsedQir {
  /** Inline constants are filled; sidecar constants are not yet in `graph.constants`. */
  graph: Graph;
  /** Constant names in declaration order (inline and sidecar interleaved). */
  constOrder: string[];
  sidecarDecls: SidecarDecl[];
  /** Where the weights clause is, for errors about the weights file. */
  weightsLoc?: SourceLoc;
  /** Types written on nodes (`%y: f32[1,4] = relu(%x)`), checked against inference. */
  declaredTypes: Map<string, { type: TensorType; loc: SourceLoc }>;
  /** Where each node's attributes are written (node → key → location), to point verifier errors at them. */
  attrLocs: Map<string, Map<string, SourceLoc>>;
}

const locOf = (tok: IToken): SourceLoc => ({ line: tok.startLine ?? 1, col: tok.startColumn ?? 1 });

/** Walks the CST once, collecting every problem it can find before throwing (up to MAX_DIAGNOSTICS). */
class GraphBuilder {
  readonly diags: Diagnostic[] = [];
  readonly out: ParsedQir;
  private readonly outputToks: IToken[] = [];

  constructor(private readonly src: QirSource, name: string) {
    this.out = { graph: emptyGraph(name), constOrder: [], sidecarDecls: [], declaredTypes: new Map(), attrLocs: new Map() };
  }

  private error(code: QirCode | GraphCode, message: string, tok: IToken, node?: string): void {
    this.diags.push(this.src.atToken(code, message, tok, node));
  }

  tensorType(node: CstNode): TensorType | undefined {
    const dtypeTok = tokens(node, 'dtype')[0]!;
    if (!isDType(dtypeTok.image)) {
      this.error('QIR005', `unknown dtype '${dtypeTok.image}'; expected one of ${Object.keys(DTYPES).join(', ')}`, dtypeTok);
      return undefined;
    }
    const dims: number[] = [];
    for (const d of tokens(node, 'dim')) {
      const v = Number(d.image);
      if (!Number.isSafeInteger(v)) this.error('QIR005', `dimension ${d.image} is too large`, d);
      dims.push(v);
    }
    for (const block of subnodes(node, 'annotations')) {
      for (const attr of subnodes(block, 'attr')) {
        const key = tokens(attr, 'key')[0]!;
        if (!(key.image in TYPE_ANNOTATIONS)) {
          const known = Object.keys(TYPE_ANNOTATIONS);
          this.error('QIR011', `unknown type annotation '${key.image}'; ${known.length ? `expected one of ${known.join(', ')}` : `qir ${QIR_VERSION} defines no type annotations`}`, key);
        }
      }
    }
    return tensorType(dtypeTok.image, dims);
  }

  input(node: CstNode): void {
    const tok = tokens(node, 'name')[0]!;
    const name = tok.image.slice(1);
    const type = this.tensorType(subnodes(node, 'tensorType')[0]!);
    if (this.out.graph.inputs.some((v) => v.name === name)) this.error('QIR004', `input %${name} is declared twice`, tok);
    else if (type) this.out.graph.inputs.push({ name, type });
  }

  constant(node: CstNode): void {
    const tok = tokens(node, 'name')[0]!;
    const name = tok.image.slice(1);
    const type = this.tensorType(subnodes(node, 'tensorType')[0]!);
    if (this.out.constOrder.includes(name)) return this.error('QIR004', `constant @${name} is declared twice`, tok);
    if (!type) return;
    this.out.constOrder.push(name);
    const literal = subnodes(node, 'literal')[0];
    if (!literal) {
      this.out.sidecarDecls.push({ name, type, loc: locOf(tok) });
      return;
    }
    const t = literalTensor(this.src, name, type, rawList(literal));
    if ('code' in t) this.diags.push(t);
    else {
      this.out.graph.constants.set(name, t);
      this.out.graph.inlineConstants.add(name);
    }
  }

  node(node: CstNode): void {
    const tok = tokens(node, 'name')[0]!;
    const name = tok.image.slice(1);
    const op = tokens(node, 'op')[0]!.image;
    const operands: Operand[] = subnodes(node, 'operand').map((o) => {
      const v = tokens(o, 'ValueName')[0];
      return v ? { ref: 'value', name: v.image.slice(1) } : { ref: 'const', name: tokens(o, 'ConstName')[0]!.image.slice(1) };
    });
    const declared = subnodes(node, 'tensorType')[0];
    if (declared) {
      const type = this.tensorType(declared);
      if (type) this.out.declaredTypes.set(name, { type, loc: locOf(tok) });
    }
    const attrs = this.attrs(subnodes(node, 'attrBlock')[0], op, name);
    const n: Node = { name, op, operands, attrs, loc: locOf(tok) };
    this.out.graph.nodes.push(n);
  }

  private attrs(block: CstNode | undefined, op: string, node: string): Record<string, AttrValue> {
    const attrs: Record<string, AttrValue> = {};
    const spec = lookupOp(op);
    const locs = new Map<string, SourceLoc>();
    this.out.attrLocs.set(node, locs);
    for (const attr of block ? subnodes(block, 'attr') : []) {
      const key = tokens(attr, 'key')[0]!;
      const raw: RawValue = rawAttrValue(subnodes(attr, 'attrValue')[0]!);
      if (Object.prototype.hasOwnProperty.call(attrs, key.image)) {
        this.error('QIR004', `attribute '${key.image}' of ${op} %${node} is given twice`, key, node);
        continue;
      }
      locs.set(key.image, locOf(key));
      const aspec = spec && Object.prototype.hasOwnProperty.call(spec.attrs, key.image) ? spec.attrs[key.image] : undefined;
      const v = toAttrValue(raw, aspec?.kind);
      if (v.ok) attrs[key.image] = v.value;
      else this.error('QIR007', `attribute '${key.image}' of ${op} %${node} must be ${v.expected}${aspec ? ` (${aspec.doc})` : ''}, found ${raw.text}`, raw.tok, node);
    }
    return attrs;
  }

  output(node: CstNode): void {
    for (const tok of tokens(node, 'name')) this.out.graph.outputs.push(tok.image.slice(1));
    this.outputToks.push(...tokens(node, 'name'));
  }

  /** Outputs must name an input or a node; checked here (not only by the verifier) to point at the output line. */
  checkOutputs(): void {
    const defined = new Set([...this.out.graph.inputs.map((v) => v.name), ...this.out.graph.nodes.map((n) => n.name)]);
    for (const tok of this.outputToks) {
      if (!defined.has(tok.image.slice(1))) this.error('GRAPH009', `output ${tok.image} is not defined in graph ${this.out.graph.name}`, tok);
    }
  }
}

/** For exhaustive switches: a compile error when a case is missing, a bug report if reached. */
function assertNever(x: never): never {
  throw new InternalError(`unhandled QIR statement kind ${JSON.stringify(x)}`);
}

/** Converts a parsed `file` CST to a graph; throws a UserError listing the problems found. */
export function cstToGraph(cst: CstNode, src: QirSource): ParsedQir {
  const header = subnodes(cst, 'header')[0]!;
  const version = tokens(header, 'version')[0]!;
  if (version.image !== String(QIR_VERSION)) {
    throwIfAny([src.atToken('QIR003', `unsupported QIR version ${version.image}; this accsim reads qir ${QIR_VERSION}`, version)]);
  }
  const g = subnodes(cst, 'graph')[0]!;
  const b = new GraphBuilder(src, tokens(g, 'name')[0]!.image);
  const weights = subnodes(g, 'weightsClause')[0];
  if (weights) {
    const file = tokens(weights, 'file')[0]!;
    b.out.graph.weightsFile = T.unquote(file.image);
    b.out.weightsLoc = locOf(file);
  }
  for (const st of subnodes(g, 'statement')) {
    const { kind, node } = statementOf(st);
    switch (kind) {
      case 'inputDecl': b.input(node); break;
      case 'constDecl': b.constant(node); break;
      case 'nodeDecl': b.node(node); break;
      case 'outputDecl': b.output(node); break;
      default: assertNever(kind);
    }
  }
  b.checkOutputs();
  throwIfAny(b.diags);
  return b.out;
}
