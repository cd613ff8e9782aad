// Single-core GMAC/s of the GEMM kernels (int8 WebAssembly SIMD with and without copies, the plain
// blocked JavaScript baseline, and the binary kernels) on ResNet-18-like shapes, with ratios (issue 6).
// Run: npm run build && node dist/tools/bench/gemm.js [--quick]
// Figures only, nothing asserted. Each figure is the best of several timed runs, because the
// machine may be shared: the best run is the one least disturbed by other processes.
import { fileURLToPath } from 'node:url';
import type { Int8Gemm } from '../../simulator/functional/gemm.js';
import { JsBinaryGemm, WasmBinaryGemm, type BinaryGemm } from '../../simulator/fast/gemm-binary.js';
import { JsInt8Gemm } from '../../simulator/fast/gemm-js.js';
import { WasmInt8Gemm } from '../../simulator/fast/gemm-wasm.js';

/** One GEMM shape: C (M x N) = A (M x K) * W (N x K)^T. */
export interface GemmShape {
  name: string;
  m: number;
  n: number;
  k: number;
}

/** The default shapes: a square one and two ResNet-18 convolutions written as im2col GEMMs. */
export const GEMM_BENCH_SHAPES: readonly GemmShape[] = [
  { name: 'square 256', m: 256, n: 256, k: 256 },
  { name: 'conv2_x 3x3 64->64 @56x56', m: 3136, n: 64, k: 576 },
  { name: 'conv5_x 3x3 512->512 @7x7', m: 49, n: 512, k: 4608 },
];

/** GMAC/s of each kernel on one shape. */
export interface GemmBenchRow {
  shape: GemmShape;
  /** WebAssembly SIMD, inputs copied in and results copied out (`gemm`). */
  wasmGmacs: number;
  /** WebAssembly SIMD, activations written into its memory and results read in place. */
  wasmInPlaceGmacs: number;
  /** Plain register-blocked JavaScript. */
  jsGmacs: number;
}

/** Timing knobs: best of `runs` runs, each repeating the call for at least `minSeconds`. */
export interface GemmBenchOptions {
  runs: number;
  minSeconds: number;
}

/** Deterministic int8 data (a 32-bit LCG), so every run multiplies the same numbers. */
function seededInt8(length: number, seed: number): Int8Array {
  const out = new Int8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s >>> 24) - 128;
  }
  return out;
}

