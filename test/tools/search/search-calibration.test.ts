// The configuration `accsim search --held-out` writes is the quantized model it scored: the search
// calibrates on all of --calib (here the shipped calibration split, cut to 200 images on both sides), which
// is what `eval`/`quantize --config` calibrate on, so the search's thread context and eval's quantizer
// options produce the same integer graph, constant for constant (AdaRound and bias correction included).
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choiceContext } from '../../../tools/search/choice-tasks.js';
import { quantizeOptions } from '../../../tools/quantize-options.js';
import { loadModel } from '../../../tools/load-model.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { parseQuantConfig, presetConfig, quantConfigToJson } from '../../../compiler/quant/presets.js';
import type { Graph } from '../../../compiler/ir/graph.js';

const DATA_DIR = fileURLToPath(new URL('../../../models/data/fashion-mnist', import.meta.url));
const MODEL = fileURLToPath(new URL('../../../models/fmnist_cnn.qir', import.meta.url));

/** Every node's op and attributes and every constant's type and values. */
function contents(g: Graph): unknown {
  return { nodes: g.nodes.map((n) => ({ name: n.name, op: n.op, attrs: n.attrs })), constants: [...g.constants].map(([k, t]) => [k, t.type, Array.from(t.data as ArrayLike<number>, Number)]) };
}

describe('search --held-out calibrates as eval does', () => {
  it('the search context quantizes a w4a8 configuration to the same graph as eval --config with the same --calib', () => {
    const root = mkdtempSync(join(tmpdir(), 'accsim-search-calib-'));
    try {
      // A training split: the shipped calibration files (the first 1000 training images).
      const train = join(root, 'train');
      mkdirSync(train);
      copyFileSync(join(DATA_DIR, 'calib-1000-images-idx3-ubyte.gz'), join(train, 'train-images-idx3-ubyte.gz'));
      copyFileSync(join(DATA_DIR, 'calib-1000-labels-idx1-ubyte.gz'), join(train, 'train-labels-idx1-ubyte.gz'));
      const configJson = JSON.stringify(quantConfigToJson(presetConfig('w4a8')));
      const configFile = join(root, 'config.json');
      writeFileSync(configFile, configJson);

      const ctx = choiceContext({ model: MODEL, choiceData: DATA_DIR, calibLimit: 200, heldOut: { dir: train, count: 20 }, floatOutputs: new Float32Array(0), classes: 10 });
      const searched = quantizeModel(ctx.graph, { config: parseQuantConfig(configJson, 'candidate'), calib: ctx.cache.calib, cache: ctx.cache });

      const graph = loadModel(MODEL);
      const { options } = quantizeOptions('w8a8', { config: configFile, calib: DATA_DIR, 'calib-limit': 200 }, undefined, graph.inputs[0]!.type.shape.slice(1));
      const evaluated = quantizeModel(graph, options);

      expect(searched.report.samples).toBe(200);
      expect(evaluated.report.quantPasses.map((s) => s.pass)).toEqual(['insert-quantizers', 'adaround', 'correct-bias']);
      expect(contents(searched.graph)).toEqual(contents(evaluated.graph));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
