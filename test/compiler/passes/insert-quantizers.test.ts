// insert-quantizers through quantizeModel: a small random CNN quantized and run in integers stays close
// to float (bound from the output scale), w16a16 reproduces float, and bad inputs are clear UserErrors.
import { describe, expect, it } from 'vitest';
import { type Graph, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runFloatBatched } from '../../../compiler/reference/float-interpreter.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { insertQuantizers } from '../../../compiler/passes/insert-quantizers.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { parseQuantConfig } from '../../../compiler/quant/presets.js';
import { UserError } from '../../../core/diagnostics.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
}

/** x [1,1,6,6] → conv 3x3 (4 ch, pad 1) + ReLU → maxpool 2 → flatten → dense 3 (logits). */
function smallCnn(seed = 1): Graph {
  const r = lcg(seed);
  const g = emptyGraph('small');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 1, 6, 6] } });
  g.constants.set('c1.w', f32Tensor([4, 1, 3, 3], Array.from({ length: 36 }, () => r() * 0.5)));
  g.constants.set('c1.b', f32Tensor([4], [0.1, -0.1, 0.05, 0]));
  g.constants.set('d.w', f32Tensor([3, 36], Array.from({ length: 108 }, () => r() * 0.3)));
  g.constants.set('d.b', f32Tensor([3], [0.2, -0.2, 0]));
  g.nodes.push({ name: 'c1', op: 'conv2d', operands: [valueRef('x'), constRef('c1.w'), constRef('c1.b')], attrs: { pad: [1, 1, 1, 1] } });
  g.nodes.push({ name: 'r1', op: 'relu', operands: [valueRef('c1')], attrs: {} });
  g.nodes.push({ name: 'p1', op: 'maxpool', operands: [valueRef('r1')], attrs: { kernel: [2, 2], stride: [2, 2] } });
  g.nodes.push({ name: 'f', op: 'flatten', operands: [valueRef('p1')], attrs: {} });
  g.nodes.push({ name: 'logits', op: 'dense', operands: [valueRef('f'), constRef('d.w'), constRef('d.b')], attrs: {} });
  g.outputs.push('logits');
  inferTypes(g);
  return g;
}

function batch(n: number, seed: number): Tensor {
  const r = lcg(seed);
  return f32Tensor([n, 1, 6, 6], Array.from({ length: n * 36 }, () => r()));
}

const maxAbsDiff = (a: Tensor, b: Tensor) => Math.max(...Array.from(a.data as Float32Array, (v, i) => Math.abs(v - (b.data as Float32Array)[i]!)));

