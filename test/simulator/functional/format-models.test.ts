// Every model in models/ (fmnist and examples) in every float/MX preset, run with its conv2d and dense
// layers through the datapath's units — the vector unit's input conversion of the FP32 activations
// (channels last) into element bytes and E8M0 scale bytes, the array and accumulator arithmetic as the
// lowering would tile it (format-layer-runner.ts) at 16x16 and 8x8, ws and os, and the output conversion
// with the fused clamp; max pools and residual adds on the vector unit's FP32 ops (format-vector.ts) —
// and every other op in FP32 (§14: FP32 between layers): the outputs equal the
// format reference's (runFormat) bit for bit. Real weights and activations, real layer shapes
// (grouped and depthwise convs, residual adds, pools) — what random layers cannot promise to cover.
// Quantized without AdaRound (models.ts formatQuantized): it moves weight codes, not the datapath.
import { describe, expect, it } from 'vitest';
import { loadQir } from '../../../compiler/qir/load.js';
import { type FormatModel, FORMAT_GEMM_OPS, runFormat } from '../../../compiler/reference/format-interpreter.js';
import { bindInputs, operandsOf } from '../../../compiler/reference/environment.js';
import { lookupOp } from '../../../compiler/ir/op-registry.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { intsAttr, numAttr } from '../../../compiler/ir/op-spec.js';
import { readWindow2d } from '../../../compiler/ir/ops/conv-geometry.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import type { Attrs } from '../../../compiler/ir/graph.js';
import { type FormatTensor, activationMultiplier, isMx } from '../../../compiler/quant/format-quantize.js';
import { FORMAT_PRESETS } from '../../../compiler/quant/format-presets.js';
import { E8M0, ELEMENT_TYPES, type ElementType, type NumberFormat } from '../../../core/number-formats.js';
import { elementValueTable } from '../../../simulator/functional/format-accumulator.js';
import { convertMx, convertPerTensor } from '../../../simulator/functional/format-convert.js';
import { fp32Add, fp32MaxPool } from '../../../simulator/functional/format-vector.js';
import { allModels, formatQuantized, seededBatch } from '../../compiler/lower/models.js';
import { type ArrayShape, runConvOnArray, runDenseOnArray } from './format-layer-runner.js';
import { quantizeU8Activations } from '../../../compiler/quant/int8-gemm.js';

/** fp8 without AdaRound (formatQuantized) is fp8-rtn code for code (test/compiler/ptq/format-model.test.ts): run once. */
const PRESETS = Object.keys(FORMAT_PRESETS).filter((p) => p !== 'fp8-rtn');
const ARRAYS: ArrayShape[] = [16, 8].flatMap((r) => (['ws', 'os'] as const).map((dataflow) => ({ rows: r, cols: r, dataflow })));

/**
 * A GEMM input converted by the vector unit: [N,F] or [1,C,H,W] FP32 → channels last → element bytes (and
 * E8M0 bytes) → the FormatTensor (NCHW / NF) the layer runner reads.
 */
function convertInput(x: Tensor, f: NumberFormat, el: ElementType, realScale: number): FormatTensor {
  const shape = x.type.shape;
  const data = x.data as Float32Array;
  const [pixels, channels] = shape.length === 4 ? [shape[2]! * shape[3]!, shape[1]!] : [shape[0]!, shape[1]!];
  const at = (p: number, c: number): number => (shape.length === 4 ? c * pixels + p : p * channels + c);
  const last = new Float32Array(data.length);
  for (let p = 0; p < pixels; p++) for (let c = 0; c < channels; c++) last[p * channels + c] = data[at(p, c)]!;
  const conv = isMx(f) ? convertMx(last, pixels, channels, el) : { bytes: convertPerTensor(last, activationMultiplier(realScale), el), scales: undefined };
  const table = elementValueTable(el);
  const vals = new Float64Array(data.length);
  const exps = new Int16Array(data.length);
  const blocks = Math.ceil(channels / 32);
  for (let p = 0; p < pixels; p++) {
    for (let c = 0; c < channels; c++) {
      vals[at(p, c)] = table[conv.bytes[p * channels + c]!]!;
      exps[at(p, c)] = conv.scales === undefined ? 0 : conv.scales[p * blocks + Math.floor(c / 32)]! - E8M0.bias;
    }
  }
  return { shape, vals, exps, realScale: isMx(f) ? 1 : realScale };
}

/** [1,C,H,W] (or any [1,C,…]) NCHW ↔ channels last. */
function toChannelsLast(t: Tensor): Float32Array {
  const c = t.type.shape[1]!;
  const px = t.data.length / c;
  const d = t.data as Float32Array;
  return Float32Array.from({ length: d.length }, (_, i) => d[(i % c) * px + Math.floor(i / c)]!);
}
function fromChannelsLast(d: Float32Array, type: Tensor['type']): Tensor {
  const c = type.shape[1]!;
  const px = d.length / c;
  return { type, data: Float32Array.from({ length: d.length }, (_, i) => d[(i % px) * c + Math.floor(i / px)]!) };
}

