// The loss every choice on data is judged by (AutoQuant, sensitivity, the mixed-precision search): a
// quantized graph run by the integer reference over the HELD-OUT part of the choice data, against the
// labels when there are any (task loss: mean cross-entropy of the output logits) and against the float
// model's outputs when not (mean KL divergence of the softmaxes). Accuracy, top-1 agreement with float and
// the output SQNR come along for reports. Held-out data comes from compiler/data/choice-data.ts only.
import type { Graph } from '../ir/graph.js';
import { type Tensor, numel } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { runFloat } from '../reference/float-interpreter.js';
import { runIntGraph } from '../reference/int-interpreter.js';
import { assert } from '../../core/diagnostics.js';
import { IntPrefixCache, nodeKeys } from './int-prefix-cache.js';

/** The held-out samples, their labels (optional) and the float model's outputs on them. */
export interface HeldOutSet {
  readonly images: Tensor;
  readonly labels?: Uint8Array;
  /** Float outputs [N × classes], row-major. */
  readonly floatOutputs: Float32Array;
  readonly classes: number;
}

/** How a configuration does on the held-out set. Lower `loss` is better; percentages are 0–100. */
export interface ChoiceScore {
  /** Mean cross-entropy against the labels, or mean KL(float ‖ quantized) without labels (nats). */
  readonly loss: number;
  readonly lossKind: 'cross-entropy' | 'kl-to-float';
  readonly accuracyPct?: number;
  readonly agreementPct: number;
  readonly sqnrDb: number;
  readonly samples: number;
  /**
   * With labels, the discordant pairs of the paired comparison with float (the same images through both):
   * samples float gets right and this configuration wrong, and the other way round. Only these move the
   * accuracy drop, so they are what its standard error is computed from (pairedDropSe).
   */
  readonly discordant?: { readonly floatOnly: number; readonly quantOnly: number };
}

/** Output of one sample per row, running `run` on each sample [1, ...] of `images`. */
function outputsOf(images: Tensor, run: (x: Tensor) => ArrayLike<number>): { rows: Float32Array; classes: number } {
  const n = images.type.shape[0]!;
  const shape = [1, ...images.type.shape.slice(1)];
  const per = numel(shape);
  const data = images.data as Float32Array;
  let rows = new Float32Array(0);
  let classes = 0;
  for (let i = 0; i < n; i++) {
    const y = run({ type: { dtype: 'f32', shape }, data: data.subarray(i * per, (i + 1) * per) });
    if (i === 0) {
      classes = y.length;
      rows = new Float32Array(n * classes);
    }
    rows.set(y, i * classes);
  }
  return { rows, classes };
}

/** Runs the float graph over the held-out images once (every choice compares with these outputs). */
export function heldOutSet(floatGraph: Graph, images: Tensor, labels?: Uint8Array): HeldOutSet {
  const attrs = inferTypes(floatGraph);
  const input = floatGraph.inputs[0]!.name;
  const out = floatGraph.outputs[0]!;
  const { rows, classes } = outputsOf(images, (x) => runFloat(floatGraph, new Map([[input, x]]), attrs).get(out)!.data as Float32Array);
  return { images, ...(labels ? { labels } : {}), floatOutputs: rows, classes };
}

/** The first `n` samples of a held-out set (the float outputs and labels cut alike). */
export function firstSamples(set: HeldOutSet, n: number): HeldOutSet {
  const total = set.images.type.shape[0]!;
  if (n >= total) return set;
  const per = numel(set.images.type.shape.slice(1));
  return {
    images: { type: { dtype: set.images.type.dtype, shape: [n, ...set.images.type.shape.slice(1)] }, data: (set.images.data as Float32Array).subarray(0, n * per) },
    ...(set.labels ? { labels: set.labels.subarray(0, n) } : {}),
    floatOutputs: set.floatOutputs.subarray(0, n * set.classes),
    classes: set.classes,
  };
}

/**
 * The integer reference's (dequantized) outputs of a quantized graph on the held-out images. With `cache`
 * (bound to these images), nodes computed before by an earlier graph — same node, same inputs — are taken
 * from it rather than run again, and this graph's new node outputs are added (int-prefix-cache.ts).
 */
