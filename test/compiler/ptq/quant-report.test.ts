// quantReport: the white paper's debugging view on a small seeded CNN (conv+BN+ReLU, conv+ReLU, pool, dense).
// Hand-computed weight SQNR on a one-layer graph; SQNR grows with bits; a range set too small clips;
// 16-bit weights are near float; the input quantizer's two views agree; mapping and batch errors.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { type Tensor, f32Tensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { runFloat } from '../../../compiler/reference/float-interpreter.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { insertQuantizers } from '../../../compiler/passes/insert-quantizers.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { presetConfig } from '../../../compiler/quant/presets.js';
import type { ValueRange } from '../../../compiler/quant/layer-quantization.js';
import { QUANT_REPORT_HEAD, type QuantReport, formatQuantReportRows, quantReport } from '../../../compiler/ptq/quant-report.js';
import { sqnrDb } from '../../../compiler/quant/sqnr.js';
import { GraphBuilder, randomData, seededRandom } from '../passes/graph-builder.js';

/** x [1,2,8,8] → conv1 (+BN, ReLU) → conv2 (ReLU) → global pool → flatten → fc [1,3]; seeded weights. */
function smallCnn(seed = 7): Graph {
  const r = seededRandom(seed);
  return new GraphBuilder('small_cnn', { x: [1, 2, 8, 8] })
    .constant('w1', [4, 2, 3, 3], randomData(r, 72, -0.5, 0.5)).constant('b1', [4], randomData(r, 4, -0.1, 0.1))
    .constant('g', [4], randomData(r, 4, 0.5, 1.5)).constant('be', [4], randomData(r, 4, -0.2, 0.2))
    .constant('mu', [4], randomData(r, 4, -0.1, 0.1)).constant('var', [4], randomData(r, 4, 0.5, 1.5))
    .constant('w2', [6, 4, 3, 3], randomData(r, 216, -0.4, 0.4)).constant('b2', [6], randomData(r, 6, -0.1, 0.1))
    .constant('w3', [3, 6], randomData(r, 18, -1, 1)).constant('b3', [3], randomData(r, 3, -0.1, 0.1))
    .node('conv1', 'conv2d', ['%x', '@w1', '@b1'], { pad: [1, 1, 1, 1] })
    .node('bn1', 'batchnorm', ['%conv1', '@g', '@be', '@mu', '@var'])
    .node('relu1', 'relu', ['%bn1'])
    .node('conv2', 'conv2d', ['%relu1', '@w2', '@b2'], { pad: [1, 1, 1, 1], stride: [2, 2] })
    .node('relu2', 'relu', ['%conv2'])
    .node('gap', 'global_avgpool', ['%relu2'])
    .node('flat', 'flatten', ['%gap'])
    .node('fc', 'dense', ['%flat', '@w3', '@b3'])
    .build('fc');
}

const batch = (n: number, seed: number): Tensor => f32Tensor([n, 2, 8, 8], randomData(seededRandom(seed), n * 128, -1, 1));
const calib = batch(32, 1);
const test = batch(16, 2);
const plain = { cle: false, biasCorrection: false, adaround: false };
const layer = (r: QuantReport, name: string) => r.layers.find((l) => l.name === name)!;

