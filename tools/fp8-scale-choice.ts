// How the fp8 preset's per-tensor scale rule was chosen (QUANTIZATION.md, "FP8 scales"): FP8 E4M3 with
// weight/activation scales by 'max' (amax/448) or 'mse' (format-quantize.ts: mseTensorScale) or an
// activation percentile, optionally with some GEMMs left in FP32, calibrated on calibration images 0..499
// and judged on 500..999 (top-1 and mean cross-entropy). Its data comes only through the choice-data
// loader (compiler/data/choice-data.ts), which cannot open the test split; --limit N halves the first N.
//   npm run build && node dist/tools/fp8-scale-choice.js fmnist_dwsep [max/max,mse/mse,max/max/0 …] [--limit N]
// A rule is weights/activations[/k+k…]; weights: max or mse (one scale per tensor), pc or pcmse (one per
// output channel: its max, or the MSE search over the channel); activations: max, mse or pP (P a
// fraction); either side f: left in FP32 in every GEMM (to split weight and activation error); each k names a GEMM by
// index: N keeps it in FP32, uN feeds it uint8 inputs (FP8 weights), iN runs it in INT8 (uint8 inputs,
// int8 per-channel weights: compiler/quant/int8-gemm.ts), wN / aN keep only its weights / its input in FP32,
// pN / qN give only its weights one scale per output channel (max/448 / the MSE search: a per-layer mix);
// the token bc corrects every GEMM's bias for its weight rounding error (format-bias-correction.ts, with the
// mean GEMM inputs of images 0..499); ar rounds every FP8 weight tensor by AdaRound on the E4M3 grid
// (format-adaround.ts, the Gram matrices of every 5th image of 0..499); arpw the same but not on grouped
// (depthwise) convs.
import { loadQir } from '../compiler/qir/load.js';
import { runPipeline } from '../compiler/passes/index.js';
import { floatPassNames } from '../compiler/ptq/quantize-model.js';
import { loadChoiceData, sliceSamples } from '../compiler/data/choice-data.js';
import { lookupOp } from '../compiler/ir/op-registry.js';
import { inferTypes } from '../compiler/ir/verify.js';
import { numAttr } from '../compiler/ir/op-spec.js';
import { applyFusedClamp } from '../compiler/ir/ops/fused-attrs.js';
import { readWindow2d } from '../compiler/ir/ops/conv-geometry.js';
import type { Tensor } from '../compiler/ir/tensor.js';
import { bindInputs, operandsOf } from '../compiler/reference/environment.js';
import { formatConv2d, formatDense } from '../compiler/reference/format-gemm.js';
import { type FormatTensor, WEIGHT_MSE_OCTAVES, mseTensorScale, perChannelWeights, tensorScale } from '../compiler/quant/format-quantize.js';
import { roundToElement } from '../core/element-codec.js';
import { ELEMENT_TYPES } from '../core/number-formats.js';
import { type U8Grid, quantizeI8ChannelWeights, quantizeU8Activations, u8Grid } from '../compiler/quant/int8-gemm.js';
import { correctFormatBiases } from '../compiler/quant/format-bias-correction.js';
import { accumulateGram, adaroundFpWeights, gemmGeometry, gramShape } from '../compiler/quant/format-adaround.js';
import { type Graph } from '../compiler/ir/graph.js';
import { f32Tensor } from '../compiler/ir/tensor.js';

const el = ELEMENT_TYPES.e4m3;
const limitAt = process.argv.indexOf('--limit');
const args = limitAt < 0 ? process.argv.slice(2) : [...process.argv.slice(2, limitAt), ...process.argv.slice(limitAt + 2)];
const model = args[0] ?? 'fmnist_cnn';
const rules = (args[1] ?? 'max/max,mse/max,max/mse,mse/mse,mse/p0.9999,max/max/0').split(',');
const g = runPipeline(loadQir(`models/${model}.qir`), floatPassNames(false)).graph;
const attrs = inferTypes(g);
const data = loadChoiceData('models/data/fashion-mnist', limitAt < 0 ? undefined : Number(process.argv[limitAt + 1]));
const heldOutLabels = data.heldOutLabels!;
const decl = g.inputs[0]!;
const image = (set: Tensor, i: number): Tensor => ({ type: decl.type, data: sliceSamples(set, i, i + 1).data });
const calibCount = data.calib.type.shape[0]!;
const heldOutCount = data.heldOut.type.shape[0]!;
const gemms = g.nodes.filter((n) => n.op === 'conv2d' || n.op === 'dense');

