// ONNX Slice, Split, Expand, Tile, DepthToSpace and SpaceToDepth: ops that move elements. Slice and Split
// become slice (ONNX's clamped, possibly negative starts and ends resolved per axis); Expand is expand; Tile,
// DepthToSpace and SpaceToDepth are reshapes, an expand and transposes (PixelShuffle's own definition).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { Operand } from '../../../ir/graph.js';
import { constList, normaliseAxes, reshapeTo } from '../const-inputs.js';

/** start, step and size along an axis of `n` elements for ONNX Slice's (start, end, step), clamped as the spec says. */
export function sliceAxis(n: number, start: number, end: number, step: number): { start: number; step: number; size: number } {
  const wrap = (v: number) => (v < 0 ? v + n : v);
  const clampTo = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const s = step > 0 ? clampTo(wrap(start), 0, n) : clampTo(wrap(start), -1, n - 1);
  const e = step > 0 ? clampTo(wrap(end), 0, n) : clampTo(wrap(end), -1, n - 1);
  const size = Math.max(0, Math.ceil((e - s) / step));
  return { start: size === 0 ? 0 : s, step, size };
}

/** Emits slice of `x` (shape `shape`) along `axes` with per-axis (start, end, step), as output `output`. */
function emitSlice(node: OnnxNode, ctx: ImportContext, x: Operand, shape: readonly number[], axes: readonly number[], starts: readonly number[], ends: readonly number[], steps: readonly number[], output = 0): void {
  const a = { starts: shape.map(() => 0), steps: shape.map(() => 1), sizes: [...shape] };
  axes.forEach((ax, k) => {
    if (steps[k] === 0) ctx.badAttr(node, 'steps', steps, 'non-zero steps');
    const r = sliceAxis(shape[ax]!, starts[k]!, ends[k]!, steps[k] ?? 1);
    [a.starts[ax], a.steps[ax], a.sizes[ax]] = [r.start, r.step, r.size];
  });
  ctx.emit(node, 'slice', [x], a, undefined, output);
}

/** Slice: starts/ends/axes attributes before opset 10, inputs (with steps) from 10. */
const SLICE: OnnxOpImporter = {
  attrs: (v) => (v < 10 ? ['starts', 'ends', 'axes'] : []),
  doc: 'slice',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const legacy = ctx.version(node) < 10;
    const starts = legacy ? [...(ctx.attrInts(node, 'starts') ?? [])] : constList(node, ctx, 1, 'the starts');
    const ends = legacy ? [...(ctx.attrInts(node, 'ends') ?? [])] : constList(node, ctx, 2, 'the ends');
    const given = legacy ? ctx.attrInts(node, 'axes') : ctx.hasInput(node, 3) ? constList(node, ctx, 3, 'the axes') : undefined;
    const axes = given === undefined ? starts.map((_, i) => i) : normaliseAxes(node, ctx, given, shape.length);
    const steps = !legacy && ctx.hasInput(node, 4) ? constList(node, ctx, 4, 'the steps') : starts.map(() => 1);
    if (ends.length !== starts.length || axes.length !== starts.length || steps.length !== starts.length) ctx.fail(node, 'ONNX016', 'starts, ends, axes and steps must have one entry per sliced axis');
    emitSlice(node, ctx, ctx.operand(node, 0), shape, axes, starts, ends, steps);
  },
};

/**
 * Split along `axis` into the outputs: sizes from the `split` attribute (opsets 1-12) or input (1 and 13+),
 * else equal parts (opset 18: `num_outputs` parts of ⌈n / num_outputs⌉, the last smaller).
 */
const SPLIT: OnnxOpImporter = {
  attrs: (v) => (v < 13 ? ['axis', 'split'] : v < 18 ? ['axis'] : ['axis', 'num_outputs']),
  doc: 'slice per output',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const axis = normaliseAxes(node, ctx, [ctx.attrInt(node, 'axis', 0)], shape.length, 'axis')[0]!;
    const v = ctx.version(node);
    const fromInput = (v === 1 || v >= 13) && ctx.hasInput(node, 1) ? constList(node, ctx, 1, 'the split sizes') : undefined;
    const n = shape[axis]!;
    const parts = node.outputs.length;
    const chunk = Math.ceil(n / parts);
    const sizes = fromInput ?? (v < 13 ? ctx.attrInts(node, 'split') : undefined) ?? (v >= 18 ? Array.from({ length: parts }, (_, k) => Math.min(chunk, n - k * chunk)) : new Array<number>(parts).fill(n / parts));
    if (sizes.length !== parts || sizes.some((s) => !Number.isInteger(s) || s < 0) || sizes.reduce((a, b) => a + b, 0) !== n) {
      ctx.badAttr(node, 'split', sizes, `${parts} non-negative sizes adding up to the ${n} elements of axis ${axis}`);
    }
    const x = ctx.operand(node, 0);
    let start = 0;
    sizes.forEach((size, k) => {
      if (node.outputs[k] !== '') emitSlice(node, ctx, x, shape, [axis], [start], [start + size], [1], k);
      start += size;
    });
  },
};

