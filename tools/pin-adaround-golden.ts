// Pins AdaRound's optimizer (compiler/quant/adaround.ts adaroundRows) bit for bit: the integers it gives on
// seeded random layers (conv im2col rows and dense inputs of u8 codes around a nonzero zero point, one step
// per row and one per element, 2- and 4-bit ranges, several iteration counts and warm-ups). Run once, by hand,
// with the optimizer as it was (`node dist/tools/pin-adaround-golden.js`); the test
// (test/compiler/quant/adaround-pin.test.ts, in adaround.ts's mutation kill set) only compares, so a faster optimizer must give these very integers.
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { type AdaroundOptions, ADAROUND_DEFAULTS, adaroundRows, gramMatrix } from '../compiler/quant/adaround.js';
import { accumulateGram } from '../compiler/quant/format-adaround.js';
import { mulberry32 } from '../core/seeded-random.js';

/** The golden file, relative to the repository root. */
export const ADAROUND_GOLDEN_PATH = 'test/golden/quant/adaround-optimizer.json';

interface PinCase {
  readonly name: string;
  readonly kind: 'conv' | 'dense';
  readonly seed: number;
  readonly rows: number;
  /** conv: input channels (3×3 kernel, pad 1, 6×6 image); dense: the input length. */
  readonly width: number;
  readonly bits: number;
  readonly perElement: boolean;
  readonly xZero: number;
  readonly options: AdaroundOptions;
}

const opts = (iterations: number, warmup = ADAROUND_DEFAULTS.warmup): AdaroundOptions => ({ ...ADAROUND_DEFAULTS, iterations, warmup });

/** The pinned cases: small enough that all run in a few seconds. */
export const PIN_CASES: readonly PinCase[] = [
  { name: 'conv 4-bit per row, default schedule', kind: 'conv', seed: 1, rows: 8, width: 4, bits: 4, perElement: false, xZero: 17, options: ADAROUND_DEFAULTS },
  { name: 'conv 4-bit per element, 120 iterations', kind: 'conv', seed: 2, rows: 6, width: 3, bits: 4, perElement: true, xZero: 5, options: opts(120) },
  { name: 'conv 2-bit per row, 37 iterations, no warm-up', kind: 'conv', seed: 3, rows: 5, width: 2, bits: 2, perElement: false, xZero: 128, options: opts(37, 0) },
  { name: 'dense 4-bit per row, default schedule', kind: 'dense', seed: 4, rows: 10, width: 48, bits: 4, perElement: false, xZero: 3, options: ADAROUND_DEFAULTS },
  { name: 'dense 2-bit per element, 1 iteration', kind: 'dense', seed: 5, rows: 4, width: 20, bits: 2, perElement: true, xZero: 9, options: opts(1) },
  { name: 'dense 4-bit per row, 9 iterations, half warm-up', kind: 'dense', seed: 6, rows: 7, width: 30, bits: 4, perElement: false, xZero: 64, options: opts(9, 0.5) },
  { name: 'conv 4-bit per row, 24 rows (three blocks of eight), default schedule', kind: 'conv', seed: 8, rows: 24, width: 8, bits: 4, perElement: false, xZero: 40, options: ADAROUND_DEFAULTS },
  { name: 'dense 4-bit per element, 250 iterations, all warm-up', kind: 'dense', seed: 7, rows: 5, width: 24, bits: 4, perElement: true, xZero: 1, options: opts(250, 1) },
];

/** One case's Gram matrix, real weights and steps, then the optimizer's integers. */
function runCase(c: PinCase): number[] {
  const rand = mulberry32(c.seed);
  const xScale = 0.02 + rand() * 0.05;
  // u8 codes, a third at the zero point (post-ReLU-like), the real input xScale·(code − zero point).
  const code = (): number => (rand() < 0.33 ? c.xZero : Math.floor(rand() * 256));
  let g: Float64Array;
  let k: number;
  if (c.kind === 'conv') {
    const geo = { kind: 'conv2d' as const, inShape: [c.width, 6, 6], kernel: [3, 3] as [number, number], stride: [1, 1] as [number, number], pad: [1, 1, 1, 1], dilation: [1, 1] as [number, number], groups: 1 };
    k = c.width * 9;
    const acc = [new Float64Array(k * k)];
    let rows = 0;
    for (let s = 0; s < 3; s++) rows += accumulateGram(Float32Array.from({ length: c.width * 36 }, () => xScale * (code() - c.xZero)), geo, acc);
    g = acc[0]!.map((v) => v / rows);
  } else {
    k = c.width;
    const samples = 40;
    g = gramMatrix(Float64Array.from({ length: samples * k }, () => xScale * (code() - c.xZero)), samples, k);
  }
  const w = Float32Array.from({ length: c.rows * k }, () => (rand() - 0.5) * (rand() < 0.1 ? 3 : 1));
  const qmax = 2 ** (c.bits - 1) - 1;
  // Scales a little under max|w|/qmax so some weights clamp at both ends.
  const rowScale = Float64Array.from({ length: c.rows }, (_, n) => (Math.max(...Array.from(w.subarray(n * k, (n + 1) * k), Math.abs)) / qmax) * 0.8);
  const scale = c.perElement ? Float64Array.from({ length: c.rows * k }, (_, i) => rowScale[Math.floor(i / k)]! * (1 + (Math.floor((i % k) / 8) % 3) / 2)) : rowScale;
  return Array.from(adaroundRows(w, scale, c.rows, k, -qmax - 1, qmax, g, c.options));
}

/** The golden text: every case's name and integers, one case a line. */
export function adaroundGoldenText(): string {
  return `[\n${PIN_CASES.map((c) => `  ${JSON.stringify({ name: c.name, ints: runCase(c) })}`).join(',\n')}\n]\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileAtomic(ADAROUND_GOLDEN_PATH, adaroundGoldenText());
  process.stdout.write(`wrote ${ADAROUND_GOLDEN_PATH} (${PIN_CASES.length} cases)\n`);
}
