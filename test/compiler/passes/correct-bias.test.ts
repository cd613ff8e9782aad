// correct-bias: a hand-built 4-bit layer whose rounding adds a known +0.12 to its output; the pass moves
// the int32 bias by exactly that (306 accumulator steps) and the integer output lands on float.
import { describe, expect, it } from 'vitest';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { parseQuantConfig } from '../../../compiler/quant/presets.js';
import { UserError } from '../../../core/diagnostics.js';

/** y = dense(x, [0.26, 0.26, 0.26, 0.7]): with s_w = 0.7/7 = 0.1 each 0.26 rounds to 3 steps (0.3), +0.04 each. */
function biased(): Graph {
  const g = emptyGraph('biased');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 4] } });
  g.constants.set('w', f32Tensor([1, 4], [0.26, 0.26, 0.26, 0.7]));
  g.constants.set('b', f32Tensor([1], [0]));
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('x'), constRef('w'), constRef('b')], attrs: {} });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}

// Rows [1,1,1,1] and [1,1,1,3]: x quantizes exactly (u8, scale 3/255: 1 → 85, 3 → 255), so the only error is
// the weights'; the 4th weight (0.7 = 7 steps) is exact, so E[(W̃ − W)x] = 3·0.04·1 = 0.12 whatever x_4 does.
// The 3s also widen the output range to 2.88 so the uncorrected 1.6 below is not clamped.
const ones = f32Tensor([16, 4], Array.from({ length: 64 }, (_, i) => (i % 4 === 3 && i >= 32 ? 3 : 1)));
const bias = (g: Graph): number => (g.constants.get('y.bias')!.data as Int32Array)[0]!;

describe('correct-bias', () => {
  it('removes a constructed systematic bias: E[(W̃ − W)x] = 3·0.04 = 0.12 = 102 steps of s_x·s_w = 0.3/255', () => {
    // Min-max weights (the preset's MSE range could pick another scale) and nothing else of the w4a8 recipe.
    const config = parseQuantConfig(JSON.stringify({ preset: 'w4a8', default: { weightRange: 'minmax' }, recipe: { cle: false, adaround: false } }));
    const plain = quantizeModel(biased(), { config, calib: ones, biasCorrection: false });
    const fixed = quantizeModel(biased(), { config, calib: ones });
    expect(bias(plain.graph)).toBe(0);
    expect(bias(fixed.graph)).toBe(-102);
    expect(fixed.report.quantPasses.map((s) => s.pass)).toEqual(['insert-quantizers', 'correct-bias']);
    // Float output 3·0.26 + 0.7 = 1.48; before correction the integer layer computes 1.6.
    const out = (g: Graph) => (runInt(g, f32Tensor([1, 4], [1, 1, 1, 1])).floatOutput.data as Float32Array)[0]!;
    const yScale = fixed.graph.nodes.find((n) => n.name === 'y')!.attrs['y_scale'] as number;
    expect(Math.abs(out(plain.graph) - 1.6)).toBeLessThanOrEqual(yScale / 2 + 1e-6);
    expect(Math.abs(out(fixed.graph) - 1.48)).toBeLessThanOrEqual(yScale / 2 + 1e-6);
  });

  it('is an error when asked for without calibration data; the recipe alone does not make it one', () => {
    let code = 'none';
    try {
      quantizeModel(biased(), { preset: 'w4a8', inputRange: [0, 1], biasCorrection: true });
    } catch (e) {
      if (e instanceof UserError) code = e.diagnostics[0]!.code;
    }
    expect(code).toBe('QMOD011');
    // The recipe alone: skipped with a note (data-free ranges come from interval bounds: no BatchNorm here).
    const recipe = parseQuantConfig(JSON.stringify({ preset: 'w4a8', recipe: { biasCorrection: true } }));
    const { report } = quantizeModel(biased(), { config: recipe, inputRange: [0, 1] });
    expect(report.notes.some((n) => n.startsWith('correct-bias skipped'))).toBe(true);
  });
});
