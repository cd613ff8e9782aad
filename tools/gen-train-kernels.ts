// Assembles compiler/train/kernels.wat (with wabt, a devDependency) into the committed module
// kernels-wasm.ts, so nothing is assembled or fetched at run time.
// Run: npm run build && node dist/tools/gen-train-kernels.js
// (test/compiler/train/kernels-drift.test.ts checks the committed bytes are current).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleGemmKernel, renderKernelModule } from './gen-gemm-kernel.js';

/** Source folder of the kernel, found from this file whether it runs from tools/ or dist/tools/. */
const ROOT = new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url);
/** The hand-written WAT source. */
export const TRAIN_KERNELS_WAT_URL = new URL('compiler/train/kernels.wat', ROOT);
/** The generated TypeScript module holding the assembled bytes. */
export const TRAIN_KERNELS_MODULE_URL = new URL('compiler/train/kernels-wasm.ts', ROOT);

/** The training kernel assembled (SIMD and bulk memory enabled, validated). */
export async function assembleTrainKernels(): Promise<Uint8Array> {
  return assembleGemmKernel(readFileSync(TRAIN_KERNELS_WAT_URL, 'utf8'));
}

/** The generated module text: the bytes as base64, split into short lines. */
export function renderTrainKernelsModule(bytes: Uint8Array): string {
  return renderKernelModule(bytes, { tool: 'gen-train-kernels.ts', wat: 'kernels.wat', constant: 'TRAIN_KERNELS_WASM_BASE64' });
}

async function main(): Promise<void> {
  writeFileSync(TRAIN_KERNELS_MODULE_URL, renderTrainKernelsModule(await assembleTrainKernels()));
  process.stdout.write(`wrote ${fileURLToPath(TRAIN_KERNELS_MODULE_URL)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
