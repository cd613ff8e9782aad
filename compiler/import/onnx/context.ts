// The state shared by the per-op importers while one ONNX graph becomes an accsim Graph: which ONNX
// tensor is which operand, constants added on first use, naming, typed attribute reads and errors.
import type { OnnxAttr, OnnxNode } from './decode.js';
import { NameTable } from './names.js';
import { opVersionAt } from './op-versions.js';
import { type AttrValue, type Attrs, type Graph, type Operand, constRef, valueRef } from '../../ir/graph.js';
import { lookupOp } from '../../ir/op-registry.js';
import { type Tensor, type TensorType, formatType } from '../../ir/tensor.js';
import { resolveAttrs } from '../../ir/verify.js';
import { assert, fail } from '../../../core/diagnostics.js';
import type { OnnxCode } from '../../../core/error-codes/onnx.js';

/** The smallest decimal that reads back as the same float32: attributes print as 1e-5, not 9.99999974e-6. */
export function shortestF32(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.fround(x);
  for (let digits = 1; digits <= 9; digits++) {
    const d = Number(f.toPrecision(digits));
    if (Math.fround(d) === f) return d;
  }
  return f;
}

/** Import state for one graph. Op importers read ONNX inputs through it and emit accsim nodes into it. */
export class ImportContext {
  private readonly values = new Map<string, string>();
  private readonly consts = new Map<string, Tensor>();
  private readonly constNames = new Map<string, string>();
  private readonly valueTable = new NameTable();
  private readonly constTable = new NameTable();
  private readonly nodeNameUses = new Map<string, number>();
  private readonly consumed = new Set<string>();
  private readonly graphOutputs: ReadonlySet<string>;

  /**
   * `rebatchFrom`: the graph inputs' fixed batch N, imported here with batch 1 (see to-graph.ts): constant
   * shapes that name N in their first entry where the input has the batch of 1 get 1 (batchAdjusted).
   */
  constructor(readonly graph: Graph, readonly opset: number, readonly file: string | undefined, nodes: readonly OnnxNode[], graphOutputs: readonly string[],
    readonly rebatchFrom?: number) {
    for (const n of nodes) {
      if (n.name) this.nodeNameUses.set(n.name, (this.nodeNameUses.get(n.name) ?? 0) + 1);
      for (const i of n.inputs) if (i) this.consumed.add(i);
    }
    for (const o of graphOutputs) this.consumed.add(o);
    this.graphOutputs = new Set(graphOutputs);
  }

  /** The version of `node`'s op definition at the model's opset (op-versions.ts; importNode checked it exists). */
  version(node: OnnxNode): number {
    const v = opVersionAt(node.opType, this.opset);
    assert(v !== undefined, `${node.opType} has no definition at opset ${this.opset}`);
    return v;
  }

  /**
   * A constant target shape (Reshape, Resize sizes) read from the model: while rebatching a batch-N export
   * to batch 1, a leading N meets an input whose leading dim is 1 and becomes 1. Otherwise unchanged.
   */
  batchAdjusted(target: readonly number[], inputShape: readonly number[]): number[] {
    const out = [...target];
    if (this.rebatchFrom !== undefined && out[0] === this.rebatchFrom && inputShape[0] === 1) out[0] = 1;
    return out;
  }

  // ---- errors ----

  /** "Conv /conv1/Conv" or "Conv (output y)" for unnamed nodes: how messages name an ONNX node. */
  label(node: OnnxNode): string {
    return node.name || `(output ${node.outputs[0] ?? '?'})`;
  }

  /** Throws a user error "<OpType> <node>: <message>". */
  fail(node: OnnxNode, code: OnnxCode, message: string): never {
    const label = this.label(node);
    fail(code, `${node.opType} ${label}: ${message}`, { file: this.file, node: label });
  }

  /** ONNX011: an attribute value the importer cannot map, naming the attribute and what is supported. */
  badAttr(node: OnnxNode, attr: string, value: unknown, supported: string): never {
    this.fail(node, 'ONNX011', `attribute ${attr}=${JSON.stringify(value)} is not supported (${supported})`);
  }

  // ---- attributes ----

  private attr(node: OnnxNode, name: string, kind: OnnxAttr['kind']): OnnxAttr | undefined {
    const a = node.attrs.get(name);
    if (a !== undefined && a.kind !== kind) this.fail(node, 'ONNX011', `attribute ${name} must be ${kind}, got ${a.kind}`);
    return a;
  }

  attrInt(node: OnnxNode, name: string, dflt: number): number {
    const a = this.attr(node, name, 'int');
    return a?.kind === 'int' ? a.value : dflt;
  }

