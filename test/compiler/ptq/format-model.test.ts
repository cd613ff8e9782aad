// formatQuantize end to end on a small MLP: the float passes run first, MX needs no calibration, FP8 takes
// its activation scales from the calibration data, and the errors name the preset.
import { describe, expect, it } from 'vitest';
import { constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { formatModelOf, formatQuantize } from '../../../compiler/ptq/format-model.js';
import { fpStep } from '../../../compiler/quant/format-adaround.js';
import { ELEMENT_TYPES, type FpElement } from '../../../core/number-formats.js';
import { runFormat } from '../../../compiler/reference/format-interpreter.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { presetConfig } from '../../../compiler/quant/presets.js';
import { firstDiagnostic } from '../../user-error.js';

/** x [1,4] → dense 3 → relu → dense 2. */
function mlp() {
  const g = emptyGraph('mlp');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 4] } });
  g.constants.set('w1', f32Tensor([3, 4], [0.5, -0.25, 0.1, 0.3, -0.4, 0.2, 0.6, -0.1, 0.05, 0.3, -0.2, 0.4]));
  g.constants.set('b1', f32Tensor([3], [0.1, -0.2, 0.05]));
  g.constants.set('w2', f32Tensor([2, 3], [0.7, -0.3, 0.2, -0.5, 0.4, 0.1]));
  g.nodes.push({ name: 'h', op: 'dense', operands: [valueRef('x'), constRef('w1'), constRef('b1')], attrs: {} });
  g.nodes.push({ name: 'r', op: 'relu', operands: [valueRef('h')], attrs: {} });
  g.nodes.push({ name: 'y', op: 'dense', operands: [valueRef('r'), constRef('w2')], attrs: {} });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}

const calib = f32Tensor([3, 4], [1, -1, 0.5, 0.25, -0.5, 0.75, 1, -1, 0.2, 0.4, -0.6, 0.8]);
const input = f32Tensor([1, 4], [0.9, -0.4, 0.3, 0.6]);