/** Expand: x broadcast with the constant shape (input 2). */
const EXPAND: OnnxOpImporter = {
  attrs: [],
  doc: 'expand',
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    ctx.emit(node, 'expand', [ctx.operand(node, 0)], { shape: ctx.batchAdjusted(constList(node, ctx, 1, 'the shape'), shape) });
  },
};

/** Tile by constant repeats: x [d…] as [1, d0, 1, d1, …], expanded to [r0, d0, r1, d1, …], reshaped to [r0·d0, …]. */
const TILE: OnnxOpImporter = {
  attrs: [],
  doc: 'reshape, expand, reshape',
  rejects: { 1: 'the opset-1 Tile (tiles and axis inputs); re-export with opset 6 or newer' },
  run(node, ctx) {
    const shape = ctx.inputType(node, 0).shape;
    const repeats = constList(node, ctx, 1, 'the repeats');
    if (repeats.length !== shape.length || repeats.some((r) => !Number.isInteger(r) || r < 0)) ctx.fail(node, 'ONNX016', `repeats [${repeats.join(',')}] must be ${shape.length} non-negative integers`);
    const x = ctx.operand(node, 0);
    if (repeats.every((r) => r === 1)) {
      reshapeTo(node, ctx, x, shape);
      return;
    }
    const spread = reshapeTo(node, ctx, x, shape.flatMap((d) => [1, d]), 'spread');
    const tiled = ctx.emit(node, 'expand', [spread], { shape: shape.flatMap((d, i) => [repeats[i]!, d]) }, 'tiled');
    reshapeTo(node, ctx, tiled, shape.map((d, i) => d * repeats[i]!));
  },
};

/** DepthToSpace (DCR, or CRD from opset 11) and SpaceToDepth on NCHW data as reshape → transpose → reshape. */
function blockImporter(toSpace: boolean): OnnxOpImporter {
  return {
    attrs: (v) => (toSpace && v >= 11 ? ['blocksize', 'mode'] : ['blocksize']),
    doc: 'reshape, transpose, reshape',
    run(node, ctx) {
      const shape = ctx.inputType(node, 0).shape;
      if (shape.length !== 4) ctx.fail(node, 'ONNX016', `input ${node.inputs[0]} must be 4-D NCHW`);
      const [, c, h, w] = shape as [number, number, number, number];
      const b = ctx.attrInt(node, 'blocksize', 0);
      const mode = ctx.attrString(node, 'mode', 'DCR');
      if (mode !== 'DCR' && mode !== 'CRD') ctx.badAttr(node, 'mode', mode, 'DCR or CRD');
      if (b < 1 || (toSpace ? c % (b * b) !== 0 : h % b !== 0 || w % b !== 0)) ctx.badAttr(node, 'blocksize', b, toSpace ? `a block whose square divides the ${c} channels` : `a block dividing H ${h} and W ${w}`);
      const x = ctx.operand(node, 0);
      const [split, perm, merged] = !toSpace
        ? [[0, c, h / b, b, w / b, b], [0, 3, 5, 1, 2, 4], [0, c * b * b, h / b, w / b]]
        : mode === 'DCR' ? [[0, b, b, c / (b * b), h, w], [0, 3, 4, 1, 5, 2], [0, c / (b * b), h * b, w * b]]
          : [[0, c / (b * b), b, b, h, w], [0, 1, 4, 2, 5, 3], [0, c / (b * b), h * b, w * b]];
      const t = ctx.emit(node, 'transpose', [reshapeTo(node, ctx, x, split, 'split')], { perm }, 'perm');
      reshapeTo(node, ctx, t, merged);
    },
  };
}

/** The layout ops, keyed by ONNX op type. */
export const LAYOUT_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Slice: SLICE,
  Split: SPLIT,
  Expand: EXPAND,
  Tile: TILE,
  DepthToSpace: blockImporter(true),
  SpaceToDepth: blockImporter(false),
};
