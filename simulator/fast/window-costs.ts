// The window input path's cost (units/window-input.ts) without walking every step's rows: a ws step's read
// cycles and rows depend only on its pixel's byte modulo rowBytes·banks (a shift by a multiple of it moves
// every row by a multiple of `banks`: the same banks, in the same order), so each residue is walked once
// per (WINDOW, kOffset, k) and every step is a table lookup. A whole ws COMPUTE's cost is memoised too:
// it depends only on (kOffset, k, bits, the start byte modulo rowBytes·banks, firstPixel, m, the
// read-modify-write floor), and the output-channel tiles of a conv repeat the same input walks with other
// weights (4-32 times on ResNet-18). Property-tested equal to windowCost. One WindowCosts serves every run
// of a program (simulate-program.ts shares it like the packed weights): a cost depends only on the
// instruction, its WINDOW, the mode's input bits and the machine, so each COMPUTE object also keeps its own
// last cost and a repeated run looks nothing up by string.
import type { InstructionOf } from '../../isa/instruction.js';
import type { ArrayModeState } from '../functional/operands.js';
import type { Window } from '../functional/window.js';
import { inOrderBankCycles } from '../memory/banks.js';
import { computeTiming, loadWeightsTiming, type ArrayGeometry, type ArrayTiming, type WindowCost } from '../units/systolic-array.js';
import { osWindowRowReads, osWindowStepCycles, stepRowsAt } from '../units/window-input.js';

/** Per residue of the pixel byte: read cycles and rows of the step (−1: not walked yet). */
interface StepTable {
  readonly cycles: Int32Array;
  readonly rows: Int32Array;
}

/** A ws COMPUTE's cost and what it was computed under. */
interface CostEntry {
  readonly w: Window;
  readonly bits: number;
  readonly rmw: number;
  readonly cost: WindowCost;
}

/**
 * A ws cost's memo key as two exact doubles: (kOffset 16 bits, k 13, input bits ≤ 8, rmw 1 or 2) and
 * (start residue, firstPixel 16 bits, m 16 bits). The field widths come from isa/spec.ts; the residue
 * is below rowBytes·banks, far under 2^21, so the second number stays below 2^53.
 */
function shapeKeys(kOffset: number, k: number, bits: number, rmw: number, residue: number, firstPixel: number, m: number): [number, number] {
  keys[0] = ((kOffset * 8192 + k) * 16 + bits) * 4 + rmw;
  keys[1] = (residue * 65536 + firstPixel) * 65536 + m;
  return keys;
}
const keys: [number, number] = [0, 0];

/** The micro-op timings of a ws COMPUTE run (isa/compute-run.ts) and what they were computed under. */
interface RunEntry {
  readonly run: InstructionOf<'COMPUTE'>;
  readonly w: Window;
  readonly s: ArrayModeState;
  readonly ports: number;
  readonly timings: readonly ArrayTiming[];
}

/** The cost tables of one machine (a residue table per WINDOW instruction and reduction slice). */
export class WindowCosts {
  private readonly tables = new WeakMap<Window, Map<number, StepTable>>();
  /** Per WINDOW: memo entries by shape key (shapeKeys), two numbers instead of a string: building 59 k
   *  seven-number strings was most of a cold ResNet-18 run's window-cost time. */
  private readonly computes = new WeakMap<Window, Map<number, Map<number, CostEntry>>>();
  /** The last ws cost of each COMPUTE object, with what it was computed under (entries are shared with the
   *  shape memo: no allocation per instruction). */
  private readonly byInstruction = new Map<InstructionOf<'COMPUTE'>, CostEntry>();
  /** The same by the instruction's index in its program, when the caller knows it: read in program order,
   *  these arrays stay in cache where a 59 k-entry Map's lookups took ~6 % of a warm ResNet-18 run. */
  private readonly entryAt: (CostEntry | undefined)[] = [];
  private readonly instructionAt: (InstructionOf<'COMPUTE'> | undefined)[] = [];
  constructor(private readonly g: ArrayGeometry) {}

  /** Whether these costs are for geometry `h` (field by field). */
  sameGeometry(h: ArrayGeometry): boolean {
    const g = this.g;
    return g.rows === h.rows && g.cols === h.cols && g.dataflow === h.dataflow && g.inputBanks === h.inputBanks
      && g.weightBanks === h.weightBanks && g.inputRowBytes === h.inputRowBytes;
  }

  /** What COMPUTE `i` (window = 1) costs under window `w`; `index`: its index in the program (−1: unknown). */
  cost(s: ArrayModeState, i: InstructionOf<'COMPUTE'>, w: Window, accumulatorPorts: number, index = -1): WindowCost {
    const g = this.g;
    if (g.dataflow === 'os') {
      const reads = osWindowRowReads(i, w, s.inputBits, g.inputRowBytes, i.m);
      return { osStep: osWindowStepCycles(reads, g.inputBanks, Math.ceil(i.k / s.packing)), rowReads: reads };
    }
    const rmw = i.accumulate === 1 && accumulatorPorts === 1 ? 2 : 1;
    const last = index < 0 ? this.byInstruction.get(i) : this.instructionAt[index] === i ? this.entryAt[index] : undefined;
    if (last !== undefined && last.w === w && last.bits === s.inputBits && last.rmw === rmw) return last.cost;
    const entry = this.wsCost(s, i, w, rmw);
    if (index < 0) this.byInstruction.set(i, entry);
    else {
      // (Filled in program order: the arrays grow at their end, staying packed.)
      while (this.entryAt.length < index) {
        this.entryAt.push(undefined);
        this.instructionAt.push(undefined);
      }
      this.entryAt[index] = entry;
      this.instructionAt[index] = i;
    }
    return entry.cost;
  }

