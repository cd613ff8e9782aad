// Shared by the QIR tests: a synthetic sidecar for texts with weights-file constants, and graph equivalence.
import { expect } from 'vitest';
import { cstToGraph } from '../../../compiler/qir/to-graph.js';
import { parseCst } from '../../../compiler/qir/parser.js';
import { QirSource } from '../../../compiler/qir/diagnostics.js';
import { parseQir } from '../../../compiler/qir/load.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { type Tensor, numel } from '../../../compiler/ir/tensor.js';
import { allocate } from '../../../compiler/ir/dtype.js';

/** Deterministic, non-trivial data for every constant the text declares without a literal. */
export function syntheticSidecar(text: string): Map<string, Tensor> {
  const src = new QirSource(text);
  const parsed = cstToGraph(parseCst(src), src);
  const out = new Map<string, Tensor>();
  for (const d of parsed.sidecarDecls) {
    const data = allocate(d.type.dtype, numel(d.type.shape));
    for (let i = 0; i < data.length; i++) {
      const v = ((i * 7) % 13) - 6;
      if (data instanceof BigInt64Array) data[i] = BigInt(v);
      else data[i] = data instanceof Float32Array || data instanceof Float64Array ? v * 0.1 + 0.05 : v;
    }
    out.set(d.name, { type: d.type, data });
  }
  return out;
}

/** Parses text that may declare sidecar constants, supplying synthetic weights for them. */
export function parseWithSyntheticWeights(text: string, file?: string): Graph {
  return parseQir(text, file, syntheticSidecar(text));
}

/** The bytes of a tensor's data, for bit-identical comparison (NaN payloads and -0 included). */
function bytesOf(t: Tensor): number[] {
  return Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
}

/** Asserts two graphs are the same graph: inputs, outputs, nodes with resolved attributes, constants bit for bit. */
export function expectSameGraph(actual: Graph, expected: Graph): void {
  expect(actual.name).toBe(expected.name);
  expect(actual.weightsFile).toBe(expected.weightsFile);
  expect(actual.inputs).toEqual(expected.inputs);
  expect(actual.outputs).toEqual(expected.outputs);
  const strip = (g: Graph) => g.nodes.map((n) => ({ name: n.name, op: n.op, operands: n.operands }));
  expect(strip(actual)).toEqual(strip(expected));
  const ra = inferTypes(actual);
  const re = inferTypes(expected);
  for (const n of expected.nodes) expect(Object.entries(ra.get(n.name)!)).toEqual(Object.entries(re.get(n.name)!));
  expect([...actual.constants.keys()].sort()).toEqual([...expected.constants.keys()].sort());
  for (const [name, t] of expected.constants) {
    const a = actual.constants.get(name)!;
    expect(a.type, `type of @${name}`).toEqual(t.type);
    expect(bytesOf(a), `data of @${name}`).toEqual(bytesOf(t));
  }
  expect([...actual.inlineConstants].sort()).toEqual([...expected.inlineConstants].sort());
}
