// Conv, MaxPool, AveragePool, GlobalMaxPool and GlobalAveragePool over 1, 2 and 3 spatial axes, with
// asymmetric pads, strides, dilations and groups, against an independent float64 oracle over any number of
// axes (written from the ONNX operator definitions). What each rank becomes is part of the contract: 1-D is
// the 2-D op on a height-1 image (between two reshapes named after the ONNX output), 3-D the float-only
// *3d op; the importer's doc (docs/ONNX.md's table) names the ops it emits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, node, randomFloats, type AttrIn } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { maxAbsDiff } from './reference64.js';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { importerAttrs, ONNX_OP_MAP } from '../../../../compiler/import/onnx/op-map.js';
import { lift1d } from '../../../../compiler/import/onnx/ops/window-attrs.js';
import { firstDiagnostic } from '../../../user-error.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';

const TOL = 1e-5;

interface Win {
  readonly dims: number[]; readonly kernel: number[]; readonly stride: number[]; readonly dilation: number[]; readonly pads: number[];
}

const prod = (a: readonly number[]) => a.reduce((p, q) => p * q, 1);
const outDims = (w: Win) => w.dims.map((d, a) => Math.floor((d + w.pads[a]! + w.pads[w.dims.length + a]! - w.dilation[a]! * (w.kernel[a]! - 1) - 1) / w.stride[a]!) + 1);
/** Row-major multi-indices of `shape`. */
function* indices(shape: readonly number[]): Generator<number[]> {
  const n = prod(shape);
  for (let i = 0; i < n; i++) {
    const idx: number[] = [];
    let r = i;
    for (let a = shape.length - 1; a >= 0; a--) { idx.unshift(r % shape[a]!); r = Math.floor(r / shape[a]!); }
    yield idx;
  }
}
const flat = (shape: readonly number[], idx: readonly number[]) => idx.reduce((f, v, a) => f * shape[a]! + v, 0);

/** The input position a kernel tap reads for an output position, or undefined in the padding. */
function tap(w: Win, o: readonly number[], k: readonly number[]): number[] | undefined {
  const p = o.map((v, a) => v * w.stride[a]! - w.pads[a]! + k[a]! * w.dilation[a]!);
  return p.every((v, a) => v >= 0 && v < w.dims[a]!) ? p : undefined;
}

/** ONNX Conv over any number of axes: x [1, C, ...dims], weight [M, C/group, ...kernel]. */
function convNd64(w: Win, c: number, m: number, group: number, x: Float32Array, wt: Float32Array, b: Float32Array): Float64Array {
  const od = outDims(w);
  const cg = c / group;
  const y = new Float64Array(m * prod(od));
  for (let oc = 0; oc < m; oc++) {
    const g = Math.floor(oc / (m / group));
    for (const o of indices(od)) {
      let acc = b[oc]!;
      for (let ic = 0; ic < cg; ic++) for (const k of indices(w.kernel)) {
        const p = tap(w, o, k);
        if (p !== undefined) acc += x[flat([c, ...w.dims], [g * cg + ic, ...p])]! * wt[flat([m, cg, ...w.kernel], [oc, ic, ...k])]!;
      }
      y[flat([m, ...od], [oc, ...o])] = acc;
    }
  }
  return y;
}

/** ONNX MaxPool / AveragePool (count_include_pad 0) over any number of axes. */
function poolNd64(w: Win, c: number, kind: 'max' | 'avg', x: Float32Array): Float64Array {
  const od = outDims(w);
  const y = new Float64Array(c * prod(od));
  for (let ch = 0; ch < c; ch++) for (const o of indices(od)) {
    const seen: number[] = [];
    for (const k of indices(w.kernel)) {
      const p = tap(w, o, k);
      if (p !== undefined) seen.push(x[flat([c, ...w.dims], [ch, ...p])]!);
    }
    y[flat([c, ...od], [ch, ...o])] = kind === 'max' ? Math.max(...seen) : seen.reduce((s, v) => s + v, 0) / seen.length;
  }
  return y;
}

const winArb = (rank: number, pool: boolean) => fc.record({
  dims: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: rank, maxLength: rank }),
  kernel: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: rank, maxLength: rank }),
  stride: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: rank, maxLength: rank }),
  dilation: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: rank, maxLength: rank }),
  pads: fc.array(fc.nat(2), { minLength: 2 * rank, maxLength: 2 * rank }),
}).map((w) => ({ ...w, pads: pool ? w.pads.map((p, i) => Math.min(p, w.kernel[i % rank]! - 1)) : w.pads }))
  .filter((w) => outDims(w).every((d) => d >= 1)
    // A pool window must see a real element (the ops reject all-padding windows).
    && (!pool || [...indices(outDims(w))].every((o) => [...indices(w.kernel)].some((k) => tap(w, o, k) !== undefined))));

