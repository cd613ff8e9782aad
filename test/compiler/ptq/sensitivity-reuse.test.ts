// Alone-probes reuse the plain float values their layer's cone reads (FloatCutCache): every score equals
// the probe run whole, bit for bit, on a sequential network and on one with residual adds (whose cones read
// two values from outside), and the second width of a layer finds its cut values cached.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQir } from '../../../compiler/qir/load.js';
import { loadChoiceData } from '../../../compiler/data/choice-data.js';
import { heldOutSet } from '../../../compiler/ptq/choice-score.js';
import { calibrationCache } from '../../../compiler/ptq/quantize-model.js';
import { type FloatCutCache, runSensitivityProbe, type Width } from '../../../compiler/ptq/sensitivity.js';
import { presetConfig } from '../../../compiler/quant/presets.js';

const root = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

describe('FloatCutCache', () => {
  for (const model of ['fmnist_cnn', 'fmnist_resnet']) {
    it(`${model}: probes through the cache score exactly like whole runs`, () => {
      const graph = loadQir(root(`models/${model}.qir`));
      const data = loadChoiceData(root('models/data/fashion-mnist'), 12);
      const set = heldOutSet(graph, data.heldOut, data.heldOutLabels);
      const cache = calibrationCache(graph, data.calib);
      const base = presetConfig('w8a8');
      const layers = graph.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense').map((n) => n.name);
      const picked = [layers[1]!, layers[Math.floor(layers.length / 2)]!, layers.at(-1)!];
      const floatCut: FloatCutCache = new Map();
      for (const layer of picked) {
        for (const width of ['8', 'a4', 'pow2'] as Width[]) {
          const sizeBefore = floatCut.size;
          const viaCache = runSensitivityProbe(base, cache, set, { layer, width }, floatCut);
          // The first width of a layer fills its cut values (unless an earlier layer's cut covered them); the others add nothing.
          if (width !== '8') expect(floatCut.size).toBe(sizeBefore);
          expect(viaCache).toEqual(runSensitivityProbe(base, cache, set, { layer, width }));
        }
      }
      expect(floatCut.size).toBeGreaterThan(0);
      // Kept-float probes change layers everywhere: they never use the cache.
      const sizeBefore = floatCut.size;
      expect(runSensitivityProbe(base, cache, set, { layer: picked[0]!, width: 'float' }, floatCut)).toEqual(runSensitivityProbe(base, cache, set, { layer: picked[0]!, width: 'float' }));
      expect(floatCut.size).toBe(sizeBefore);
    });
  }
});
