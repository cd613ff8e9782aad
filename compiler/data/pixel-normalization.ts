// Images stored as bytes (IDX) become network inputs by x = (p/255 − mean) / std, computed the way numpy
// does with float32 arrays and float32 constants, so accsim's inputs are bit-identical to a PyTorch
// pipeline's (ToTensor then Normalize).

/** Mean and standard deviation of the pixel values scaled to [0, 1]. */
export interface PixelNormalization {
  readonly mean: number;
  readonly std: number;
}

/** The Fashion-MNIST training set's statistics, which the shipped models were trained with. */
export const FASHION_MNIST_NORMALIZATION: PixelNormalization = { mean: 0.286, std: 0.353 };

/**
 * The 256 possible inputs. Each step is rounded to float32, as numpy does with a float32 array and
 * float32 constants: x = f32(f32(f32(p/255) − f32(mean)) / f32(std)). Computing it in double and
 * rounding once would differ in the last bit for some pixels.
 */
export function pixelTable(n: PixelNormalization): Float32Array {
  const f = Math.fround;
  const table = new Float32Array(256);
  for (let p = 0; p < 256; p++) table[p] = f(f(f(p / 255) - f(n.mean)) / f(n.std));
  return table;
}
