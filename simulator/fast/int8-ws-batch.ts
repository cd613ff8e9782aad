// Deferred int8 weight-stationary COMPUTEs, multiplied as few large GEMMs. A lowered conv walks, per
// output-channel tile, the same input rows with the tile's weights: LOAD_WEIGHTS w, COMPUTE (rows t) for
// t = 0..T−1, accumulating into one accumulator block; then the next channel tile does the same into
// the next block. Each such run is a *group*; consecutive groups that read the same input rows (same m,
// same row sequence) form a *batch*: one GEMM of M × K activations by (Σ n) × K weights, whose result
// columns go to each group's accumulator rows in program order (through PendingSums, which sums the K
// chunks of one output tile before they reach the accumulator). Operands are read from the buffers
// only when the batch is multiplied; the machine calls `beforeWrite` before any LOAD so that a batch
// whose rows are about to change is multiplied first (exact: nothing read the accumulator since), and
// `flush` before anything else touches the accumulator.
import { MAX_GEMM_K } from '../functional/gemm.js';
import type { GemmKernels } from './gemm-kernels.js';
import { WeightSources } from './packed-cache.js';
import { BatchWeights, type PackingScript } from './int8-ws-weights.js';
import { PendingSums, blocksMeet } from './pending-sums.js';
import type { DramStorage } from '../memory/dram.js';
import type { InstructionOf } from '../../isa/instruction.js';
import { windowByteRangeInto } from '../../isa/check/footprint.js';
import type { Buffers } from '../memory/sram.js';
import type { Window } from '../functional/window.js';
import { gatherWindow8, sliceEnd } from './window-gather.js';
import { GatheredWindows } from './gathered-windows.js';
import { WasmInt8Gemm } from './gemm-wasm.js';
import { gatherKept } from './window-gather-wasm.js';
import type { PackedWeights } from '../functional/gemm.js';

/** Where one COMPUTE's latched weights come from (read when its batch is multiplied). */
export interface LatchSource {
  /** 0: nothing usable latched (every PE masked), 1: weight-buffer rows, 2: an unpacked tile. */
  kind: 0 | 1 | 2;
  /** kind 1: first row, valid k and n of the LOAD_WEIGHTS, rows per vector. */
  row: number;
  k: number;
  n: number;
  rowsPerVector: number;
  /** kind 2: tile[c · kTile + kk]. */
  tile: Int8Array | undefined;
  kTile: number;
}

/** The fields of a COMPUTE a batch reads (FastArray.computeRun passes one reused record per tile of a run). */
export type BatchCompute = Pick<InstructionOf<'COMPUTE'>, 'accRow' | 'm' | 'n' | 'k' | 'accumulate' | 'inputRow' | 'inputRowStride' | 'inputByte' | 'firstPixel' | 'kOffset'>;

/** Bytes of gathered activations / of weights one batch may hold. */
const A_BYTES = 4 * 1024 * 1024;
const W_BYTES = 4 * 1024 * 1024;

/** The pending batch (see the file comment). Reference segments are the first group's input rows. */
export class Int8WsBatch {
  private m = 0;
  private unsigned = false;
  // Reference segments t: input row, row stride, k; a window COMPUTE's segment also its WINDOW, input
  // byte, first pixel and reduction offset (undefined / 0 for a plain one).
  readonly refRow: number[] = [];
  readonly refStride: number[] = [];
  readonly refK: number[] = [];
  readonly refWin: (Window | undefined)[] = [];
  readonly refByte: number[] = [];
  readonly refPixel: number[] = [];
  readonly refKOff: number[] = [];
  private windowed = false;
  private kTotal = 0;
  /** Filled lengths of the reference, group and weight-segment columns. */
  private nRef = 0;
  private nG = 0;
  private nW = 0;
  // Groups: accumulator row, n, accumulate flag, segments so far, first weight segment.
  readonly gAcc: number[] = [];
  readonly gN: number[] = [];
  readonly gAccum: boolean[] = [];
  private readonly gCount: number[] = [];
  readonly gSeg0: number[] = [];
  private nTotal = 0;
  // Weight segments (one per COMPUTE, in order).
  readonly wKind: number[] = [];
  readonly wRow: number[] = [];
  readonly wK: number[] = [];
  readonly wN: number[] = [];
  readonly wRpv: number[] = [];
  readonly wTile: (Int8Array | undefined)[] = [];
  readonly wKTile: number[] = [];
  // Byte ranges of the input and weight buffers the batch will read.
  private inLo = Infinity;
  private inHi = -Infinity;
  private wLo = Infinity;
  private wHi = -Infinity;
  private aScratch = new Uint8Array(0);
  /** A window segment's input byte range (reused: ResNet-18 batches ~59 k window COMPUTEs per image). */
  private readonly rangeScratch = new Float64Array(2);

