// Runs one ONNX backend test through accsim: import the model, run the float reference on every data set,
// compare each output with the expected one. A user error from the importer is a rejection when its code
// says "this model uses something accsim does not support" (the message says what), else a failure.
//
// Node tests feed every operand at run time (a Conv's weight, a Clip's bounds, a Reshape's shape); accsim
// reads weights, shapes and bounds as constants, as in exported models. So each data set first imports the
// model as it is (every input at run time); when the importer refuses that, the inputs after the first are
// bound as initializers holding that data set's tensors, and the first input stays the runtime input.
import { readFileSync } from 'node:fs';
import { MODEL_PROTO, ONNX_ROOT } from '../../compiler/import/onnx/onnx-schema.js';
import { join } from 'node:path';
import { decodeModel } from '../../compiler/import/onnx/decode.js';
import { importOnnx } from '../../compiler/import/onnx/to-graph.js';
import { ONNX_OP_MAP } from '../../compiler/import/onnx/op-map.js';
import { runFloat } from '../../compiler/reference/float-interpreter.js';
import { type Tensor, formatShape, numel, sameShape } from '../../compiler/ir/tensor.js';
import type { Graph } from '../../compiler/ir/graph.js';
import { UserError } from '../../core/diagnostics.js';
import { type TestCase, readTensorFile } from './test-cases.js';

/**
 * The comparison: |actual − expected| ≤ ATOL + RTOL·|expected| per element, NaN equal to NaN, as the ONNX
 * backend test runner's default (numpy.testing.assert_allclose with rtol=1e-3, atol=1e-7).
 */
export const RTOL = 1e-3;
export const ATOL = 1e-7;

/** Importer error codes that mean "valid ONNX that accsim does not support" (see compiler/import/onnx/to-graph.ts). */
export const REJECTION_CODES: ReadonlySet<string> = new Set(['ONNX003', 'ONNX004', 'ONNX005', 'ONNX006', 'ONNX010', 'ONNX011', 'ONNX012', 'ONNX014', 'ONNX015', 'ONNX016', 'ONNX018']);

export type CaseStatus = 'pass' | 'fail' | 'rejected' | 'not-run';

export interface CaseResult {
  readonly suite: string;
  readonly name: string;
  readonly opset: number | undefined;
  /** Default-domain op types of the model (other domains as domain.op). */
  readonly ops: readonly string[];
  readonly status: CaseStatus;
  /** pass: the largest error; fail/rejected: the reason; not-run: the unclaimed ops. */
  readonly detail: string;
  readonly dataSets: number;
}

function opName(domain: string, opType: string): string {
  return domain === '' || domain === 'ai.onnx' ? opType : `${domain}.${opType}`;
}

/** Largest absolute and relative errors and the first element outside the tolerance (or undefined). */
function compare(actual: Tensor, expected: Tensor): { maxAbs: number; maxRel: number; bad?: string } {
  let maxAbs = 0;
  let maxRel = 0;
  for (let i = 0; i < numel(expected.type.shape); i++) {
    const a = Number(actual.data[i]);
    const e = Number(expected.data[i]);
    if (Number.isNaN(e) && Number.isNaN(a)) continue;
    if (a === e) continue;
    const err = Math.abs(a - e);
    if (!(err <= ATOL + RTOL * Math.abs(e))) return { maxAbs: err, maxRel: err / Math.abs(e), bad: `element ${i}: ${a} vs expected ${e}` };
    maxAbs = Math.max(maxAbs, err);
    if (Math.abs(e) >= 1e-6) maxRel = Math.max(maxRel, err / Math.abs(e)); // (relative to values that are not ~0)
  }
  return { maxAbs, maxRel };
}

const TENSOR_PROTO = ONNX_ROOT.lookupType('onnx.TensorProto');

interface ModelMsg { graph: { input: { name: string }[]; initializer: unknown[] } }