const windowAttrs = (w: Win, withDilation = true): Record<string, AttrIn> => ({
  kernel_shape: { ints: w.kernel }, strides: { ints: w.stride }, pads: { ints: w.pads }, ...(withDilation ? { dilations: { ints: w.dilation } } : {}),
});

/** What each rank imports as (ops other than the 1-D reshapes), per ONNX op. */
const EMITS: Record<string, Record<number, string>> = {
  Conv: { 1: 'conv2d', 2: 'conv2d', 3: 'conv3d' },
  MaxPool: { 1: 'maxpool', 2: 'maxpool', 3: 'maxpool3d' },
  AveragePool: { 1: 'avgpool', 2: 'avgpool', 3: 'avgpool3d' },
  GlobalMaxPool: { 1: 'maxpool', 2: 'maxpool', 3: 'maxpool3d' },
  GlobalAveragePool: { 1: 'global_avgpool', 2: 'global_avgpool', 3: 'global_avgpool' },
};

function expectForm(opType: string, rank: number, ops: string[]): void {
  const want = EMITS[opType]![rank]!;
  const reshapes = rank === 1 && opType !== 'GlobalAveragePool' ? ['reshape', want, 'reshape'] : [want];
  expect(ops, `${opType} ${rank}-D`).toEqual(reshapes);
}

describe('window ops over 1, 2 and 3 spatial axes against the float64 oracle', () => {
  for (const rank of [1, 2, 3]) {
    it(`Conv ${rank}-D (grouped, asymmetric pads, strides, dilations)`, () => {
      fc.assert(fc.property(winArb(rank, false), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.nat(), (w, group, perG, seed) => {
        const [c, m] = [group * perG, group * (3 - perG)];
        const wt = randomFloats(m * perG * prod(w.kernel), seed);
        const b = randomFloats(m, seed + 1);
        const x = randomFloats(c * prod(w.dims), seed + 2);
        const bytes = buildModel({
          inputs: [{ name: 'x', dims: [1, c, ...w.dims] }], outputs: ['y'],
          initializers: [floatTensor('w', [m, perG, ...w.kernel], wt), floatTensor('b', [m], b)],
          nodes: [node('Conv', ['x', 'w', 'b'], ['y'], { ...windowAttrs(w), group: { i: group } })],
        });
        const { graph, y } = importAndRun(bytes, x);
        expectForm('Conv', rank, opsOf(graph));
        expect(graph.values.get('y')!.type.shape).toEqual([1, m, ...outDims(w)]);
        expect(maxAbsDiff(y, convNd64(w, c, m, group, x, wt, b))).toBeLessThan(TOL);
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(40) });
    });

    for (const kind of ['max', 'avg'] as const) {
      it(`${kind === 'max' ? 'MaxPool' : 'AveragePool'} ${rank}-D`, () => {
        fc.assert(fc.property(winArb(rank, true), fc.integer({ min: 1, max: 2 }), fc.nat(), (w0, c, seed) => {
          const w = kind === 'avg' ? { ...w0, dilation: w0.dilation.map(() => 1) } : w0;
          const x = randomFloats(c * prod(w.dims), seed);
          const bytes = buildModel({
            inputs: [{ name: 'x', dims: [1, c, ...w.dims] }], outputs: ['y'],
            nodes: [node(kind === 'max' ? 'MaxPool' : 'AveragePool', ['x'], ['y'], windowAttrs(w, kind === 'max'))],
          });
          const { graph, y } = importAndRun(bytes, x);
          expectForm(kind === 'max' ? 'MaxPool' : 'AveragePool', rank, opsOf(graph));
          expect(maxAbsDiff(y, poolNd64(w, c, kind, x))).toBeLessThan(TOL);
        }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
      });
    }

    it(`GlobalMaxPool and GlobalAveragePool ${rank}-D`, () => {
      const dims = [3, 2, 4].slice(0, rank);
      const x = randomFloats(2 * prod(dims), 40 + rank);
      for (const op of ['GlobalMaxPool', 'GlobalAveragePool']) {
        const bytes = buildModel({ inputs: [{ name: 'x', dims: [1, 2, ...dims] }], outputs: ['y'], nodes: [node(op, ['x'], ['y'])] });
        const { graph, y } = importAndRun(bytes, x);
        expectForm(op, rank, opsOf(graph));
        const w: Win = { dims, kernel: dims, stride: dims.map(() => 1), dilation: dims.map(() => 1), pads: [...dims, ...dims].map(() => 0) };
        expect(graph.values.get('y')!.type.shape).toEqual([1, 2, ...dims.map(() => 1)]);
        expect(maxAbsDiff(y, poolNd64(w, 2, op === 'GlobalMaxPool' ? 'max' : 'avg', x))).toBeLessThan(TOL);
      }
    });
  }

  it('a 1-D window\'s intermediate values are named after the ONNX output and the step', () => {
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 5] }], outputs: ['y'], initializers: [floatTensor('w', [2, 1, 2], [1, 2, 3, 4])],
      nodes: [node('Conv', ['x', 'w'], ['c'], { group: { i: 2 } }), node('MaxPool', ['c'], ['y'], { kernel_shape: { ints: [2] } })],
    });
    const g = importOnnx(bytes);
    expect(g.nodes.map((n) => `${n.op} ${n.name}`)).toEqual(['reshape c/Conv.as2d', 'conv2d c/Conv.conv', 'reshape c/Conv', 'reshape y.as2d', 'maxpool y.pool', 'reshape y']);
    expect(g.nodes[1]!.attrs['groups']).toBe(2);
    // The 1-D weight [O, I, k] becomes a 2-D constant named after it.
    expect(g.nodes[1]!.operands[1]).toEqual({ ref: 'const', name: 'w.2d' });
    expect(g.constants.get('w.2d')!.type.shape).toEqual([2, 1, 1, 2]);
  });
});