// max |x| of each GEMM input over the calibration part (images 0..499) and the nonzero inputs of every 5th of them.
const amax = new Map<string, number>(gemms.map((n) => [n.name, 0]));
const lo = new Map<string, number>(gemms.map((n) => [n.name, 0]));
const hi = new Map<string, number>(gemms.map((n) => [n.name, 0]));
const samples = new Map<string, number[]>(gemms.map((n) => [n.name, []]));
const sums = new Map<string, Float64Array>();
const stored = new Map<string, Float32Array[]>();
for (let i = 0; i < calibCount; i++) {
  const env = bindInputs(g, new Map([[decl.name, image(data.calib, i)]]));
  for (const node of g.nodes) {
    const ops = operandsOf(g, env, node);
    if (amax.has(node.name)) {
      const sum = sums.get(node.name) ?? new Float64Array(ops[0]!.data.length);
      sums.set(node.name, sum);
      (ops[0]!.data as Float32Array).forEach((v, j) => { sum[j] += v; });
      for (const v of ops[0]!.data as Float32Array) {
        amax.set(node.name, Math.max(amax.get(node.name)!, Math.abs(v)));
        lo.set(node.name, Math.min(lo.get(node.name)!, v));
        hi.set(node.name, Math.max(hi.get(node.name)!, v));
        if (i % 5 === 0 && v !== 0) samples.get(node.name)!.push(v);
      }
      if (i % 5 === 0) stored.set(node.name, [...(stored.get(node.name) ?? []), Float32Array.from(ops[0]!.data as Float32Array)]);
    }
    env.set(node.name, lookupOp(node.op)!.evalFloat(ops, attrs.get(node.name)!, g.values.get(node.name)!.type));
  }
}

const tensor = (data: ArrayLike<number>, shape: readonly number[], s: number): FormatTensor =>
  ({ shape, vals: Float64Array.from(data, (v) => roundToElement(v / s, el)), exps: new Int16Array(data.length), realScale: s });
function percentile(d: readonly number[], p: number): number {
  const a = Float64Array.from(d, Math.abs).sort();
  return a[Math.min(a.length - 1, Math.floor(p * a.length))] ?? 0;
}

// Per output channel: each channel's max |w| / 448, or the MSE search over that channel's weights.
function channelWeights(data: Float32Array, shape: readonly number[], mse: boolean): FormatTensor {
  const per = data.length / shape[0]!;
  const scaleOf = (amax: number, oc: number): number => (mse ? mseTensorScale(data.subarray(per * oc, per * (oc + 1)), amax, el, WEIGHT_MSE_OCTAVES) : tensorScale(amax, el));
  return perChannelWeights(data, shape, scaleOf, (v) => roundToElement(v, el));
}

const meanInputs = new Map(gemms.map((n) => {
  const t = g.values.get(n.operands[0]!.name)!.type;
  return [n.name, f32Tensor([1, ...t.shape.slice(1)], Array.from(sums.get(n.name)!, (v) => v / calibCount))];
}));