  private readonly sources: WeightSources;
  private readonly packer: BatchWeights;
  private readonly sums: PendingSums;
  private readonly gathered = new GatheredWindows();
  /** Per gathered entry on the WebAssembly path: the stamp of the kernel's kept slot holding it (0: none) and
   *  whether it was widened as unsigned (window-gather-wasm.ts). */
  private readonly keptStamp: number[] = [];
  private readonly keptUnsigned: boolean[] = [];

  /** `script`: the packed-weight entries of the program's earlier runs, in multiply order (int8-ws-weights.ts). */
  constructor(private readonly buffers: Buffers, private readonly kernels: GemmKernels, dram: DramStorage, script?: PackingScript) {
    this.sources = new WeightSources(buffers.weight.rows, buffers.weight.rowBytes);
    this.packer = new BatchWeights(this, buffers, kernels, dram, this.sources, script);
    this.sums = new PendingSums(buffers.accumulator.values, buffers.accumulator.cols, kernels.current().backend === 'wasm-simd');
  }

  /** Segment t equals COMPUTE `i`'s input slice (through window `win` when it has one). */
  private sameSegment(t: number, i: BatchCompute, win: Window | undefined): boolean {
    return this.refRow[t] === i.inputRow && this.refStride[t] === i.inputRowStride && this.refK[t] === i.k && this.refWin[t] === win
      && this.refByte[t] === i.inputByte && this.refPixel[t] === i.firstPixel && this.refKOff[t] === i.kOffset;
  }

  /**
   * Adds one COMPUTE (ws, 8-bit elements, one per PE, k ≤ rows, n ≤ cols) with its latched weights; `win` is
   * the WINDOW a window COMPUTE reads through (undefined for a plain one).
   */
  add(i: BatchCompute, unsigned: boolean, w: LatchSource, win: Window | undefined, runRange?: Float64Array): void {
    const { accRow, m, n, k } = i;
    const accumulate = i.accumulate === 1;
    const G = this.nG;
    if (G > 0) {
      const g = G - 1;
      const joins = accumulate && this.gAcc[g] === accRow && this.m === m && this.gN[g] === n && this.unsigned === unsigned;
      if (joins) {
        const t = this.gCount[g]!;
        if (g === 0) {
          if (this.kTotal + k <= MAX_GEMM_K && m * (this.kTotal + k) <= A_BYTES && n * (this.kTotal + k) <= W_BYTES) {
            this.pushRef(i, win, runRange);
            this.pushWeights(w);
            this.gCount[0]++;
            return;
          }
          this.multiplyBatch(); // the reduction is long enough: the rest starts a new group (it accumulates)
        } else if (t < this.nRef && this.sameSegment(t, i, win)) {
          this.pushWeights(w);
          this.gCount[g]++;
          return;
        } else {
          this.splitOffLast();
          this.add(i, unsigned, w, win, runRange);
          return;
        }
      } else {
        if (g > 0 && this.gCount[g]! < this.nRef) this.splitOffLast();
        const fits = this.m === m && this.unsigned === unsigned && this.sameSegment(0, i, win) && (this.nTotal + n) * this.kTotal <= W_BYTES;
        if (fits && this.nG > 0) {
          this.pushGroup(accRow, n, accumulate);
          this.pushWeights(w);
          return;
        }
        this.multiplyBatch();
      }
    }
    this.m = m;
    this.unsigned = unsigned;
    this.pushRef(i, win, runRange);
    this.pushGroup(accRow, n, accumulate);
    this.pushWeights(w);
  }

