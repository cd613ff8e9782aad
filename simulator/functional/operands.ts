// Gathering the array's operands from the buffers exactly as the ISA's COMPUTE/LOAD_WEIGHTS semantics
// index them (docs/ISA.md): the fast model hands the gathered matrices to the int8 GEMM kernel, the
// PE-level model feeds the same elements through its PE registers one cycle at a time.
import { MODE_GROUP_MULT_BITS, type ArrayMode } from '../../isa/spec.js';
import type { InstructionOf } from '../../isa/instruction.js';
import type { Sram } from '../memory/sram.js';
import { unpackElements, unpackRun } from './elements.js';
import { unpackWeights } from './weight-elements.js';
import { forEachWindowRun, windowPixelByte } from './window.js';

/** The part of the CONFIG state the array needs. */
export interface ArrayModeState {
  readonly mode: ArrayMode;
  /** Elements per PE per cycle in this mode (deriveHw's packing). */
  readonly packing: number;
  /** Storage bits of an activation (input) element and of a weight element (w4a8: 8 and 4). */
  readonly inputBits: number;
  readonly weightBits: number;
  readonly actSigned: boolean;
  readonly rowsPerVectorIn: number;
  readonly rowsPerVectorW: number;
}

/** Activations are unsigned only for int8/int4 with actSigned = 0; binary values are ±1 (signed). */
export function activationsUnsigned(s: ArrayModeState): boolean {
  return s.mode !== 'binary' && !s.actSigned;
}

/** A fresh activation matrix of the right signedness. */
export function newActivations(s: ArrayModeState, length: number): Int8Array | Uint8Array {
  return activationsUnsigned(s) ? new Uint8Array(length) : new Int8Array(length);
}

/**
 * The latched weight tile of LOAD_WEIGHTS as an n-major matrix `tile[c * kTile + kk]` for the whole
 * array (cols × rows·P); masked PEs (kk ≥ k or c ≥ n) hold 0, which contributes nothing in every mode.
 */
export function latchWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState, wbuf: Sram, rows: number, cols: number): Int8Array {
  const P = s.packing;
  const kTile = rows * P;
  const tile = new Int8Array(cols * kTile);
  const vectors = Math.ceil(i.k / P);
  const vec = new Int8Array(cols * P);
  for (let r = 0; r < vectors; r++) {
    const base = (i.weightRow + r * s.rowsPerVectorW) * wbuf.rowBytes;
    unpackWeights(wbuf.bytes, base, cols * P, s, vec, 0);
    for (let c = 0; c < i.n; c++) {
      for (let p = 0; p < P; p++) {
        const kk = r * P + p;
        if (kk < i.k) tile[c * kTile + kk] = vec[c * P + p]!;
      }
    }
  }
  return tile;
}

/** Whether the mode's tiles carry per-column group multipliers (w4a8-group, int8-group). */
export function groupScaled(s: Pick<ArrayModeState, 'mode'>): boolean {
  return MODE_GROUP_MULT_BITS[s.mode] > 0;
}

/**
 * The per-column group multipliers of a tile of `k` elements whose first weight vector is at `weightRow`: the
 * unsigned bytes of the vector right after its ceil(k/P) weight vectors (isa/spec.ts LOAD_WEIGHTS), column c
 * at byte c; columns ≥ n are masked and read as 0.
 */
export function groupMultipliers(weightRow: number, k: number, n: number, s: ArrayModeState, wbuf: Sram, cols: number): Int32Array {
  const out = new Int32Array(cols);
  const base = (weightRow + Math.ceil(k / s.packing) * s.rowsPerVectorW) * wbuf.rowBytes;
  for (let c = 0; c < n; c++) out[c] = wbuf.bytes[base + c]!;
  return out;
}

/** Where a gather writes: element (r, kk) of the m × k matrix goes to out[r·stride + col + kk]. */
export interface GatherTarget<T extends Int8Array | Uint8Array> {
  readonly out: T;
  readonly stride: number;
  readonly col: number;
}

/** ws: A[i][kk] = element kk of the input vector at inputRow + i·inputRowStride. */
export function gatherWsInputs(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ibuf: Sram, t: GatherTarget<Int8Array | Uint8Array>): void {
  const signed = !activationsUnsigned(s);
  for (let r = 0; r < i.m; r++) {
    const base = (i.inputRow + r * i.inputRowStride) * ibuf.rowBytes;
    unpackElements(ibuf.bytes, base, i.k, s.inputBits, signed, t.out, r * t.stride + t.col);
  }
}

/**
 * window = 1: A[i][kk] = the element of output pixel firstPixel + i, reduction element kOffset + kk, read
 * through the WINDOW `w` (docs/ISA.md, COMPUTE), for i < `pixels`; a tap's run of channels is unpacked at once.
 */
export function gatherWindowInputs(
  i: InstructionOf<'COMPUTE'>, w: InstructionOf<'WINDOW'>, s: ArrayModeState, ibuf: Sram, pixels: number, t: GatherTarget<Int8Array | Uint8Array>,
): void {
  const signed = !activationsUnsigned(s);
  for (let r = 0; r < pixels; r++) {
    const row = r * t.stride + t.col;
    forEachWindowRun(i, w, windowPixelByte(i, w, ibuf.rowBytes, r), (byte, first, count, kk) => {
      unpackRun(ibuf.bytes, byte, first, count, s.inputBits, signed, t.out, row + kk);
    });
  }
}

/**
 * os: A[i][kk] = element i·P + kk%P of the input vector at inputRow + (kk/P)·inputRowStride and
 * W[c][kk] = element c·P + kk%P of the weight vector at weightRow + (kk/P)·rowsPerVector.
 */
export function gatherOsOperands(
  i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ibuf: Sram, wbuf: Sram, rows: number, cols: number,
  a: GatherTarget<Int8Array | Uint8Array>, w: GatherTarget<Int8Array>, window?: InstructionOf<'WINDOW'>,
): void {
  const P = s.packing;
  if (i.window === 1) gatherWindowInputs(i, window!, s, ibuf, i.m, a);
  const vectors = Math.ceil(i.k / P);
  const signed = !activationsUnsigned(s);
  const inVec = newActivations(s, rows * P);
  const wVec = new Int8Array(cols * P);
  for (let j = 0; j < vectors; j++) {
    if (i.window !== 1) unpackElements(ibuf.bytes, (i.inputRow + j * i.inputRowStride) * ibuf.rowBytes, rows * P, s.inputBits, signed, inVec, 0);
    unpackWeights(wbuf.bytes, (i.weightRow + j * s.rowsPerVectorW) * wbuf.rowBytes, cols * P, s, wVec, 0);
    for (let p = 0; p < P; p++) {
      const kk = j * P + p;
      if (kk >= i.k) break;
      if (i.window !== 1) for (let r = 0; r < i.m; r++) a.out[r * a.stride + a.col + kk] = inVec[r * P + p]!;
      for (let c = 0; c < i.n; c++) w.out[c * w.stride + w.col + kk] = wVec[c * P + p]!;
    }
  }
}
