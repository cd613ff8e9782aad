// Activations inside the training engine: a batch stored NHWC (channels innermost, so a convolution's
// patch rows and its GEMM output rows are contiguous), with the logical NCHW shape of the graph.
import { assert } from '../../core/diagnostics.js';

/**
 * A batch of activations. Rank 4: logical [n, c, h, w], stored [n][h][w][c]. Rank 2: [n, c] (h = w = 1),
 * which is the same storage. `data.length === n * h * w * c`.
 */
export interface Act {
  readonly data: Float32Array;
  readonly rank: 2 | 4;
  readonly n: number;
  readonly c: number;
  readonly h: number;
  readonly w: number;
  /** The real value convolution padding stands for (0; binary activations pad with +1, i.e. t + β). */
  readonly pad?: number;
}

/** An activation of the given logical shape over `data` (allocated when absent). */
export function makeAct(rank: 2 | 4, n: number, c: number, h: number, w: number, data?: Float32Array, pad?: number): Act {
  const size = n * c * h * w;
  const d = data ?? new Float32Array(size);
  assert(d.length === size, `activation data has ${d.length} elements, [${n},${c},${h},${w}] needs ${size}`);
  assert(rank === 4 || (h === 1 && w === 1), 'a rank-2 activation has h = w = 1');
  return pad === undefined || pad === 0 ? { data: d, rank, n, c, h, w } : { data: d, rank, n, c, h, w, pad };
}

/** The logical NCHW shape (rank 2: [n, c]). */
export function actShape(a: Act): number[] {
  return a.rank === 2 ? [a.n, a.c] : [a.n, a.c, a.h, a.w];
}

/** NCHW data (the graph's order) of a batch of `n` samples with per-sample shape `sample` → an Act. */
export function actFromNchw(data: Float32Array, n: number, sample: readonly number[]): Act {
  if (sample.length === 1) return makeAct(2, n, sample[0]!, 1, 1, data.slice(0, n * sample[0]!));
  assert(sample.length === 3, `the training engine takes [C] or [C,H,W] samples, got [${sample.join(',')}]`);
  const [c, h, w] = sample as [number, number, number];
  const out = new Float32Array(n * c * h * w);
  const plane = h * w;
  for (let b = 0; b < n; b++) {
    for (let ch = 0; ch < c; ch++) {
      const src = (b * c + ch) * plane;
      for (let p = 0; p < plane; p++) out[(b * plane + p) * c + ch] = data[src + p]!;
    }
  }
  return makeAct(4, n, c, h, w, out);
}

/** NHWC storage → NCHW order (the graph's), as a new array. */
export function actToNchw(a: Act): Float32Array {
  if (a.rank === 2 || a.h * a.w === 1) return a.data.slice();
  const out = new Float32Array(a.data.length);
  const plane = a.h * a.w;
  for (let b = 0; b < a.n; b++) {
    for (let p = 0; p < plane; p++) {
      const src = (b * plane + p) * a.c;
      for (let ch = 0; ch < a.c; ch++) out[(b * a.c + ch) * plane + p] = a.data[src + ch]!;
    }
  }
  return out;
}
