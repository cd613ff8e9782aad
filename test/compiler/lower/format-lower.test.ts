// The float lowering (compiler/lower/format-lower.ts, issue 18): every fmnist model, examples/mlp and
// examples/residual (a 3-channel image: the host hands it over channels last) and examples/cnn_bn (its softmax
// on the host) quantized
// with the fp8 preset (the first GEMM in INT8) at 16x16 and 8x8, ws and os, and with fp8-pc (FP8 throughout)
// at 8x8 os, and with the MX presets (mxint8, mxfp8, mxfp4: the E8M0 side buffer, block exponents in the
// fold) lowered and simulated: the outputs equal the format reference's (runFormat) bit for bit (one
// image each: CI time), the static checker accepts the programs, and the PE-level engine equals the
// reference on fmnist_mlp (fp8) and fmnist_cnn (MX). The other example models need ops the float lowering lacks (MAP004, listed).
// Models come from models.ts formatQuantized: no AdaRound, so fp8's weights are fp8-rtn's (round to nearest,
// asserted code for code in test/compiler/ptq/format-model.test.ts); the AdaRound-rounded fp8 runs on the
// machine in test/tools/eval-format.test.ts (`run --preset fp8`).
import { describe, expect, it } from 'vitest';
import { loadQir, parseQir } from '../../../compiler/qir/load.js';
import { type FormatModel, runFormat } from '../../../compiler/reference/format-interpreter.js';
import { lowerFormatModel } from '../../../compiler/lower/format-lower.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import type { Program } from '../../../isa/program-file.js';
import type { ArrayMode } from '../../../isa/spec.js';
import { checkProgram } from '../../../isa/check/index.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { firstDiagnostic } from '../../user-error.js';
import { formatQuantized, seededBatch } from './models.js';
import { formatGraphOutputs, formatProgramInput } from '../../../tools/pipeline/format-design-point.js';

/** The array mode each MX preset's GEMMs run in. */
const MX_MODES: Readonly<Record<string, ArrayMode>> = { mxint8: 'mxint8', mxfp8: 'mxfp8', mxfp4: 'mxfp4' };
const bits = (a: ArrayLike<number>): number[] => Array.from(new Uint32Array(Float32Array.from(a).buffer));

/** Simulates `p` on image `x` and returns the outputs' FP32 bits next to the reference's. */
function simAndRef(model: FormatModel, p: Program, x: Tensor, fidelity: 'fast' | 'pe' = 'fast'): { got: number[][]; want: number[][] } {
  const name = model.graph.inputs[0]!.name;
  const sim = simulateProgram(p, new Map([[name, formatProgramInput(p, x)]]), { fidelity });
  const ref = runFormat(model, new Map([[name, x]]));
  return {
    got: [...formatGraphOutputs(model, sim.outputs).values()].map(bits),
    want: model.graph.outputs.map((o) => bits(ref.get(o)!.data as Float32Array)),
  };
}

const models = new Map<string, FormatModel>();
function model(path: string, preset: string): FormatModel {
  const key = `${path} ${preset}`;
  if (!models.has(key)) {
    models.set(key, formatQuantized(loadQir(path), preset));
  }
  return models.get(key)!;
}

