// The QAT export is what the QAT network computed: for networks of every op the quantizer handles
// (depthwise, residual adds with binarized readers, pools, dense) and every QAT preset, with learned
// parameters moved away from their PTQ start, the exported integer graph has the PTQ graph's structure
// and the integer reference reproduces the fake-quant network's codes at every layer, exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { type Act, actFromNchw, actToNchw } from '../../../compiler/train/act.js';
import { Net } from '../../../compiler/train/net.js';
import { FACTORIES } from '../../../compiler/qat/qat-factories.js';
import { QAT_PRESETS } from '../../../compiler/qat/qat-presets.js';
import { prepareQat } from '../../../compiler/qat/run-qat.js';
import { exportQat } from '../../../compiler/qat/qat-export.js';
import { type QatModel, project } from '../../../compiler/qat/qat-net.js';
import { type RequantEmulation, accumulatorRounding } from '../../../compiler/qat/accumulator-emulation.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { seededBatch } from '../lower/models.js';
import { tinyResnet } from '../lower/resnet-model.js';
import { context, seeded } from '../train/grad-check.js';

const MODELS: Record<string, () => Graph> = {
  cnn_bn: () => loadQir('models/examples/cnn_bn.qir'),
  residual: () => loadQir('models/examples/residual.qir'),
  dwsep_relu6: () => loadQir('models/examples/dwsep_relu6.qir'),
  mlp: () => loadQir('models/examples/mlp.qir'),
  tiny_resnet: () => tinyResnet(),
};

/** Every layer output of the QAT network (eval mode) for one sample. */
function qatValues(net: Net, params: Float32Array, buffers: Float32Array, x: Float32Array): Map<string, Act> {
  const ctx = context(params, { buffers, train: false });
  const env = new Map<string, Act>([[net.spec.input, actFromNchw(x, 1, net.spec.sample)]]);
  for (const layer of net.layers) env.set(layer.name, layer.forward(layer.inputs.map((n) => env.get(n)!), ctx));
  return env;
}

/**
 * Moves every conv/dense float bias so that the float constant of each channel, in accumulator units,
 * lies on a rounding tie (k + 1/2, as near as f32 gets): where rounding x/(s_x·s_w) as a whole is decided
 * by the float GEMM's error (accumulator-emulation.ts). The sign of the tie alternates by channel.
 */
function biasesOnTies(m: QatModel, params: Float32Array): void {
  for (const spec of m.net.spec.layers) {
    const e = (spec as { requant?: RequantEmulation }).requant;
    if (!e?.bias) continue;
    const channels = e.bias.length;
    const { acc, add } = accumulatorRounding(e, channels, params);
    for (let c = 0; c < channels; c++) {
      // add = 1/2 + R − C·inv, so C/acc − R = 1/2 − add (in [−1/2, 1/2]); move it to ±1/2.
      const frac = 0.5 - add[c]!;
      params[e.bias.offset + c]! += ((c % 2 === 0 ? 0.5 : -0.5) - frac) * acc[c]!;
    }
  }
}

/** Checks the integer reference against the fake-quant network at every layer; returns the layers compared. */
function compareCodes(name: string, presetName: string, seed: number, ties: boolean): number {
  const graph = MODELS[name]!();
  const sample = graph.inputs[0]!.type.shape.slice(1);
  const setup = prepareQat(graph, QAT_PRESETS[presetName]!, seededBatch(sample, 8, 3));
  const m = setup.model;
  // Learned parameters away from the PTQ start: every parameter scaled by a factor in [0.9, 1.1].
  const u = seeded(m.net.params.length, seed, 0.9, 1.1);
  const params = m.net.params.map((v, i) => v * u[i]!);
  project(m.projections, params);
  if (ties) biasesOnTies(m, params);
  const q = exportQat(m, params, setup.ptq);
  const net = new Net(m.net.spec, FACTORIES);
  let compared = 0;
  for (const s of [seed, seed + 1]) {
    const x = seededBatch(sample, 1, s).data as Float32Array;
    const fq = qatValues(net, params, m.net.buffers, x);
    const run = runIntGraph(q, new Map([[q.inputs[0]!.name, { type: q.inputs[0]!.type, data: x }]]));
    for (const node of q.nodes) {
      const a = node.attrs;
      const f = fq.get(node.name);
      if (f === undefined || !('y_scale' in a)) continue;
      const ints = Array.from(run.values.get(node.name)!.data as ArrayLike<number>);
      const real = actToNchw(f);
      const codes = q.values.get(node.name)!.type.dtype === 'b1'
        ? Array.from(real, (v) => (v >= (a['y_offset'] as number) ? 1 : -1))
        : Array.from(real, (v) => Math.round(v / (a['y_scale'] as number)) + (a['y_zero'] as number));
      expect(codes, `${name} ${presetName} ${node.name}${ties ? ' (biases on ties)' : ''}`).toEqual(ints);
      compared++;
    }
  }
  return compared;
}

describe('QAT export', () => {
  const cases = [fc.constantFrom(...Object.keys(MODELS)), fc.constantFrom(...Object.keys(QAT_PRESETS)), fc.integer({ min: 1, max: 1e6 })] as const;

  it('integer reference == fake-quant network, code for code, at every layer (random learned parameters)', () => {
    let layersCompared = 0;
    fc.assert(fc.property(...cases, (name, presetName, seed) => {
      layersCompared += compareCodes(name, presetName, seed, false);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(12) });
    expect(layersCompared).toBeGreaterThan(propertyRuns(12) * 4);
  });

  it('... also when every float bias puts its channel\'s accumulator on a rounding tie (the integer bias is rounded as foldBias does)', () => {
    let layersCompared = 0;
    fc.assert(fc.property(...cases, (name, presetName, seed) => {
      layersCompared += compareCodes(name, presetName, seed, true);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(12) });
    expect(layersCompared).toBeGreaterThan(propertyRuns(12) * 4);
  });

  it('weights: the exported integer weights times their scales are the fake-quantized weights', () => {
    for (const presetName of ['w4a4', 'w2a8', 'binary']) {
      const graph = MODELS['cnn_bn']!();
      const setup = prepareQat(graph, QAT_PRESETS[presetName]!, seededBatch([1, 28, 28], 8, 3));
      const m = setup.model;
      const params = m.net.params.map((v, i) => v * (1 + 0.05 * Math.sin(i)));
      project(m.projections, params);
      const q = exportQat(m, params, setup.ptq);
      const ctx = context(params);
      for (const spec of m.net.spec.layers) {
        const s = spec as unknown as { kind: string; name: string; w?: { offset: number; length: number }; wq?: { kind: string } };
        if ((s.kind !== 'conv2d' && s.kind !== 'dense') || !s.wq) continue;
        const layer = s.name.replace(/\.acc$/, '');
        const node = q.nodes.find((n) => n.name === layer)!;
        const ints = q.constants.get(node.operands[1]!.name)!.data as ArrayLike<number>;
        const scales = q.constants.get(node.operands[5]!.name)!.data as Float32Array;
        const used = FACTORIES.weightTransforms[s.wq.kind]!(s.wq).forward(params.subarray(s.w!.offset, s.w!.offset + s.w!.length), ctx);
        const k = used.length / scales.length;
        for (let i = 0; i < used.length; i++) expect(used[i], `${presetName} ${layer} ${i}`).toBe(Math.fround(scales[Math.floor(i / k)]! * ints[i]!));
      }
    }
  });
});
