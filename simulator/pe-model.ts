// The PE-level model of the systolic array (--fidelity pe): every register of every PE, of the skew and
// de-skew delay lines and of the weight shift chain is stepped every cycle, and the cycle counts are
// whatever the stepping takes. Slow on purpose and written to be checked by eye; the property test
// (test/simulator/pe-model.test.ts) holds the fast model (units/systolic-array.ts) equal to it.
//
// Register-transfer convention: in cycle t every PE reads the registers written at the end of cycle
// t − 1 and writes its own at the end of cycle t. A vector read from SRAM is in the read register at the
// end of its last read cycle.
import type { InstructionOf } from '../isa/instruction.js';
import { activationsUnsigned, gatherWindowInputs, groupMultipliers, groupScaled, newActivations, type ArrayModeState } from './functional/operands.js';
import { unpackElements } from './functional/elements.js';
import { unpackWeights } from './functional/weight-elements.js';
import { cyclesPerVector } from './memory/banks.js';
import type { Buffers } from './memory/sram.js';
import { GROUP_SCALE_STAGE_CYCLES, osDrainCycles, stepCycles, type ArrayEngine, type ArrayGeometry, type ArrayTiming } from './units/systolic-array.js';
import { osWindowRowReads, osWindowStepCycles, windowStepRows, wsWindowReadDone } from './units/window-input.js';

/** A value travelling through a register: P operand elements, or a partial sum, tagged with its row. */
interface Token {
  readonly row: number;
  readonly x: Int32Array;
}
interface Psum {
  readonly row: number;
  readonly sum: number;
}

/** A delay line of `length` registers (length 0 passes its input straight through). */
class DelayLine<T> {
  private regs: (T | undefined)[];
  constructor(length: number) {
    this.regs = new Array<T | undefined>(length).fill(undefined);
  }
  /** One clock: returns the value leaving the line, shifts `input` in. */
  step(input: T | undefined): T | undefined {
    if (this.regs.length === 0) return input;
    const out = this.regs[this.regs.length - 1];
    for (let k = this.regs.length - 1; k > 0; k--) this.regs[k] = this.regs[k - 1];
    this.regs[0] = input;
    return out;
  }
}

/** The PE-level array engine (plugs into Machine in place of the fast one). */
export function peArrayEngine(g: ArrayGeometry, buffers: Buffers): ArrayEngine {
  return new PeArray(g, buffers);
}

class PeArray implements ArrayEngine {
  /** Two weight banks per PE: banks[b][(r*C + c)*P + p]; each bank remembers the k and n it was latched with. */
  private readonly banks: [Int32Array, Int32Array];
  private readonly bankK = [0, 0];
  private readonly bankN = [0, 0];
  /** Group modes: the column multiplier registers latched with each bank (zeros when latched in another mode). */
  private readonly bankMult: [Int32Array, Int32Array];
  /** The weight shift chain: R row registers of C·P weights, kept between LOAD_WEIGHTS (rows past k are not shifted). */
  private readonly chain: Int32Array[];
  private latches = 0;
  private packing = 1;

  constructor(private readonly g: ArrayGeometry, private readonly buffers: Buffers) {
    const size = g.rows * g.cols * 64;
    this.banks = [new Int32Array(size), new Int32Array(size)];
    this.bankMult = [new Int32Array(g.cols), new Int32Array(g.cols)];
    this.chain = Array.from({ length: g.rows }, () => new Int32Array(g.cols * 64));
  }

  /** The window COMPUTE's activations, pixels × k (row r: the elements of output pixel firstPixel + r). */
  private windowMatrix(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, w: InstructionOf<'WINDOW'>, pixels: number): Int8Array | Uint8Array {
    const a = newActivations(s, pixels * i.k);
    gatherWindowInputs(i, w, s, this.buffers.input, pixels, { out: a, stride: i.k, col: 0 });
    return a;
  }

  /** Lane vector `row` of a window matrix as a read register of `width` elements (elements past k are 0). */
  private static windowVector(a: Int8Array | Uint8Array, k: number, row: number, from: number, width: number): Int32Array {
    const v = new Int32Array(width);
    for (let j = 0; j < width && from + j < k; j++) v[j] = a[row * k + from + j]!;
    return v;
  }