describe('float lowering: simulator == format reference', () => {
  // fp8 and the MX presets on every shape and dataflow (issue 18's bit-exact line); fp8-pc on one.
  const shapes = ['16x16 ws', '16x16 os', '8x8 ws', '8x8 os'];
  const cases = ['fp8', 'mxint8', 'mxfp8', 'mxfp4'].flatMap((preset) => shapes.map((c) => [preset, c])).concat([['fp8-pc', '8x8 os']]);
  for (const path of ['models/fmnist_mlp.qir', 'models/fmnist_cnn.qir', 'models/fmnist_dwsep.qir', 'models/fmnist_resnet.qir', 'models/examples/mlp.qir', 'models/examples/residual.qir', 'models/examples/cnn_bn.qir']) {
    for (const [preset, arr] of cases) {
      const [array, dataflow] = arr!.split(' ') as [string, 'ws' | 'os'];
      it(`${path} ${preset} ${array} ${dataflow}`, () => {
        const m = model(path, preset!);
        const p = lowerFormatModel(m, applyOverrides(defaultHwConfig(), { array, dataflow }));
        expect(checkProgram(p)).toEqual([]);
        const modes = new Set(p.instructions.flatMap((i) => (i.op === 'CONFIG' ? [i.mode] : [])));
        expect(modes.has(MX_MODES[preset!] ?? 'fp8-e4m3')).toBe(true);
        expect(modes.has('int8')).toBe(preset === 'fp8');
        const { got, want } = simAndRef(m, p, seededBatch(m.graph.inputs[0]!.type.shape.slice(1), 1, 11));
        expect(got).toEqual(want);
      }, 300_000);
    }
  }

  it('PE-level engine == format reference (fmnist_mlp, fp8, 8x8 ws and os)', () => {
    const m = model('models/fmnist_mlp.qir', 'fp8');
    for (const dataflow of ['ws', 'os'] as const) {
      const p = lowerFormatModel(m, applyOverrides(defaultHwConfig(), { array: '8x8', dataflow }));
      const { got, want } = simAndRef(m, p, seededBatch([1, 28, 28], 1, 13), 'pe');
      expect(got, dataflow).toEqual(want);
    }
  }, 600_000);

  it('names what the example models need (MAP004): concat, a standalone clip', () => {
    const need = (path: string) => firstDiagnostic(() => lowerFormatModel(model(path, 'fp8-pc'), defaultHwConfig()));
    expect(need('models/examples/concat.qir').message).toContain('op concat has no float lowering');
    expect(need('models/examples/dwsep_relu6.qir').message).toContain('op clip has no float lowering');
  });

  it('PE-level engine == format reference (fmnist_cnn, mxfp8 and mxfp4, 8x8 ws and os)', () => {
    for (const preset of ['mxfp8', 'mxfp4']) {
      const m = model('models/fmnist_cnn.qir', preset);
      for (const dataflow of ['ws', 'os'] as const) {
        const p = lowerFormatModel(m, applyOverrides(defaultHwConfig(), { array: '8x8', dataflow }));
        const { got, want } = simAndRef(m, p, seededBatch([1, 28, 28], 1, 13), 'pe');
        expect(got, `${preset} ${dataflow}`).toEqual(want);
      }
    }
  }, 600_000);

  it('MX: conv1 cut at every tap (9 one-row COMPUTEs per block), an exponent vector after every weight K tile', () => {
    const p = lowerFormatModel(model('models/fmnist_cnn.qir', 'mxint8'), defaultHwConfig());
    const layer = p.layers.find((l) => l.op === 'conv2d')!;
    const computes = p.instructions.slice(layer.firstInstruction, layer.firstInstruction + layer.instructionCount).filter((i) => i.op === 'COMPUTE');
    expect(computes.length % 9).toBe(0);
    expect(computes.every((i) => i.op === 'COMPUTE' && i.k === 1 && i.chunkEnd === 1)).toBe(true);
    // Every LOAD_WEIGHTS of the layer reads its 1-row tile and then the exponent vector: its row + 1 holds E8M0 codes.
    expect(p.instructions.slice(layer.firstInstruction, layer.firstInstruction + layer.instructionCount).filter((i) => i.op === 'LOAD_WEIGHTS').map((i) => i.op === 'LOAD_WEIGHTS' && i.weightRow % 2)).not.toContain(1);
  });

  it('fmnist_cnn on the default buffers: the pools run on their convs\' output blocks and every activation between layers stays in the output buffer', () => {
    for (const preset of ['fp8', 'mxint8']) {
      const p = lowerFormatModel(model('models/fmnist_cnn.qir', preset), defaultHwConfig());
      expect(p.layers.map((l) => l.name), preset).toEqual(['conv1/Conv', 'conv2/Conv', 'conv3/Conv', 'logits']);
      // Only the program's input (the image) and output (the logits) are activations in DRAM.
      const acts = p.regions!.filter((r) => r.kind === 'activation').map((r) => r.addr).sort((a, b) => a - b);
      expect(acts, preset).toEqual(p.tensors.map((t) => t.dramAddr).sort((a, b) => a - b));
      // conv2's two 16-channel tiles reach the resident 32-channel pool2 output by MOVEs; conv1's one tile is pooled into place.
      expect(p.instructions.some((i) => i.op === 'MOVE' && i.srcBuffer === 'output' && i.dstBuffer === 'output'), preset).toBe(true);
    }
  });

  it('an 8 KiB output buffer: conv1\'s pool no longer fits its blocks, pool1\'s output stays in DRAM, gap\'s is resident; still == format reference (fp8, mxint8)', () => {
    const hw = applyOverrides(defaultHwConfig(), { array: '16x16', dataflow: 'ws' });
    hw.memories.output.sizeBytes = 8 * 1024;
    for (const preset of ['fp8', 'mxint8']) {
      const m = model('models/fmnist_cnn.qir', preset);
      const p = lowerFormatModel(m, hw);
      expect(checkProgram(p)).toEqual([]);
      expect(p.layers.map((l) => l.name), preset).toEqual(['conv1/Conv', 'pool1/MaxPool', 'conv2/Conv', 'conv3/Conv', 'logits']);
      const acts = p.regions!.filter((r) => r.kind === 'activation').length;
      expect(acts, preset).toBe(5); // image, conv1, pool1, pool2 outputs, logits; gap's 64 FP32 are resident
      const { got, want } = simAndRef(m, p, seededBatch([1, 28, 28], 1, 11));
      expect(got, preset).toEqual(want);
    }
  }, 300_000);

  it('pools on odd images (the floor rule drops the last row and column) fused into 24-channel convs (a partial channel tile MOVEd into place) == format reference', () => {
    const text = [
      'qir 1', 'graph oddpool {', '  input %x: f32[1,3,15,15]', '  const @w1: f32[24,3,3,3]', '  const @b1: f32[24]', '  const @w2: f32[24,24,3,3]', '  const @b2: f32[24]',
      '  const @w3: f32[16,24,3,3]', '  const @b3: f32[16]', '  const @w4: f32[10,16]', '  const @b4: f32[10]',
      '  %c1 = conv2d(%x, @w1, @b1) {pad=[1,1,1,1], act_min=0.0}', '  %p1 = maxpool(%c1) {kernel=[2,2], stride=[2,2]}',
      '  %c2 = conv2d(%p1, @w2, @b2) {pad=[1,1,1,1], act_min=0.0}', '  %p2 = avgpool(%c2) {kernel=[2,2], stride=[2,2]}',
      '  %c3 = conv2d(%p2, @w3, @b3) {act_min=0.0}', '  %f = flatten(%c3)', '  %y = dense(%f, @w4, @b4)', '  output %y', '}',
    ].join('\n');
    const seeded = (shape: number[], seed: number) => ({ type: { dtype: 'f32' as const, shape }, data: (seededBatch(shape, 1, seed).data as Float32Array).map((v) => v / 2) });
    const shapes: Record<string, number[]> = { w1: [24, 3, 3, 3], b1: [24], w2: [24, 24, 3, 3], b2: [24], w3: [16, 24, 3, 3], b3: [16], w4: [10, 16], b4: [10] };
    const g = parseQir(text, 'oddpool.qir', new Map(Object.entries(shapes).map(([k, sh], i) => [k, seeded(sh, i + 1)])));
    for (const [preset, array, dataflow] of [['mxint8', '16x16', 'ws'], ['fp8-pc', '8x8', 'os']] as const) {
      const m = formatQuantized(g, preset);
      const p = lowerFormatModel(m, applyOverrides(defaultHwConfig(), { array, dataflow }));
      expect(checkProgram(p)).toEqual([]);
      expect(p.layers.map((l) => l.name), preset).toEqual(['c1', 'c2', 'c3', 'y']);
      expect(p.regions!.filter((r) => r.kind === 'activation').length, preset).toBe(2); // the image and y: p1, p2, c3 resident
      const { got, want } = simAndRef(m, p, seededBatch([3, 15, 15], 1, 11));
      expect(got, preset).toEqual(want);
    }
  }, 300_000);

  it('refuses an MX format without an array mode (mxfp6): MAP004', () => {
    const d = firstDiagnostic(() => lowerFormatModel(model('models/fmnist_mlp.qir', 'mxfp6'), defaultHwConfig()));
    expect(d.code).toBe('MAP004');
    expect(d.message).toContain('mxfp6 format has no array mode');
  });
});
