// Every ONNX op with a window (Conv, MaxPool, AveragePool) on windows that are asymmetric on purpose:
// four different pads, non-square kernels, strides and dilations, grouped and depthwise convs, ceil_mode and
// count_include_pad, and auto_pad SAME_UPPER / SAME_LOWER with odd padding totals. The imported graph's
// float result must equal the independent float64 oracle (reference64.ts, written from the ONNX operator
// definitions) within 1e-5. A symmetric-pads-only suite cannot tell [t, l, b, r] from [t, b, l, r]; these can.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, node, randomFloats, type AttrIn } from './onnx-builder.js';
import { importAndRun } from './run-imported.js';
import { conv, maxAbsDiff, pool, t64 } from './reference64.js';
import { outExtent, padOrderMatters, window2d, type Window2d } from '../../../arbitraries/windows.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';

const TOL = 1e-5;
const opts = (runs: number) => ({ seed: PROPERTY_SEED, numRuns: propertyRuns(runs) });

/** The explicit pads ONNX's auto_pad stands for (the operator definition: out = ceil(in / stride)). */
function autoPads(mode: 'SAME_UPPER' | 'SAME_LOWER', win: Window2d): [number, number, number, number] {
  const axis = (size: number, k: number, s: number, d: number): [number, number] => {
    const total = Math.max(0, (Math.ceil(size / s) - 1) * s + (k - 1) * d + 1 - size);
    const small = Math.floor(total / 2);
    return mode === 'SAME_UPPER' ? [small, total - small] : [total - small, small];
  };
  const [t, b] = axis(win.h, win.kernel[0], win.strides[0], win.dilations[0]);
  const [l, r] = axis(win.w, win.kernel[1], win.strides[1], win.dilations[1]);
  return [t, l, b, r];
}

describe('Conv with asymmetric pads, non-square kernels/strides/dilations, groups', () => {
  const convCase = fc.record({
    win: window2d({ maxKernel: 4, maxDilation: 2, pool: false }),
    groups: fc.integer({ min: 1, max: 3 }), cinPerGroup: fc.integer({ min: 1, max: 2 }), coutPerGroup: fc.integer({ min: 1, max: 2 }),
    bias: fc.boolean(), seed: fc.nat(),
    autoPad: fc.constantFrom('NOTSET', 'NOTSET', 'SAME_UPPER', 'SAME_LOWER') as fc.Arbitrary<'NOTSET' | 'SAME_UPPER' | 'SAME_LOWER'>,
  });

  it('equals the float64 oracle (explicit pads and auto_pad)', () => {
    let orderMatters = 0;
    fc.assert(fc.property(convCase, ({ win, groups, cinPerGroup, coutPerGroup, bias, seed, autoPad }) => {
      const cin = groups * cinPerGroup;
      const cout = groups * coutPerGroup;
      const [kh, kw] = win.kernel;
      const w = randomFloats(cout * cinPerGroup * kh * kw, seed);
      const b = randomFloats(cout, seed + 1);
      const x = randomFloats(cin * win.h * win.w, seed + 2);
      const pads = autoPad === 'NOTSET' ? [...win.pads] : autoPads(autoPad, win);
      const attrs: Record<string, AttrIn> = {
        kernel_shape: { ints: [kh, kw] }, strides: { ints: [...win.strides] }, dilations: { ints: [...win.dilations] }, group: { i: groups },
        ...(autoPad === 'NOTSET' ? { pads: { ints: pads } } : { auto_pad: { s: autoPad } }),
      };
      const bytes = buildModel({
        inputs: [{ name: 'x', dims: [1, cin, win.h, win.w] }], outputs: ['y'],
        initializers: [floatTensor('w', [cout, cinPerGroup, kh, kw], w), ...(bias ? [floatTensor('b', [cout], b)] : [])],
        nodes: [node('Conv', bias ? ['x', 'w', 'b'] : ['x', 'w'], ['y'], attrs)],
      });
      const { y } = importAndRun(bytes, x);
      const want = conv(t64([1, cin, win.h, win.w], x), t64([cout, cinPerGroup, kh, kw], w), bias ? b : undefined,
        { strides: [...win.strides], pads, dilations: [...win.dilations], group: groups });
      expect(y.length).toBe(want.data.length);
      expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
      if (padOrderMatters(pads)) orderMatters++;
    }), opts(200));
    expect(orderMatters).toBeGreaterThan(propertyRuns(200) / 4);
  });

  it('depthwise (group = channels) with a 3x1 kernel, strides [1, 2] and pads [0, 2, 1, 0]', () => {
    const [c, h, wd] = [3, 5, 6];
    const w = randomFloats(c * 3, 7);
    const x = randomFloats(c * h * wd, 8);
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, c, h, wd] }], outputs: ['y'], initializers: [floatTensor('w', [c, 1, 3, 1], w)],
      nodes: [node('Conv', ['x', 'w'], ['y'], { group: { i: c }, strides: { ints: [1, 2] }, pads: { ints: [0, 2, 1, 0] } })],
    });
    const { graph, y } = importAndRun(bytes, x);
    expect(graph.nodes[0]!.attrs['pad']).toEqual([0, 2, 1, 0]);
    // Out H = (5 + 0 + 1 − 3)/1 + 1 = 4; out W = (6 + 2 + 0 − 1)/2 + 1 = 4.
    expect(graph.values.get('y')!.type.shape).toEqual([1, c, 4, 4]);
    expect(maxAbsDiff(y, conv(t64([1, c, h, wd], x), t64([c, 1, 3, 1], w), undefined, { strides: [1, 2], pads: [0, 2, 1, 0], group: c }).data)).toBeLessThan(TOL);
  });
});

