// The array in a float mode (fp8-e4m3, mxint8, mxfp8, mxfp4; docs/HARDWARE.md §3 "Float and MX datapath", isa/spec.ts COMPUTE):
// LOAD_WEIGHTS latches element bytes, a COMPUTE gathers its operands exactly as in the integer modes
// (functional/operands.ts: one byte per element) and runs them through the format datapath's arithmetic on
// the machine's accumulator entries (an FP32 sum in `values`, the open chunk's exact partial in `partial`).
// accumulate = 0 starts the entries at the FP32 bias words of `biasRow`; `chunkEnd` folds the partials
// (INTEGER-SEMANTICS §14). Fidelity 'fast' adds a tile's exact column sums at once (FormatAccumulator.tile),
// 'pe' steps every PE register (format-pe-array.ts); a test holds the two equal. Timing is the integer
// modes' closed form (units/systolic-array.ts): the fold is pipelined in the accumulator's write path.
// MX modes fold with the block exponents: a row's Xa from the E8M0 scale side buffer (its pixel and block),
// a column's Xw from the exponent vector after the tile (latched with it in ws).
import { assert } from '../core/diagnostics.js';
import { E8M0, ELEMENT_TYPES } from '../core/number-formats.js';
import { FLOAT_MODE_ELEMENTS, type FloatMode } from '../isa/float-opcodes.js';
import type { InstructionOf } from '../isa/instruction.js';
import { mxScaleIndex } from '../isa/check/footprint.js';
import { FormatAccumulator, elementValueTable, type FormatTileOperands } from './functional/format-accumulator.js';
import { gatherOsOperands, gatherWindowInputs, gatherWsInputs, latchWeights, type ArrayModeState } from './functional/operands.js';
import { stepFormatComputeOs, stepFormatComputeWs } from './format-pe-array.js';
import type { Buffers } from './memory/sram.js';
import { WindowCosts } from './fast/window-costs.js';
import { computeTiming, loadWeightsTiming, type ArrayGeometry, type ArrayTiming } from './units/systolic-array.js';

/** How the float array is modelled: whole tiles (fast) or every PE stepped (pe). */
export type FloatFidelity = 'fast' | 'pe';

/** The value of every stored byte in each float mode (element codes, one per byte). */
const MODE_VALUES = new Map<FloatMode, Float64Array>();
function modeValues(mode: FloatMode): Float64Array {
  let t = MODE_VALUES.get(mode);
  if (t === undefined) MODE_VALUES.set(mode, (t = elementValueTable(ELEMENT_TYPES[FLOAT_MODE_ELEMENTS[mode].element])));
  return t;
}

/** The array's float-mode engine, one per machine (it keeps the latched tile). */
export class FloatArray {
  /** The latched tile: element bytes, column-major as latchWeights gives them (tile[c·kTile + kk]); undefined: none. */
  private latch: Int8Array | undefined;
  /** MX: the latched tile's weight-block exponents Xw, one per column. */
  private latchExp: Int16Array = new Int16Array(0);
  private readonly windowCosts: WindowCosts;

  /** `mxScales`: the E8M0 scale side buffer (float-units.ts owns it; CVT_IN writes it). */
  constructor(private readonly g: ArrayGeometry, private readonly buffers: Buffers, private readonly fidelity: FloatFidelity, private readonly mxScales: Uint8Array) {
    this.windowCosts = new WindowCosts(g);
  }