  /**
   * The timings of ws run `run`'s 2·tiles micro-ops in issue order (a LOAD_WEIGHTS, then its tile's COMPUTE), read through window `w`: one lookup per run, by `index` (its first micro-op's index in
   * the issued program; −1: unknown, not memoised). Each COMPUTE's cost is the micro-op's own (by shape).
   */
  runTimings(s: ArrayModeState, run: InstructionOf<'COMPUTE'>, w: Window, ports: number, index: number): readonly ArrayTiming[] {
    const known = index < 0 ? undefined : this.runAt[index];
    // (ArrayModeState objects are made per CONFIG and machine: compare what the timings read of them.)
    if (known !== undefined && known.run === run && known.w === w && known.ports === ports && sameTimingState(known.s, s)) return known.timings;
    const timings: ArrayTiming[] = [];
    const lw = loadWeightsTiming(this.g, s, run.k);
    const op = { ...run, tiles: 0, tileRowStride: 0, weightRow: 0 };
    for (let t = 0; t < run.tiles; t++) {
      op.kOffset = run.kOffset + t * run.k;
      op.accumulate = t === 0 ? run.accumulate : 1;
      const rmw = op.accumulate === 1 && ports === 1 ? 2 : 1;
      timings.push(lw, computeTiming(this.g, s, op, ports, this.wsCost(s, op, w, rmw).cost));
    }
    if (index >= 0) {
      while (this.runAt.length < index) this.runAt.push(undefined);
      this.runAt[index] = { run, w, s, ports, timings };
    }
    return timings;
  }
  private readonly runAt: (RunEntry | undefined)[] = [];

  /** A ws COMPUTE's cost (memoised by shape: the output-channel tiles of a conv repeat the same walks). */
  private wsCost(s: ArrayModeState, i: InstructionOf<'COMPUTE'>, w: Window, rmw: number): CostEntry {
    const g = this.g;
    const rb = g.inputRowBytes;
    const period = rb * g.inputBanks;
    const base = i.inputRow * rb + i.inputByte;
    let memo = this.computes.get(w);
    if (memo === undefined) this.computes.set(w, (memo = new Map()));
    const [outer, inner] = shapeKeys(i.kOffset, i.k, s.inputBits, rmw, base % period, i.firstPixel, i.m);
    // (A machine with rowBytes·banks ≥ 2^21 bytes per bank period, far beyond any real one, is not memoised by shape.)
    let byPlace = period < 2 ** 21 ? memo.get(outer) : undefined;
    if (byPlace === undefined && period < 2 ** 21) memo.set(outer, (byPlace = new Map()));
    const known = byPlace?.get(inner);
    if (known !== undefined) return known;
    const t = this.table(i, w, s.inputBits);
    let wsStream = 0;
    let rowReads = 0;
    // Walk the pixels row by row of the output grid, the byte advancing by stride·pixelBytes.
    let p = i.firstPixel;
    const end = i.firstPixel + i.m;
    while (p < end) {
      const oy = Math.floor(p / w.outW);
      const rowEnd = Math.min(end, (oy + 1) * w.outW);
      let byte = base + oy * w.strideH * w.pitch + (p - oy * w.outW) * w.strideW * w.pixelBytes;
      const step = w.strideW * w.pixelBytes;
      for (; p < rowEnd; p++, byte += step) {
        const r = byte % period;
        let c = t.cycles[r]!;
        if (c < 0) c = this.walk(t, r, i, w, s.inputBits);
        wsStream += c > rmw ? c : rmw;
        rowReads += t.rows[r]!;
      }
    }
    const entry = { w, bits: s.inputBits, rmw, cost: { wsStream, rowReads } };
    byPlace?.set(inner, entry);
    return entry;
  }

  private table(i: InstructionOf<'COMPUTE'>, w: Window, bits: number): StepTable {
    let byWindow = this.tables.get(w);
    if (byWindow === undefined) this.tables.set(w, (byWindow = new Map()));
    const key = (i.kOffset * 8192 + i.k) * 16 + bits;
    let t = byWindow.get(key);
    if (t === undefined) {
      const n = this.g.inputRowBytes * this.g.inputBanks;
      t = { cycles: new Int32Array(n).fill(-1), rows: new Int32Array(n) };
      byWindow.set(key, t);
    }
    return t;
  }

  private walk(t: StepTable, residue: number, i: InstructionOf<'COMPUTE'>, w: Window, bits: number): number {
    const rows = stepRowsAt(i, w, bits, this.g.inputRowBytes, residue);
    const c = inOrderBankCycles(rows.length, this.g.inputBanks, (j) => rows[j]!);
    t.cycles[residue] = c;
    t.rows[residue] = rows.length;
    return c;
  }
}

/** Whether two mode states give the same array timings (computeTiming reads mode, packing and vector rows). */
function sameTimingState(a: ArrayModeState, b: ArrayModeState): boolean {
  return a === b || (a.mode === b.mode && a.packing === b.packing && a.inputBits === b.inputBits && a.weightBits === b.weightBits
    && a.rowsPerVectorIn === b.rowsPerVectorIn && a.rowsPerVectorW === b.rowsPerVectorW);
}
