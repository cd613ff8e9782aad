// Where the groups of group-wise integer weight scales (w4a8-g32/g64/g128, issue 18) fall in a weight row.
// One rule for the quantizer, the integer reference, the lowering and the simulator: a group is up to G
// consecutive elements of the layer's reduction order K as the lowering streams it —
//   dense:  K = the input features; groups [0, G), [G, 2G), …, the last one short when G ∤ K;
//   conv2d: K tap-major, (ky·kw + kx)·Cin/groups + c; groups never cross a tap: within each tap the
//           channels are cut into ⌈cinG/G⌉ groups of G, the last one short when G ∤ cinG (Cin < G: one
//           group per tap holding all of its channels).
// Why within a tap: a tap's channels are one contiguous run of K in every tiling the lowering makes, so a
// tile cut at tap and group edges never straddles two multipliers. The weights themselves are stored
// OIHW, row order (c, ky, kx); groupOf maps that row order to the group index.

/** Bits of the unsigned integer group multiplier m[n, g] ∈ [1, 2^bits − 1] (a hardware parameter of the group datapath). */
export const GROUP_MULT_BITS = 8;
/** The largest group multiplier, 2^GROUP_MULT_BITS − 1. */
export const GROUP_MULT_MAX = 2 ** GROUP_MULT_BITS - 1;
/** The group sizes a preset or config may ask for. */
export const WEIGHT_GROUP_SIZES = [32, 64, 128] as const;

/** The grouping of one weight row: `count` groups, and the group of every element in the row's storage order. */
export interface WeightGroupLayout {
  readonly size: number;
  readonly count: number;
  /** groupOf[i]: the group of row element i (row order (c, ky, kx) for conv, k for dense). */
  readonly groupOf: Int32Array;
}

/**
 * The layout of a weight of shape [Cout, K] (dense) or [Cout, cinG, kh, kw] (conv2d, OIHW) with groups of
 * `size` (a positive integer).
 */
export function weightGroupLayout(shape: readonly number[], size: number): WeightGroupLayout {
  if (shape.length === 2) {
    const k = shape[1]!;
    return { size, count: Math.ceil(k / size), groupOf: Int32Array.from({ length: k }, (_, i) => Math.floor(i / size)) };
  }
  const [, cinG, kh, kw] = shape as [number, number, number, number];
  const perTap = Math.ceil(cinG / size);
  const groupOf = new Int32Array(cinG * kh * kw);
  for (let c = 0; c < cinG; c++) {
    for (let t = 0; t < kh * kw; t++) groupOf[c * kh * kw + t] = t * perTap + Math.floor(c / size);
  }
  return { size, count: perTap * kh * kw, groupOf };
}

/**
 * The effective integer weights m[n, g(k)]·q[n, k] of a row-major [rows, K] weight: the integers the
 * accumulator sees (|m·q| ≤ 255·128 fits a double exactly). Σ_k x_k·(m·q) = Σ_g m·Σ_{k∈g} x_k·q, term
 * for term, in exact integers.
 */
export function effectiveGroupWeights(q: ArrayLike<number>, mult: ArrayLike<number>, layout: WeightGroupLayout): Float64Array {
  const k = layout.groupOf.length;
  const rows = q.length / k;
  const out = new Float64Array(q.length);
  for (let n = 0; n < rows; n++) {
    for (let i = 0; i < k; i++) out[n * k + i] = mult[n * layout.count + layout.groupOf[i]!]! * q[n * k + i]!;
  }
  return out;
}