  attrInts(node: OnnxNode, name: string): readonly number[] | undefined {
    const a = this.attr(node, name, 'ints');
    return a?.kind === 'ints' ? a.value : undefined;
  }

  attrFloats(node: OnnxNode, name: string): readonly number[] | undefined {
    const a = this.attr(node, name, 'floats');
    return a?.kind === 'floats' ? a.value.map(shortestF32) : undefined;
  }

  attrFloat(node: OnnxNode, name: string, dflt: number): number {
    const a = this.attr(node, name, 'float');
    return a?.kind === 'float' ? shortestF32(a.value) : dflt;
  }

  attrString(node: OnnxNode, name: string, dflt: string): string {
    const a = this.attr(node, name, 'string');
    return a?.kind === 'string' ? a.value : dflt;
  }

  // ---- tensors ----

  /** Registers a graph input under a sanitized unique name and returns that name. */
  defineInput(onnxName: string): string {
    const name = this.valueTable.claim(onnxName, 'input');
    this.values.set(onnxName, name);
    return name;
  }

  /** What the import changed that the user should know (float64 data computed in float32, the batch). */
  readonly notes: string[] = [];

  /**
   * Registers constant data for an ONNX tensor name (initializer or Constant output); emitted on first use.
   * float64 and float16 data become float32 (accsim computes in float32; a note says so); a float64 value
   * beyond the float32 range is an error (ONNX005).
   */
  defineConst(onnxName: string, tensor: Tensor): void {
    if (tensor.type.dtype === 'f64' || tensor.type.dtype === 'f16') {
      const data = Float32Array.from(tensor.data as ArrayLike<number>);
      const i = data.findIndex((v, k) => !Number.isFinite(v) && Number.isFinite(tensor.data[k] as number));
      if (i >= 0) fail('ONNX005', `constant ${onnxName}: element ${i} (${String(tensor.data[i])}) does not fit float32, in which accsim computes`, { file: this.file });
      this.note(`${tensor.type.dtype === 'f64' ? 'float64' : 'float16'} constants are computed in float32`);
      tensor = { type: { dtype: 'f32', shape: tensor.type.shape }, data };
    }
    this.consts.set(onnxName, tensor);
  }

  /** Adds a note once. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /** Makes ONNX tensor `output` another name for ONNX tensor `input` (Identity, inference Dropout). */
  alias(output: string, input: string): void {
    const v = this.values.get(input);
    if (v !== undefined) this.values.set(output, v);
    const c = this.consts.get(input);
    if (c !== undefined) {
      this.consts.set(output, c);
      const cn = this.constNames.get(input);
      if (cn !== undefined) this.constNames.set(output, cn);
    }
  }

  /** Whether an ONNX tensor name is consumed by any node or is a graph output. */
  isUsed(onnxName: string): boolean {
    return onnxName !== '' && this.consumed.has(onnxName);
  }

  /** ONNX014 when an output from index `from` on is read by a node or the graph: `why` says what it is. */
  requireOutputsUnused(node: OnnxNode, from: number, why: string): void {
    for (let k = from; k < node.outputs.length; k++) {
      const out = node.outputs[k]!;
      if (this.isUsed(out)) this.fail(node, 'ONNX014', `output ${k + 1} (${out}) is used, but ${why}`);
    }
  }

  /** Whether input i is present (ONNX writes "" for a skipped optional input). */
  hasInput(node: OnnxNode, i: number): boolean {
    return (node.inputs[i] ?? '') !== '';
  }

  /** The constant data of input i, or undefined when it is a computed value. */
  constData(node: OnnxNode, i: number): Tensor | undefined {
    return this.consts.get(this.inputName(node, i));
  }

  /** The ONNX name of input i after checking that it is present and defined. */
  inputName(node: OnnxNode, i: number): string {
    const name = node.inputs[i] ?? '';
    if (name === '') this.fail(node, 'ONNX013', `required input ${i + 1} is missing`);
    if (!this.values.has(name) && !this.consts.has(name)) {
      this.fail(node, 'ONNX013', `input ${name} is neither a graph input, an initializer nor the output of an earlier node`);
    }
    return name;
  }

  /** The operand for input i: a %value, or an @constant added to the graph on first use (f32 only). */
  operand(node: OnnxNode, i: number): Operand {
    const name = this.inputName(node, i);
    const v = this.values.get(name);
    if (v !== undefined) return valueRef(v);
    let cname = this.constNames.get(name);
    if (cname === undefined) {
      const t = this.consts.get(name)!;
      if (t.type.dtype !== 'f32') this.fail(node, 'ONNX015', `constant ${name} is ${formatType(t.type)}; only float32 tensors can be operands`);
      cname = this.constTable.claim(name, 'const');
      this.graph.constants.set(cname, t);
      this.constNames.set(name, cname);
    }
    return constRef(cname);
  }