describe('window importers: input ranks and docs', () => {
  it('an input without 1 to 3 spatial axes is ONNX016 naming the input and the rule', () => {
    for (const dims of [[1, 4], [1, 1, 2, 2, 2, 2]]) {
      for (const op of ['Conv', 'MaxPool', 'GlobalAveragePool', 'ConvTranspose']) {
        const k = dims.slice(2).map(() => 1);
        const bytes = buildModel({
          inputs: [{ name: 'x', dims }], outputs: ['y'], initializers: op.startsWith('Conv') ? [floatTensor('w', [1, 1, ...k], [1])] : [],
          nodes: [node(op, op.startsWith('Conv') ? ['x', 'w'] : ['x'], ['y'], op === 'MaxPool' ? { kernel_shape: { ints: k } } : {})],
        });
        const d = firstDiagnostic(() => importOnnx(bytes));
        expect(d.code, `${op} on ${dims.length}-D`).toBe('ONNX016');
        expect(d.message).toContain('input x');
        expect(d.message).toContain('1 to 3 spatial axes');
      }
    }
  });

  it('each window importer\'s doc names every op it emits, at every rank', () => {
    for (const [opType, byRank] of Object.entries(EMITS)) {
      const doc = ONNX_OP_MAP.get(opType)!.doc;
      for (const op of Object.values(byRank)) expect(doc, opType).toMatch(new RegExp(`\\b${op}\\b`));
    }
    expect(ONNX_OP_MAP.get('ConvTranspose')!.doc).toMatch(/\bconv_transpose\b/);
    expect(ONNX_OP_MAP.get('Pad')!.doc).toMatch(/^pad\b/);
  });

  it('lift1d: per-axis lists gain a leading identity axis (1, or 0 for output padding), pads [b, e] → [0, b, 0, e]', () => {
    expect(lift1d({ kernel: [4], stride: [2], dilation: [3], output_padding: [1], pad: [2, 5], groups: 3, ceil_mode: true })).toEqual({
      kernel: [1, 4], stride: [1, 2], dilation: [1, 3], output_padding: [0, 1], pad: [0, 2, 0, 5], groups: 3, ceil_mode: true,
    });
  });

  it('the global pools take no attributes (ONNX defines none), so any attribute is reported', () => {
    for (const op of ['GlobalMaxPool', 'GlobalAveragePool']) expect(importerAttrs(ONNX_OP_MAP.get(op)!, 1), op).toEqual([]);
  });

  it('a 1-D Conv whose weight is computed (not a constant) is a user error, not a crash', () => {
    const bytes = buildModel({ inputs: [{ name: 'x', dims: [1, 1, 5] }, { name: 'w', dims: [1, 1, 2] }], outputs: ['y'], nodes: [node('Conv', ['x', 'w'], ['y'])] });
    expect(firstDiagnostic(() => importOnnx(bytes)).message).toContain('weight');
  });
});
