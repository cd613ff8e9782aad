// AutoQuant: every decision keeps the candidate with the lowest held-out loss (ties keep the current one),
// the decisions are deterministic, and the chosen configuration reproduces the chosen graph byte for byte
// through quantizeModel and through its JSON form.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadChoiceData } from '../../../compiler/data/choice-data.js';
import { heldOutSet, scoreQuantized } from '../../../compiler/ptq/choice-score.js';
import { autoQuant } from '../../../compiler/ptq/auto-quant.js';
import { quantizeModel, calibrationCache } from '../../../compiler/ptq/quantize-model.js';
import { parseQuantConfig, quantConfigToJson } from '../../../compiler/quant/presets.js';
import type { Graph } from '../../../compiler/ir/graph.js';

const root = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const graph = loadQir(root('models/fmnist_cnn.qir'));
const data = loadChoiceData(root('models/data/fashion-mnist'), 48);
const set = heldOutSet(graph, data.heldOut, data.heldOutLabels);

const constantsOf = (g: Graph): [string, number[]][] => [...g.constants].map(([k, t]) => [k, Array.from(t.data as ArrayLike<number>, Number)]);

describe('autoQuant', () => {
  const result = autoQuant(graph, { preset: 'w8a8', calib: data.calib, heldOut: set });

  it('keeps, at every decision, the candidate with the lowest held-out loss (the first listed on a tie)', () => {
    expect(result.decisions.map((d) => d.stage)).toEqual(expect.arrayContaining(['cle', 'weight-range', 'bias-correction']));
    for (const d of result.decisions) {
      const best = d.candidates.reduce((a, c) => (c.loss < a.loss ? c : a));
      expect(d.chosen).toBe(best.label);
      expect(d.why.length).toBeGreaterThan(0);
    }
    expect(result.score.loss).toBe(Math.min(...result.decisions.flatMap((d) => d.candidates.map((c) => c.loss))));
    expect(result.score.samples).toBe(24);
  });

  it('is deterministic and its configuration reproduces the graph, also through the JSON config file', () => {
    const again = autoQuant(graph, { preset: 'w8a8', calib: data.calib, heldOut: set });
    expect(again.decisions).toEqual(result.decisions);
    const direct = quantizeModel(graph, { config: result.config, calib: data.calib });
    expect(constantsOf(direct.graph)).toEqual(constantsOf(result.graph));
    const fromFile = parseQuantConfig(JSON.stringify(quantConfigToJson(result.config)), 'auto.json');
    expect(constantsOf(quantizeModel(graph, { config: fromFile, calib: data.calib }).graph)).toEqual(constantsOf(result.graph));
    expect(scoreQuantized(direct.graph, set)).toEqual(result.score);
  });

  it('leaves a pinned step alone', () => {
    const pinned = autoQuant(graph, { preset: 'w8a8', calib: data.calib, heldOut: set, cle: false, stages: ['cle'] });
    expect(pinned.decisions).toEqual([{ stage: 'cle', scope: 'model', candidates: [], chosen: 'off', why: 'pinned by an explicit option' }]);
    expect(pinned.config.recipe?.cle).toBe(false);
  });
});

describe('calibration cache', () => {
  it('gives the same bytes as quantizing without it', () => {
    const cache = calibrationCache(graph, data.calib);
    for (const preset of ['w8a8', 'w4a8']) {
      const cached = quantizeModel(graph, { preset, calib: data.calib, cache, adaround: false });
      const plain = quantizeModel(graph, { preset, calib: data.calib, adaround: false });
      expect(constantsOf(cached.graph)).toEqual(constantsOf(plain.graph));
    }
    expect(cache.entries.size).toBe(1);
  });
});