  /** A STORE is about to write DRAM bytes [lo, hi) (weights loaded from there before are not the same any more). */
  beforeDramWrite(lo: number, hi: number): void {
    this.sources.dramWriting(lo, hi);
  }

  /** Multiplies the batch now if `load`, writing buffer bytes [lo, hi), would change what it reads. */
  beforeWrite(buffer: 'input' | 'weight', lo: number, hi: number, load: InstructionOf<'LOAD'> | undefined): void {
    const overlaps = buffer === 'input' ? lo < this.inHi && this.inLo < hi : lo < this.wHi && this.wLo < hi;
    if (this.nG > 0 && overlaps) this.multiplyBatch();
    // (After that multiply, which may have gathered from the rows as they are before this write.)
    if (buffer === 'input') this.gathered.written(lo, hi);
    // Recorded after the multiply: what it packs is the rows' content before this write.
    if (buffer === 'weight') this.sources.loading(load, lo, hi);
  }

  /** Multiplies everything pending into the accumulator (before anything else reads or writes it). */
  flush(): void {
    this.multiplyBatch();
    this.sums.settle();
  }

  /** Before a REQUANT reads accumulator rows [lo, hi): only the pending work into them lands (a REQUANT writes nothing
   *  a batch reads). The lowering puts a block's REQUANT after the next block's first tile: that last group stays
   *  pending, its K chunk whole (landing everything split it: docs/CYCLE-MODEL.md "Pending sums"). */
  beforeAccumulatorRead(lo: number, hi: number): void {
    const G = this.nG;
    if (G > 0 && blocksMeet(this.gAcc, G - 1, G, this.m, lo, hi)) this.multiplyBatch();
    else if (blocksMeet(this.gAcc, 0, G - 1, this.m, lo, hi)) this.splitOffLast();
    this.sums.beforeRead(lo, hi);
  }

  /** Multiplies the pending batch (its results may wait in the pending sums). */
  private multiplyBatch(): void {
    const G = this.nG;
    if (G === 0) return;
    if (G > 1 && this.gCount[G - 1]! < this.nRef) this.splitOffLast();
    this.multiply(this.nG, this.nRef);
    this.reset();
  }

  private reset(): void {
    // The columns keep their storage (no reallocation per batch); only the counts restart.
    this.nRef = this.nG = this.nW = 0;
    this.windowed = false;
    this.kTotal = 0;
    this.nTotal = 0;
    this.inLo = this.wLo = Infinity;
    this.inHi = this.wHi = -Infinity;
  }

  /** Input bytes [out[0], out[1]) window run `r` reads in all its tiles, once per run (ResNet-18: ~59 k tiles per image):
   *  the union of the tiles' exact ranges, which `add` takes for each (wider than a tile's own only when a batch
   *  ends within the run: it may land a batch or drop a kept matrix sooner, same values). */
  runRange(out: Float64Array, r: InstructionOf<'COMPUTE'>, win: Window): Float64Array {
    windowByteRangeInto(out, { inputRow: r.inputRow, inputByte: r.inputByte, firstPixel: r.firstPixel, kOffset: r.kOffset, k: r.k * r.tiles }, r.m, win, 8, this.buffers.input.rowBytes);
    return out;
  }

  /** `runRange`: the input byte range of the run `i` is a tile of (see runRange), else `i`'s own range is computed. */
  private pushRef(
    i: Pick<InstructionOf<'COMPUTE'>, 'inputRow' | 'inputRowStride' | 'k' | 'inputByte' | 'firstPixel' | 'kOffset'>, win: Window | undefined, runRange?: Float64Array,
  ): void {
    const j = this.nRef++;
    this.refRow[j] = i.inputRow;
    this.refStride[j] = i.inputRowStride;
    this.refK[j] = i.k;
    this.refWin[j] = win;
    this.refByte[j] = i.inputByte;
    this.refPixel[j] = i.firstPixel;
    this.refKOff[j] = i.kOffset;
    this.kTotal += i.k;
    const rb = this.buffers.input.rowBytes;
    if (win !== undefined) {
      this.windowed = true;
      let range = runRange;
      if (range === undefined) windowByteRangeInto((range = this.rangeScratch), i, this.m, win, 8, rb);
      this.inLo = Math.min(this.inLo, range[0]!);
      this.inHi = Math.max(this.inHi, range[1]!);
      return;
    }
    const first = i.inputRow * rb;
    const last = (i.inputRow + (this.m - 1) * i.inputRowStride) * rb;
    this.inLo = Math.min(this.inLo, first, last);
    this.inHi = Math.max(this.inHi, first + i.k, last + i.k);
  }

