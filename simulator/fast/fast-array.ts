// The systolic array, fast model: values through the exact int8 GEMM kernel on whole tiles, timing in
// closed form (units/systolic-array.ts). int8 weight-stationary COMPUTEs are deferred and multiplied in
// batches (int8-ws-batch.ts); the other modes and os gather each COMPUTE's operands when it runs
// into a group of COMPUTEs accumulating into the same rows, multiplied as one GEMM when the group ends.
import type { InstructionOf } from '../../isa/instruction.js';
import { MAX_GEMM_K } from '../functional/gemm.js';
import type { Int8Gemm } from '../functional/gemm.js';
import {
  activationsUnsigned, gatherOsOperands, gatherWindowInputs, gatherWsInputs, groupMultipliers, groupScaled, latchWeights, type ArrayModeState,
} from '../functional/operands.js';
import type { DramStorage } from '../memory/dram.js';
import type { Buffers } from '../memory/sram.js';
import { GemmKernels } from './gemm-kernels.js';
import { Int8WsBatch, type BatchCompute, type LatchSource } from './int8-ws-batch.js';
import type { PackingScript } from './int8-ws-weights.js';
import { computeTiming, loadWeightsTiming, type ArrayEngine, type ArrayGeometry, type ArrayTiming } from '../units/systolic-array.js';
import { WindowCosts } from './window-costs.js';

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
  /** Group modes: the per-column multipliers of the group's one COMPUTE (its partial sums are scaled, so it joins nothing). */
  readonly mult: Int32Array | undefined;
  /** m × cap activations and n × cap weights; columns [0, kTotal) are filled. */
  readonly a: Int8Array | Uint8Array;
  readonly w: Int8Array;
  readonly cap: number;
  kTotal: number;
}

/** The timings of a run replayed for its values only (ArrayEngine.skipTiming). */
const NO_TIMINGS: readonly ArrayTiming[] = [];

/** Bytes of activations one group may hold (bounds the reduction a group fuses). */
const GROUP_BYTES = 2 * 1024 * 1024;

/** The fast engine: exact values from the GEMM kernel on fused tiles, closed-form timing. */
export class FastArray implements ArrayEngine {
  /** What the last LOAD_WEIGHTS latched: weight-buffer rows (int8, read when used) or an unpacked tile. */
  private readonly latch: LatchSource = { kind: 0, row: 0, k: 0, n: 0, rowsPerVector: 1, tile: undefined, kTile: 0 };
  /** Packing the tile was latched with: a COMPUTE in another mode sees every PE masked (as the PE model). */
  private latchPacking = 0;
  /** Group modes: the column multipliers the last LOAD_WEIGHTS latched (undefined: latched in another mode). */
  private latchMult: Int32Array | undefined;
  private readonly masked: LatchSource = { kind: 0, row: 0, k: 0, n: 0, rowsPerVector: 1, tile: undefined, kTile: 0 };
  private readonly kernels: GemmKernels;
  private readonly batch: Int8WsBatch;
  private group: Group | undefined;
  private readonly windowCosts: WindowCosts;

  /** `kernels`: a GEMM kernel factory, or kernels shared with other machines (their packings are reused);
   *  `windowCosts`: the window cost memo shared by the machines of one program (same geometry), else a new one;
   *  `packings`: the packed-weight sequence shared by the machines of one program and machine (int8-ws-weights.ts). */
  constructor(
    private readonly g: ArrayGeometry, private readonly buffers: Buffers, kernels: GemmKernels | (() => Int8Gemm), dram: DramStorage,
    windowCosts?: WindowCosts, packings?: PackingScript,
  ) {
    this.kernels = kernels instanceof GemmKernels ? kernels : new GemmKernels(kernels);
    this.batch = new Int8WsBatch(buffers, this.kernels, dram, packings);
    this.windowCosts = windowCosts ?? new WindowCosts(g);
  }

  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming {
    const l = this.latch;
    this.latchMult = groupScaled(s) ? groupMultipliers(i.weightRow, i.k, i.n, s, this.buffers.weight, this.g.cols) : undefined;
    if (this.int8WsFast(s) && i.k <= this.g.rows && i.n <= this.g.cols) {
      l.kind = 1;
      l.row = i.weightRow;
      l.k = i.k;
      l.n = i.n;
      l.rowsPerVector = s.rowsPerVectorW;
      l.tile = undefined;
    } else {
      l.kind = 2;
      l.tile = latchWeights(i, s, this.buffers.weight, this.g.rows, this.g.cols);
      l.kTile = this.g.rows * s.packing;
    }
    this.latchPacking = s.packing;
    if (s !== this.lwMemo.s || i.k !== this.lwMemo.k) this.lwMemo = { s, k: i.k, t: loadWeightsTiming(this.g, s, i.k) };
    return this.lwMemo.t!;
  }

