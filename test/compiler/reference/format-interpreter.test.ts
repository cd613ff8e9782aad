// runFormat's dispatch: each conv2d/dense runs the format GEMM of its kind (INT8 for an int8Inputs entry, MX,
// per-tensor) on its input converted by its own scale (1 when the model has none), with the conv's groups and
// window read from its attributes, then the fused clamp; and the internal errors of a model that does not
// fit its graph (missing or wrong-shaped weights, an op changed after the first run) name the node.
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, type Graph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import type { Window2d } from '../../../compiler/ir/ops/conv-geometry.js';
import { formatModelOf } from '../../../compiler/ptq/format-model.js';
import { quantizeActivations, quantizeWeights } from '../../../compiler/quant/format-quantize.js';
import { quantizeU8Activations, type U8Grid } from '../../../compiler/quant/int8-gemm.js';
import { type FormatModel, gemmKindOf, runFormat } from '../../../compiler/reference/format-interpreter.js';
import { formatConv2d, formatDense, type GemmKind } from '../../../compiler/reference/format-gemm.js';

/** Deterministic values in (−2, 2) that differ from element to element. */
const wave = (n: number, phase: number): number[] => Array.from({ length: n }, (_, i) => 2 * Math.sin(i * 12.9898 + phase));

const X_SHAPE = [1, 4, 5, 5];
const C_OUT = [1, 4, 2, 5];
// conv c: groups 2, kernel 3×2, stride (2, 1), pads top 1 / right 1 (the attributes say so; readWindow2d is not used here).
const C_WINDOW: Window2d = { h: { kernel: 3, stride: 2, dilation: 1, padBegin: 1, padEnd: 0 }, w: { kernel: 2, stride: 1, dilation: 1, padBegin: 0, padEnd: 1 }, ceilMode: false };

/** x [1,4,5,5] → conv2d c (groups 2, fused relu, bias) → flatten f → dense y [1,3] (bias). */
function convNet(): Graph {
  const g = emptyGraph('convnet');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: X_SHAPE } });
  g.constants.set('wc', f32Tensor([4, 2, 3, 2], wave(48, 1)));
  g.constants.set('bc', f32Tensor([4], [0.3, -0.2, 0.05, -1]));
  g.constants.set('wy', f32Tensor([3, 40], wave(120, 2)));
  g.constants.set('by', f32Tensor([3], [0.1, -0.4, 0.25]));
  g.nodes.push({ name: 'c', op: 'conv2d', operands: [valueRef('x'), constRef('wc'), constRef('bc')], attrs: { groups: 2, stride: [2, 1], pad: [1, 0, 0, 1], act_min: 0 } });
  g.nodes.push({ name: 'f', op: 'flatten', operands: [valueRef('c')], attrs: {} });
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('f'), constRef('wy'), constRef('by')], attrs: {} });
  g.outputs.push('c', 'y');
  inferTypes(g);
  return g;
}

const X = f32Tensor(X_SHAPE, wave(100, 3));
const GRID: U8Grid = { scale: 4 / 255, zero: 128 };

/** c and y as the format GEMMs of the given kinds compute them, each from its own input (y's: runFormat's c). */
function expected(model: FormatModel, kinds: [GemmKind, GemmKind], yScale: number, c: Float32Array): [number[], number[]] {
  const g = model.graph;
  const xq = kinds[0] === 'int8' ? quantizeU8Activations(X.data as Float32Array, X_SHAPE, GRID) : quantizeActivations(X.data as Float32Array, X_SHAPE, model.format, 1);
  const conv = formatConv2d(xq, model.weights.get('c')!, g.constants.get('bc')!.data as Float32Array, 2, C_WINDOW, C_OUT, kinds[0]);
  const cq = quantizeActivations(c, [1, 40], model.format, yScale);
  const dense = formatDense(cq, model.weights.get('y')!, g.constants.get('by')!.data as Float32Array, kinds[1]);
  return [Array.from(conv, (v) => Math.max(0, v)), Array.from(dense)];
}

function run(model: FormatModel): [Float32Array, Float32Array] {
  const out = runFormat(model, new Map([['x', X]]));
  return [out.get('c')!.data as Float32Array, out.get('y')!.data as Float32Array];
}

describe('runFormat', () => {
  it('gemmKindOf: INT8 for an int8Inputs entry (in any format), else MX or per-tensor by the format', () => {
    const g = convNet();
    const mx = formatModelOf(g, 'mxfp8', new Map(), new Map([['c', GRID]]));
    expect([gemmKindOf(mx, 'c'), gemmKindOf(mx, 'y')]).toEqual(['int8', 'mx']);
    const fp8 = formatModelOf(g, 'fp8', new Map([['y', 0.5]]), new Map([['c', GRID]]));
    expect([gemmKindOf(fp8, 'c'), gemmKindOf(fp8, 'y')]).toEqual(['int8', 'per-tensor']);
  });

  it('MX: the grouped, strided, padded conv and the dense run the MX GEMM with their attributes, then the fused relu', () => {
    const model = formatModelOf(convNet(), 'mxfp8', new Map());
    const [c, y] = run(model);
    expect([Array.from(c), Array.from(y)]).toEqual(expected(model, ['mx', 'mx'], 1, c));
    expect(c.some((v) => v > 0) && c.includes(0)).toBe(true); // the relu clamps some outputs, not all
  });

  it('fp8: the int8Inputs conv runs in INT8 on its uint8 grid; the dense in FP8 at its activation scale, or 1 without one', () => {
    const g = convNet();
    const scaled = formatModelOf(g, 'fp8', new Map([['y', 0.37]]), new Map([['c', GRID]]));
    const [c, y] = run(scaled);
    expect([Array.from(c), Array.from(y)]).toEqual(expected(scaled, ['int8', 'per-tensor'], 0.37, c));
    const unscaled = formatModelOf(g, 'fp8', new Map(), new Map([['c', GRID]]));
    const [c1, y1] = run(unscaled);
    expect([Array.from(c1), Array.from(y1)]).toEqual(expected(unscaled, ['int8', 'per-tensor'], 1, c1));
    expect(Array.from(y1)).not.toEqual(Array.from(y)); // the scale is read
  });

  it('a model without a GEMM\'s weights, or with weights of another output size, is an internal error naming the node', () => {
    const model = formatModelOf(convNet(), 'mxfp8', new Map());
    expect(() => run({ ...model, weights: new Map() })).toThrow('invariant violated: format model has no converted weights for c');
    const narrow = quantizeWeights(wave(80, 4), [2, 40], model.format);
    expect(() => run({ ...model, weights: new Map([...model.weights, ['y', narrow]]) })).toThrow('invariant violated: format GEMM y made the wrong number of outputs');
  });

  it('the graph\'s types are inferred once per graph: an op changed after the first run is an internal error naming it', () => {
    const model = formatModelOf(convNet(), 'mxfp8', new Map());
    run(model);
    model.graph.nodes = model.graph.nodes.map((n) => (n.name === 'f' ? { ...n, op: 'nope' } : n));
    expect(() => run(model)).toThrow('invariant violated: verified graph has unknown op nope');
  });
});
