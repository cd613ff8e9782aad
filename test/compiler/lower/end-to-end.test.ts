// End to end: the lowered program, run on the functional ISA model (functional-model.ts), produces the
// integer reference's output (runIntGraph) exactly — every mode (int8, int4 packed, binary packed, pow2,
// per-channel), both dataflows, square and non-square arrays.
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../isa/check/index.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { parseQuantConfig } from '../../../compiler/quant/presets.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { concatModel, endToEnd, quantized, seededBatch } from './models.js';

const CASES: [string, string, string[]][] = [
  ['models/examples/cnn_bn.qir', 'w8a8', ['4x4', '16x16', '8x32', '32x8']],
  ['models/examples/residual.qir', 'w8a8', ['4x4', '16x16']],
  ['models/examples/residual.qir', 'w4a4', ['16x16']],
  ['models/fmnist_cnn.qir', 'w8a8-pc', ['16x16']],
  ['models/fmnist_cnn.qir', 'w4a8', ['8x8']],
  ['models/fmnist_cnn.qir', 'w4a4', ['4x4', '16x16']],
  ['models/fmnist_cnn.qir', 'w8a8-pow2', ['16x16']],
  ['models/fmnist_dwsep.qir', 'w8a8', ['4x4', '16x16']],
  ['models/fmnist_dwsep.qir', 'w4a4', ['16x16']],
  ['models/fmnist_mlp.qir', 'binary', ['4x4', '16x16']],
  ['models/fmnist_mlp.qir', 'w8a8-pow2', ['32x32']],
];

describe('lowered programs reproduce the integer reference exactly', () => {
  for (const [model, preset, arrays] of CASES) {
    it(`${model} ${preset}`, () => {
      const g = quantized(model, preset);
      for (const array of arrays) {
        for (const dataflow of ['ws', 'os'] as const) {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
          const { got, want } = endToEnd(g, program);
          expect(want.length).toBeGreaterThan(0);
          expect(got, `${array} ${dataflow}`).toEqual(want);
        }
      }
    });
  }

  it('concat (channel offsets through the STORE address) and reshape before dense', () => {
    for (const preset of ['w8a8', 'w4a4']) {
      const g = concatModel(preset);
      expect(g.nodes.some((n) => n.op === 'qconcat')).toBe(true);
      for (const [array, dataflow] of [['4x4', 'ws'], ['16x16', 'os'], ['8x8', 'ws']] as const) {
        const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
        expect(checkProgram(program), `${preset} ${array} ${dataflow}`).toEqual([]);
        const { got, want } = endToEnd(g, program);
        expect(got, `${preset} ${array} ${dataflow}`).toEqual(want);
      }
    }
  });

  // Per-layer configurations: binary convs with padding and a max pool over packed bits; int4 layers
  // next to int8 ones (4-bit activations kept as bytes where an 8-bit-weight layer reads them).
  const MIXED: [string, object][] = [
    ['binary convs', { preset: 'binary', layers: { 'conv3/Conv': { actBits: 8 } } }],
    ['w4a4 with an 8-bit conv2', { preset: 'w4a4', layers: { 'conv2/Conv': { weightBits: 8, actBits: 8 } } }],
    ['w4a4 with 2-bit conv2 weights', { preset: 'w4a4', layers: { 'conv2/Conv': { weightBits: 2 } } }],
  ];
  for (const [label, json] of MIXED) {
    it(`models/fmnist_cnn.qir ${label}`, () => {
      const config = parseQuantConfig(JSON.stringify(json));
      const g = quantizeModel(loadQir('models/fmnist_cnn.qir'), { config, calib: seededBatch([1, 28, 28], 4, 7), cle: false, adaround: false, biasCorrection: false }).graph;
      for (const [array, dataflow] of [['4x4', 'ws'], ['16x16', 'os']] as const) {
        {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
          expect(checkProgram(program), `${array} ${dataflow}`).toEqual([]);
          const { got, want } = endToEnd(g, program);
          expect(got, `${array} ${dataflow}`).toEqual(want);
        }
      }
    });
  }

  // Small buffers force every tiling path: pixel blocks and row segments, k-groups accumulated across
  // tiles, channel groups, depthwise and pool bands, elementwise blocks, both loop orders.
  const tiny = (array: string, dataflow: 'ws' | 'os') => {
    const hw = applyOverrides(defaultHwConfig(), { array, dataflow });
    hw.memories.input.sizeBytes = 4096;
    hw.memories.weight.sizeBytes = 4096;
    hw.memories.accumulator.sizeBytes = 2048;
    hw.memories.param.sizeBytes = 1024;
    hw.memories.output.sizeBytes = 2048;
    return hw;
  };
  for (const [model, preset] of [['models/examples/cnn_bn.qir', 'w8a8'], ['models/examples/residual.qir', 'w4a4'], ['models/fmnist_dwsep.qir', 'w8a8'], ['models/fmnist_mlp.qir', 'binary']] as const) {
    it(`${model} ${preset} with small buffers (8x8)`, () => {
      const g = quantized(model, preset);
      for (const dataflow of ['ws', 'os'] as const) {
        const program = lowerGraph(g, tiny('8x8', dataflow));
        expect(checkProgram(program), dataflow).toEqual([]);
        const { got, want } = endToEnd(g, program);
        expect(got, dataflow).toEqual(want);
      }
    });
  }

  // Depthwise convolutions both ways: block-diagonal tiles on the array, DEPTHWISE on the vector unit.
  for (const [model, preset] of [['models/fmnist_dwsep.qir', 'w8a8'], ['models/fmnist_dwsep.qir', 'w4a8'], ['models/examples/dwsep_relu6.qir', 'w4a4']] as const) {
    it(`${model} ${preset} with depthwise on the array and on the vector unit`, () => {
      const g = quantized(model, preset);
      for (const depthwise of ['array', 'vector'] as const) {
        for (const [array, dataflow] of [['4x4', 'ws'], ['16x16', 'os'], ['8x32', 'ws']] as const) {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }), { depthwise });
          expect(checkProgram(program), `${depthwise} ${array} ${dataflow}`).toEqual([]);
          const { got, want } = endToEnd(g, program);
          expect(got, `${depthwise} ${array} ${dataflow}`).toEqual(want);
        }
      }
    });
  }

  it('the check can fail: corrupted weights change the output', () => {
    const g = quantized('models/examples/cnn_bn.qir', 'w8a8');
    const program = lowerGraph(g, defaultHwConfig());
    const fc = program.layers.find((l) => l.name === 'fc')!;
    const weightLoad = program.instructions.slice(fc.firstInstruction, fc.firstInstruction + fc.instructionCount).find((i) => i.op === 'LOAD' && i.buffer === 'weight');
    if (weightLoad?.op !== 'LOAD') throw new Error('fc has no weight load');
    const image = program.dramImage.slice();
    // Every fc weight +1: the integer reference's logits use the original weights.
    for (let b = 0; b < weightLoad.rows * weightLoad.bytesPerRow; b++) image[weightLoad.dramAddr + b] = (image[weightLoad.dramAddr + b]! + 1) & 0xff;
    const { got, want } = endToEnd(g, { ...program, dramImage: image });
    expect(got).not.toEqual(want);
  });
});
