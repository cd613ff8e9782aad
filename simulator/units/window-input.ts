// The array's window (im2col) input path (docs/CYCLE-MODEL.md §3, "Window input"): which input-buffer
// rows a COMPUTE window=1 reads, and what that costs. ws: each step (one output pixel) reads the distinct
// rows holding its k elements, one access per bank per cycle in element order (the in-order bank rule).
// os: every array row has a lane that reads its pixel's rows in element order, keeping the row it read
// last; a transposer turns the lanes' rows into the element-major vectors the os array consumes, so the
// input side moves `banks` rows per cycle in total. The fast model's cached forms (fast/window-costs.ts)
// are property-tested against these.
import type { InstructionOf } from '../../isa/instruction.js';
import type { ArrayModeState } from '../functional/operands.js';
import { forEachWindowRun, windowPixelByte, type Window, type WindowCompute } from '../functional/window.js';
import { inOrderBankCycles } from '../memory/banks.js';
import type { ArrayGeometry, WindowCost } from './systolic-array.js';

type Compute = WindowCompute;

/** The rows (of `rowBytes`) holding a run of `count` `bits`-wide elements from element `first` at `byte`. */
export function runRows(byte: number, first: number, count: number, bits: number, rowBytes: number): [number, number] {
  const lo = byte * 8 + first * bits;
  return [Math.floor(lo / 8 / rowBytes), Math.floor((lo + count * bits - 1) / 8 / rowBytes)];
}

/** ws: the distinct input rows the step of output pixel `pixel` reads, in element order. */
export function windowStepRows(i: Compute, w: Window, bits: number, rowBytes: number, pixel: number): number[] {
  return stepRowsAt(i, w, bits, rowBytes, windowPixelByte(i, w, rowBytes, pixel));
}

/** The distinct rows a step whose pixel starts at buffer byte `pixelByte` reads, in element order. */
export function stepRowsAt(i: Compute, w: Window, bits: number, rowBytes: number, pixelByte: number): number[] {
  const rows: number[] = [];
  forEachWindowRun(i, w, pixelByte, (byte, first, count) => {
    const [r0, r1] = runRows(byte, first, count, bits, rowBytes);
    for (let r = r0; r <= r1; r++) if (!rows.includes(r)) rows.push(r);
  });
  return rows;
}

/** ws: the cycles each of the `pixels` steps takes to read its rows (in-order bank rule over them). */
export function wsWindowStepCycles(i: Compute, w: Window, bits: number, rowBytes: number, banks: number, pixels: number): number[] {
  return Array.from({ length: pixels }, (_, p) => {
    const rows = windowStepRows(i, w, bits, rowBytes, p);
    return inOrderBankCycles(rows.length, banks, (j) => rows[j]!);
  });
}

/** os: row reads of the lanes of `pixels` array rows (a lane reads a row again only when it left it). */
export function osWindowRowReads(i: Compute, w: Window, bits: number, rowBytes: number, pixels: number): number {
  let reads = 0;
  for (let p = 0; p < pixels; p++) {
    let last = -1;
    forEachWindowRun(i, w, windowPixelByte(i, w, rowBytes, p), (byte, first, count) => {
      const [r0, r1] = runRows(byte, first, count, bits, rowBytes);
      reads += r1 - r0 + 1 - (r0 === last ? 1 : 0);
      last = r1;
    });
  }
  return reads;
}

/** os: cycles per vector step the window input side allows: `reads` rows at `banks` per cycle over `vectors` steps. */
export function osWindowStepCycles(reads: number, banks: number, vectors: number): number {
  return Math.max(1, Math.ceil(reads / (banks * vectors)));
}

/** The accumulator's read-modify-write cycles per ws step (two on a single-ported bank). */
function wsRmw(accumulate: boolean, accumulatorPorts: number): number {
  return accumulate && accumulatorPorts === 1 ? 2 : 1;
}

/** What the window input path costs COMPUTE `i` (step by step: the definition the fast model's cached form equals). */
export function windowCost(g: ArrayGeometry, s: ArrayModeState, i: InstructionOf<'COMPUTE'>, w: Window, accumulatorPorts: number): WindowCost {
  if (g.dataflow === 'ws') {
    const rmw = wsRmw(i.accumulate === 1, accumulatorPorts);
    let wsStream = 0;
    let rowReads = 0;
    for (let p = 0; p < i.m; p++) {
      const rows = windowStepRows(i, w, s.inputBits, g.inputRowBytes, p);
      wsStream += Math.max(rmw, inOrderBankCycles(rows.length, g.inputBanks, (j) => rows[j]!));
      rowReads += rows.length;
    }
    return { wsStream, rowReads };
  }
  const reads = osWindowRowReads(i, w, s.inputBits, g.inputRowBytes, i.m);
  return { osStep: osWindowStepCycles(reads, g.inputBanks, Math.ceil(i.k / s.packing)), rowReads: reads };
}

/** ws: the cycle in which each step's vector read completes, S_i − 1 with S_i = Σ_{j≤i} max(step read cycles, rmw). */
export function wsWindowReadDone(g: ArrayGeometry, s: ArrayModeState, i: InstructionOf<'COMPUTE'>, w: Window, accumulatorPorts: number): number[] {
  const rmw = wsRmw(i.accumulate === 1, accumulatorPorts);
  let at = 0;
  return wsWindowStepCycles(i, w, s.inputBits, g.inputRowBytes, g.inputBanks, i.m).map((c) => (at += Math.max(rmw, c)) - 1);
}
