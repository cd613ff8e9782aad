// parse(print(g)) ≡ g for random well-formed graphs: chains of relu/relu6/clip/add/sub/mul with constants of every dtype.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { parseQir } from '../../../compiler/qir/load.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { emptyGraph, type Attrs, type Graph, type Node } from '../../../compiler/ir/graph.js';
import { type DType, allocate } from '../../../compiler/ir/dtype.js';
import { type Tensor, numel } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { expectSameGraph } from './fixtures.js';

const name = fc.stringMatching(/^[A-Za-z0-9_./-]{1,6}(:[A-Za-z0-9_./-]{1,3})?$/);
const f32 = fc.float(); // includes -0, ±inf and NaN
const floatAttr = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-Infinity, Infinity, 0, -0, 6));

type Step =
  | { kind: 'act'; op: 'relu' | 'relu6' }
  | { kind: 'clip'; min?: number; max?: number }
  | { kind: 'binary'; op: 'add' | 'sub' | 'mul'; other: 'const' | 'value'; pick: number; sidecar: boolean; data: number[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('act' as const), op: fc.constantFrom('relu' as const, 'relu6' as const) }),
  fc.record({ kind: fc.constant('clip' as const), min: floatAttr, max: floatAttr }, { requiredKeys: ['kind'] }),
  fc.record({
    kind: fc.constant('binary' as const),
    op: fc.constantFrom('add' as const, 'sub' as const, 'mul' as const),
    other: fc.constantFrom('const' as const, 'value' as const),
    pick: fc.nat(),
    sidecar: fc.boolean(),
    data: fc.array(f32, { minLength: 27, maxLength: 27 }),
  }),
);

/** Unused extra constants exercise the literal printer for every dtype. */
const EXTRA: Record<string, fc.Arbitrary<number | bigint>> = {
  f64: fc.double(), i64: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), i32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  i8: fc.integer({ min: -128, max: 127 }), u8: fc.integer({ min: 0, max: 255 }), i4: fc.integer({ min: -8, max: 7 }), f16: fc.constantFrom(0, 1, -2.5, 65504),
};
const extra = fc.constantFrom(...Object.keys(EXTRA)).chain((dtype) =>
  fc.record({ dtype: fc.constant(dtype as DType), values: fc.array(EXTRA[dtype]!, { minLength: 0, maxLength: 5 }) }));

const graphArb = fc.record({
  graphName: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/),
  shape: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  names: fc.uniqueArray(name, { minLength: 12, maxLength: 12 }),
  steps: fc.array(step, { minLength: 1, maxLength: 10 }),
  extras: fc.array(extra, { maxLength: 3 }),
  outputs: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
}).map(({ graphName, shape, names, steps, extras, outputs }) => build(graphName, shape, names, steps, extras, outputs));

function build(graphName: string, shape: number[], names: string[], steps: Step[], extras: { dtype: DType; values: (number | bigint)[] }[], outputs: number[]): Graph {
  const g = emptyGraph(graphName);
  g.inputs.push({ name: names[0]!, type: { dtype: 'f32', shape } });
  const values = [names[0]!];
  steps.forEach((s, i) => {
    const out = `${names[(i % 11) + 1]}_${i}`;
    const x = { ref: 'value' as const, name: values[values.length - 1]! };
    let node: Node;
    if (s.kind === 'act') node = { name: out, op: s.op, operands: [x], attrs: {} };
    else if (s.kind === 'clip') {
      const attrs: Record<string, number> = {};
      // clip requires min <= max.
      const [lo, hi] = s.min !== undefined && s.max !== undefined && s.min > s.max ? [s.max, s.min] : [s.min, s.max];
      if (lo !== undefined) attrs['min'] = lo;
      if (hi !== undefined) attrs['max'] = hi;
      node = { name: out, op: 'clip', operands: [x], attrs: attrs as Attrs };
    } else if (s.other === 'value') {
      node = { name: out, op: s.op, operands: [x, { ref: 'value', name: values[s.pick % values.length]! }], attrs: {} };
    } else {
      const cname = `c${i}.${names[i % 12]}`;
      // The constant broadcasts over the last dimension, or matches the whole shape.
      const cshape = s.pick % 2 === 0 ? shape : [shape[shape.length - 1]!];
      g.constants.set(cname, { type: { dtype: 'f32', shape: cshape }, data: Float32Array.from(s.data.slice(0, numel(cshape))) });
      if (!s.sidecar) g.inlineConstants.add(cname);
      node = { name: out, op: s.op, operands: s.pick % 3 === 0 ? [{ ref: 'const', name: cname }, x] : [x, { ref: 'const', name: cname }], attrs: {} };
    }
    g.nodes.push(node);
    values.push(out);
  });
  extras.forEach((e, i) => {
    const data = allocate(e.dtype, e.values.length);
    e.values.forEach((v, k) => (data[k] = v as never));
    g.constants.set(`extra${i}`, { type: { dtype: e.dtype, shape: [e.values.length] }, data } as Tensor);
    g.inlineConstants.add(`extra${i}`);
  });
  g.outputs = [...new Set(outputs.map((o) => values[o % values.length]!))];
  if ([...g.constants.keys()].some((c) => !g.inlineConstants.has(c))) g.weightsFile = 'w.safetensors';
  inferTypes(g);
  return g;
}

test('parse(print(g)) ≡ g and print is idempotent, for random well-formed graphs', () => {
  fc.assert(
    fc.property(graphArb, (g) => {
      const text = printQir(g);
      const back = parseQir(text, 'p.qir', g.constants);
      expectSameGraph(back, g);
      expect(printQir(back)).toBe(text);
    }),
    { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
  );
});