describe('formatQuantize', () => {
  it.each(['mxint8', 'mxfp8', 'fp8'])('%s runs the MLP within the format\'s precision of the float result', (preset) => {
    const fm = formatQuantize(mlp(), preset, calib);
    expect([...fm.weights.keys()]).toEqual(['h', 'y']);
    const got = runFormat(fm, new Map([['x', input]])).get('y')!.data as Float32Array;
    const want = runFloat(fm.graph, new Map([['x', input]])).get('y')!.data as Float32Array;
    // E4M3 keeps 3 mantissa bits (relative step 2^−3, rounding 2^−4 per operand); MXINT8 more.
    for (let i = 0; i < 2; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(0.1);
    if (preset === 'fp8') {
      // The first GEMM runs in INT8 on the calibration range [−1, 1] (u8 step 2/255, zero point 127.5 → 128,
      // its weights int8 per channel); the second in FP8 with its MSE-chosen scale.
      expect([...fm.int8Inputs]).toEqual([['h', { scale: 2 / 255, zero: 128 }]]);
      expect(Array.from(fm.weights.get('h')!.vals.slice(0, 4))).toEqual([127, -64, 25, 76]);
      expect([...fm.actScales.keys()]).toEqual(['y']);
    } else expect(fm.actScales.size + fm.int8Inputs.size).toBe(0);
  });

  it('fp8 rounds its FP8 weights by AdaRound: codes next to w/s, rebuilt identically from the graph and the fixed scale', () => {
    const fm = formatQuantize(mlp(), 'fp8', calib);
    const s = fm.weightScales!.get('y')!;
    expect([...fm.weightScales!.keys()]).toEqual(['y']); // the INT8 first GEMM keeps its int8 rounding
    expect(fm.graph.nodes.find((n) => n.name === 'y')!.operands[1]!.name).toBe('y.weight_rounded');
    const original = fm.graph.constants.get('w2')!.data as Float32Array;
    const codes = fm.weights.get('y')!.vals;
    original.forEach((w, i) => {
      const step = fpStep(w / s, ELEMENT_TYPES.e4m3 as FpElement);
      expect([Math.floor(w / s / step) * step, Math.ceil(w / s / step) * step]).toContain(codes[i]);
    });
    const rebuilt = formatModelOf(fm.graph, 'fp8', fm.actScales, fm.int8Inputs, fm.weightScales);
    expect(Array.from(rebuilt.weights.get('y')!.vals)).toEqual(Array.from(codes));
    expect(rebuilt.weights.get('y')!.realScale).toBe(s);
    // fp8-rtn, the rule before AdaRound: the same scales, its weights rounded to nearest in the float graph.
    const rtn = formatQuantize(mlp(), 'fp8-rtn', calib);
    expect(rtn.weightScales!.size).toBe(0);
    expect(rtn.graph.nodes.find((n) => n.name === 'y')!.operands[1]!.name).toBe('w2');
    expect(rtn.weights.get('y')!.realScale).toBe(s);
    // The bit-exactness tests' path (adaround: false): fp8 without AdaRound is fp8-rtn, code for code.
    const plain = formatQuantize(mlp(), 'fp8', calib, { adaround: false });
    expect(plain.weightScales!.size).toBe(0);
    for (const name of ['h', 'y']) expect(Array.from(plain.weights.get(name)!.vals), name).toEqual(Array.from(rtn.weights.get(name)!.vals));
    expect([...plain.actScales]).toEqual([...rtn.actScales]);
  });

  it('fp8 leaves grouped (depthwise) convs on round-to-nearest', () => {
    const g = emptyGraph('dw');
    g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 2, 4, 4] } });
    const ramp = (n: number, k: number) => Array.from({ length: n }, (_, i) => Math.sin(i * k) / 3);
    g.constants.set('w0', f32Tensor([2, 2, 1, 1], ramp(4, 1.3)));
    g.constants.set('wd', f32Tensor([2, 1, 3, 3], ramp(18, 0.7)));
    g.constants.set('wp', f32Tensor([2, 2, 1, 1], ramp(4, 2.1)));
    g.nodes.push({ name: 'c0', op: 'conv2d', operands: [valueRef('x'), constRef('w0')], attrs: {} });
    g.nodes.push({ name: 'dw', op: 'conv2d', operands: [valueRef('c0'), constRef('wd')], attrs: { groups: 2, pad: [1, 1, 1, 1] } });
    g.nodes.push({ name: 'pw', op: 'conv2d', operands: [valueRef('dw'), constRef('wp')], attrs: {} });
    g.outputs.push('pw');
    inferTypes(g);
    const images = f32Tensor([2, 2, 4, 4], ramp(64, 0.37).map((v) => v * 3));
    const fm = formatQuantize(g, 'fp8', images);
    expect([...fm.weightScales!.keys()]).toEqual(['pw']);
    expect(fm.graph.nodes.map((n) => n.operands[1]!.name)).toEqual(['w0', 'wd', 'pw.weight_rounded']);
  });

  it('MXFP4 is coarser than MXINT8 on the same input (the 1-bit mantissa shows)', () => {
    const err = (p: string): number => {
      const fm = formatQuantize(mlp(), p, calib);
      const got = runFormat(fm, new Map([['x', input]])).get('y')!.data as Float32Array;
      const want = runFloat(fm.graph, new Map([['x', input]])).get('y')!.data as Float32Array;
      return Math.abs(got[0]! - want[0]!) + Math.abs(got[1]! - want[1]!);
    };
    expect(err('mxfp4')).toBeGreaterThan(err('mxint8'));
  });

  it('errors: unknown preset QCFG001, fp8 without calibration QMOD015, the integer pipeline refuses mxfp6 (no array mode) QCFG005 and the presets on the machine (through run only) QCFG006', () => {
    expect(firstDiagnostic(() => formatQuantize(mlp(), 'mxfp3')).code).toBe('QCFG001');
    expect(firstDiagnostic(() => formatQuantize(mlp(), 'fp8')).code).toBe('QMOD015');
    const d = firstDiagnostic(() => presetConfig('mxfp6'));
    expect(d.code).toBe('QCFG005');
    expect(d.message).toContain('not yet on the machine');
    for (const p of ['fp8', 'fp8-rtn', 'fp8-pc', 'mxint8', 'mxfp8', 'mxfp4']) expect(firstDiagnostic(() => presetConfig(p)).code, p).toBe('QCFG006');
    expect(formatQuantize(mlp(), 'mxfp4').actScales.size).toBe(0);
  });
});