export function quantizedOutputs(quantGraph: Graph, set: HeldOutSet, cache?: IntPrefixCache): Float32Array {
  const attrs = inferTypes(quantGraph);
  const input = quantGraph.inputs[0]!.name;
  const out = quantGraph.outputs[0]!;
  if (cache === undefined) return outputsOf(set.images, (x) => runIntGraph(quantGraph, new Map([[input, x]]), attrs).values.get(out)!.data as Float32Array).rows;
  assert(cache.samples === set.images.type.shape[0], 'the prefix cache is bound to another held-out set');
  const keys = nodeKeys(quantGraph);
  const cached = new Map<string, Tensor[]>();
  for (const node of quantGraph.nodes) {
    const hit = cache.get(keys.get(node.name)!);
    if (hit !== undefined) cached.set(node.name, hit);
  }
  const fresh = new Map<string, Tensor[]>();
  const n = set.images.type.shape[0]!;
  let i = 0;
  const { rows } = outputsOf(set.images, (x) => {
    const known = new Map([...cached].map(([name, v]) => [name, v[i]!]));
    const values = runIntGraph(quantGraph, new Map([[input, x]]), attrs, known).values;
    if (i === 0) {
      // Keep the new nodes, in graph order, whose outputs over all samples fit the cache's budget: the
      // early ones are what the next configurations share (a move changes a layer and what follows it).
      let bytes = 0;
      for (const node of quantGraph.nodes) {
        if (cached.has(node.name)) continue;
        bytes += n * (values.get(node.name)!.data as unknown as { byteLength: number }).byteLength;
        if (bytes > cache.maxBytes) break;
        fresh.set(node.name, []);
      }
    }
    for (const [name, list] of fresh) list.push(values.get(name)!);
    i++;
    return values.get(out)!.data as Float32Array;
  });
  for (const [name, list] of fresh) cache.set(keys.get(name)!, list);
  return rows;
}

/** log Σ exp(v) of one row, stable. */
function logSumExp(v: Float32Array, from: number, k: number): number {
  let m = -Infinity;
  for (let j = 0; j < k; j++) m = Math.max(m, v[from + j]!);
  let s = 0;
  for (let j = 0; j < k; j++) s += Math.exp(v[from + j]! - m);
  return m + Math.log(s);
}

const argmaxRow = (v: Float32Array, from: number, k: number): number => {
  let best = 0;
  for (let j = 1; j < k; j++) if (v[from + j]! > v[from + best]!) best = j;
  return best;
};

/** Scores outputs [N × classes] (e.g. quantizedOutputs) against the held-out set. */
export function scoreOutputs(outputs: Float32Array, set: HeldOutSet): ChoiceScore {
  const k = set.classes;
  const n = outputs.length / k;
  const f = set.floatOutputs;
  let loss = 0;
  let correct = 0;
  let floatOnly = 0;
  let quantOnly = 0;
  let agree = 0;
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const at = i * k;
    const lq = logSumExp(outputs, at, k);
    const predicted = argmaxRow(outputs, at, k);
    if (set.labels) {
      loss += lq - outputs[at + set.labels[i]!]!;
      const right = predicted === set.labels[i];
      const floatRight = argmaxRow(f, at, k) === set.labels[i];
      if (right) correct++;
      if (floatRight && !right) floatOnly++;
      if (right && !floatRight) quantOnly++;
    } else {
      const lf = logSumExp(f, at, k);
      for (let j = 0; j < k; j++) {
        const logP = f[at + j]! - lf;
        loss += Math.exp(logP) * (logP - (outputs[at + j]! - lq));
      }
    }
    if (predicted === argmaxRow(f, at, k)) agree++;
    for (let j = 0; j < k; j++) {
      const e = outputs[at + j]! - f[at + j]!;
      signal += f[at + j]! * f[at + j]!;
      noise += e * e;
    }
  }
  return {
    loss: loss / n,
    lossKind: set.labels ? 'cross-entropy' : 'kl-to-float',
    ...(set.labels ? { accuracyPct: (100 * correct) / n } : {}),
    agreementPct: (100 * agree) / n,
    sqnrDb: noise === 0 ? Infinity : 10 * Math.log10(signal / noise),
    samples: n,
    ...(set.labels ? { discordant: { floatOnly, quantOnly } } : {}),
  };
}

/**
 * The standard error (points) of a held-out accuracy drop from float, paired: every image went through
 * both networks, so the drop is the mean of d_i = floatRight_i − quantRight_i ∈ {−1, 0, 1}, and only the
 * discordant pairs (b = float-only right, c = quantized-only right) are non-zero. Var(d) = (b+c)/N −
 * ((b−c)/N)², SE = 100·√(Var(d)/N) (McNemar's setting). An unpaired estimate (two independent accuracies)
 * or one counting every changed prediction (a wrong answer changed to another wrong one moves no
 * accuracy) is larger than this. Undefined without labels.
 */
export function pairedDropSe(s: ChoiceScore): number | undefined {
  if (s.discordant === undefined) return undefined;
  const n = s.samples;
  const { floatOnly: b, quantOnly: c } = s.discordant;
  const variance = (b + c) / n - ((b - c) / n) ** 2;
  return 100 * Math.sqrt(Math.max(0, variance) / n);
}

/** The float model's own score on the held-out set (the reference every drop is measured from). */
export function floatScore(set: HeldOutSet): ChoiceScore {
  return scoreOutputs(set.floatOutputs, set);
}

/** Runs the quantized graph on the held-out set and scores it. */
export function scoreQuantized(quantGraph: Graph, set: HeldOutSet): ChoiceScore {
  return scoreOutputs(quantizedOutputs(quantGraph, set), set);
}