describe('quantReport', () => {
  // w = [[1, 0.3]] (f32), i8 narrow per tensor: s = 1/127, W_int = [127, round(38.1) = 38]; the report
  // dequantizes with the f32 w_scale into f32: d = [fround(fround(1/127)·127), fround(fround(1/127)·38)].
  it('weight SQNR of a one-layer graph equals the hand computation', () => {
    const g = new GraphBuilder('one', { x: [1, 2] }).constant('w', [1, 2], [1, 0.3]).node('d', 'dense', ['%x', '@w']).build('d');
    const x = f32Tensor([4, 2], [0.5, -1, 1, 1, -0.25, 0.75, 0, 0.1]);
    const { graph } = quantizeModel(g, { preset: 'w8a8', calib: x, ...plain });
    const r = quantReport(g, graph, x);
    const s = Math.fround(1 / 127);
    const d = [Math.fround(s * 127), Math.fround(s * 38)];
    const w1 = Math.fround(0.3);
    const want = 10 * Math.log10((1 + w1 * w1) / ((1 - d[0]!) ** 2 + (w1 - d[1]!) ** 2));
    expect(layer(r, 'd').weight!.sqnrDb).toBeCloseTo(want, 9);
    expect(layer(r, 'd').weight).toMatchObject({ dtype: 'i8', channels: 1, scaleMin: s, scaleMax: s });
    expect(r.layers.map((l) => `${l.name}:${l.op}`)).toEqual(['x:quantize', 'd:qdense']);
  });

  it('maps every quantized layer to the folded/fused float value of the same name', () => {
    const { graph } = quantizeModel(smallCnn(), { preset: 'w8a8', calib, ...plain });
    const r = quantReport(smallCnn(), graph, test);
    expect(r.samples).toBe(16);
    expect(r.layers.map((l) => `${l.name}:${l.op}`)).toEqual(['x:quantize', 'conv1:qconv2d', 'conv2:qconv2d', 'fc:qdense']);
    // conv1 stands for conv+BN+ReLU after the float passes: its quantizer is ReLU-clamped at zero.
    expect(layer(r, 'conv1').activation.min).toBe(0);
    expect(r.output.name).toBe('fc');
  });

  it('SQNR grows with the weight bits (w8 > w4 by well over 10 dB per layer)', () => {
    const config4 = { ...presetConfig('w8a8-pc'), default: { ...presetConfig('w8a8-pc').default, weightBits: 4 as const, narrowWeights: false } };
    const r8 = quantReport(smallCnn(), quantizeModel(smallCnn(), { preset: 'w8a8-pc', calib, ...plain }).graph, test);
    const r4 = quantReport(smallCnn(), quantizeModel(smallCnn(), { config: config4, calib, ...plain }).graph, test);
    for (const name of ['conv1', 'conv2', 'fc']) {
      expect(layer(r4, name).weight!.dtype).toBe('i4');
      // Each bit is worth about 6 dB: 4 bits fewer lose about 24 dB of weight SQNR.
      expect(layer(r8, name).weight!.sqnrDb).toBeGreaterThan(layer(r4, name).weight!.sqnrDb + 15);
      expect(layer(r8, name).weightsOnlySqnrDb).toBeGreaterThan(layer(r4, name).weightsOnlySqnrDb + 10);
      expect(layer(r8, name).outputSqnrDb).toBeGreaterThan(layer(r4, name).outputSqnrDb);
    }
    expect(r8.output.sqnrDb).toBeGreaterThan(r4.output.sqnrDb);
    // Same activation quantizers in both: the activations-only run is identical.
    expect(r8.output.activationsOnlySqnrDb).toBe(r4.output.activationsOnlySqnrDb);
  });

  it('16-bit weights are near float: weights-only SQNR above 80 dB everywhere', () => {
    const { graph } = quantizeModel(smallCnn(), { preset: 'w16a16', calib, ...plain });
    const r = quantReport(smallCnn(), graph, test);
    for (const name of ['conv1', 'conv2', 'fc']) {
      expect(layer(r, name).weight!.dtype).toBe('i16');
      expect(layer(r, name).weight!.sqnrDb).toBeGreaterThan(80);
      expect(layer(r, name).weightsOnlySqnrDb).toBeGreaterThan(80);
    }
    expect(r.output.weightsOnlySqnrDb).toBeGreaterThan(80);
    expect(r.output.sqnrDb).toBeGreaterThan(60);
  });

  it('a range set far too small clips most outputs; calibrated ranges clip none of their own batch', () => {
    const float = runPipeline(smallCnn(), ['fold-batchnorm', 'fuse-activations']).graph;
    const probe = { ...float, outputs: [...float.inputs.map((v) => v.name), ...float.nodes.map((n) => n.name)] };
    inferTypes(probe);
    // Min-max ranges of every value over the calibration batch, as calibration would find them.
    const ranges = new Map<string, ValueRange>();
    const conv1Values: number[] = [];
    for (let b = 0; b < 32; b++) {
      const sample = f32Tensor([1, 2, 8, 8], (calib.data as Float32Array).subarray(b * 128, (b + 1) * 128));
      for (const [name, t] of runFloat(probe, new Map([['x', sample]]))) {
        const values = Array.from(t.data as Float32Array);
        const old = ranges.get(name) ?? { min: Infinity, max: -Infinity };
        ranges.set(name, { min: Math.min(old.min, ...values), max: Math.max(old.max, ...values) });
        if (name === 'conv1') conv1Values.push(...values);
      }
    }
    const tooSmall = new Map(ranges).set('conv1', { min: 0, max: ranges.get('conv1')!.max / 10 });
    const q = insertQuantizers(float, { quantConfig: presetConfig('w8a8'), ranges: tooSmall }).graph;
    const r = quantReport(smallCnn(), q, calib);
    // Expected from the float values alone: those beyond the range's top by more than half a step.
    const a = layer(r, 'conv1').activation;
    const expected = conv1Values.filter((v) => v > a.max + a.scale / 2).length / conv1Values.length;
    expect(expected).toBeGreaterThan(0.2);
    expect(layer(r, 'conv1').clippedFraction).toBeCloseTo(expected, 2);
    const calibrated = quantReport(smallCnn(), insertQuantizers(float, { quantConfig: presetConfig('w8a8'), ranges }).graph, calib);
    for (const l of calibrated.layers) expect(l.clippedFraction).toBe(0);
    expect(layer(calibrated, 'conv1').outputSqnrDb).toBeGreaterThan(layer(r, 'conv1').outputSqnrDb + 10);
  });

  it('the input quantizer is seen the same way by the integer run and the activations-only run', () => {
    const { graph } = quantizeModel(smallCnn(), { preset: 'w8a8', calib, ...plain });
    const input = layer(quantReport(smallCnn(), graph, test), 'x');
    expect(input.weightsOnlySqnrDb).toBe(Infinity);
    expect(input.outputSqnrDb).toBeCloseTo(input.activationsOnlySqnrDb, 4);
    expect(input.outputSqnrDb).toBeGreaterThan(35);
  });

  it('formats one header, one row per quantizer and the output row', () => {
    const { graph } = quantizeModel(smallCnn(), { preset: 'w8a8', calib, ...plain });
    const rows = formatQuantReportRows(quantReport(smallCnn(), graph, test, { maxSamples: 4 }));
    expect(rows[0]).toEqual([...QUANT_REPORT_HEAD]);
    expect(rows).toHaveLength(1 + 4 + 1);
    expect(rows.every((row) => row.length === QUANT_REPORT_HEAD.length && row.every((c) => typeof c === 'string'))).toBe(true);
    expect(rows[1]!.slice(0, 4)).toEqual(['x', 'quantize', '-', 'u8']);
    expect(rows[1]![6]).toBe('inf'); // the input has no weights: weights-only is exact
    expect(rows[2]![4]).toMatch(/^\d+\.\d$/);
    expect(rows.at(-1)![0]).toBe('output fc');
  });

  it('names the layer when the float graph has no counterpart (QREP001) and checks the batch (QREP002)', () => {
    const { graph } = quantizeModel(smallCnn(), { preset: 'w8a8', calib, ...plain });
    const other = smallCnn();
    other.nodes = other.nodes.map((n) => (n.name === 'conv2' ? { ...n, name: 'conv2b' } : n.operands.some((o) => o.name === 'conv2') ? { ...n, operands: n.operands.map((o) => (o.name === 'conv2' ? { ...o, name: 'conv2b' } : o)) } : n));
    inferTypes(other);
    expect(() => quantReport(other, graph, test)).toThrow(/QREP001|conv2/);
    expect(() => quantReport(smallCnn(), graph, f32Tensor([2, 2, 4, 4], new Float32Array(64)))).toThrow(/expects \[1,2,8,8\]/);
  });

  // Residual add (+ReLU) and concat become qadd/qconcat under their own names: one row each, and an
  // 8-bit network keeps every SQNR well above 20 dB on its own calibration batch.
  it('reports qadd and qconcat layers of a residual/concat graph', () => {
    const r = seededRandom(3);
    const g = new GraphBuilder('res', { x: [1, 2, 6, 6] })
      .constant('wa', [2, 2, 3, 3], randomData(r, 36, -0.5, 0.5)).constant('wb', [2, 2, 3, 3], randomData(r, 36, -0.5, 0.5))
      .constant('wc', [3, 4], randomData(r, 12, -1, 1))
      .node('a', 'conv2d', ['%x', '@wa'], { pad: [1, 1, 1, 1] }).node('ra', 'relu', ['%a'])
      .node('b', 'conv2d', ['%ra', '@wb'], { pad: [1, 1, 1, 1] })
      .node('sum', 'add', ['%ra', '%b']).node('rs', 'relu', ['%sum'])
      .node('cat', 'concat', ['%rs', '%ra'])
      .node('gap', 'global_avgpool', ['%cat']).node('flat', 'flatten', ['%gap'])
      .node('fc', 'dense', ['%flat', '@wc'])
      .build('fc');
    const x = f32Tensor([16, 2, 6, 6], randomData(seededRandom(4), 16 * 72, -1, 1));
    const { graph } = quantizeModel(g, { preset: 'w8a8', calib: x, ...plain });
    const rep = quantReport(g, graph, x);
    expect(rep.layers.map((l) => `${l.name}:${l.op}`)).toEqual(['x:quantize', 'a:qconv2d', 'b:qconv2d', 'sum:qadd', 'cat:qconcat', 'fc:qdense']);
    expect(layer(rep, 'sum').weight).toBeUndefined();
    expect(layer(rep, 'sum').weightsOnlySqnrDb).toBeGreaterThan(30);
    expect(layer(rep, 'sum').activation.min).toBe(0); // the fused ReLU
    for (const l of rep.layers) expect(l.outputSqnrDb).toBeGreaterThan(20);
    for (const l of rep.layers) expect(l.clippedFraction).toBe(0);
  });

  it('sqnrDb: exact is +∞, 20 dB is a tenth of the amplitude', () => {
    expect(sqnrDb(4, 0)).toBe(Infinity);
    expect(sqnrDb(100, 1)).toBeCloseTo(20, 12);
  });
});
