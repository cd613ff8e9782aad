// The systolic array, fast model: values through the exact int8 GEMM kernel on whole tiles, timing in
// closed form (docs/CYCLE-MODEL.md §Array). The PE-level model (simulator/pe-model.ts) implements the
// same ArrayEngine by stepping every PE register; the property test holds the two equal.
import type { InstructionOf } from '../../isa/instruction.js';
import type { Dataflow } from '../../isa/spec.js';
import { MAX_GEMM_K, type Int8Gemm, type PackedWeights } from '../functional/gemm.js';
import { activationsUnsigned, gatherOsOperands, gatherWsInputs, latchWeights, type ArrayModeState } from '../functional/operands.js';
import { cyclesPerVector } from '../memory/banks.js';
import type { Buffers, Sram } from '../memory/sram.js';

/** Cycle counts of one array instruction, relative to its start cycle. */
export interface ArrayTiming {
  /** Cycles until the array accepts the next instruction of the same kind (input port / weight loader). */
  readonly busyCycles: number;
  /** Cycles until the last result is written (COMPUTE) or the tile is latched (LOAD_WEIGHTS). */
  readonly duration: number;
  /** ws COMPUTE: the cycle after the last PE operation that used the latched weights. */
  readonly weightsReleased: number;
  /** Cycles lost to bank conflicts (reading a vector takes more than one cycle). */
  readonly bankStallCycles: number;
}

/** What executes LOAD_WEIGHTS and COMPUTE (fast closed-form engine or PE-level stepping). */
export interface ArrayEngine {
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming;
  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number): ArrayTiming;
  /** Applies deferred accumulator updates; called before anything else touches the accumulator. */
  flush?(): void;
}

/** Geometry both engines need. */
export interface ArrayGeometry {
  readonly rows: number;
  readonly cols: number;
  readonly dataflow: Dataflow;
  readonly inputBanks: number;
  readonly weightBanks: number;
}

/** Cycles per input step: a vector read may take several cycles; a read-modify-write of an
 *  accumulator row on a single-ported bank takes two. */
export function stepCycles(g: ArrayGeometry, s: ArrayModeState, accumulate: boolean, accumulatorPorts: number, dataflow: Dataflow): number {
  const input = cyclesPerVector(s.rowsPerVectorIn, g.inputBanks);
  const weight = dataflow === 'os' ? cyclesPerVector(s.rowsPerVectorW, g.weightBanks) : 1;
  const acc = accumulate && accumulatorPorts === 1 && dataflow === 'ws' ? 2 : 1;
  return Math.max(input, weight, acc);
}

/** Closed-form timing of LOAD_WEIGHTS: R shifts down the weight chain, reading ceil(k/P) vectors. */
export function loadWeightsTiming(g: ArrayGeometry, s: ArrayModeState, k: number): ArrayTiming {
  const vectors = Math.ceil(k / s.packing);
  const cpv = cyclesPerVector(s.rowsPerVectorW, g.weightBanks);
  const duration = g.rows - vectors + vectors * cpv;
  return { busyCycles: duration, duration, weightsReleased: 0, bankStallCycles: vectors * (cpv - 1) };
}

/**
 * Closed-form timing of COMPUTE (derivation in docs/CYCLE-MODEL.md; pe-model.ts steps it). A step reads
 * one vector in cpv cycles, so vector j is in the skew registers after cycle t_j = (j+1)·cpv − 1 and
 * reaches PE(r, c) in cycle t_j + 1 + r + c. ws: the de-skewed result row i is written in cycle
 * t_i + R + C, so duration = m·cpv + R + C; the last PE uses the weights in cycle m·cpv − 1 + R + C − 1;
 * the input port is free after m·cpv. os: the last PE finishes in cycle kv·cpv − 1 + R + C − 1, then m
 * rows drain one per cycle (two with a single-ported accumulate): duration = kv·cpv + R + C − 1 + m·rmw,
 * the array busy throughout.
 */
export function computeTiming(g: ArrayGeometry, s: ArrayModeState, i: InstructionOf<'COMPUTE'>, accumulatorPorts: number): ArrayTiming {
  const R = g.rows;
  const C = g.cols;
  const cpv = stepCycles(g, s, i.accumulate === 1, accumulatorPorts, g.dataflow);
  if (g.dataflow === 'ws') {
    const duration = i.m * cpv + R + C;
    return { busyCycles: i.m * cpv, duration, weightsReleased: duration - 1, bankStallCycles: i.m * (cpv - 1) };
  }
  const kv = Math.ceil(i.k / s.packing);
  const rmw = osDrainCycles(i.accumulate === 1, accumulatorPorts);
  const duration = kv * cpv + R + C - 1 + i.m * rmw;
  return { busyCycles: duration, duration, weightsReleased: 0, bankStallCycles: kv * (cpv - 1) + i.m * (rmw - 1) };
}