  private pushGroup(accRow: number, n: number, accumulate: boolean): void {
    const g = this.nG++;
    this.gAcc[g] = accRow;
    this.gN[g] = n;
    this.gAccum[g] = accumulate;
    this.gCount[g] = 1;
    this.gSeg0[g] = this.nW;
    this.nTotal += n;
  }

  private pushWeights(w: LatchSource): void {
    const j = this.nW++;
    this.wKind[j] = w.kind;
    this.wRow[j] = w.row;
    this.wK[j] = w.k;
    this.wN[j] = w.n;
    this.wRpv[j] = w.rowsPerVector;
    this.wTile[j] = w.tile;
    this.wKTile[j] = w.kTile;
    if (w.kind === 1) {
      const rb = this.buffers.weight.rowBytes;
      this.wLo = Math.min(this.wLo, w.row * rb);
      this.wHi = Math.max(this.wHi, (w.row + w.k * w.rowsPerVector) * rb);
    }
  }

  /**
   * Multiplies every group but the last (all complete), then makes the last group the batch's only one, in place:
   * its segments are the reference's first t, its weight segments move to the front. The byte ranges stay the whole
   * batch's (a superset: a LOAD may land it sooner, same values).
   */
  private splitOffLast(): void {
    const G = this.nG;
    const t = this.gCount[G - 1]!;
    this.multiply(G - 1, this.nRef);
    const seg0 = this.gSeg0[G - 1]!;
    this.gAcc[0] = this.gAcc[G - 1]!;
    this.nTotal = this.gN[0] = this.gN[G - 1]!;
    this.gAccum[0] = this.gAccum[G - 1]!;
    this.gCount[0] = t;
    this.gSeg0[0] = 0;
    for (const column of [this.wKind, this.wRow, this.wK, this.wN, this.wRpv, this.wTile, this.wKTile]) column.copyWithin(0, seg0, seg0 + t);
    this.nG = 1;
    this.nW = this.nRef = t;
    this.kTotal = 0;
    this.windowed = false;
    for (let j = 0; j < t; j++) {
      this.kTotal += this.refK[j]!;
      if (this.refWin[j] !== undefined) this.windowed = true;
    }
  }

  /** One GEMM for groups [0, groups) over reference segments [0, T); results into the accumulator. */
  private multiply(groups: number, T: number): void {
    if (groups === 0) return;
    const M = this.m;
    let K = 0;
    for (let t = 0; t < T; t++) K += this.refK[t]!;
    let N = 0;
    for (let g = 0; g < groups; g++) N += this.gN[g]!;
    const packed = this.packer.packed(groups, T, N, K);
    const kernel = this.kernels.current();
    const dots = this.windowed && kernel instanceof WasmInt8Gemm ? this.keptWindowGemm(kernel, T, K, packed) : kernel.gemmView(this.activations(T, K), M, packed);
    this.sums.add(dots, M, N, K, groups, this);
  }