/**
 * The model with graph inputs 2, 3, … (those that are not initializers already) turned into initializers
 * holding the data set's tensors.
 */
export function bindTrailingInputs(bytes: Uint8Array, inputFiles: readonly string[]): Uint8Array {
  const model = MODEL_PROTO.decode(bytes) as unknown as ModelMsg;
  const given = new Set((model.graph.initializer as { name: string }[]).map((t) => t.name));
  const runtime = model.graph.input.filter((v) => !given.has(v.name));
  for (let i = 1; i < runtime.length && i < inputFiles.length; i++) {
    const t = TENSOR_PROTO.decode(readFileSync(inputFiles[i]!)) as unknown as { name: string };
    t.name = runtime[i]!.name;
    model.graph.initializer.push(t);
  }
  return MODEL_PROTO.encode(model as unknown as Record<string, unknown>).finish();
}

/**
 * Runs the float reference on `feed`; when the importer made a fixed-batch model per-image (graph input
 * batch 1, data batch N), image by image with the outputs stacked (each output's first dim is the image).
 */
function runImageByImage(graph: Graph, feed: Map<string, Tensor>): Map<string, Tensor> | string {
  const decl = graph.inputs.map((v) => v.type.shape);
  const data = graph.inputs.map((v) => feed.get(v.name)!.type.shape);
  if (decl.every((s, i) => sameShape(s, data[i]!))) return runFloat(graph, feed);
  const n = data[0]![0]!;
  const fits = decl.every((s, i) => s[0] === 1 && data[i]![0] === n && sameShape(s.slice(1), data[i]!.slice(1)));
  if (!fits) return `the data set's inputs ${data.map(formatShape).join(', ')} do not fit the graph inputs ${decl.map(formatShape).join(', ')}`;
  const outs = graph.outputs.map((name) => ({ type: graph.values.get(name)!.type, parts: [] as Tensor[] }));
  for (let b = 0; b < n; b++) {
    const one = new Map(graph.inputs.map((v) => {
      const t = feed.get(v.name)!;
      const per = numel(v.type.shape);
      return [v.name, { type: v.type, data: (t.data as Float32Array).subarray(b * per, (b + 1) * per) }];
    }));
    const r = runFloat(graph, one);
    graph.outputs.forEach((name, k) => outs[k]!.parts.push(r.get(name)!));
  }
  return new Map(graph.outputs.map((name, k) => {
    const { type, parts } = outs[k]!;
    const per = numel(type.shape);
    const all = new Float32Array(n * per);
    parts.forEach((p, b) => all.set(p.data as Float32Array, b * per));
    return [name, { type: { dtype: 'f32', shape: [n * type.shape[0]!, ...type.shape.slice(1)] }, data: all }];
  }));
}

/** Why a data set cannot run: its float64 data does not fit float32. */
const OUT_OF_F32 = 'unsupported: float64 input data beyond float32\'s range (accsim computes in float32)';

