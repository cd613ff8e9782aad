// The WebAssembly kernels' loader (the compiler's and the simulator's): a module shipped as base64 (assembled from
// its .wat by tools/gen-*.ts), compiled once it validates, instances with their own memory, and memory growth.
// Declares the few members of the WebAssembly JS API used: the tsconfig's lib (ES2022, no DOM) and @types/node
// do not.

/** A kernel instance's memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
/** A compiled module (opaque). */
export interface WasmModule {
  readonly kind?: never;
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule) => { readonly exports: unknown };
};

const PAGE_BYTES = 65536;

/** The module in `base64`, compiled, or null when this engine cannot run it (no WebAssembly, or no SIMD). */
export function compileWasmModule(base64: string): WasmModule | null {
  const bytes = Buffer.from(base64, 'base64');
  return typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
}

/** A fresh instance of `module` with its own memory; `T` names its exports. */
export function instantiateWasm<T>(module: WasmModule): T {
  return new WebAssembly.Instance(module).exports as T;
}

/** Grows `memory` to at least `bytes` (growing detaches old views: callers re-derive theirs). */
export function ensureMemory(memory: WasmMemory, bytes: number): void {
  const missing = bytes - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
}
