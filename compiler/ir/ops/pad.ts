// pad: a padded (or, with negative pads, cropped) copy of a tensor, any rank (ONNX Pad). Exact: every output
// element is an input element or the constant. The integer form qpad pads with an integer code.
//   out[o] = x[src(o)] where, per axis d, i = o_d − pads[d] and
//     constant: i outside [0, n) → value
//     edge:     i clamped to [0, n − 1]
//     reflect:  i mirrored about the first and last element (…, 2, 1 | 0, 1, 2 | 1, 0, …), n ≥ 2 when padding
//     wrap:     i mod n
import type { AttrValue, Attrs } from '../graph.js';
import { type AttrSpec, type OpContext, type OpSpec, intsAttr, numAttr, shapeError } from '../op-spec.js';
import { allocate } from '../dtype.js';
import { type Tensor, type TensorType, formatShape, numel, stridesOf, tensorType } from '../tensor.js';

export const PAD_MODES = ['constant', 'reflect', 'edge', 'wrap'] as const;
export type PadMode = (typeof PAD_MODES)[number];

const padsCheck = (v: AttrValue): string | undefined =>
  Array.isArray(v) && v.length % 2 === 0 && v.every((p) => Number.isInteger(p)) ? undefined : 'an even number of integers [begin..., end...]';

/** Attributes shared by pad and qpad (qpad's `value` is an integer code). */
export const PAD_ATTRS: Readonly<Record<string, AttrSpec>> = {
  pads: { kind: 'ints', doc: 'per axis: all begins, then all ends (ONNX order); negative values crop', check: padsCheck },
  mode: { kind: 'string', default: 'constant', doc: 'constant, reflect, edge or wrap', check: (v) => (PAD_MODES.includes(v as PadMode) ? undefined : PAD_MODES.join(', ')) },
};

/** Output type of a pad of x; checks the pads against the rank and the mode's limits. */
export function inferPadType(x: TensorType, attrs: Attrs, ctx: OpContext): TensorType {
  const pads = intsAttr(attrs, 'pads');
  const rank = x.shape.length;
  if (pads.length !== 2 * rank) shapeError(ctx, `pads ${formatShape(pads)} needs ${2 * rank} entries for x ${formatShape(x.shape)}`);
  const mode = attrs['mode'] as PadMode;
  const shape = x.shape.map((n, d) => {
    const out = n + pads[d]! + pads[d + rank]!;
    if (out < 0) shapeError(ctx, `pads ${formatShape(pads)} crop more than axis ${d} of x ${formatShape(x.shape)} holds`);
    const grows = pads[d]! > 0 || pads[d + rank]! > 0;
    if (grows && mode !== 'constant' && n === 0) shapeError(ctx, `mode ${mode} cannot pad the empty axis ${d}`);
    if (grows && mode === 'reflect' && (pads[d]! >= n || pads[d + rank]! >= n)) shapeError(ctx, `mode reflect pads axis ${d} (size ${n}) by at most ${n - 1} per side, got ${pads[d]}/${pads[d + rank]}`);
    return out;
  });
  return tensorType(x.dtype, shape);
}

/** The source index along one axis for output index o, or −1 for the constant. */
function sourceIndex(o: number, begin: number, n: number, mode: PadMode): number {
  const i = o - begin;
  if (i >= 0 && i < n) return i;
  switch (mode) {
    case 'constant': return -1;
    case 'edge': return i < 0 ? 0 : n - 1;
    case 'wrap': return ((i % n) + n) % n;
    case 'reflect': {
      const period = 2 * (n - 1);
      const m = ((i % period) + period) % period;
      return m < n ? m : period - m;
    }
  }
}

/**
 * Per axis, the input index each output index copies (−1: the constant), for input shape `inShape`. The
 * reference's copy and the lowering's (compiler/lower/spatial-copy.ts) both read these maps.
 */
export function padSourceMaps(inShape: readonly number[], attrs: Attrs): number[][] {
  const pads = intsAttr(attrs, 'pads');
  const rank = inShape.length;
  const mode = attrs['mode'] as PadMode;
  return inShape.map((n, d) => Array.from({ length: n + pads[d]! + pads[d + rank]! }, (_, o) => sourceIndex(o, pads[d]!, n, mode)));
}

/** Pads `x` (any typed array) with `value` for the constant mode. */
export function padTensor(x: Tensor, attrs: Attrs, value: number, output: TensorType): Tensor {
  const inShape = x.type.shape;
  const rank = inShape.length;
  const inStrides = stridesOf(inShape);
  const outShape = output.shape;
  // Per axis, the input offset of every output index (−1: constant), so the copy is one odometer walk.
  const maps = padSourceMaps(inShape, attrs).map((m, d) => Int32Array.from(m, (s) => (s < 0 ? -1 : s * inStrides[d]!)));
  const out = allocate(output.dtype, numel(outShape));
  const idx = new Array<number>(rank).fill(0);
  for (let o = 0; o < out.length; o++) {
    let off = 0;
    for (let d = 0; d < rank && off >= 0; d++) {
      const m = maps[d]![idx[d]!]!;
      off = m < 0 ? -1 : off + m;
    }
    out[o] = off < 0 ? value : (x.data[off] as number);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d]! < outShape[d]!) break;
      idx[d] = 0;
    }
  }
  return { type: output, data: out };
}

/** pad(x) {pads, mode, value}: ONNX Pad on a float tensor of any rank. */
export const pad: OpSpec = {
  name: 'pad',
  summary: 'padded copy (constant, reflect, edge or wrap); negative pads crop',
  shapes: 'x [d...] → every axis grown (or, with negative pads, cropped) by pads',
  quantization: 'qpad (the constant becomes a code: 0.0 is the zero point); a constant-zero pad of H and W before a conv2d folds into its padding, before an average pool the two become a depthwise conv2d (fold-pad)',
  operands: [{ name: 'x', kind: 'value' }],
  attrs: { ...PAD_ATTRS, value: { kind: 'float', default: 0, doc: 'the constant of mode constant' } },
  inferType: ([x], attrs, ctx) => inferPadType(x!, attrs, ctx),
  macs: () => 0,
  evalFloat: ([x], attrs, output) => padTensor(x!, attrs, numAttr(attrs, 'value'), output),
};
