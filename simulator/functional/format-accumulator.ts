// The arithmetic of the float/MX array datapath (issue 18; docs/HARDWARE.md "Float and MX datapath"),
// tile by tile as the array and its accumulator perform it. The PEs multiply element codes (a product of
// two elements is exact) and the column adds the products in fixed point, exactly; the accumulator keeps,
// per entry, the FP32 running sum and the exact partial of the chunk still open. A tile adds its column
// sums to the partials; a tile that ends its chunk then folds each partial, shifted by the chunk's block
// exponents 2^(Xa + Xw) at the accumulator input, into the FP32 sum with the two round-to-nearest-even
// steps of INTEGER-SEMANTICS §14 (core/format-dot.ts accumulateChunk). The lowering cuts tiles at chunk
// edges (compiler/lower/format-tiles.ts), so a tile never holds two chunks. The PE-level model
// (simulator/format-pe-array.ts) computes the same values register by register; a test holds them equal
// and equal to the format reference.
import { assert } from '../../core/diagnostics.js';
import { decodeElement } from '../../core/element-codec.js';
import { accumulateChunk, chunkSumIsExact } from '../../core/format-dot.js';
import type { ElementType } from '../../core/number-formats.js';

/**
 * The value (without its block scale) of every byte an element of `el` is stored in: fp elements are
 * their code (the low el.bits bits), int elements a two's-complement byte. Float and MX elements are
 * stored one per byte here; packing sub-byte elements is a storage question for the lowering.
 */
export function elementValueTable(el: ElementType): Float64Array {
  assert(el.kind === 'fp' || el.kind === 'int', `element ${el.name} has no float/MX datapath`);
  return Float64Array.from({ length: 256 }, (_, b) => {
    if (el.kind === 'int') return decodeElement(b >= 128 ? b - 256 : b, el);
    return b < 2 ** el.bits ? decodeElement(b, el) : 0;
  });
}

/** The operands of one tile: element bytes and their decode tables. */
export interface FormatTileOperands {
  /** Activation bytes, m × kt row-major (row i: output row i's elements of the tile's K range). */
  readonly x: Uint8Array;
  /** Weight bytes, kt × n row-major (row r: the weights latched in array row r). */
  readonly w: Uint8Array;
  readonly kt: number;
  readonly xTable: Float64Array;
  readonly wTable: Float64Array;
}

/** The accumulator entries of one output tile (m rows × n columns) in a float/MX array mode. */
export class FormatAccumulator {
  /** FP32 running sums, m × n. */
  readonly sum: Float32Array;
  /** The exact partial of the open chunk (in element units, before the 2^(Xa+Xw) shift), m × n. */
  readonly partial: Float64Array;

  constructor(readonly m: number, readonly n: number, a: ElementType, w: ElementType) {
    // A chunk's partial must stay exact in the register (and in a double here): 32 products of the two
    // element types fit 53 bits for every pairing but E5M2 × E5M2, which no mode takes.
    assert(chunkSumIsExact(a, w), `no float/MX datapath for ${a.name} × ${w.name}: a chunk sum would not be exact`);
    this.sum = new Float32Array(m * n);
    this.partial = new Float64Array(m * n);
  }

  /** accumulate = 0: every entry starts at its column's FP32 bias (accumulator units), no chunk open. */
  start(bias: Float32Array): void {
    assert(bias.length === this.n, `bias holds ${bias.length} values, expected ${this.n}`);
    for (let i = 0; i < this.m; i++) for (let c = 0; c < this.n; c++) this.sum[i * this.n + c] = bias[c]!;
    this.partial.fill(0);
  }

  /**
   * One tile: partial[i][c] += Σ_r x[i][r]·w[r][c], exactly. With `chunkEnd` the partials are then
   * folded: sum = fp32(sum + fp32(partial · 2^(xExp[i] + wExp[c]))), partial = 0 (xExp: the block
   * exponent of row i's activation block; wExp: of column c's weight block; all 0 for FP8).
   */
  tile(op: FormatTileOperands, chunkEnd: boolean, xExp: Int16Array, wExp: Int16Array): void {
    const { m, n } = this;
    const { x, w, kt, xTable, wTable } = op;
    assert(x.length === m * kt && w.length === kt * n, `tile operands ${x.length}, ${w.length} for m ${m}, k ${kt}, n ${n}`);
    const wv = new Float64Array(kt * n);
    for (let j = 0; j < kt * n; j++) wv[j] = wTable[w[j]!]!;
    for (let i = 0; i < m; i++) {
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let r = 0; r < kt; r++) s += xTable[x[i * kt + r]!]! * wv[r * n + c]!;
        this.partial[i * n + c] = this.partial[i * n + c]! + s;
      }
    }
    if (chunkEnd) this.fold(xExp, wExp);
  }

  /** Folds the open partials of rows [i0, i1) into their FP32 sums (the chunk's end) and closes them. */
  fold(xExp: Int16Array, wExp: Int16Array, i0 = 0, i1 = this.m): void {
    const { m, n } = this;
    assert(xExp.length === m && wExp.length === n, 'fold: one block exponent per row and per column');
    assert(i0 >= 0 && i0 <= i1 && i1 <= m, `fold: rows [${i0}, ${i1}) outside [0, ${m})`);
    for (let i = i0; i < i1; i++) {
      for (let c = 0; c < n; c++) {
        const e = i * n + c;
        this.sum[e] = accumulateChunk(this.sum[e]!, this.partial[e]!, xExp[i]! + wExp[c]!);
        this.partial[e] = 0;
      }
    }
  }

  /** The FP32 sums, read by the vector unit's output conversion (format-convert.ts) once every chunk is closed. */
  sums(): Float32Array {
    assert(this.partial.every((p) => p === 0), 'output read while a chunk is still open');
    return this.sum;
  }
}
