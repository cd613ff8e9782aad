// Sensitivity probes on the shipped CNN: fewer bits alone never look better than more (output SQNR against
// float orders 8 > 4 > 2 > 1 for every layer), a w16a16 base reproduces float, and keeping a layer float
// in the quantized base is closer to float than the fully quantized model is, on the held-out part.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadChoiceData } from '../../../compiler/data/choice-data.js';
import { floatScore, heldOutSet, scoreQuantized } from '../../../compiler/ptq/choice-score.js';
import { calibrationCache, quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { configWithWidth, parseWidths, runSensitivityProbe, sensitivityProbes, type Width } from '../../../compiler/ptq/sensitivity.js';
import { presetConfig } from '../../../compiler/quant/presets.js';
import { firstDiagnostic } from '../../user-error.js';

const root = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const graph = loadQir(root('models/fmnist_cnn.qir'));
const data = loadChoiceData(root('models/data/fashion-mnist'), 32);
const set = heldOutSet(graph, data.heldOut, data.heldOutLabels);
const cache = calibrationCache(graph, data.calib);
const layers = ['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits'];

describe('sensitivity probes', () => {
  it('order the widths: output SQNR at 8 > 4 > 2 > 1 bits for every layer alone', () => {
    const base = presetConfig('w8a8');
    for (const layer of layers) {
      const db = (['8', '4', '2', '1'] as Width[]).map((width) => runSensitivityProbe(base, cache, set, { layer, width }).sqnrDb);
      for (let i = 1; i < db.length; i++) expect(db[i - 1]!, `${layer} ${db.join(' ')}`).toBeGreaterThan(db[i]!);
    }
  });

  it('a w16a16 base is float for every probe; kept float beats all quantized (w4a4 base)', () => {
    const s = runSensitivityProbe(presetConfig('w16a16'), cache, set, { layer: 'conv2/Conv', width: 'float' });
    expect(s.sqnrDb).toBeGreaterThan(60);
    const w4a4 = presetConfig('w4a4');
    const all = scoreQuantized(quantizeModel(graph, { config: w4a4, calib: data.calib }).graph, set);
    const kept = runSensitivityProbe(w4a4, cache, set, { layer: 'conv2/Conv', width: 'float' });
    expect(kept.sqnrDb).toBeGreaterThan(all.sqnrDb);
  });

  it('lists the probes and parses widths', () => {
    expect(sensitivityProbes([{ name: 'c', op: 'conv2d' }, { name: 'a', op: 'add' }], ['8', 'a4']))
      .toEqual([{ layer: 'c', width: '8' }, { layer: 'c', width: 'a4' }, { layer: 'a', width: 'a4' }, { layer: 'c', width: 'float' }, { layer: 'a', width: 'float' }]);
    expect(parseWidths('8, 4,pow2')).toEqual(['8', '4', 'pow2']);
    expect(firstDiagnostic(() => parseWidths('8,3')).code).toBe('MIX004');
    expect(firstDiagnostic(() => parseWidths('8,8')).code).toBe('MIX004');
    expect(parseWidths('log,pow2-4,g128')).toEqual(['log', 'pow2-4', 'g128']);
  });

  it('a pow2-4 probe puts every layer on power-of-two scales (its input scale must be one) with AdaRound; log and groups only the layer', () => {
    const w8a8 = presetConfig('w8a8');
    const p = configWithWidth(w8a8, 'conv2/Conv', 'pow2-4');
    expect(p.recipe).toMatchObject({ adaround: true });
    expect(p.default.pow2).toBe(true);
    expect(p.layers['conv2/Conv']).toMatchObject({ weightBits: 4, perChannel: true, pow2: true, weightFormat: 'int' });
    const log = configWithWidth(w8a8, 'conv2/Conv', 'log');
    expect(log.default.pow2).toBe(false);
    expect(log.layers['conv2/Conv']).toMatchObject({ weightBits: 4, weightFormat: 'log', pow2: false });
    expect(configWithWidth(w8a8, 'conv2/Conv', 'g128').layers['conv2/Conv']).toMatchObject({ weightBits: 4, weightGroup: 128 });
    // Over the w4a8-log base, '4' means integer weights again.
    expect(configWithWidth(presetConfig('w4a8-log'), 'conv2/Conv', '4').layers['conv2/Conv']).toMatchObject({ weightFormat: 'int' });
  });
});

describe('probes cut short once over the budget', () => {
  it('stop only when the whole run exceeds the drop, and otherwise score exactly as the whole run', () => {
    const base = presetConfig('w8a8');
    const floatAcc = floatScore(set).accuracyPct!;
    let cut = 0;
    for (const layer of [layers[0]!, layers[3]!]) {
      for (const width of ['8', '2', '1'] as Width[]) {
        const whole = runSensitivityProbe(base, cache, set, { layer, width });
        const stopped = runSensitivityProbe(base, cache, set, { layer, width }, undefined, 0.5);
        if (stopped.samples < whole.samples) {
          cut++;
          expect(floatAcc - whole.accuracyPct!).toBeGreaterThan(0.5);
        } else expect(stopped).toEqual(whole);
      }
    }
    // Binary and 2-bit weights lose more than half a point on some layer of 16 held-out images.
    expect(cut).toBeGreaterThan(0);
  });
});