  /** int8 operands without group multipliers: the batched weight-stationary path (int8-ws-batch.ts). */
  private int8WsFast(s: ArrayModeState): boolean {
    return s.inputBits === 8 && s.weightBits === 8 && s.packing === 1 && !groupScaled(s);
  }

  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number, window: InstructionOf<'WINDOW'> | undefined, index = -1): ArrayTiming {
    const unsigned = activationsUnsigned(s);
    if (this.g.dataflow === 'ws' && this.int8WsFast(s) && i.k <= this.g.rows && i.n <= this.g.cols) {
      this.flushGroup();
      const w = this.latch.kind !== 0 && this.latchPacking === s.packing ? this.latch : this.masked;
      const win = i.window === 1 ? window : undefined;
      this.batch.add(i, unsigned, w, win);
      return win !== undefined ? computeTiming(this.g, s, i, accumulatorPorts, this.windowCosts.cost(s, i, win, accumulatorPorts, index)) : this.timing(i, s, accumulatorPorts);
    }
    this.batch.flush();
    const g = this.group;
    // A group mode's COMPUTE scales its own partial sums (one multiplier per column and tile): it is a group of one.
    const mult = !groupScaled(s) ? undefined
      : this.g.dataflow === 'ws' ? (this.latchMult ?? new Int32Array(this.g.cols))
        : groupMultipliers(i.weightRow, i.k, i.n, s, this.buffers.weight, this.g.cols);
    const joins = g !== undefined && mult === undefined && g.mult === undefined && i.accumulate === 1 && g.accRow === i.accRow && g.m === i.m && g.n === i.n
      && g.unsigned === unsigned && g.kTotal + i.k <= g.cap;
    if (!joins) {
      this.flushGroup();
      const cap = Math.min(MAX_GEMM_K, Math.max(i.k, Math.floor(GROUP_BYTES / i.m)));
      this.group = {
        accRow: i.accRow, m: i.m, n: i.n, accumulate: i.accumulate === 1, unsigned, cap, kTotal: 0, mult,
        a: this.scratch(unsigned ? 'u' : 's', i.m * cap), w: this.scratch('w', i.n * cap) as Int8Array,
      };
    }
    const grp = this.group!;
    const col = grp.kTotal;
    if (this.g.dataflow === 'ws') {
      const target = { out: grp.a, stride: grp.cap, col };
      if (i.window === 1) gatherWindowInputs(i, window!, s, this.buffers.input, i.m, target);
      else gatherWsInputs(i, s, this.buffers.input, target);
      this.latchedSlice(i.n, i.k, s.packing, grp.w, grp.cap, col);
    } else {
      gatherOsOperands(i, s, this.buffers.input, this.buffers.weight, this.g.rows, this.g.cols,
        { out: grp.a, stride: grp.cap, col }, { out: grp.w, stride: grp.cap, col }, window);
    }
    grp.kTotal += i.k;
    if (i.window === 1) return computeTiming(this.g, s, i, accumulatorPorts, this.windowCosts.cost(s, i, window!, accumulatorPorts, index));
    return this.timing(i, s, accumulatorPorts);
  }

  computeRun(r: InstructionOf<'COMPUTE'>, s: ArrayModeState, ports: number, window: InstructionOf<'WINDOW'> | undefined, index: number): readonly ArrayTiming[] | undefined {
    // The batched int8 ws path only (a run is ws and window = 1 by the ISA); anything else goes micro-op by micro-op.
    if (this.g.dataflow !== 'ws' || !this.int8WsFast(s) || r.k > this.g.rows || r.n > this.g.cols || r.window !== 1 || window === undefined) return undefined;
    this.flushGroup();
    const unsigned = activationsUnsigned(s);
    // What each micro-op pair does (loadWeights, then compute): latch the tile's rows, add the COMPUTE to the batch.
    const l = this.latch;
    this.latchMult = undefined;
    this.latchPacking = s.packing;
    const op = Object.assign(this.tileOp, r);
    const range = this.batch.runRange(this.runRangeScratch, r, window);
    for (let t = 0; t < r.tiles; t++) {
      l.kind = 1;
      l.row = r.weightRow + t * r.tileRowStride;
      l.k = r.k;
      l.n = r.n;
      l.rowsPerVector = s.rowsPerVectorW;
      l.tile = undefined;
      op.kOffset = r.kOffset + t * r.k;
      op.accumulate = t === 0 ? r.accumulate : 1;
      this.batch.add(op, unsigned, l, window, range);
    }
    return this.timingOff ? NO_TIMINGS : this.windowCosts.runTimings(s, r, window, ports, index);
  }

  /** A run's tile as the batch reads it (reused: a copy of each run's fields was ~1 MB of garbage per ResNet-18 image). */
  private readonly tileOp: BatchCompute = { accRow: 0, m: 0, n: 0, k: 0, accumulate: 0, inputRow: 0, inputRowStride: 0, inputByte: 0, firstPixel: 0, kOffset: 0 };
  /** A run's input byte range (Int8WsBatch.runRange), reused. */
  private readonly runRangeScratch = new Float64Array(2);

  /** Replays (Machine.replay) drop the timings: a run's window-cost walk is skipped (a worker's first replay paid it). */
  private timingOff = false;
  skipTiming(): void {
    this.timingOff = true;
  }

  /** The timing of the last shape, reused while consecutive instructions repeat it (timings are immutable). */
  private lwMemo: { s: ArrayModeState | undefined; k: number; t: ArrayTiming | undefined } = { s: undefined, k: -1, t: undefined };
  private cMemo: { s: ArrayModeState | undefined; m: number; k: number; acc: number; ports: number; t: ArrayTiming | undefined } = {
    s: undefined, m: -1, k: -1, acc: -1, ports: -1, t: undefined,
  };
  private timing(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ports: number): ArrayTiming {
    const c = this.cMemo;
    if (c.s !== s || c.m !== i.m || c.k !== i.k || c.acc !== i.accumulate || c.ports !== ports) {
      this.cMemo = { s, m: i.m, k: i.k, acc: i.accumulate, ports, t: computeTiming(this.g, s, i, ports) };
    }
    return this.cMemo.t!;
  }

  beforeDramWrite(lo: number, hi: number): void {
    this.batch.beforeDramWrite(lo, hi);
  }

  beforeWrite(buffer: 'input' | 'weight', lo: number, hi: number, load: InstructionOf<'LOAD'> | undefined): void {
    this.batch.beforeWrite(buffer, lo, hi, load);
    const l = this.latch;
    const rb = this.buffers.weight.rowBytes;
    // Latched rows about to change: the PEs hold the old values, so unpack them now.
    if (buffer === 'weight' && l.kind === 1 && lo < (l.row + l.k * l.rowsPerVector) * rb && l.row * rb < hi) this.materializeLatch();
  }

  /** Multiplies everything pending into the accumulator (before anything else reads or writes it). */
  flush(): void {
    this.batch.flush();
    this.flushGroup();
  }

  /** Before a read of accumulator rows [lo, hi): the batched path lands only what writes them (int8-ws-batch.ts). */
  beforeAccumulatorRead(lo: number, hi: number): void {
    this.batch.beforeAccumulatorRead(lo, hi);
    this.flushGroup();
  }

  /** Turns a latch of weight-buffer rows into an unpacked tile (a fresh one: pending batches may hold the old). */
  private materializeLatch(): void {
    const l = this.latch;
    const rows = this.g.rows;
    const tile = new Int8Array(this.g.cols * rows);
    const bytes = this.buffers.weight.bytes;
    const rb = this.buffers.weight.rowBytes;
    for (let kk = 0; kk < l.k; kk++) {
      const base = (l.row + kk * l.rowsPerVector) * rb;
      for (let c = 0; c < l.n; c++) tile[c * rows + kk] = bytes[base + c]!;
    }
    l.kind = 2;
    l.tile = tile;
    l.kTile = rows;
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

  private flushGroup(): void {
    const grp = this.group;
    if (grp === undefined) return;
    this.group = undefined;
    const { m, n, cap, kTotal: K } = grp;
    // Close the gaps between rows: row r moves from r·cap to r·K (left, so in place is safe).
    if (K < cap) {
      for (let r = 1; r < m; r++) grp.a.copyWithin(r * K, r * cap, r * cap + K);
      for (let c = 1; c < n; c++) grp.w.copyWithin(c * K, c * cap, c * cap + K);
    }
    const packed = this.kernels.pack(grp.w.subarray(0, n * K), n, K); // may replace the kernel: pack before choosing it
    const dots = this.kernels.current().gemmView(grp.a.subarray(0, m * K), m, packed);
    const acc = this.buffers.accumulator.values;
    const cols = this.buffers.accumulator.cols;
    const mult = grp.mult;
    for (let r = 0; r < m; r++) {
      const to = (grp.accRow + r) * cols;
      const from = r * n;
      if (mult !== undefined) {
        // Exact: |partial sum| < 2^31 (a tile's ≤ rows·P products) times a u8 stays below 2^53.
        for (let c = 0; c < n; c++) acc[to + c] = (grp.accumulate ? acc[to + c]! : 0) + mult[c]! * dots[from + c]!;
      } else if (grp.accumulate) for (let c = 0; c < n; c++) acc[to + c]! += dots[from + c]!;
      else for (let c = 0; c < n; c++) acc[to + c] = dots[from + c]!;
    }
  }

  /** Writes the latched tile's first n channels × first k elements into w[c·stride + col + j]. */
  private latchedSlice(n: number, k: number, packing: number, w: Int8Array, stride: number, col: number): void {
    if (this.latch.kind === 1) this.materializeLatch();
    // Nothing latched (or latched in another mode): every PE is masked and contributes 0.
    const tile = this.latch.kind === 2 && this.latchPacking === packing ? this.latch.tile! : undefined;
    const kTile = this.g.rows * packing;
    for (let c = 0; c < n; c++) for (let j = 0; j < k; j++) w[c * stride + col + j] = tile === undefined ? 0 : tile[c * kTile + j]!;
  }
}