  /** The GEMM of a batch with window segments on the WebAssembly kernel: its matrix gathered into a kept slot,
   *  unless the slot still holds it (the same segments gathered for an earlier batch, widened the same way). */
  private keptWindowGemm(kernel: WasmInt8Gemm, T: number, K: number, packed: PackedWeights): Int32Array {
    const M = this.m;
    let e = this.gathered.find(this, T, M, K);
    if (e >= 0 && kernel.kept(e, this.keptStamp[e]!) && this.keptUnsigned[e] === this.unsigned) return kernel.gemmKept(e, this.keptStamp[e]!, M, packed);
    if (e < 0) e = this.gathered.slot(this, T, M, K, this.inLo, this.inHi);
    const stamp = gatherKept(kernel, e, this, T, M, K, this.buffers.input.bytes, this.buffers.input.rowBytes, this.unsigned);
    this.keptStamp[e] = stamp;
    this.keptUnsigned[e] = this.unsigned;
    return kernel.gemmKept(e, stamp, M, packed);
  }

  /** The M × K activations: a view of the input buffer when its rows already lie that way, else gathered. */
  private activations(T: number, K: number): Int8Array | Uint8Array {
    if (this.windowed) return this.windowActivations(T, K);
    const M = this.m;
    const bytes = this.buffers.input.bytes;
    const rb = this.buffers.input.rowBytes;
    const base = this.refRow[0]! * rb;
    const stride = this.refStride[0]!;
    let consecutive = true;
    for (let t = 0, off = 0; t < T; off += this.refK[t]!, t++) {
      if (this.refStride[t] !== stride || this.refRow[t]! * rb !== base + off) consecutive = false;
    }
    let src: Uint8Array;
    if (consecutive && stride * rb === K && base + M * K <= bytes.length) src = bytes.subarray(base, base + M * K);
    else {
      if (this.aScratch.length < M * K) this.aScratch = new Uint8Array(M * K);
      src = this.aScratch.subarray(0, M * K);
      // (Rows past the buffer read as 0, as the element loop does: the row copies only when all rows fit.)
      if (consecutive && stride >= 0 && base + (M - 1) * stride * rb + K <= bytes.length) {
        for (let r = 0; r < M; r++) src.set(bytes.subarray(base + r * stride * rb, base + r * stride * rb + K), r * K);
      } else {
        for (let t = 0, off = 0; t < T; off += this.refK[t]!, t++) {
          const k = this.refK[t]!;
          const s = this.refStride[t]! * rb;
          for (let r = 0, from = this.refRow[t]! * rb; r < M; r++, from += s) {
            for (let j = 0; j < k; j++) src[r * K + off + j] = bytes[from + j]!;
          }
        }
      }
    }
    return this.unsigned ? src : new Int8Array(src.buffer, src.byteOffset, src.length);
  }

  /**
   * The M × K activations of a batch with window segments: consecutive window segments that continue each
   * other's reduction (same WINDOW and walk, kOffset running on) are gathered as one slice.
   */
  private windowActivations(T: number, K: number): Int8Array | Uint8Array {
    const M = this.m;
    const bytes = this.buffers.input.bytes;
    const rb = this.buffers.input.rowBytes;
    const known = this.gathered.find(this, T, M, K);
    if (known >= 0 && this.keptStamp[known] === 0) {
      const bytes = this.gathered.bytes(known);
      return this.unsigned ? bytes : new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    const e = known >= 0 ? known : this.gathered.slot(this, T, M, K, this.inLo, this.inHi);
    this.keptStamp[e] = 0; // (the bytes, not a kernel slot)
    const src = this.gathered.bytes(e);
    for (let t = 0, off = 0; t < T;) {
      const win = this.refWin[t];
      if (win === undefined) {
        const k = this.refK[t]!;
        const s = this.refStride[t]! * rb;
        for (let r = 0, from = this.refRow[t]! * rb; r < M; r++, from += s) for (let j = 0; j < k; j++) src[r * K + off + j] = bytes[from + j] ?? 0;
        off += k;
        t++;
        continue;
      }
      const end = sliceEnd(this, T, t);
      let k = 0;
      for (let j = t; j < end; j++) k += this.refK[j]!;
      const slice = { inputRow: this.refRow[t]!, inputByte: this.refByte[t]!, firstPixel: this.refPixel[t]!, kOffset: this.refKOff[t]!, k };
      gatherWindow8(bytes, rb, slice, win, M, src, K, off);
      off += k;
      t = end;
    }
    return this.unsigned ? src : new Int8Array(src.buffer, src.byteOffset, src.length);
  }
}