/** os drain: cycles per accumulator row (a read-modify-write on a single-ported bank takes two). */
export function osDrainCycles(accumulate: boolean, accumulatorPorts: number): number {
  return accumulate && accumulatorPorts === 1 ? 2 : 1;
}

/** Packed-weight bytes one GEMM kernel accumulates before it is replaced (bounds its memory). */
const PACKED_BYTES_PER_KERNEL = 32 * 1024 * 1024;

/**
 * COMPUTEs that accumulate into the same accumulator rows, one after another, form a group: each
 * COMPUTE gathers its operand tile when it runs (the buffers may change later) into the group's
 * matrices, side by side along the reduction, and the group is multiplied as one GEMM when it ends.
 * Exact: integer sums do not depend on the order (the accumulator keeps guard bits, HARDWARE.md §3).
 */
interface Group {
  readonly accRow: number;
  readonly m: number;
  readonly n: number;
  readonly accumulate: boolean;
  readonly unsigned: boolean;
  /** m × cap activations and n × cap weights; columns [0, kTotal) are filled. */
  readonly a: Int8Array | Uint8Array;
  readonly w: Int8Array;
  readonly cap: number;
  kTotal: number;
}

/** Bytes of activations one group may hold (bounds the reduction a group fuses). */
const GROUP_BYTES = 2 * 1024 * 1024;

/** The fast engine: exact values from the GEMM kernel on fused tiles, closed-form timing. */
export class FastArray implements ArrayEngine {
  private tile: Int8Array | undefined;
  /** Packing the tile was latched with: a COMPUTE in another mode sees every PE masked (as the PE model). */
  private tilePacking = 0;
  private gemm: Int8Gemm;
  private packedBytes = 0;
  private group: Group | undefined;

  /** `newGemm` makes a kernel; a kernel frees its packed weights only when dropped, so a fresh one is
   *  taken once PACKED_BYTES_PER_KERNEL bytes of weights have been packed into the current one. */
  constructor(private readonly g: ArrayGeometry, private readonly buffers: Buffers, private readonly newGemm: () => Int8Gemm) {
    this.gemm = newGemm();
  }

  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming {
    if (s.elementBits === 8 && s.packing === 1 && i.k <= this.g.rows) this.tile = latchInt8(i, s.rowsPerVectorW, this.buffers.weight, this.g.rows, this.tileBuffer());
    else this.tile = latchWeights(i, s, this.buffers.weight, this.g.rows, this.g.cols);
    this.tilePacking = s.packing;
    return loadWeightsTiming(this.g, s, i.k);
  }

