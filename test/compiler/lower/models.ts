// Quantized models for the lowering tests: the models/ graphs quantized with a preset and a seeded
// random calibration batch (or the Fashion-MNIST calib split), plus an end-to-end check of a program on
// the functional model against the integer reference.
import { readdirSync } from 'node:fs';
import type { Graph } from '../../../compiler/ir/graph.js';
import { makeTensor, type Tensor } from '../../../compiler/ir/tensor.js';
import { loadQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { formatQuantize } from '../../../compiler/ptq/format-model.js';
import type { FormatModel } from '../../../compiler/reference/format-interpreter.js';
import { loadFashionMnist } from '../../../compiler/data/fashion-mnist.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import type { Program } from '../../../isa/program-file.js';
import { dramFootprint } from '../../../simulator/simulate-program.js';
import { readElements, runFunctional } from './functional-model.js';

/** Every model file in models/ and models/examples/. */
export function allModels(): string[] {
  const list = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.qir')).sort().map((f) => `${dir}/${f}`);
  return [...list('models'), ...list('models/examples')];
}

/** A seeded uniform [-1, 1) batch of shape [n, ...sample] (LCG, so every run is the same). */
export function seededBatch(sample: readonly number[], n: number, seed: number): Tensor {
  const size = n * sample.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  let s = seed >>> 0;
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = (s / 2 ** 32) * 2 - 1;
  }
  return makeTensor('f32', [n, ...sample], data);
}

/** Seeded uniform weights in [−0.5, 0.5) (a small LCG: the tests need variety, not quality). */
export function seededWeights(shape: number[], seed: number): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = s / 2 ** 32 - 0.5;
  }
  return { type: { dtype: 'f32', shape }, data };
}

/**
 * `path` quantized with `preset`; fmnist models calibrate on `fmnistImages` Fashion-MNIST calib images
 * when given. The slow accuracy steps of the low-bit recipes (CLE, AdaRound, bias correction) are off:
 * they change weight values, not what the lowering has to map, and the tests must stay quick.
 */
export function quantized(path: string, preset: string, fmnistImages = 0): Graph {
  // quantizeModel expects batchnorm folded and activations fused (QMOD007 otherwise).
  const g = runPipeline(loadQir(path), ['fold-batchnorm', 'fuse-activations']).graph;
  const sample = g.inputs[0]!.type.shape.slice(1);
  const calib = fmnistImages > 0 && path.includes('fmnist') ? loadFashionMnist('models/data/fashion-mnist', 'calib', fmnistImages).images : seededBatch(sample, 4, 7);
  return quantizeModel(g, { preset, calib, cle: false, adaround: false, biasCorrection: false }).graph;
}

/**
 * `graph` converted to format preset `preset`, calibrated on a seeded batch of 4, without AdaRound (fp8's
 * weights then round to nearest): for the tests that check the machine against the format reference only.
 * AdaRound changes weight codes, not what is lowered or simulated, and took 20–100 s per fmnist model
 * (load ~28); its own tests (test/compiler/ptq/format-model.test.ts, format-adaround) keep it.
 */
export function formatQuantized(graph: Graph, preset: string): FormatModel {
  return formatQuantize(graph, preset, seededBatch(graph.inputs[0]!.type.shape.slice(1), 4, 7), { adaround: false });
}

/** Runs the program on one seeded sample with the functional model; returns program and reference outputs. */
export function endToEnd(graph: Graph, program: Program, seed = 11): { got: number[]; want: number[] } {
  const decl = graph.inputs[0]!;
  const x = seededBatch(decl.type.shape.slice(1), 1, seed);
  const run = runIntGraph(graph, new Map([[decl.name, { type: decl.type, data: x.data }]]));
  const inDesc = program.tensors.find((t) => t.role === 'input')!;
  const outDesc = program.tensors.find((t) => t.role === 'output')!;
  const q = run.values.get(inDesc.name)!;
  const dram = new Uint8Array(dramFootprint(program) + 64);
  dram.set(program.dramImage);
  const [, c, h, w] = q.type.shape.length === 4 ? q.type.shape : [1, q.type.shape[1]!, 1, 1];
  for (let y = 0; y < h!; y++) for (let xx = 0; xx < w!; xx++) for (let ch = 0; ch < c!; ch++) {
    dram[inDesc.dramAddr + (y * w! + xx) * c! + ch] = (q.data[(ch * h! + y) * w! + xx] as number) & 0xff;
  }
  runFunctional(program, dram);
  const ref = run.values.get(outDesc.name)!;
  const want = Array.from(ref.data as ArrayLike<number>);
  const bits = { u8: 8, i8: 8, u4: 4, i4: 4, b1: 1 }[outDesc.dtype as 'u8'] ?? 8;
  const [pixels, channels] = outDesc.shape.length === 4 ? [outDesc.shape[1]! * outDesc.shape[2]!, outDesc.shape[3]!] : [1, outDesc.shape[1]!];
  const pixBytes = Math.ceil((channels * bits) / 8);
  let got = readElements(dram, outDesc.dramAddr, pixels, channels, pixBytes, bits, outDesc.dtype.startsWith('i'));
  if (bits === 1) got = got.map((b) => (b ? 1 : -1));
  if (outDesc.shape.length === 4) {
    // NHWC → NCHW for the comparison with the reference.
    const [, hh, ww, cc] = outDesc.shape as [number, number, number, number];
    got = Array.from({ length: got.length }, (_, k) => {
      const ch = Math.floor(k / (hh * ww));
      const p = k % (hh * ww);
      return got[p * cc + ch]!;
    });
  }
  return { got, want };
}

/**
 * models/examples/concat.qir without its per-channel `mul` (which the quantizer cannot quantize on its
 * own yet, QMOD007): conv branches → concat → maxpool → reshape → dense, quantized with `preset`.
 */
export function concatModel(preset: string): Graph {
  const g = loadQir('models/examples/concat.qir');
  const mul = g.nodes.findIndex((n) => n.op === 'mul');
  const [removed] = g.nodes.splice(mul, 1);
  const source = removed!.operands[0]!.name;
  g.nodes = g.nodes.map((n) => ({ ...n, operands: n.operands.map((o) => (o.ref === 'value' && o.name === removed!.name ? { ...o, name: source } : o)) }));
  const folded = runPipeline(g, ['fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(folded, { preset, calib: seededBatch(g.inputs[0]!.type.shape.slice(1), 4, 7), cle: false, adaround: false, biasCorrection: false }).graph;
}