/** The FP32 vector-unit ops between GEMMs (format-vector.ts) on channels-last data: max pool and the residual add. */
function vectorOp(op: 'maxpool' | 'add', operands: Tensor[], attrs: Attrs, outType: Tensor['type']): Tensor {
  if (op === 'add') {
    expect(operands[0]!.type.shape).toEqual(operands[1]!.type.shape); // residual adds: no broadcast
    return fromChannelsLast(fp32Add(toChannelsLast(operands[0]!), toChannelsLast(operands[1]!), numAttr(attrs, 'act_min'), numAttr(attrs, 'act_max')), outType);
  }
  const k = intsAttr(attrs, 'kernel');
  const win = readWindow2d(attrs, [k[0]!, k[1]!]);
  expect([win.h.dilation, win.w.dilation]).toEqual([1, 1]);
  const [, c, h, w] = operands[0]!.type.shape as [number, number, number, number];
  const out = fp32MaxPool(toChannelsLast(operands[0]!), h, w, c, {
    kernelH: win.h.kernel, kernelW: win.w.kernel, strideH: win.h.stride, strideW: win.w.stride,
    padTop: win.h.padBegin, padLeft: win.w.padBegin, outH: outType.shape[2]!, outW: outType.shape[3]!,
  });
  return fromChannelsLast(out, outType);
}

/** runFormat with each conv2d/dense on the datapath's units (batch 1). */
function runOnArray(model: FormatModel, inputs: ReadonlyMap<string, Tensor>, arr: ArrayShape): Map<string, Tensor> {
  const { graph } = model;
  const attrsByNode = inferTypes(graph);
  const env = bindInputs(graph, inputs);
  const f = model.format;
  const xEl = ELEMENT_TYPES[f.actElement ?? f.element];
  const wEl = ELEMENT_TYPES[f.element];
  const counts = { computes: 0, peDurations: [] };
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op)!;
    const operands = operandsOf(graph, env, node);
    const attrs = attrsByNode.get(node.name)!;
    const outType = graph.values.get(node.name)!.type;
    if (node.op === 'maxpool' || node.op === 'add') {
      env.set(node.name, vectorOp(node.op, operands, attrs, outType));
      continue;
    }
    if (!FORMAT_GEMM_OPS.has(node.op)) {
      env.set(node.name, spec.evalFloat(operands, attrs, outType));
      continue;
    }
    const w = model.weights.get(node.name)!;
    const x = operands[0]!;
    const grid = model.int8Inputs.get(node.name);
    const bias = operands[2]?.data as Float32Array | undefined;
    const withClamp: ArrayShape = { ...arr, clamp: [numAttr(attrs, 'act_min'), numAttr(attrs, 'act_max')] };
    if (grid !== undefined) {
      // fp8's first GEMM runs in INT8 (INTEGER-SEMANTICS §14, "INT8 GEMMs inside a format model"): the int8
      // mode's exact int32 sum over raw uint8 codes with the zero point folded into the bias and filled
      // into the padding, then the vector unit's int32 → FP32 conversion (convertIntOutput).
      const xi = quantizeU8Activations(x.data as Float32Array, x.type.shape, grid);
      const int8: ArrayShape = { ...withClamp, int8Zero: grid.zero };
      const out = node.op === 'dense'
        ? runDenseOnArray(xi, w, bias, xEl, wEl, int8, counts)
        : runConvOnArray(xi, w, bias, numAttr(attrs, 'groups'), readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]), [outType.shape[2]!, outType.shape[3]!], xEl, wEl, int8, counts, 'k32');
      env.set(node.name, { type: outType, data: out });
      continue;
    }
    const xq = convertInput(x, f, xEl, model.actScales.get(node.name) ?? 1);
    const data = node.op === 'dense'
      ? runDenseOnArray(xq, w, bias, xEl, wEl, withClamp, counts)
      : runConvOnArray(xq, w, bias, numAttr(attrs, 'groups'), readWindow2d(attrs, [w.shape[2]!, w.shape[3]!]), [outType.shape[2]!, outType.shape[3]!], xEl, wEl, withClamp, counts, isMx(f) ? 'pixel' : 'k32');
    env.set(node.name, { type: outType, data });
  }
  return new Map(graph.outputs.map((name) => [name, env.get(name)!]));
}

const bits = (t: Tensor): Uint32Array => {
  const a = t.data as Float32Array;
  return new Uint32Array(a.buffer, a.byteOffset, a.length);
};

describe('every model × every float/MX preset on the array datapath == format reference', () => {
  for (const path of allModels()) {
    it(path, () => {
      const graph = loadQir(path);
      const sample = graph.inputs[0]!.type.shape.slice(1);
      const input = new Map([[graph.inputs[0]!.name, seededBatch(sample, 1, 11)]]);
      for (const preset of PRESETS) {
        const model = formatQuantized(loadQir(path), preset);
        const want = runFormat(model, input);
        for (const arr of ARRAYS) {
          const got = runOnArray(model, input, arr);
          for (const [name, t] of want) expect(bits(got.get(name)!), `${preset} ${arr.rows}x${arr.cols} ${arr.dataflow} ${name}`).toEqual(bits(t));
        }
      }
    }, 300_000);
  }

  // The PE-level models on real layers (the small example models: stepping every register is slow).
  for (const path of allModels().filter((p) => p.includes('examples/cnn_bn') || p.includes('examples/residual'))) {
    it(`${path}: PE-level ws and os models`, () => {
      const graph = loadQir(path);
      const sample = graph.inputs[0]!.type.shape.slice(1);
      const input = new Map([[graph.inputs[0]!.name, seededBatch(sample, 1, 11)]]);
      for (const preset of ['fp8', 'mxfp8', 'mxint8']) {
        const model = formatQuantized(loadQir(path), preset);
        const want = runFormat(model, input);
        for (const dataflow of ['ws', 'os'] as const) {
          const got = runOnArray(model, input, { rows: 8, cols: 8, dataflow, pe: true });
          for (const [name, t] of want) expect(bits(got.get(name)!), `${preset} 8x8 ${dataflow} PE ${name}`).toEqual(bits(t));
        }
      }
    }, 300_000);
  }
});
