// Models exported by real PyTorch (tools/fixtures/export-pytorch-models.py, opsets 11/13/17; committed
// fixtures, so CI needs no torch): each imports, its float reference matches PyTorch's own outputs within
// 1e-4, it quantizes (w8a8, calibration images) and runs in the integer reference, and the simulator equals the
// integer reference bit for bit at 16x16 and 8x32, ws and os.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOnnxWithNotes } from '../../../../compiler/import/onnx/to-graph.js';
import { runFloatBatched } from '../../../../compiler/reference/float-interpreter.js';
import { runInt, runIntGraph } from '../../../../compiler/reference/int-interpreter.js';
import { quantizeModel } from '../../../../compiler/ptq/quantize-model.js';
import { lowerGraph } from '../../../../compiler/lower/lower-graph.js';
import { loadNpy } from '../../../../compiler/io/npy.js';
import type { Graph } from '../../../../compiler/ir/graph.js';
import type { Tensor } from '../../../../compiler/ir/tensor.js';
import { applyOverrides, defaultHwConfig } from '../../../../isa/hw-config.js';
import { simulateProgram } from '../../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../../tools/pipeline/host-io.js';
import { UserError } from '../../../../core/diagnostics.js';
import { maxAbsDiff } from './reference64.js';

const DIR = join(import.meta.dirname, '../../../fixtures/onnx/pytorch');
const MODELS = ['vgg_avgpool', 'activations', 'grouped_dilated', 'conv_relu_bn', 'global_pool32', 'batch4', 'upsample_pad'];
const OPSETS = [11, 13, 17];

const npy = (name: string, what: string): Tensor => loadNpy(join(DIR, `${name}.${what}.npy`));
const load = (name: string, opset: number) => importOnnxWithNotes(new Uint8Array(readFileSync(join(DIR, `${name}.opset${opset}.onnx`))), { file: `${name}.opset${opset}.onnx` });

/** 10·log10(Σ f² / Σ (f − q)²). */
function sqnrDb(f: ArrayLike<number>, q: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < f.length; i++) {
    den += f[i]! ** 2;
    num += (f[i]! - q[i]!) ** 2;
  }
  return 10 * Math.log10(den / num);
}

/** Simulated output vs integer reference output (NHWC bytes) for image 0 of `x`, or the mapping error. */
function simulateImage0(q: Graph, x: Tensor, array: string, dataflow: 'ws' | 'os'): { got: number[]; want: number[] } | UserError {
  let program;
  try {
    program = lowerGraph(q, applyOverrides(defaultHwConfig(), { array, dataflow }));
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  const decl = q.inputs[0]!;
  const per = x.data.length / x.type.shape[0]!;
  const run = runIntGraph(q, new Map([[decl.name, { type: decl.type, data: (x.data as Float32Array).subarray(0, per) }]]));
  const inDesc = program.tensors.find((t) => t.role === 'input')!;
  const outDesc = program.tensors.find((t) => t.role === 'output')!;
  const qi = run.values.get(inDesc.name)!;
  const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(qi.type.shape, qi.data as ArrayLike<number>))]]));
  const ref = run.values.get(outDesc.name)!;
  return { got: Array.from(r.outputs.get(outDesc.name)!), want: Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)) };
}

describe.each(MODELS)('PyTorch export %s', (name) => {
  const x = npy(name, 'x');
  const y = npy(name, 'y');

  it.each(OPSETS)('opset %i: imports and matches PyTorch\'s float outputs within 1e-4', (opset) => {
    const { graph } = load(name, opset);
    const out = runFloatBatched(graph, x);
    expect(out.type.shape).toEqual(y.type.shape);
    expect(maxAbsDiff(out.data as Float32Array, y.data as Float32Array)).toBeLessThan(1e-4);
  });

  it('quantizes with calibration images, runs in the integer reference, and simulates bit-exactly', () => {
    const { graph } = load(name, 17);
    const q = quantizeModel(graph, { preset: 'w8a8', calib: npy(name, 'calib') }).graph;
    const r = runInt(q, x);
    // 8-bit weights and activations on these small random-weight nets stay far above 20 dB (measured 32-52 dB).
    expect(sqnrDb(y.data as Float32Array, r.floatOutput.data as Float32Array)).toBeGreaterThan(20);
    for (const array of ['16x16', '8x32']) {
      for (const dataflow of ['ws', 'os'] as const) {
        const s = simulateImage0(q, x, array, dataflow);
        // Every construct lowers now (resize and qpad since compiler/lower/spatial-copy.ts): a mapping error fails.
        if (s instanceof UserError) expect.fail(`${name} at ${array} ${dataflow}: ${s.message}`);
        expect(s.got).toEqual(s.want);
      }
    }
  });
});

describe('the batch-4 export', () => {
  it('is imported per-image with a note, and runs 8, 3 or 1 images in float and in integers', () => {
    const { graph, notes } = load('batch4', 13);
    expect(graph.inputs[0]!.type.shape).toEqual([1, 3, 16, 16]);
    expect(notes).toEqual(['the model was exported with a fixed batch of 4; it computes each image on its own, so it was imported with batch 1 and runs any number of images']);
    const x = npy('batch4', 'x');
    const y = npy('batch4', 'y');
    const q = quantizeModel(graph, { preset: 'w8a8', calib: npy('batch4', 'calib') }).graph;
    for (const n of [8, 3, 1]) {
      const xn: Tensor = { type: { dtype: 'f32', shape: [n, 3, 16, 16] }, data: (x.data as Float32Array).subarray(0, n * 768) };
      const f = runFloatBatched(graph, xn);
      expect(maxAbsDiff(f.data as Float32Array, (y.data as Float32Array).subarray(0, n * 10))).toBeLessThan(1e-4);
      expect(runInt(q, xn).floatOutput.type.shape).toEqual([n, 10]);
    }
  });
});