interface Rule { readonly g: Graph; readonly w: Map<string, FormatTensor>; readonly a: Map<string, number>; readonly fp32: ReadonlySet<string>; readonly u8: Map<string, U8Grid>; readonly i8: ReadonlySet<string> }
function build(rule: string): Rule {
  const [wr, ar, keep] = rule.split('/') as [string, string, string | undefined];
  const w = new Map<string, FormatTensor>();
  const a = new Map<string, number>();
  for (const n of gemms) {
    const t = g.constants.get(n.operands[1]!.name)!;
    const data = t.data as Float32Array;
    let m = 0;
    for (const v of data) m = Math.max(m, Math.abs(v));
    w.set(n.name, wr === 'f' ? { shape: t.type.shape, vals: Float64Array.from(data), exps: new Int16Array(data.length), realScale: 1 }
      : wr.startsWith('pc') ? channelWeights(data, t.type.shape, wr === 'pcmse')
      : tensor(data, t.type.shape, wr === 'mse' ? mseTensorScale(data, m, el, WEIGHT_MSE_OCTAVES) : tensorScale(m, el)));
    const am = amax.get(n.name)!;
    const d = samples.get(n.name)!;
    a.set(n.name, ar === 'f' ? NaN : ar === 'mse' ? mseTensorScale(d, am, el, 4) : ar.startsWith('p') ? tensorScale(percentile(d, Number(ar.slice(1))), el) : tensorScale(am, el));
  }
  const fp32 = new Set<string>();
  const u8 = new Map<string, U8Grid>();
  const i8 = new Set<string>();
  const tokens = keep === undefined ? [] : keep.split('+');
  for (const k of tokens.filter((x) => x !== 'bc' && x !== 'ar' && x !== 'arpw')) {
    const n = gemms[Number(k.replace(/^[uiwapq]/, ''))]!;
    const t = g.constants.get(n.operands[1]!.name)!;
    if (/^\d/.test(k)) fp32.add(n.name);
    else if (k.startsWith('w')) w.set(n.name, { shape: t.type.shape, vals: Float64Array.from(t.data as Float32Array), exps: new Int16Array(t.data.length), realScale: 1 });
    else if (k.startsWith('a')) a.set(n.name, NaN);
    else if (k.startsWith('p') || k.startsWith('q')) w.set(n.name, channelWeights(t.data as Float32Array, t.type.shape, k.startsWith('q')));
    else u8.set(n.name, u8Grid(lo.get(n.name)!, hi.get(n.name)!));
    if (k.startsWith('i')) {
      i8.add(n.name);
      w.set(n.name, quantizeI8ChannelWeights(t.data as Float32Array, t.type.shape));
    }
  }
  if (tokens.includes('ar') || tokens.includes('arpw')) {
    for (const n of gemms) {
      const cur = w.get(n.name)!;
      if (i8.has(n.name) || fp32.has(n.name) || cur.channelScales !== undefined || wr === 'f') continue;
      const t = g.constants.get(n.operands[1]!.name)!;
      const geo = gemmGeometry(n.op, attrs.get(n.name)!, g.values.get(n.operands[0]!.name)!.type.shape, t.type.shape);
      const { groups, k } = gramShape(geo, t.type.shape);
      if (tokens.includes('arpw') && groups > 1) continue;
      const acc = Array.from({ length: groups }, () => new Float64Array(k * k));
      let rows = 0;
      for (const x of stored.get(n.name)!) rows += accumulateGram(x, geo, acc);
      for (const a of acc) for (let j = 0; j < a.length; j++) a[j]! /= rows;
      w.set(n.name, adaroundFpWeights(t.data as Float32Array, t.type.shape, cur.realScale, el, acc));
    }
  }
  return { g: tokens.includes('bc') ? correctFormatBiases(g, w, meanInputs) : g, w, a, fp32, u8, i8 };
}

function run(r: Rule, i: number): Float32Array {
  const env = bindInputs(r.g, new Map([[decl.name, image(data.heldOut, i)]]));
  for (const node of r.g.nodes) {
    const ops = operandsOf(r.g, env, node);
    const at = attrs.get(node.name)!;
    const ot = g.values.get(node.name)!.type;
    const wq = r.w.get(node.name);
    if (wq === undefined || r.fp32.has(node.name)) {
      env.set(node.name, lookupOp(node.op)!.evalFloat(ops, at, ot));
      continue;
    }
    const x = ops[0]!;
    const grid = r.u8.get(node.name);
    const s = r.a.get(node.name)!;
    const xq = grid !== undefined ? quantizeU8Activations(x.data as Float32Array, x.type.shape, grid)
      : Number.isNaN(s) ? { shape: x.type.shape, vals: Float64Array.from(x.data as Float32Array), exps: new Int16Array(x.data.length), realScale: 1 }
        : tensor(x.data as Float32Array, x.type.shape, s);
    const bias = ops[2]?.data as Float32Array | undefined;
    // an INT8 GEMM sums exactly in int32; a uint8 input with FP8 weights accumulates as FP8 does
    const kind = r.i8.has(node.name) ? 'int8' : 'per-tensor';
    const data = node.op === 'dense' ? formatDense(xq, wq, bias, kind)
      : formatConv2d(xq, wq, bias, numAttr(at, 'groups'), readWindow2d(at, [wq.shape[2]!, wq.shape[3]!]), ot.shape, kind);
    env.set(node.name, applyFusedClamp({ type: ot, data }, at));
  }
  return env.get(g.outputs[0]!)!.data as Float32Array;
}

function judge(r: Rule, label: string): void {
  let correct = 0;
  let loss = 0;
  for (let i = 0; i < heldOutCount; i++) {
    const y = run(r, i);
    let mx = -Infinity;
    let arg = 0;
    y.forEach((v, c) => { if (v > mx) [mx, arg] = [v, c]; });
    let z = 0;
    for (const v of y) z += Math.exp(v - mx);
    loss += Math.log(z) - (y[heldOutLabels[i]!]! - mx);
    if (arg === heldOutLabels[i]) correct++;
  }
  process.stdout.write(`${model} ${label.padEnd(16)} held-out top-1 ${(100 * correct / heldOutCount).toFixed(1)} loss ${(loss / heldOutCount).toFixed(4)}\n`);
}

judge({ g, w: new Map(), a: new Map(), fp32: new Set(), u8: new Map(), i8: new Set() }, 'fp32');
for (const rule of rules) judge(build(rule), rule);