/** Runs one data set; returns an error message or the largest absolute and relative errors. */
function runDataSet(graph: Graph, set: TestCase['dataSets'][number]): string | [number, number] {
  const inputs = set.inputs.slice(0, graph.inputs.length).map(readTensorFile);
  const outputs = set.outputs.map(readTensorFile);
  if (inputs.length !== graph.inputs.length) return `the data set has ${inputs.length} inputs, the graph ${graph.inputs.length}`;
  if (outputs.length !== graph.outputs.length) return `the data set has ${outputs.length} outputs, the graph ${graph.outputs.length}`;
  const feed = new Map<string, Tensor>();
  for (let i = 0; i < inputs.length; i++) {
    const t = inputs[i];
    const want = graph.inputs[i]!.type.dtype;
    if (t !== undefined && want !== 'f32' && t.type.dtype === want) {
      feed.set(graph.inputs[i]!.name, t);
      continue;
    }
    if (t === undefined || !(t.type.dtype === 'f32' || t.type.dtype === 'f16' || t.type.dtype === 'f64')) return `input ${i} does not have the graph input's type`;
    // float16/float64 inputs are fed as float32, as the importer computes them; float64 data beyond float32's
    // range cannot be (OUT_OF_F32 makes the test a rejection, not a failure).
    const f32 = t.type.dtype === 'f32' ? t.data as Float32Array : Float32Array.from(t.data as ArrayLike<number>);
    if (f32.some((v, k) => !Number.isFinite(v) && Number.isFinite(t.data[k] as number))) return OUT_OF_F32;
    feed.set(graph.inputs[i]!.name, { type: { dtype: 'f32', shape: t.type.shape }, data: f32 });
  }
  const got = runImageByImage(graph, feed);
  if (typeof got === 'string') return got;
  let maxAbs = 0;
  let maxRel = 0;
  for (let k = 0; k < outputs.length; k++) {
    const want = outputs[k];
    const have = got.get(graph.outputs[k]!)!;
    if (want === undefined) return `expected output ${k} is not a tensor accsim reads`;
    if (!sameShape(have.type.shape, want.type.shape)) return `output ${k} has shape ${formatShape(have.type.shape)}, expected ${formatShape(want.type.shape)}`;
    const c = compare(have, want);
    if (c.bad !== undefined) return `output ${k} ${c.bad}`;
    maxAbs = Math.max(maxAbs, c.maxAbs);
    maxRel = Math.max(maxRel, c.maxRel);
  }
  return [maxAbs, maxRel];
}

/**
 * The model imported with every input at run time; when that is refused (a weight or a shape given at run
 * time), with the inputs after the first bound as constants (bindTrailingInputs).
 */
function importWithInputs(bytes: Uint8Array, inputFiles: readonly string[], name: string): Graph {
  try {
    return importOnnx(bytes, { name });
  } catch (e) {
    if (!(e instanceof UserError) || inputFiles.length < 2) throw e;
    return importOnnx(bindTrailingInputs(bytes, inputFiles), { name });
  }
}

/** Runs `test` if every op of its model is claimed by the importer; the result says what happened. */
export function runCase(test: TestCase): CaseResult {
  const bytes = new Uint8Array(readFileSync(join(test.dir, 'model.onnx')));
  const base = { suite: test.suite, name: test.name, dataSets: test.dataSets.length };
  let model;
  try {
    model = decodeModel(bytes);
  } catch (e) {
    return { ...base, opset: undefined, ops: [], status: 'fail', detail: `cannot decode the model: ${(e as Error).message}` };
  }
  const ops = [...new Set(model.graph.nodes.map((n) => opName(n.domain, n.opType)))];
  const info = { ...base, opset: model.opset, ops };
  const unclaimed = ops.filter((op) => !ONNX_OP_MAP.has(op));
  if (unclaimed.length > 0) return { ...info, status: 'not-run', detail: unclaimed.join(', ') };
  try {
    let maxAbs = 0;
    let maxRel = 0;
    for (const set of test.dataSets) {
      const graph = importWithInputs(bytes, set.inputs, test.name);
      const r = runDataSet(graph, set);
      if (r === OUT_OF_F32) return { ...info, status: 'rejected', detail: r };
      if (typeof r === 'string') return { ...info, status: 'fail', detail: r };
      [maxAbs, maxRel] = [Math.max(maxAbs, r[0]), Math.max(maxRel, r[1])];
    }
    return { ...info, status: 'pass', detail: `max error ${maxAbs.toPrecision(2)} (relative ${maxRel.toPrecision(2)})` };
  } catch (e) {
    if (e instanceof UserError) {
      const d = e.diagnostics[0]!;
      const status = REJECTION_CODES.has(d.code) ? 'rejected' : 'fail';
      return { ...info, status, detail: `${d.code} ${d.message}` };
    }
    return { ...info, status: 'fail', detail: `internal error: ${(e as Error).message}` };
  }
}
