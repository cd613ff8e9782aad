// quantizeModel's calibration: the activation range method is chosen per layer by the config
// (minmax, percentile, mse), on one float run of the calibration set.
import { describe, expect, it } from 'vitest';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { parseQuantConfig } from '../../../compiler/quant/presets.js';
import { mseSearchRange } from '../../../compiler/quant/range-setting.js';

/** Two identity dense layers a → b over x [1,1]: both outputs see exactly the calibration values. */
function identities(): Graph {
  const g = emptyGraph('id');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 1] } });
  g.constants.set('w', f32Tensor([1, 1], [1]));
  g.nodes.push({ name: 'a', op: 'dense', operands: [valueRef('x'), constRef('w')], attrs: {} });
  g.nodes.push({ name: 'b', op: 'dense', operands: [valueRef('a'), constRef('w')], attrs: {} });
  g.outputs.push('b');
  inferTypes(g);
  return g;
}

// 999 values spread over [0, 1] and one outlier at 100.
const calib = f32Tensor([1000, 1], [...Array.from({ length: 999 }, (_, i) => i / 998), 100]);
const yScale = (g: Graph, name: string): number => g.nodes.find((n) => n.name === name)!.attrs['y_scale'] as number;

describe('activation ranges per layer', () => {
  it('min-max by default: the outlier sets the scale (100/255)', () => {
    const { graph } = quantizeModel(identities(), { preset: 'w8a8', calib });
    expect(yScale(graph, 'a')).toBeCloseTo(100 / 255, 9);
    expect(yScale(graph, 'b')).toBeCloseTo(100 / 255, 9);
  });

  it('percentile on one layer, mse on the other, each clips the outlier; the config names the layer', () => {
    const config = parseQuantConfig(JSON.stringify({ preset: 'w8a8', layers: { a: { actRange: 'percentile', percentile: 99 }, b: { actRange: 'mse', actBits: 4 } } }));
    const { graph } = quantizeModel(identities(), { config, calib });
    // 99th percentile of the 1000 values: just under 1 (histogram bin edge), so the scale is about 1/255.
    expect(yScale(graph, 'a')).toBeGreaterThan(0.95 / 255);
    expect(yScale(graph, 'a')).toBeLessThan(1.1 / 255);
    // MSE for b's own grid (4 bits, 15 steps): the range mseSearchRange picks on the same 1000 values.
    const mse = mseSearchRange(calib.data as Float32Array, { bits: 4, signed: false, symmetric: false });
    expect(yScale(graph, 'b')).toBeCloseTo(mse.max / 15, 9);
    expect(yScale(graph, 'b')).not.toBeCloseTo(100 / 255, 3);
    const only = quantizeModel(identities(), { config: parseQuantConfig(JSON.stringify({ layers: { b: { actRange: 'percentile' } } })), calib });
    expect(yScale(only.graph, 'a')).toBeCloseTo(100 / 255, 9);
  });
});

describe('data-free ranges without a BatchNorm', () => {
  it('bound a dense head by interval arithmetic: every output on in-range inputs lies inside', async () => {
    const { dataFreeRanges } = await import('../../../compiler/ptq/quantize-model.js');
    const { runFloat } = await import('../../../compiler/reference/float-interpreter.js');
    const g = emptyGraph('head');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3] } });
    g.constants.set('w', f32Tensor([2, 3], [0.5, -1, 2, -0.25, 0.75, 1.5]));
    g.constants.set('b', f32Tensor([2], [0.1, -0.2]));
    g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('x'), constRef('w'), constRef('b')], attrs: {} });
    g.outputs.push('y');
    inferTypes(g);
    // Hand bound on x ∈ [−1, 2]: channel 0 in 0.1 + [−1, 0.5]·… = [0.1−0.5−2−2, 0.1+1+1+4] = [−4.4, 6.1];
    // channel 1 in −0.2 + [−0.5−0.75−1.5, 0.25+1.5+3] = [−2.95, 4.55]; the tensor range is the union.
    const r = dataFreeRanges(g, [-1, 2]).get('y')!;
    expect(r.min).toBeCloseTo(-4.4, 6);
    expect(r.max).toBeCloseTo(6.1, 6);
    for (const xs of [[-1, -1, -1], [2, 2, 2], [-1, 2, -1], [2, -1, 2], [0.3, -0.7, 1.9]]) {
      const y = runFloat(g, new Map([['x', f32Tensor([1, 3], xs)]])).get('y')!.data as Float32Array;
      for (const v of y) {
        expect(v).toBeGreaterThanOrEqual(r.min - 1e-6);
        expect(v).toBeLessThanOrEqual(r.max + 1e-6);
      }
    }
  });
});
