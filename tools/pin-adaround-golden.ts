// Pins AdaRound's optimizer (compiler/quant/adaround.ts adaroundRows) bit for bit: its integers on seeded
// random layers (conv im2col rows and dense inputs of u8 codes around a nonzero zero point, a step per row
// or per element, 2- and 4-bit ranges, several iteration counts and warm-ups). Run by hand against the
// optimizer as it was (`node dist/tools/pin-adaround-golden.js`); test/compiler/quant/adaround-pin.test.ts
// (in adaround.ts's mutation kill set) only compares, so a faster optimizer must give these very integers.
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { type AdaroundOptions, ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from '../compiler/quant/adaround.js';
import { accumulateGram } from '../compiler/quant/format-adaround.js';
import { mulberry32 } from '../core/seeded-random.js';

/** The golden file, relative to the repository root. */
export const ADAROUND_GOLDEN_PATH = 'test/golden/quant/adaround-optimizer.json';

/** A case: conv (`width` input channels, 3×3 kernel, pad 1, three 6×6 images) or dense (`width` inputs, 40 samples). */
type PinCase = [name: string, kind: 'conv' | 'dense', seed: number, rows: number, width: number, bits: number, perElement: boolean, xZero: number, options: AdaroundOptions];
const opts = (iterations: number, warmup = ADAROUND_DEFAULTS.warmup): AdaroundOptions => ({ ...ADAROUND_DEFAULTS, iterations, warmup });

export const PIN_CASES: readonly PinCase[] = [
  ['conv 4-bit per row, default schedule', 'conv', 1, 8, 4, 4, false, 17, ADAROUND_DEFAULTS],
  ['conv 4-bit per element, 120 iterations', 'conv', 2, 6, 3, 4, true, 5, opts(120)],
  ['conv 2-bit per row, 37 iterations, no warm-up', 'conv', 3, 5, 2, 2, false, 128, opts(37, 0)],
  ['dense 4-bit per row, default schedule', 'dense', 4, 10, 48, 4, false, 3, ADAROUND_DEFAULTS],
  ['dense 2-bit per element, 1 iteration', 'dense', 5, 4, 20, 2, true, 9, opts(1)],
  ['dense 4-bit per row, 9 iterations, half warm-up', 'dense', 6, 7, 30, 4, false, 64, opts(9, 0.5)],
  ['conv 4-bit per row, 24 rows (three blocks of eight), default schedule', 'conv', 8, 24, 8, 4, false, 40, ADAROUND_DEFAULTS],
  ['dense 4-bit per element, 250 iterations, all warm-up', 'dense', 7, 5, 24, 4, true, 1, opts(250, 1)],
];

/** One case's Gram matrix, real weights and steps, then the optimizer's integers. */
function runCase([, kind, seed, rows, width, bits, perElement, xZero, options]: PinCase, backend: 'wasm' | 'js'): number[] {
  const rand = mulberry32(seed);
  const xScale = 0.02 + rand() * 0.05;
  // u8 codes, a third at the zero point (post-ReLU-like); the real input is xScale·(code − zero point).
  const input = (length: number) => Float64Array.from({ length }, () => xScale * ((rand() < 0.33 ? xZero : Math.floor(rand() * 256)) - xZero));
  const k = kind === 'conv' ? width * 9 : width;
  let g: Float64Array;
  if (kind === 'dense') g = gramMatrix(input(40 * k), 40, k);
  else {
    const geo = { kind: 'conv2d' as const, inShape: [width, 6, 6], kernel: [3, 3] as const, stride: [1, 1] as const, pad: [1, 1, 1, 1], dilation: [1, 1] as const, groups: 1 };
    const acc = [new Float64Array(k * k)];
    let n = 0;
    for (let s = 0; s < 3; s++) n += accumulateGram(Float32Array.from(input(width * 36)), geo, acc);
    g = acc[0]!.map((v) => v / n);
  }
  const w = Float32Array.from({ length: rows * k }, () => (rand() - 0.5) * (rand() < 0.1 ? 3 : 1));
  const qmax = 2 ** (bits - 1) - 1;
  // Scales a little under max|w|/qmax, so some weights clamp at both ends.
  const rowScale = Float64Array.from({ length: rows }, (_, r) => (Math.max(...Array.from(w.subarray(r * k, (r + 1) * k), Math.abs)) / qmax) * 0.8);
  const scale = perElement ? Float64Array.from({ length: rows * k }, (_, i) => rowScale[Math.floor(i / k)]! * (1 + (Math.floor((i % k) / 8) % 3) / 2)) : rowScale;
  return Array.from(adaroundRows(w, scale, rows, k, -qmax - 1, qmax, g, options, backend));
}

/** The golden text: every case's name and integers, one case a line (G·d summed by `backend`, adaround-gd.ts). */
export function adaroundGoldenText(backend: 'wasm' | 'js' = 'wasm'): string {
  return `[\n${PIN_CASES.map((c) => `  ${JSON.stringify({ name: c[0], ints: runCase(c, backend) })}`).join(',\n')}\n]\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileAtomic(ADAROUND_GOLDEN_PATH, adaroundGoldenText());
  process.stdout.write(`wrote ${ADAROUND_GOLDEN_PATH} (${PIN_CASES.length} cases)\n`);
}
