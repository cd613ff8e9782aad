// The helpers of the layer-by-layer recipes (quant-recipes mutation group): SQNR in dB and its running
// accumulator, calibration tensors split into samples of the graph input (CAL001-CAL003), the im2col patch
// of a qconv2d/qdense input checked against a brute-force window read, and the option parsing of the passes
// that need the float graph and calibration data (QMOD011/QMOD012 naming the pass or layer).
import { describe, expect, it } from 'vitest';
import { SqnrAccumulator, sqnrDb } from '../../../compiler/quant/sqnr.js';
import { samplesOf } from '../../../compiler/quant/calibration-samples.js';
import { calibSamplesOption, floatGraphOption, floatLayer, patchGeometry } from '../../../compiler/quant/layer-walk.js';
import { emptyGraph, type Graph, type Node } from '../../../compiler/ir/graph.js';
import { f32Tensor, makeTensor } from '../../../compiler/ir/tensor.js';
import { firstDiagnostic, userErrorOf } from '../../user-error.js';
import { formatDiagnostic } from '../../../core/diagnostics.js';

const graphWithInput = (shape: number[], inputs = 1): Graph => {
  const g = emptyGraph('g');
  for (let i = 0; i < inputs; i++) g.inputs.push({ name: `x${i}`, type: { dtype: 'f32', shape } });
  return g;
};
const code = (f: () => unknown, c: string, ...parts: string[]) => {
  const d = firstDiagnostic(f);
  expect(d.code).toBe(c);
  for (const p of parts) expect(d.message).toContain(p);
};

describe('SQNR', () => {
  it('10·log10(signal / noise); exact is +∞, a zero signal with noise −∞', () => {
    expect(sqnrDb(100, 1)).toBeCloseTo(20, 12);
    expect(sqnrDb(1, 1000)).toBeCloseTo(-30, 12);
    expect(sqnrDb(5, 0)).toBe(Infinity);
    expect(sqnrDb(0, 0)).toBe(Infinity);
    expect(sqnrDb(0, 2)).toBe(-Infinity);
  });

  it('the accumulator sums Σ ref² and Σ (ref − approx)² over every batch added', () => {
    const acc = new SqnrAccumulator();
    expect(acc.db()).toBe(Infinity);
    acc.add([3, -4], [3, -4]);
    expect(acc.db()).toBe(Infinity);
    acc.add([0, 0], [1, -1]); // signal 25, noise 2
    expect(acc.db()).toBeCloseTo(10 * Math.log10(25 / 2), 12);
    acc.add([1], [4]); // signal 26, noise 11
    expect(acc.db()).toBeCloseTo(10 * Math.log10(26 / 11), 12);
  });
});

describe('calibration samples', () => {
  it('splits tensors along dimension 0 into samples of the declared input shape, in order', () => {
    const g = graphWithInput([1, 2]);
    const s = samplesOf(g, [f32Tensor([3, 2], Float32Array.from([1, 2, 3, 4, 5, 6])), f32Tensor([1, 2], Float32Array.from([7, 8]))]);
    expect(s.map((t) => [t.type.shape, Array.from(t.data as Float32Array)])).toEqual([[[1, 2], [1, 2]], [[1, 2], [3, 4]], [[1, 2], [5, 6]], [[1, 2], [7, 8]]]);
    // A batch-2 input takes two rows per sample; a single tensor (not an array) works; float64 data is converted.
    const g2 = graphWithInput([2, 1]);
    const s2 = samplesOf(g2, makeTensor('f32', [4, 1], Float64Array.from([1, 2, 3, 4]) as never));
    expect(s2.map((t) => Array.from(t.data as Float32Array))).toEqual([[1, 2], [3, 4]]);
    expect(s2[0]!.data).toBeInstanceOf(Float32Array);
  });

  it('CAL001 for several inputs, CAL002 naming shapes that do not fit, CAL003 for no samples', () => {
    code(() => samplesOf(graphWithInput([1, 2], 2), f32Tensor([1, 2], [1, 2])), 'CAL001', 'has 2');
    code(() => samplesOf(graphWithInput([1, 2]), f32Tensor([1, 3], [1, 2, 3])), 'CAL002', '[1,3]', '%x0', '[1,2]');
    code(() => samplesOf(graphWithInput([2, 2]), f32Tensor([3, 2], [1, 2, 3, 4, 5, 6])), 'CAL002', 'a multiple of 2 samples of [2])');
    code(() => samplesOf(graphWithInput([1, 2]), []), 'CAL003', 'graph g');
  });
});