describe('quantizeModel + runInt', () => {
  const g = smallCnn();
  const calib = batch(64, 7);
  const test = batch(32, 99);
  const float = runFloatBatched(g, test);

  it('w8a8: integer logits within the error bound derived from the scales', () => {
    const { graph } = quantizeModel(g, { preset: 'w8a8', calib });
    const out = runInt(graph, test);
    const node = (name: string) => graph.nodes.find((n) => n.name === name)!;
    const [q, c1, d] = [graph.nodes[0]!, node('c1'), node('logits')];
    const rowL1 = (name: string, k: number) => {
      const w = g.constants.get(name)!.data as Float32Array;
      return Math.max(...Array.from({ length: w.length / k }, (_, n) => w.slice(n * k, (n + 1) * k).reduce((a, v) => a + Math.abs(v), 0)));
    };
    const maxW = (name: string) => Math.max(...(graph.constants.get(name)!.data as Float32Array));
    // Worst-case error per layer: its own output rounding (s/2), the input error times the row L1 norm
    // of the weights, and the weight rounding (s_w/2 per tap) times K times the largest |input|.
    const eIn = (q.attrs['scale'] as number) / 2;
    const hMax = (c1.attrs['y_scale'] as number) * (255 - (c1.attrs['y_zero'] as number));
    const eHidden = (c1.attrs['y_scale'] as number) / 2 + rowL1('c1.w', 9) * eIn + 9 * 1 * maxW('c1.w_scale') / 2;
    const bound = (d.attrs['y_scale'] as number) / 2 + rowL1('d.w', 36) * eHidden + 36 * hMax * maxW('logits.w_scale') / 2;
    expect(maxAbsDiff(out.floatOutput, float)).toBeLessThan(bound);
    expect(bound).toBeLessThan(0.5); // the bound is meaningful for logits of this size
    expect(out.intOutput!.type.dtype).toBe('u8');
    expect([...out.overflows.values()].every((v) => v === 0)).toBe(true);
  });

  it('graph shape: quantize in, qconv2d/qmaxpool/flatten/qdense, dequantize out', () => {
    const { graph } = quantizeModel(g, { preset: 'w8a8-pc', calib });
    expect(graph.nodes.map((n) => n.op)).toEqual(['quantize', 'qconv2d', 'qmaxpool', 'flatten', 'qdense', 'dequantize']);
    const conv = graph.nodes[1]!;
    expect(conv.attrs['qmin']).toBe(conv.attrs['y_zero']); // fused ReLU → qmin = z
  });

  it('w16a16 reproduces float closely and agrees on top-1', () => {
    const { graph } = quantizeModel(g, { preset: 'w16a16', calib });
    const out = runInt(graph, test);
    expect(maxAbsDiff(out.floatOutput, float)).toBeLessThan(2e-3);
    const argmax = (t: Tensor, i: number) => [0, 1, 2].reduce((a, b) => ((t.data[i * 3 + b] as number) > (t.data[i * 3 + a] as number) ? b : a), 0);
    for (let i = 0; i < 32; i++) expect(argmax(out.floatOutput, i)).toBe(argmax(float, i));
  });

  it('pow2 preset: every multiplier is a power of two (requant="pow2")', () => {
    const { graph } = quantizeModel(g, { preset: 'w8a8-pow2', calib });
    const q = graph.nodes.filter((n) => n.op === 'qconv2d' || n.op === 'qdense');
    expect(q.every((n) => n.attrs['requant'] === 'pow2')).toBe(true);
    expect(maxAbsDiff(runInt(graph, test).floatOutput, float)).toBeLessThan(0.5);
  });

  it('binary preset runs (first and last layers keep 8-bit weights)', () => {
    const { graph } = quantizeModel(g, { preset: 'binary', calib });
    const consts = (name: string) => graph.constants.get(graph.nodes.find((n) => n.name === name)!.operands[1]!.name)!.type.dtype;
    expect([consts('c1'), consts('logits')]).toEqual(['i8', 'i8']);
    expect(runInt(graph, test).floatOutput.data.length).toBe(96);
  });

  it('data-free mode needs the input range, and BatchNorm statistics in every layer that feeds another', () => {
    expect(() => quantizeModel(g, { preset: 'w8a8' })).toThrow(/input range/);
    // c1 has no BatchNorm and feeds the dense head: interval bounds would collapse it, so it is refused.
    const e = (() => {
      try {
        quantizeModel(g, { preset: 'w8a8', inputRange: [-1, 1] });
      } catch (err) {
        if (err instanceof UserError) return err.diagnostics[0]!;
      }
      return undefined;
    })();
    expect(e?.code).toBe('QMOD013');
    expect(e?.message).toContain('conv2d %c1 has none');
    expect(e?.message).toContain('--calib');
    // With a BatchNorm after c1, only the head lacks statistics: it takes interval bounds.
    const bn = (k: number) => f32Tensor([4], [1, 0.5, 2, 1].map((v) => v * k));
    const withBn = structuredClone(g);
    for (const [name, t] of [['bn.g', bn(1)], ['bn.b', bn(0.1)], ['bn.m', bn(0)], ['bn.v', bn(1)]] as const) withBn.constants.set(name, t);
    withBn.nodes.splice(1, 0, { name: 'bn', op: 'batchnorm', operands: [valueRef('c1'), constRef('bn.g'), constRef('bn.b'), constRef('bn.m'), constRef('bn.v')], attrs: {} });
    withBn.nodes[2] = { ...withBn.nodes[2]!, operands: [valueRef('bn')] };
    inferTypes(withBn);
    const { graph, report } = quantizeModel(withBn, { preset: 'w8a8', inputRange: [-1, 1] });
    expect(report.calibration).toBe('data-free');
    expect(runInt(graph, batch(2, 5)).floatOutput.data.every(Number.isFinite)).toBe(true);
  });
});

describe('bad input', () => {
  const calib = batch(8, 3);
  const code = (f: () => unknown): string => {
    try { f(); } catch (e) { if (e instanceof UserError) return e.diagnostics[0]!.code; throw e; }
    return 'none';
  };

  it('config naming an unknown layer', () => {
    const config = parseQuantConfig('{"layers": {"conv9": {"weightBits": 4}}}');
    expect(code(() => quantizeModel(smallCnn(), { config, calib }))).toBe('QCFG003');
  });

  it('unsupported bits', () => {
    expect(code(() => parseQuantConfig('{"default": {"weightBits": 3}}'))).toBe('QCFG002');
  });

  it('an input quantizer width other than 8 or 16 is a bad pass option (PASS003)', () => {
    expect(code(() => insertQuantizers(smallCnn(), { ranges: {}, inputBits: 12 }))).toBe('PASS003');
  });

  it('NaN or infinite weights', () => {
    const g = smallCnn();
    const w = g.constants.get('c1.w')!.data as Float32Array;
    const bad = w.slice();
    bad[5] = NaN;
    g.constants.set('c1.w', f32Tensor([4, 1, 3, 3], bad));
    expect(code(() => quantizeModel(g, { preset: 'w8a8', calib }))).toBe('QNT006');
  });

  it('an all-zero activation range still quantizes (scale 1, zero representable)', () => {
    const zeros = f32Tensor([4, 1, 6, 6], new Float32Array(144));
    const { graph } = quantizeModel(smallCnn(), { preset: 'w8a8', calib: zeros });
    expect(graph.nodes[0]!.attrs['scale']).toBe(1);
    const out = runInt(graph, zeros);
    expect(maxAbsDiff(out.floatOutput, runFloatBatched(smallCnn(), zeros))).toBeLessThan(0.05);
  });
});