describe('MaxPool and AveragePool with asymmetric pads, non-square kernels and strides', () => {
  const poolCase = fc.record({
    win: window2d({ maxKernel: 4, maxDilation: 1, pool: true }),
    kind: fc.constantFrom('max' as const, 'avg' as const), channels: fc.integer({ min: 1, max: 3 }),
    ceil: fc.boolean(), countPad: fc.boolean(), seed: fc.nat(),
    autoPad: fc.constantFrom('NOTSET', 'NOTSET', 'SAME_UPPER', 'SAME_LOWER') as fc.Arbitrary<'NOTSET' | 'SAME_UPPER' | 'SAME_LOWER'>,
  }).filter(({ win, autoPad }) => {
    // auto_pad pads must stay below the kernel too (pooling's rule); drawn windows keep theirs below it.
    if (autoPad === 'NOTSET') return true;
    const p = autoPads(autoPad, win);
    return p.every((v, i) => v < win.kernel[i % 2]!);
  });

  it('equals the float64 oracle (floor and ceil mode, count_include_pad, explicit pads and auto_pad)', () => {
    let orderMatters = 0;
    fc.assert(fc.property(poolCase, ({ win, kind, channels, ceil, countPad, seed, autoPad }) => {
      const x = randomFloats(channels * win.h * win.w, seed);
      const pads = autoPad === 'NOTSET' ? [...win.pads] : autoPads(autoPad, win);
      const attrs: Record<string, AttrIn> = {
        kernel_shape: { ints: [...win.kernel] }, strides: { ints: [...win.strides] }, ceil_mode: { i: ceil && autoPad === 'NOTSET' ? 1 : 0 },
        ...(kind === 'avg' ? { count_include_pad: { i: countPad ? 1 : 0 } } : {}),
        ...(autoPad === 'NOTSET' ? { pads: { ints: pads } } : { auto_pad: { s: autoPad } }),
      };
      const bytes = buildModel({
        inputs: [{ name: 'x', dims: [1, channels, win.h, win.w] }], outputs: ['y'],
        nodes: [node(kind === 'max' ? 'MaxPool' : 'AveragePool', ['x'], ['y'], attrs)],
      });
      const { y } = importAndRun(bytes, x);
      const want = pool(t64([1, channels, win.h, win.w], x), kind, [...win.kernel], [...win.strides], pads, kind === 'avg' && countPad, ceil && autoPad === 'NOTSET');
      expect(y.length).toBe(want.data.length);
      expect(maxAbsDiff(y, want.data)).toBeLessThan(TOL);
      if (padOrderMatters(pads)) orderMatters++;
    }), opts(300));
    expect(orderMatters).toBeGreaterThan(propertyRuns(300) / 8);
  });

  it('AveragePool 3x2, strides [2, 1], pads [2, 0, 1, 1]: each border window by hand', () => {
    // x [1,1,3,3] = 1..9; out H = (3 + 2 + 1 − 3)/2 + 1 = 2; out W = (3 + 0 + 1 − 2)/1 + 1 = 3.
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 3, 3] }], outputs: ['y'],
      nodes: [node('AveragePool', ['x'], ['y'], { kernel_shape: { ints: [3, 2] }, strides: { ints: [2, 1] }, pads: { ints: [2, 0, 1, 1] } })],
    });
    const { y } = importAndRun(bytes, x);
    // Row 0 covers input row 0 only (rows −2, −1 are padding); row 1 covers input rows 0..2.
    // Columns: [0,1], [1,2], [2] (column 3 is padding).
    expect(Array.from(y)).toEqual([1.5, 2.5, 3, 27 / 6, 33 / 6, 6]);
    expect(outExtent(3, 2, 1, 3, 2, 1)).toBe(2);
  });
});
