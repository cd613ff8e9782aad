// The clamp of relu/relu6/clip (and of activations fused into a conv/dense/add): forward in place, and the
// gradient mask: the gradient passes where the output lies strictly inside (lo, hi), as PyTorch's relu
// passes none at 0.

/** y = min(max(y, lo), hi), in place. */
export function applyClamp(y: Float32Array, lo: number, hi: number): void {
  if (lo === -Infinity && hi === Infinity) return;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    y[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

/** dy = 0 where the clamped output y sits on a bound (the input was at or beyond it), in place. */
export function maskByClamp(dy: Float32Array, y: Float32Array, lo: number, hi: number): void {
  if (lo === -Infinity && hi === Infinity) return;
  for (let i = 0; i < dy.length; i++) {
    const v = y[i]!;
    if (!(v > lo && v < hi)) dy[i] = 0;
  }
}
