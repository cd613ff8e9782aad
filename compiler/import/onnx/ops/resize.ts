// ONNX Resize and Upsample → resize with the output size and per-axis scales resolved at import (shapes are
// static).
import type { OnnxNode } from '../decode.js';
import type { ImportContext, OnnxOpImporter } from '../context.js';
import type { AttrValue } from '../../../ir/graph.js';
import { constList, normaliseAxes } from '../const-inputs.js';

/** A constant input's values, or undefined when the input is absent or an empty tensor (Resize-13 "not given"). */
function optionalList(node: OnnxNode, ctx: ImportContext, i: number, what: string): number[] | undefined {
  if (!ctx.hasInput(node, i)) return undefined;
  const v = constList(node, ctx, i, what);
  return v.length === 0 ? undefined : v;
}

/** Output sizes and coordinate scales from the scales or sizes of a Resize (the listed axes only, opset 18). */
function resolveSizes(node: OnnxNode, ctx: ImportContext, inShape: readonly number[], scalesIn: number[] | undefined, sizesIn: number[] | undefined, axes: readonly number[]): { sizes: number[]; scales: number[] } {
  const sizes = [...inShape];
  const scales = inShape.map(() => 1);
  if ((scalesIn === undefined) === (sizesIn === undefined)) ctx.fail(node, 'ONNX011', 'exactly one of scales and sizes must be given');
  const given = (scalesIn ?? sizesIn)!;
  if (given.length !== axes.length) ctx.fail(node, 'ONNX016', `${scalesIn ? 'scales' : 'sizes'} has ${given.length} entries, the input has ${axes.length} resized axes`);
  if (scalesIn !== undefined) {
    axes.forEach((a, i) => {
      if (!(scalesIn[i]! > 0)) ctx.fail(node, 'ONNX016', `scale ${scalesIn[i]} of axis ${a} must be positive`);
      scales[a] = scalesIn[i]!;
      sizes[a] = Math.floor(scalesIn[i]! * inShape[a]!);
    });
    return { sizes, scales };
  }
  const target = ctx.batchAdjusted(sizesIn!, axes[0] === 0 ? inShape : []);
  const policy = ctx.attrString(node, 'keep_aspect_ratio_policy', 'stretch');
  const ratios = axes.map((a, i) => target[i]! / inShape[a]!);
  const shared = policy === 'not_larger' ? Math.min(...ratios) : policy === 'not_smaller' ? Math.max(...ratios) : undefined;
  if (policy !== 'stretch' && shared === undefined) ctx.badAttr(node, 'keep_aspect_ratio_policy', policy, 'stretch, not_larger or not_smaller');
  axes.forEach((a, i) => {
    scales[a] = shared ?? ratios[i]!;
    sizes[a] = shared === undefined ? target[i]! : Math.floor(shared * inShape[a]! + 0.5);
  });
  return { sizes, scales };
}

const RESIZE_ATTRS_11 = ['coordinate_transformation_mode', 'cubic_coeff_a', 'exclude_outside', 'extrapolation_value', 'mode', 'nearest_mode'];

/**
 * Resize. Opset 10 (X, scales) and Upsample behave as asymmetric coordinates with the floor of the source
 * position for nearest (numpy.repeat for integer scales, PyTorch's nearest); from 11 the attributes say.
 */
const RESIZE: OnnxOpImporter = {
  attrs: (v) => (v === 10 ? ['mode'] : v < 18 ? RESIZE_ATTRS_11 : [...RESIZE_ATTRS_11, 'antialias', 'axes', 'keep_aspect_ratio_policy']),
  doc: 'resize (nearest quantizes; linear and cubic are float only)',
  run(node, ctx) {
    const v = ctx.version(node);
    const inShape = ctx.inputType(node, 0).shape;
    const rank = inShape.length;
    const x = ctx.valueOperand(node, 0, 'the input');
    if (v === 10) {
      emitLegacy(node, ctx, constList(node, ctx, 1, 'the scales'));
      return;
    }
    const axes = v >= 18 && ctx.attrInts(node, 'axes') !== undefined ? normaliseAxes(node, ctx, ctx.attrInts(node, 'axes')!, rank) : [...Array(rank).keys()];
    const { sizes, scales } = resolveSizes(node, ctx, inShape, optionalList(node, ctx, 2, 'the scales'), optionalList(node, ctx, 3, 'the sizes'), axes);
    const attrs: Record<string, AttrValue> = {
      sizes, scales,
      mode: ctx.attrString(node, 'mode', 'nearest'),
      coordinate_transformation_mode: ctx.attrString(node, 'coordinate_transformation_mode', 'half_pixel'),
      nearest_mode: ctx.attrString(node, 'nearest_mode', 'round_prefer_floor'),
      cubic_coeff_a: ctx.attrFloat(node, 'cubic_coeff_a', -0.75),
      exclude_outside: ctx.attrInt(node, 'exclude_outside', 0) === 1,
      antialias: ctx.attrInt(node, 'antialias', 0) === 1,
      extrapolation_value: ctx.attrFloat(node, 'extrapolation_value', 0),
    };
    if (attrs['coordinate_transformation_mode'] === 'tf_crop_and_resize') {
      const roi = optionalList(node, ctx, 1, 'the roi') ?? ctx.fail(node, 'ONNX011', 'tf_crop_and_resize needs the roi input');
      const full = [...new Array<number>(rank).fill(0), ...new Array<number>(rank).fill(1)];
      axes.forEach((a, i) => [full[a], full[rank + a]] = [roi[i]!, roi[axes.length + i]!]);
      attrs['roi'] = full;
    }
    ctx.emit(node, 'resize', [x], attrs);
  },
};

/** Resize-10 / Upsample with per-axis scales: floor(in·scale) outputs, asymmetric coordinates. */
function emitLegacy(node: OnnxNode, ctx: ImportContext, scales: readonly number[]): void {
  const inShape = ctx.inputType(node, 0).shape;
  if (scales.length !== inShape.length) ctx.fail(node, 'ONNX016', `scales has ${scales.length} entries, the input has ${inShape.length} axes`);
  const mode = ctx.attrString(node, 'mode', 'nearest');
  if (mode !== 'nearest' && mode !== 'linear') ctx.badAttr(node, 'mode', mode, 'nearest or linear');
  ctx.emit(node, 'resize', [ctx.valueOperand(node, 0, 'the input')], {
    sizes: inShape.map((d, i) => Math.floor(d * scales[i]!)), scales: [...scales], mode,
    coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor',
  });
}

const UPSAMPLE: OnnxOpImporter = {
  attrs: (v) => (v === 7 ? ['mode', 'scales'] : ['mode']),
  doc: 'resize (asymmetric coordinates; nearest quantizes)',
  run(node, ctx) {
    const scales = ctx.version(node) === 7 ? ctx.attrFloats(node, 'scales') ?? ctx.fail(node, 'ONNX011', 'attribute scales is required') : constList(node, ctx, 1, 'the scales');
    emitLegacy(node, ctx, scales);
  },
};

/** Resize and Upsample, keyed by ONNX op type. */
export const RESIZE_IMPORTERS: Readonly<Record<string, OnnxOpImporter>> = {
  Resize: RESIZE,
  Upsample: UPSAMPLE,
};