  /** The int8 tile is latched into one reused matrix: a COMPUTE copies what it needs before the next latch
   *  (the compute queue issues in order, so COMPUTE t runs before LOAD_WEIGHTS t + 1). */
  private int8Tile: Int8Array | undefined;
  private tileBuffer(): Int8Array {
    return (this.int8Tile ??= new Int8Array(this.g.cols * this.g.rows));
  }

  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number): ArrayTiming {
    const unsigned = activationsUnsigned(s);
    const g = this.group;
    const joins = g !== undefined && i.accumulate === 1 && g.accRow === i.accRow && g.m === i.m && g.n === i.n
      && g.unsigned === unsigned && g.kTotal + i.k <= g.cap;
    if (!joins) {
      this.flush();
      const cap = Math.min(MAX_GEMM_K, Math.max(i.k, Math.floor(GROUP_BYTES / i.m)));
      this.group = {
        accRow: i.accRow, m: i.m, n: i.n, accumulate: i.accumulate === 1, unsigned, cap, kTotal: 0,
        a: this.scratch(unsigned ? 'u' : 's', i.m * cap), w: this.scratch('w', i.n * cap) as Int8Array,
      };
    }
    const grp = this.group!;
    const col = grp.kTotal;
    if (this.g.dataflow === 'ws' && s.elementBits === 8) {
      copyRows(this.buffers.input.bytes, i.inputRow * this.buffers.input.rowBytes, i.inputRowStride * this.buffers.input.rowBytes, grp.a, col, grp.cap, i.m, i.k);
      this.latchedSlice(i.n, i.k, s.packing, grp.w, grp.cap, col);
    } else if (this.g.dataflow === 'ws') {
      gatherWsInputs(i, s, this.buffers.input, { out: grp.a, stride: grp.cap, col });
      this.latchedSlice(i.n, i.k, s.packing, grp.w, grp.cap, col);
    } else {
      gatherOsOperands(i, s, this.buffers.input, this.buffers.weight, this.g.rows, this.g.cols,
        { out: grp.a, stride: grp.cap, col }, { out: grp.w, stride: grp.cap, col });
    }
    grp.kTotal += i.k;
    return computeTiming(this.g, s, i, accumulatorPorts);
  }

  /** Reused scratch matrices (a group's data is consumed at its flush, before the next group starts). */
  private readonly scratchBuffers = new Map<string, Int8Array | Uint8Array>();
  private scratch(kind: 's' | 'u' | 'w', length: number): Int8Array | Uint8Array {
    let b = this.scratchBuffers.get(kind);
    if (b === undefined || b.length < length) {
      b = kind === 'u' ? new Uint8Array(length) : new Int8Array(length);
      this.scratchBuffers.set(kind, b);
    }
    return b.subarray(0, length);
  }

  /** Multiplies the pending group into the accumulator (before anything else reads or writes it). */
  flush(): void {
    const grp = this.group;
    if (grp === undefined) return;
    this.group = undefined;
    const { m, n, cap, kTotal: K } = grp;
    // Close the gaps between rows: row r moves from r·cap to r·K (left, so in place is safe).
    if (K < cap) {
      for (let r = 1; r < m; r++) grp.a.copyWithin(r * K, r * cap, r * cap + K);
      for (let c = 1; c < n; c++) grp.w.copyWithin(c * K, c * cap, c * cap + K);
    }
    const packed = this.pack(grp.w.subarray(0, n * K), n, K); // may replace the kernel: pack before choosing it
    const dots = this.gemm.gemmView(grp.a.subarray(0, m * K), m, packed);
    const acc = this.buffers.accumulator.values;
    const cols = this.buffers.accumulator.cols;
    for (let r = 0; r < m; r++) {
      const to = (grp.accRow + r) * cols;
      const from = r * n;
      if (grp.accumulate) for (let c = 0; c < n; c++) acc[to + c]! += dots[from + c]!;
      else for (let c = 0; c < n; c++) acc[to + c] = dots[from + c]!;
    }
  }

  private pack(w: Int8Array, n: number, k: number): PackedWeights {
    this.packedBytes += n * k * 2;
    if (this.packedBytes > PACKED_BYTES_PER_KERNEL) {
      this.gemm = this.newGemm();
      this.packedBytes = n * k * 2;
    }
    return this.gemm.packWeights(w, n, k);
  }

  /** Writes the latched tile's first n channels × first k elements into w[c·stride + col + j]. */
  private latchedSlice(n: number, k: number, packing: number, w: Int8Array, stride: number, col: number): void {
    // Nothing latched (or latched in another mode): every PE is masked and contributes 0.
    const tile = this.tile !== undefined && this.tilePacking === packing ? this.tile : undefined;
    const kTile = this.g.rows * packing;
    if (tile === undefined) for (let c = 0; c < n; c++) w.fill(0, c * stride + col, c * stride + col + k);
    else copyRows(tile, 0, kTile, w, col, stride, n, k);
  }
}

/**
 * LOAD_WEIGHTS for 8-bit elements, one per PE (what latchWeights computes, without its per-element
 * unpacking): vector r's element c is byte c of the vector at weightRow + r·rowsPerVector, and lands at
 * tile[c·rows + r]; masked PEs hold 0.
 */
function latchInt8(i: InstructionOf<'LOAD_WEIGHTS'>, rowsPerVector: number, wbuf: Sram, rows: number, tile: Int8Array): Int8Array {
  tile.fill(0);
  const bytes = wbuf.bytes;
  const step = rowsPerVector * wbuf.rowBytes;
  const vectors = Math.min(i.k, rows);
  for (let r = 0, base = i.weightRow * wbuf.rowBytes; r < vectors; r++, base += step) {
    for (let c = 0, at = r; c < i.n; c++, at += rows) tile[at] = bytes[base + c]!;
  }
  return tile;
}

/**
 * Copies `count` rows of `k` bytes, row r from src[from + r·srcStride], to dst[r·dstStride + col]: the
 * byte pattern is kept, so an Int8Array destination reads the bytes as signed, a Uint8Array as unsigned
 * (exactly the element values of 8-bit operands).
 */
function copyRows(src: Uint8Array | Int8Array, from: number, srcStride: number, dst: Int8Array | Uint8Array, col: number, dstStride: number, count: number, k: number): void {
  for (let r = 0; r < count; r++) {
    const s = from + r * srcStride;
    const d = r * dstStride + col;
    for (let j = 0; j < k; j++) dst[d + j] = src[s + j]!;
  }
}