/** Seconds per call of `call`, repeated for at least `minSeconds`. */
function secondsPerCall(call: () => void, minSeconds: number): number {
  const start = process.hrtime.bigint();
  let calls = 0;
  let seconds = 0;
  do {
    call();
    calls++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (seconds < minSeconds);
  return seconds / calls;
}

/**
 * The best (shortest) seconds per call of each of `calls` over `options.runs` rounds. The calls
 * take turns within a round, so a burst of load from other processes hits all of them alike
 * and the ratios stay fair.
 */
function bestSecondsInterleaved(calls: ReadonlyArray<() => void>, options: GemmBenchOptions): number[] {
  for (const call of calls) call(); // warm-up: compile and grow memory outside the timing
  const best = calls.map(() => Infinity);
  for (let run = 0; run < options.runs; run++) {
    calls.forEach((call, i) => {
      best[i] = Math.min(best[i]!, secondsPerCall(call, options.minSeconds));
    });
  }
  return best;
}

function gmacs(shape: GemmShape, seconds: number): number {
  return (shape.m * shape.n * shape.k) / seconds / 1e9;
}

/** A `gemm` call (copies included) on one kernel, weights packed once beforehand. */
function withCopies(g: Int8Gemm, shape: GemmShape, a: Int8Array, w: Int8Array): () => void {
  const packed = g.packWeights(w, shape.n, shape.k);
  const out = new Int32Array(shape.m * shape.n);
  return () => g.gemm(a, shape.m, packed, undefined, out);
}

/** A `gemmView` call on activations already in the kernel's memory: no copy either way. */
function inPlace(g: Int8Gemm, shape: GemmShape, a: Int8Array, w: Int8Array): () => void {
  const packed = g.packWeights(w, shape.n, shape.k);
  const view = g.activationView(shape.m, packed, 'int8');
  view.set(a);
  return () => g.gemmView(view, shape.m, packed);
}

/** Measures every shape; weights are packed once per kernel, outside the timing. */
export function runGemmBench(
  shapes: readonly GemmShape[] = GEMM_BENCH_SHAPES,
  options: GemmBenchOptions = { runs: 5, minSeconds: 0.2 },
): GemmBenchRow[] {
  return shapes.map((shape) => {
    const a = seededInt8(shape.m * shape.k, 1);
    const w = seededInt8(shape.n * shape.k, 2);
    const calls = [
      withCopies(new WasmInt8Gemm(), shape, a, w),
      inPlace(new WasmInt8Gemm(), shape, a, w),
      withCopies(new JsInt8Gemm(), shape, a, w),
    ];
    const [wasm, wasmInPlace, js] = bestSecondsInterleaved(calls, options).map((sec) => gmacs(shape, sec));
    return { shape, wasmGmacs: wasm!, wasmInPlaceGmacs: wasmInPlace!, jsGmacs: js! };
  });
}

/** Binary (XNOR-popcount) GMAC/s (one MAC = one 1-bit product) of the wasm and JS kernels. */
export interface BinaryBenchRow {
  shape: GemmShape;
  wasmGmacs: number;
  jsGmacs: number;
}

function binaryCall(g: BinaryGemm, shape: GemmShape): () => void {
  const rowBytes = Math.ceil(shape.k / 8);
  const a = new Uint8Array(seededInt8(shape.m * rowBytes, 3).buffer);
  const packed = g.packWeights(new Uint8Array(seededInt8(shape.n * rowBytes, 4).buffer), shape.n, shape.k);
  const out = new Int32Array(shape.m * shape.n);
  return () => g.gemm(a, shape.m, packed, undefined, out);
}

/** Measures the binary kernels on every shape. */
export function runBinaryBench(shapes: readonly GemmShape[], options: GemmBenchOptions): BinaryBenchRow[] {
  return shapes.map((shape) => {
    const calls = [binaryCall(new WasmBinaryGemm(), shape), binaryCall(new JsBinaryGemm(), shape)];
    const [wasm, js] = bestSecondsInterleaved(calls, options).map((sec) => gmacs(shape, sec));
    return { shape, wasmGmacs: wasm!, jsGmacs: js! };
  });
}

/** Right-aligned numeric columns after left-aligned label columns. */
function formatTable(header: string[], body: string[][], labelColumns: number): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c < labelColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), ...body.map(line)];
}

const dims = (s: GemmShape): string => `${s.m} x ${s.n} x ${s.k}`;

/** The binary rows as a text table with the wasm/js ratios. */
export function formatBinaryBench(rows: readonly BinaryBenchRow[]): string {
  const body = rows.map((r) => [r.shape.name, dims(r.shape), r.wasmGmacs.toFixed(1), r.jsGmacs.toFixed(1), `${(r.wasmGmacs / r.jsGmacs).toFixed(1)}x`]);
  return ['binary XNOR-popcount GEMM, 1-bit MACs', ...formatTable(['shape', 'M x N x K', 'wasm GMAC/s', 'js GMAC/s', 'wasm/js'], body, 2)].join('\n');
}

/** The rows as an aligned text table with the wasm/js ratios. */
export function formatGemmBench(rows: readonly GemmBenchRow[], options: GemmBenchOptions): string {
  const header = ['shape', 'M x N x K', 'wasm GMAC/s', 'wasm in-place', 'js GMAC/s', 'wasm/js'];
  const body = rows.map((r) => [
    r.shape.name,
    dims(r.shape),
    r.wasmGmacs.toFixed(2),
    r.wasmInPlaceGmacs.toFixed(2),
    r.jsGmacs.toFixed(2),
    `${(r.wasmGmacs / r.jsGmacs).toFixed(1)}x`,
  ]);
  return [
    `int8 GEMM, one core, best of ${options.runs} runs of >= ${options.minSeconds}s each (the machine may be shared)`,
    ...formatTable(header, body, 2),
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = process.argv.includes('--quick') ? { runs: 2, minSeconds: 0.05 } : { runs: 5, minSeconds: 0.2 };
  process.stdout.write(`${formatGemmBench(runGemmBench(GEMM_BENCH_SHAPES, options), options)}\n\n`);
  process.stdout.write(`${formatBinaryBench(runBinaryBench(GEMM_BENCH_SHAPES.slice(1), options))}\n`);
}