describe('layer-walk helpers', () => {
  it('a conv patch holds the window\'s taps (c, ky, kx) with NaN in the padding, for every position (strides, pads, dilations either way)', () => {
    const [c, h, w, groups] = [4, 4, 5, 2];
    const [kh, kw] = [2, 3];
    const x = f32Tensor([1, c, h, w], Float32Array.from({ length: c * h * w }, (_, i) => i));
    const cases: { stride: [number, number]; pad: [number, number, number, number]; dilation: [number, number] }[] = [
      { stride: [2, 1], pad: [1, 0, 0, 2], dilation: [1, 2] },
      { stride: [1, 2], pad: [0, 1, 2, 0], dilation: [2, 1] },
    ];
    for (const { stride: [sh, sw], pad: [pt, pl, pb, pr], dilation: [dh, dw] } of cases) {
      const node: Node = { name: 'q', op: 'qconv2d', operands: [], attrs: { stride: [sh, sw], pad: [pt, pl, pb, pr], dilation: [dh, dw], groups } };
      const geo = patchGeometry(node, [1, c, h, w], [6, c / groups, kh, kw]);
      const [ho, wo] = [Math.floor((h + pt + pb - dh * (kh - 1) - 1) / sh) + 1, Math.floor((w + pl + pr - dw * (kw - 1) - 1) / sw) + 1];
      expect([geo.groups, geo.cout, geo.coutG, geo.k, geo.positions]).toEqual([2, 6, 3, 2 * kh * kw, ho * wo]);
      const out = new Float64Array(geo.k);
      for (let g = 0; g < groups; g++) for (let p = 0; p < geo.positions; p++) {
        geo.patch(x, g, p, out);
        const want: number[] = [];
        for (let ci = 0; ci < c / groups; ci++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) {
          const iy = Math.floor(p / wo) * sh - pt + ky * dh;
          const ix = (p % wo) * sw - pl + kx * dw;
          want.push(iy >= 0 && iy < h && ix >= 0 && ix < w ? ((g * 2 + ci) * h + iy) * w + ix : NaN);
        }
        expect(Array.from(out)).toEqual(want);
      }
    }
  });

  it('a conv without groups/stride/pad attributes is one group, stride 1, no padding; a dense patch is its input', () => {
    const geo = patchGeometry({ name: 'q', op: 'qconv2d', operands: [], attrs: {} }, [1, 1, 3, 3], [2, 1, 2, 2]);
    expect([geo.groups, geo.coutG, geo.positions]).toEqual([1, 2, 4]);
    const d = patchGeometry({ name: 'd', op: 'qdense', operands: [], attrs: {} }, [1, 3], [5, 3]);
    expect([d.groups, d.cout, d.coutG, d.k, d.positions]).toEqual([1, 5, 5, 3, 1]);
    const out = new Float64Array(3);
    d.patch(f32Tensor([1, 3], [7, 8, 9]), 0, 0, out);
    expect(Array.from(out)).toEqual([7, 8, 9]);
  });

  it('floatLayer finds the conv2d/dense of that name (bias zeros when it has none), QMOD012 otherwise', () => {
    const g = graphWithInput([1, 2]);
    g.constants.set('w', f32Tensor([3, 2], [1, 2, 3, 4, 5, 6]));
    g.constants.set('b', f32Tensor([3], [7, 8, 9]));
    g.nodes.push({ name: 'relu', op: 'relu', operands: [{ ref: 'value', name: 'x0' }], attrs: {} });
    g.nodes.push({ name: 'fc', op: 'dense', operands: [{ ref: 'value', name: 'relu' }, { ref: 'const', name: 'w' }, { ref: 'const', name: 'b' }], attrs: {} });
    g.nodes.push({ name: 'fc2', op: 'dense', operands: [{ ref: 'value', name: 'fc' }, { ref: 'const', name: 'w' }], attrs: {} });
    expect(Array.from(floatLayer(g, 'fc').b)).toEqual([7, 8, 9]);
    expect(Array.from(floatLayer(g, 'fc2').w)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(floatLayer(g, 'fc2').b)).toEqual([0, 0, 0]);
    code(() => floatLayer(g, 'relu'), 'QMOD012', 'layer relu');
    expect(firstDiagnostic(() => floatLayer(g, 'relu')).node).toBe('relu');
  });

  it('the passes\' options: the float graph (a Graph or QIR text) and calibration data, QMOD011 naming the pass when absent', () => {
    const g = graphWithInput([1, 2]);
    expect(floatGraphOption(g, 'adaround')).toBe(g);
    // QIR text is parsed, its errors naming the pass's option.
    expect(firstDiagnostic(() => floatGraphOption('not qir', 'adaround')).file).toBe('adaround floatGraph');
    for (const bad of [undefined, null, 3, {}]) code(() => floatGraphOption(bad, 'adaround'), 'QMOD011', 'adaround needs the float graph');
    for (const bad of [undefined, null, 'x']) code(() => calibSamplesOption(bad, g, 'correct-bias'), 'QMOD011', 'correct-bias needs calibration data');
    const plain = calibSamplesOption({ shape: [3, 2], data: [1, 2, 3, 4, 5, 6] }, g, 'p');
    expect(plain.map((t) => Array.from(t.data as Float32Array))).toEqual([[1, 2], [3, 4], [5, 6]]);
    // the tensor must fit the graph input: [3] is no multiple of [1,2]
    code(() => calibSamplesOption({ shape: [3], data: [1, 2, 3] }, g, 'p'), 'CAL002', 'calibration tensor [3] does not fit input %x0 [1,2]');
    expect(calibSamplesOption(f32Tensor([3, 2], [1, 2, 3, 4, 5, 6]), g, 'p', 2)).toHaveLength(2);
    expect(calibSamplesOption(f32Tensor([3, 2], [1, 2, 3, 4, 5, 6]), g, 'p', 0)).toHaveLength(3);
  });

  it('{shape, data} calibration without a shape list or with the wrong count of numbers: QMOD016 naming the pass and option, a one-line user error', () => {
    const g = graphWithInput([1, 2]);
    const noShape = userErrorOf(() => calibSamplesOption({ data: [1, 2] }, g, 'adaround'));
    expect(noShape.exitCode).toBe(2);
    // what the CLI prints: one line, no stack
    expect(formatDiagnostic(noShape.diagnostics[0]!)).toBe('error QMOD016: adaround option calib: {shape, data} needs a shape, a list of dimensions [N, ...input]');
    code(() => calibSamplesOption({ shape: 2, data: [1, 2] }, g, 'p'), 'QMOD016', 'p option calib: {shape, data} needs a shape');
    code(() => calibSamplesOption({ shape: [2, 2] }, g, 'p'), 'QMOD016', 'p option calib: shape [2,2] needs data, a list of 4 numbers');
    code(() => calibSamplesOption({ shape: [2, 2], data: [1, 2] }, g, 'correct-bias'), 'QMOD016', 'correct-bias option calib: shape [2,2] needs data, a list of 4 numbers');
  });
});