  /** Input i as a runtime value; constants are an error naming `what`. */
  valueOperand(node: OnnxNode, i: number, what: string): Operand {
    const o = this.operand(node, i);
    if (o.ref !== 'value') this.fail(node, 'ONNX015', `${what} (input ${node.inputs[i]}) must be a computed tensor, not a constant`);
    return o;
  }

  /** Adds a constant derived by the importer (a transposed or scaled weight) under a unique name. */
  addConstant(preferredName: string, tensor: Tensor): Operand {
    const cname = this.constTable.claim(preferredName, 'const');
    this.graph.constants.set(cname, tensor);
    return constRef(cname);
  }

  /** The type of an operand already in the graph. */
  typeOf(o: Operand): TensorType {
    const t = o.ref === 'value' ? this.graph.values.get(o.name)?.type : this.graph.constants.get(o.name)?.type;
    assert(t !== undefined, `operand ${o.name} has no type yet`);
    return t;
  }

  /** The type of ONNX input i (value or constant). */
  inputType(node: OnnxNode, i: number): TensorType {
    const name = this.inputName(node, i);
    const v = this.values.get(name);
    return v !== undefined ? this.graph.values.get(v)!.type : this.consts.get(name)!.type;
  }

  // ---- emitting ----

  /**
   * The readable base name for what `node` produces in output slot `k`: the ONNX tensor name when it is a
   * graph output ("logits"), else the node name when it is unique ("conv1/Conv"), else the tensor name.
   */
  private baseName(node: OnnxNode, k: number): string {
    const out = node.outputs[k] ?? '';
    if (this.graphOutputs.has(out)) return out;
    if (node.name && this.nodeNameUses.get(node.name) === 1 && k === 0) return node.name;
    return out || node.name || node.opType.toLowerCase();
  }

  /**
   * Emits one accsim node for ONNX `node`. With `step` it is an intermediate of a multi-node mapping and
   * is named "<base>.<step>"; without it, it produces ONNX output `output` (default 0) and takes its name.
   * The node's type is inferred at once, so later importers can read shapes.
   */
  emit(node: OnnxNode, op: string, operands: readonly Operand[], attrs: Record<string, AttrValue>, step?: string, output = 0): Operand {
    const base = this.baseName(node, output);
    const name = this.valueTable.claim(step === undefined ? base : `${base}.${step}`, node.opType.toLowerCase());
    const irNode = { name, op, operands: [...operands], attrs: attrs as Attrs };
    const spec = lookupOp(op);
    assert(spec !== undefined, `importer emits op ${op}, which is not in the op registry`);
    const types = operands.map((o) => this.typeOf(o));
    const resolved = resolveAttrs(irNode, spec);
    const type = spec.inferType(types, resolved, { node: name, op });
    if (operands.length > 0 && operands.every((o) => o.ref === 'const')) {
      // Every operand is constant: evaluate once (constant folding, e.g. a Transpose of a weight).
      const value = spec.evalFloat(operands.map((o) => this.graph.constants.get(o.name)!), resolved, type);
      if (step !== undefined) return this.addConstant(name, value);
      const out = node.outputs[output]!;
      this.consts.set(out, value);
      const ref = this.addConstant(base, value);
      this.constNames.set(out, ref.name);
      return ref;
    }
    this.graph.nodes.push(irNode);
    this.graph.values.set(name, { name, type });
    if (step === undefined && node.outputs[output]) this.values.set(node.outputs[output], name);
    return valueRef(name);
  }

  /** The accsim value name for an ONNX tensor (graph outputs), or undefined when it is not a value. */
  valueNameOf(onnxName: string): string | undefined {
    return this.values.get(onnxName);
  }

  /** Whether an ONNX tensor name is known as a constant. */
  isConst(onnxName: string): boolean {
    return this.consts.has(onnxName);
  }
}

/** How op-map describes the importer of one ONNX op. */
export interface OnnxOpImporter {
  /**
   * The ONNX attributes this importer reads, for the op definition `version` (op-versions.ts); any other
   * attribute on the node is an error (ONNX011).
   */
  readonly attrs: readonly string[] | ((version: number) => readonly string[]);
  /** What the op becomes in accsim, for docs/ONNX.md. */
  readonly doc: string;
  /** Op definitions (since-versions) the importer refuses, with the reason (docs/ONNX.md lists them). */
  readonly rejects?: Readonly<Record<number, string>>;
  /** Emits the accsim nodes for `node` (or binds its outputs to existing operands). */
  readonly run: (node: OnnxNode, ctx: ImportContext) => void;
}
