// Assembles compiler/quant/adaround-kernel.wat (with wabt, a devDependency) into the committed module
// adaround-kernel-wasm.ts, so nothing is assembled or fetched at run time.
// Run: npm run build && node dist/tools/gen-adaround-kernel.js
// (test/compiler/quant/adaround-kernel-wasm.test.ts checks the committed bytes are current).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleGemmKernel, renderKernelModule } from './gen-gemm-kernel.js';

/** Source folder of the kernel, found from this file whether it runs from tools/ or dist/tools/. */
const ROOT = new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url);
/** The hand-written WAT source. */
export const ADAROUND_KERNEL_WAT_URL = new URL('compiler/quant/adaround-kernel.wat', ROOT);
/** The generated TypeScript module holding the assembled bytes. */
export const ADAROUND_KERNEL_MODULE_URL = new URL('compiler/quant/adaround-kernel-wasm.ts', ROOT);

/** The generated module's text from the current .wat (assembled with SIMD, validated). */
export async function adaroundKernelModuleText(): Promise<string> {
  const bytes = await assembleGemmKernel(readFileSync(ADAROUND_KERNEL_WAT_URL, 'utf8'));
  return renderKernelModule(bytes, { tool: 'gen-adaround-kernel.ts', wat: 'adaround-kernel.wat', constant: 'ADAROUND_KERNEL_WASM_BASE64' });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ADAROUND_KERNEL_MODULE_URL, await adaroundKernelModuleText());
  process.stdout.write(`wrote ${fileURLToPath(ADAROUND_KERNEL_MODULE_URL)}\n`);
}