  private vector(bytes: Uint8Array, row: number, rowBytes: number, count: number, bits: number, signed: boolean): Int32Array {
    const tmp = signed ? new Int8Array(count) : new Uint8Array(count);
    unpackElements(bytes, row * rowBytes, count, bits, signed, tmp, 0);
    return Int32Array.from(tmp);
  }

  /** A weight vector of `count` elements as the mode stores them (log codes decoded to ±2^e). */
  private weightVector(row: number, count: number, s: ArrayModeState): Int32Array {
    const tmp = new Int8Array(count);
    unpackWeights(this.buffers.weight.bytes, row * this.buffers.weight.rowBytes, count, s, tmp, 0);
    return Int32Array.from(tmp);
  }

  /**
   * Shifts the kv = ceil(k/P) vectors that exist down the chain of R row registers, the vector for row kv − 1
   * first (injected values of masked columns are 0); the rows past kv are not shifted and keep stale values,
   * masked in COMPUTE by the k and n the bank was latched with.
   */
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming {
    const { rows: R, cols: C } = this.g;
    const P = s.packing;
    this.packing = P;
    const vectors = Math.ceil(i.k / P);
    const cpv = cyclesPerVector(s.rowsPerVectorW, this.g.weightBanks);
    const chain = this.chain;
    let cycle = 0;
    let stalls = 0;
    for (let step = 0; step < vectors; step++) {
      const r = vectors - 1 - step;
      const injected = new Int32Array(C * 64);
      const v = this.weightVector(i.weightRow + r * s.rowsPerVectorW, C * P, s);
      for (let c = 0; c < i.n; c++) for (let p = 0; p < P; p++) if (r * P + p < i.k) injected[c * P + p] = v[c * P + p]!;
      cycle += cpv - 1; // the chain holds still while a multi-cycle vector read finishes
      stalls += cpv - 1;
      for (let rr = vectors - 1; rr > 0; rr--) chain[rr] = chain[rr - 1]!;
      chain[0] = injected;
      cycle++;
    }
    const b = this.latches % 2;
    // Group modes: one more vector read, the column multipliers, straight into the registers at the column bottoms.
    this.bankMult[b]!.fill(0);
    if (groupScaled(s)) {
      this.bankMult[b]!.set(groupMultipliers(i.weightRow, i.k, i.n, s, this.buffers.weight, C));
      cycle += cpv;
      stalls += cpv - 1;
    }
    const bank = this.banks[b]!;
    bank.fill(0);
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) for (let p = 0; p < P; p++) bank[(r * C + c) * 64 + p] = chain[r]![c * P + p]!;
    this.bankK[b] = i.k;
    this.bankN[b] = i.n;
    this.latches++;
    return { busyCycles: cycle, duration: cycle, weightsReleased: 0, bankStallCycles: stalls, drainCycles: 0, inputRowReads: 0 };
  }

  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number, window: InstructionOf<'WINDOW'> | undefined): ArrayTiming {
    return this.g.dataflow === 'ws' ? this.computeWs(i, s, accumulatorPorts, window) : this.computeOs(i, s, accumulatorPorts, window);
  }

  private computeWs(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ports: number, window: InstructionOf<'WINDOW'> | undefined): ArrayTiming {
    const { rows: R, cols: C } = this.g;
    const P = s.packing;
    const cpv = stepCycles(this.g, s, i.accumulate === 1, ports, 'ws');
    const bank = (this.latches - 1 + 2) % 2;
    const w = this.banks[bank]!;
    const usable = this.latches > 0 && this.packing === P;
    const kMax = Math.min(i.k, this.bankK[bank]!);
    const nMax = this.bankN[bank]!;
    // When each step's vector is in the read register: every cpv cycles, or after each window step's own reads.
    const win = i.window === 1 ? window! : undefined;
    const readDone = win !== undefined ? wsWindowReadDone(this.g, s, i, win, ports) : Array.from({ length: i.m }, (_, j) => (j + 1) * cpv - 1);
    const a = win !== undefined ? this.windowMatrix(i, s, win, i.m) : undefined;
    let rowReads = i.m * s.rowsPerVectorIn;
    if (win !== undefined) rowReads = readDone.reduce((sum, _, p) => sum + windowStepRows(i, win, s.inputBits, this.g.inputRowBytes, p).length, 0);
    const signed = !activationsUnsigned(s);
    const skew = Array.from({ length: R }, (_, r) => new DelayLine<Token>(r));
    const deskew = Array.from({ length: C }, (_, c) => new DelayLine<Psum>(C - 1 - c));
    let xReg: (Token | undefined)[] = new Array(R * C).fill(undefined);
    let pReg: (Psum | undefined)[] = new Array(R * C).fill(undefined);
    let readReg: Int32Array | undefined;
    let readRow = -1;
    let written = 0;
    let lastWeightUse = -1;
    let cycle = 0;
    const acc = this.buffers.accumulator;
    // Group modes: a de-skewed row spends one cycle in the multiplier stage (sum × the column's multiplier)
    // and is written the cycle after it leaves the de-skew lines.
    const mult = groupScaled(s) ? this.bankMult[bank]! : undefined;
    let staged: { row: number; sums: number[] } | undefined;
    const writeRow = (row: number, sums: readonly number[]) => {
      for (let c = 0; c < i.n; c++) {
        const at = (i.accRow + row) * acc.cols + c;
        acc.values[at] = (i.accumulate === 1 ? acc.values[at]! : 0) + (mult === undefined ? sums[c]! : mult[c]! * sums[c]!);
      }
      written++;
    };
    for (; written < i.m; cycle++) {
      if (staged !== undefined) {
        writeRow(staged.row, staged.sums);
        staged = undefined;
      }
      // PEs compute from last cycle's registers.
      const nx: (Token | undefined)[] = new Array(R * C).fill(undefined);
      const np: (Psum | undefined)[] = new Array(R * C).fill(undefined);
      const edge = skew.map((line, r) => line.step(readReg === undefined ? undefined : { row: readRow, x: readReg.subarray(r * P, r * P + P) }));
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
          const x = c === 0 ? edge[r] : xReg[r * C + c - 1];
          if (x === undefined) continue;
          const above = r === 0 ? 0 : pReg[(r - 1) * C + c]!.sum;
          let dot = 0;
          for (let p = 0; p < P; p++) if (r * P + p < kMax && c < nMax && usable) dot += x.x[p]! * w[(r * C + c) * 64 + p]!;
          nx[r * C + c] = x;
          np[r * C + c] = { row: x.row, sum: above + dot };
          lastWeightUse = cycle;
        }
      }
      // De-skew the bottom row; a whole accumulator row is written when column C−1's value arrives.
      const out = deskew.map((line, c) => line.step(pReg[(R - 1) * C + c]));
      if (out[C - 1] !== undefined) {
        const row = { row: out[C - 1]!.row, sums: out.map((o) => o!.sum) };
        if (mult === undefined) writeRow(row.row, row.sums);
        else staged = row;
      }
      xReg = nx;
      pReg = np;
      // SRAM read: vector j completes in cycle readDone[j].
      readReg = undefined;
      if (readRow + 1 < i.m && cycle === readDone[readRow + 1]) {
        readRow++;
        readReg = a !== undefined ? PeArray.windowVector(a, i.k, readRow, 0, R * P)
          : this.vector(this.buffers.input.bytes, i.inputRow + readRow * i.inputRowStride, this.buffers.input.rowBytes, R * P, s.inputBits, signed);
      }
    }
    const busy = readDone[i.m - 1]! + 1;
    return { busyCycles: busy, duration: cycle, weightsReleased: lastWeightUse + 1, bankStallCycles: busy - i.m, drainCycles: 0, inputRowReads: rowReads };
  }

  private computeOs(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ports: number, window: InstructionOf<'WINDOW'> | undefined): ArrayTiming {
    const { rows: R, cols: C } = this.g;
    const P = s.packing;
    const kv = Math.ceil(i.k / P);
    const win = i.window === 1 ? window! : undefined;
    // The window lanes' row reads bound the step rate (units/window-input.ts); the weight vectors still take theirs.
    const reads = win !== undefined ? osWindowRowReads(i, win, s.inputBits, this.g.inputRowBytes, i.m) : kv * s.rowsPerVectorIn;
    const cpv = win !== undefined
      ? Math.max(cyclesPerVector(s.rowsPerVectorW, this.g.weightBanks), osWindowStepCycles(reads, this.g.inputBanks, kv))
      : stepCycles(this.g, s, i.accumulate === 1, ports, 'os');
    const a = win !== undefined ? this.windowMatrix(i, s, win, i.m) : undefined;
    let streamEnd = 0;
    const signed = !activationsUnsigned(s);
    const left = Array.from({ length: R }, (_, r) => new DelayLine<Token>(r));
    const top = Array.from({ length: C }, (_, c) => new DelayLine<Token>(c));
    let xReg: (Token | undefined)[] = new Array(R * C).fill(undefined);
    let wReg: (Token | undefined)[] = new Array(R * C).fill(undefined);
    const sums = new Float64Array(R * C);
    const steps = new Int32Array(R * C);
    let inRead: Int32Array | undefined;
    let wRead: Int32Array | undefined;
    let readVector = -1;
    let cycle = 0;
    const mask = (j: number, p: number) => j * P + p < i.k;
    for (; ; cycle++) {
      if (steps.every((v) => v === kv)) break;
      const edgeX = left.map((line, r) => line.step(inRead === undefined ? undefined : { row: readVector, x: inRead.subarray(r * P, r * P + P) }));
      const edgeW = top.map((line, c) => line.step(wRead === undefined ? undefined : { row: readVector, x: wRead.subarray(c * P, c * P + P) }));
      const nx: (Token | undefined)[] = new Array(R * C).fill(undefined);
      const nw: (Token | undefined)[] = new Array(R * C).fill(undefined);
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
          const x = c === 0 ? edgeX[r] : xReg[r * C + c - 1];
          const w = r === 0 ? edgeW[c] : wReg[(r - 1) * C + c];
          if (x === undefined || w === undefined) continue;
          for (let p = 0; p < P; p++) if (mask(x.row, p)) sums[r * C + c]! += x.x[p]! * w.x[p]!;
          steps[r * C + c]!++;
          nx[r * C + c] = x;
          nw[r * C + c] = w;
        }
      }
      xReg = nx;
      wReg = nw;
      inRead = undefined;
      wRead = undefined;
      if ((cycle + 1) % cpv === 0 && (cycle + 1) / cpv <= kv) {
        readVector = (cycle + 1) / cpv - 1;
        streamEnd = cycle + 1;
        if (a !== undefined) {
          // The transposer's vector: lane r (an array row) gives elements jP … jP + P − 1 of its pixel.
          inRead = new Int32Array(R * P);
          for (let r = 0; r < i.m; r++) inRead.set(PeArray.windowVector(a, i.k, r, readVector * P, P), r * P);
        } else {
          inRead = this.vector(this.buffers.input.bytes, i.inputRow + readVector * i.inputRowStride, this.buffers.input.rowBytes, R * P, s.inputBits, signed);
        }
        wRead = this.weightVector(i.weightRow + readVector * s.rowsPerVectorW, C * P, s);
      }
    }
    // Drain: one accumulator row per rmw cycles, rows 0..m−1. Group modes: the drain path multiplies each PE's
    // sum by its column's multiplier (read from the weight buffer while the array streams), one stage deep.
    const acc = this.buffers.accumulator;
    const rmw = osDrainCycles(i.accumulate === 1, ports);
    const mult = groupScaled(s) ? groupMultipliers(i.weightRow, i.k, i.n, s, this.buffers.weight, C) : undefined;
    if (mult !== undefined) cycle += GROUP_SCALE_STAGE_CYCLES;
    for (let r = 0; r < i.m; r++) {
      for (let c = 0; c < i.n; c++) {
        const at = (i.accRow + r) * acc.cols + c;
        acc.values[at] = (i.accumulate === 1 ? acc.values[at]! : 0) + (mult === undefined ? 1 : mult[c]!) * sums[r * C + c]!;
      }
      cycle += rmw;
    }
    return {
      busyCycles: streamEnd, duration: cycle, weightsReleased: 0, bankStallCycles: kv * (cpv - 1) + i.m * (rmw - 1), drainCycles: i.m * rmw, inputRowReads: reads,
    };
  }
}