  /** An integer-mode LOAD_WEIGHTS replaced the PEs' weights: a float COMPUTE now sees every PE masked. */
  clearLatch(): void {
    this.latch = undefined;
  }

  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming {
    this.latch = latchWeights(i, s, this.buffers.weight, this.g.rows, this.g.cols);
    this.latchExp = FLOAT_MODE_ELEMENTS[s.mode as FloatMode].mx ? this.weightExps(i.weightRow, i.k, i.n, s) : new Int16Array(i.n);
    // The exponent vector is read like a group mode's multipliers: one more vector (tileWeightVectors).
    return loadWeightsTiming(this.g, s, i.k);
  }

  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, accumulatorPorts: number, window: InstructionOf<'WINDOW'> | undefined): ArrayTiming {
    const mode = s.mode as FloatMode;
    const op = this.operands(i, s, window, modeValues(mode));
    const acc = this.entries(i, mode);
    const mx = FLOAT_MODE_ELEMENTS[mode].mx;
    const xExp = mx ? this.activationExps(i, window) : new Int16Array(i.m);
    const wExp = !mx ? new Int16Array(i.n) : this.g.dataflow === 'ws' ? this.latchedExps(i.n) : this.weightExps(i.weightRow, i.k, i.n, s);
    if (this.fidelity === 'fast') acc.tile(op, i.chunkEnd === 1, xExp, wExp);
    else if (this.g.dataflow === 'ws') stepFormatComputeWs(this.g.rows, this.g.cols, op, acc, i.chunkEnd === 1, xExp, wExp);
    else stepFormatComputeOs(this.g.rows, this.g.cols, op, acc, i.chunkEnd === 1, xExp, wExp, 0, i.m);
    this.store(i, acc);
    const cost = i.window === 1 ? this.windowCosts.cost(s, i, window!, accumulatorPorts) : undefined;
    return computeTiming(this.g, s, i, accumulatorPorts, cost);
  }

  /** Xw of columns 0 … n−1: the E8M0 bytes of the vector after the tile's ceil(k/P) weight vectors, minus the bias. */
  private weightExps(weightRow: number, k: number, n: number, s: ArrayModeState): Int16Array {
    const wb = this.buffers.weight;
    const at = (weightRow + Math.ceil(k / s.packing) * s.rowsPerVectorW) * wb.rowBytes;
    return Int16Array.from({ length: n }, (_, c) => wb.bytes[at + c]! - E8M0.bias);
  }

  /** The latched Xw of columns 0 … n−1 (0 past the latched tile's columns: masked PEs add nothing). */
  private latchedExps(n: number): Int16Array {
    return Int16Array.from({ length: n }, (_, c) => this.latchExp[c] ?? 0);
  }

  /** Xa of rows 0 … m−1 from the scale side buffer. */
  private activationExps(i: InstructionOf<'COMPUTE'>, w: InstructionOf<'WINDOW'> | undefined): Int16Array {
    assert(i.window === 1 && w !== undefined, 'an MX COMPUTE reads its block scales through the window (window = 1; the bounds checker refuses the rest)');
    const rb = this.buffers.input.rowBytes;
    return Int16Array.from({ length: i.m }, (_, r) => this.mxScales[mxScaleIndex(i, w, rb, r)]! - E8M0.bias);
  }

  /** The COMPUTE's element bytes: x (m × k, row-major) from the input buffer, w (k × n) from the latch (ws) or the weight buffer (os). */
  private operands(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, window: InstructionOf<'WINDOW'> | undefined, table: Float64Array): FormatTileOperands {
    const { m, k, n } = i;
    // Bytes are element codes: gathered unsigned (the codes' bit patterns), weights as the int8 view of the same bytes.
    const bytes: ArrayModeState = { ...s, actSigned: false };
    const x = new Uint8Array(m * k);
    const w = new Uint8Array(k * n);
    if (this.g.dataflow === 'ws') {
      if (i.window === 1) gatherWindowInputs(i, window!, bytes, this.buffers.input, m, { out: x, stride: k, col: 0 });
      else gatherWsInputs(i, bytes, this.buffers.input, { out: x, stride: k, col: 0 });
      const kTile = this.g.rows * s.packing;
      // Nothing latched in this mode: every PE is masked (byte 0 is +0).
      if (this.latch !== undefined) for (let r = 0; r < k; r++) for (let c = 0; c < n; c++) w[r * n + c] = this.latch[c * kTile + r]! & 0xff;
    } else {
      const wt = new Int8Array(n * k);
      gatherOsOperands(i, bytes, this.buffers.input, this.buffers.weight, this.g.rows, this.g.cols, { out: x, stride: k, col: 0 }, { out: wt, stride: k, col: 0 }, window);
      for (let r = 0; r < k; r++) for (let c = 0; c < n; c++) w[r * n + c] = wt[c * k + r]! & 0xff;
    }
    return { x, w, kt: k, xTable: table, wTable: table };
  }

  /** The COMPUTE's accumulator entries (rows accRow …, columns 0 … n−1) as a FormatAccumulator; accumulate = 0 starts them at the bias. */
  private entries(i: InstructionOf<'COMPUTE'>, mode: FloatMode): FormatAccumulator {
    const a = this.buffers.accumulator;
    const el = ELEMENT_TYPES[FLOAT_MODE_ELEMENTS[mode].element];
    const acc = new FormatAccumulator(i.m, i.n, el, el);
    if (i.accumulate === 0) {
      const p = this.buffers.param;
      const view = new DataView(p.bytes.buffer, p.bytes.byteOffset + i.biasRow * p.rowBytes, 4 * i.n);
      acc.start(Float32Array.from({ length: i.n }, (_, c) => view.getFloat32(4 * c, true)));
      return acc;
    }
    for (let r = 0; r < i.m; r++) {
      for (let c = 0; c < i.n; c++) {
        acc.sum[r * i.n + c] = a.values[(i.accRow + r) * a.cols + c]!;
        acc.partial[r * i.n + c] = a.partial[(i.accRow + r) * a.cols + c]!;
      }
    }
    return acc;
  }

  /** Writes the entries back into the accumulator rows. */
  private store(i: InstructionOf<'COMPUTE'>, acc: FormatAccumulator): void {
    const a = this.buffers.accumulator;
    for (let r = 0; r < i.m; r++) {
      for (let c = 0; c < i.n; c++) {
        a.values[(i.accRow + r) * a.cols + c] = acc.sum[r * i.n + c]!;
        a.partial[(i.accRow + r) * a.cols + c] = acc.partial[r * i.n + c]!;
      }
    }
  }
}
