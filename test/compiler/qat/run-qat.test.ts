// A short QAT run end to end on a few hundred training images (the shipped calibration split: the first
// training images, never the test split): the exported model is an integer graph the simulator runs bit
// for bit, its held-out accuracy on the integer reference equals the fake-quant network's, a fixed seed
// gives the same bytes, and a run stopped mid-epoch and resumed ends exactly where an uninterrupted one does.
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { runInt } from '../../../compiler/reference/int-interpreter.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../tools/pipeline/host-io.js';
import { type LabelledData, splitHoldout } from '../../../compiler/train/dataset.js';
import { qatPreset } from '../../../compiler/qat/qat-presets.js';
import { type QatSetup, prepareQat, runQat } from '../../../compiler/qat/run-qat.js';

const d = loadFashionMnist('models/data/fashion-mnist', 'calib', 300);
const data = splitHoldout({ images: d.images.data as Float32Array, labels: d.labels, count: d.count, sample: [1, 28, 28], source: 'calib' }, 60);

const setups = new Map<string, QatSetup>();
/** The prepared network of a preset (prepareQat is deterministic and runQat leaves it unchanged, so tests share it). */
function setup(preset: string): QatSetup {
  if (!setups.has(preset)) {
    const calib = makeTensor('f32', [100, 1, 28, 28], data.train.images.slice(0, 100 * 784));
    setups.set(preset, prepareQat(loadQir('models/fmnist_cnn.qir'), qatPreset(preset), calib));
  }
  return setups.get(preset)!;
}

function intAccuracy(graph: Parameters<typeof runInt>[0], set: LabelledData): number {
  const out = runInt(graph, makeTensor('f32', [set.count, 1, 28, 28], set.images)).floatOutput.data as Float32Array;
  let right = 0;
  for (let i = 0; i < set.count; i++) {
    let best = 0;
    for (let j = 1; j < 10; j++) if (out[i * 10 + j]! > out[i * 10 + best]!) best = j;
    if (best === set.labels[i]) right++;
  }
  return (100 * right) / set.count;
}

const recipe = { epochs: 1, batch: 32, lr: 1e-3, cle: true };

describe('QAT end to end (fmnist_cnn, 240 training images)', () => {
  for (const preset of ['w4a4', 'binary']) {
    it(`${preset}: integer held-out accuracy equals fake-quant; the simulator runs the export bit for bit`, async () => {
      const s = setup(preset);
      const r = await runQat(s, data, { recipe, seed: 3, threads: 0 });
      expect(r.stopped).toBe(false);
      const q = r.graph!;
      expect(intAccuracy(q, data.heldOut)).toBe(r.state.best!.accuracy);
      const decl = q.inputs[0]!;
      const program = lowerGraph(q, defaultHwConfig());
      const inDesc = program.tensors.find((t) => t.role === 'input')!;
      const outDesc = program.tensors.find((t) => t.role === 'output')!;
      for (const img of [0, 1]) {
        const x = data.heldOut.images.subarray(img * 784, (img + 1) * 784);
        const { runIntGraph } = await import('../../../compiler/reference/int-interpreter.js');
        const run = runIntGraph(q, new Map([[decl.name, { type: decl.type, data: x }]]));
        const qin = run.values.get(inDesc.name)!;
        const sim = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(qin.type.shape, qin.data as ArrayLike<number>))]]));
        const want = run.values.get(outDesc.name)!;
        expect(Array.from(sim.outputs.get(outDesc.name)!)).toEqual(Array.from(nchwToNhwc(want.type.shape, want.data as ArrayLike<number>)));
      }
    });
  }

  it('a fixed seed gives a byte-identical model; stop and resume gives the same model as an uninterrupted run', async () => {
    const s = setup('w4a4');
    const o = { recipe, seed: 5, threads: 0 };
    const a = await runQat(s, data, o);
    const b = await runQat(s, data, o);
    expect(printQir(b.graph!)).toBe(printQir(a.graph!));
    let steps = 0;
    const part = await runQat(s, data, { ...o, hooks: { shouldStop: () => ++steps === 4 } });
    expect(part.stopped).toBe(true);
    const rest = await runQat(s, data, { ...o, from: part.state });
    expect(printQir(rest.graph!)).toBe(printQir(a.graph!));
    for (const [name, t] of a.graph!.constants) expect(Array.from(rest.graph!.constants.get(name)!.data as ArrayLike<number>), name).toEqual(Array.from(t.data as ArrayLike<number>));
  });
});
