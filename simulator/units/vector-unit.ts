// The vector unit: REQUANT, POOL, ADD, PACK, LUT and DEPTHWISE, exactly per docs/ISA.md, `lanes` elements
// per cycle. Timing: max(element cycles, bank cycles) where element cycles = Σ ceil(elements / lanes)
// over the unit's steps and bank cycles come from the per-bank access counts (docs/CYCLE-MODEL.md).
// loc-budget: over 400 by its equivalent-mutant marks (each must sit on the line above its code); one unit's instructions sharing its timing
import { multiplyByPowerOfTwoHalfUp } from '../../core/fixed-point.js';
import { applyOverflow, clamp, roundingDivideHalfAwayFromZero } from '../../core/rounding.js';
import { depthwiseOutputGrid, depthwiseRowSpans, poolOutputGrid } from '../../isa/check/footprint.js';
import type { InstructionOf } from '../../isa/instruction.js';
import type { ArrayMode, OverflowPolicy, RequantMode } from '../../isa/spec.js';
import { readElement, writeElement } from '../functional/elements.js';
import { readWeight } from '../functional/weight-elements.js';
import { BankCounter } from '../memory/banks.js';
import type { Buffers, SramGeometry } from '../memory/sram.js';
import type { Counters } from '../stats.js';
import { clampSmall, mbqm, mbqmCommon, TWO_52 } from '../fast/requant-fast.js';
import { addOutput, addTable8, rescaledInputs, type AddTable8 } from '../fast/add-table.js';
import { requantBlock8Wasm, type RequantBlock } from '../fast/requant-wasm.js';
import { poolMax8Wasm } from '../fast/pool-wasm.js';

/** The CONFIG state the vector unit reads. */
export interface VectorState {
  readonly requantMode: RequantMode;
  readonly accBits: number;
  readonly overflow: OverflowPolicy;
  /** DEPTHWISE operand element bits (8 or 4) and activation signedness. */
  /** Storage bits of activation and weight elements (DEPTHWISE reads both). */
  readonly inputBits: number;
  readonly weightBits: number;
  readonly actSigned: boolean;
  /** The array mode: how DEPTHWISE decodes weight elements (w4a8-log: log codes). */
  readonly mode: ArrayMode;
}

/** Cycles of one vector instruction and how many were lost to bank conflicts. */
export interface VectorTiming {
  readonly duration: number;
  readonly bankStallCycles: number;
}

const counterFor = (g: SramGeometry) => new BankCounter(g.banks);
function timing(elementCycles: number, perBuffer: readonly [BankCounter, number][]): VectorTiming {
  const bank = Math.max(0, ...perBuffer.map(([c, ports]) => c.cycles(ports)));
  const duration = Math.max(elementCycles, bank, 1);
  return { duration, bankStallCycles: duration - Math.max(elementCycles, 1) };
}

function readInt32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) | 0;
}

/** REQUANT: acc_fit(acc + bias) once per output, then MBQM (or pow2), + zero point, clamp. */
export function requant(i: InstructionOf<'REQUANT'>, s: VectorState, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const acc = b.accumulator;
  const out = b.output;
  const p = b.param;
  const pBase = i.paramRow * p.rowBytes;
  const lo = -(2 ** (s.accBits - 1));
  const hi = 2 ** (s.accBits - 1) - 1;
  const firstElem = (i.outByte * 8) / i.outBits;
  // The block's words, read once per instruction (not per element).
  const bias = new Float64Array(i.n);
  const m0 = new Int32Array(i.n);
  const shift = new Int32Array(i.n);
  // Stryker disable next-line EqualityOperator: c <= i.n only stores one word more at index n, which typed arrays of length n ignore (>= is killed)
  for (let c = 0; c < i.n; c++) {
    if (i.addBias === 1) bias[c] = readInt32(p.bytes, pBase + 4 * c);
    m0[c] = readInt32(p.bytes, pBase + p.rowBytes + 4 * c);
    shift[c] = readInt32(p.bytes, pBase + 2 * p.rowBytes + 4 * c);
  }
  const m0shift = s.requantMode === 'm0shift';
  const bytes = out.bytes;
  // Stryker disable next-line ConditionalExpression: → false sends the block to the general loop below, which gives the same codes and overflow count (speed only; → true on either operand is killed)
  if (i.outBits === 8 && m0shift) {
    const block: RequantBlock = { acc: acc.values, first: i.accRow * acc.cols, cols: acc.cols, rows: i.rows, bias, m0, shift, zero: i.outZero, qmin: i.qmin, qmax: i.qmax, lo, hi };
    const at = i.outRow * out.rowBytes + firstElem;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator,ArrowFunction: narrowing the kernel's shifts (→ false, < 0, > −30, +30, () => undefined) only sends blocks to the exact JavaScript path (speed only); widening them to −31 (→ true, < −30) is exact too: the kernel declines products past 2^53, so |SRDHM(v, M0)| < 2^22 and any shift <= −23 gives 0 on both paths (positive shifts are its real limit: some() is killed by requant-contract.test.ts)
    const codes = shift.every((x) => x <= 0 && x >= -30) ? requantBlock8Wasm(block) : undefined;
    // Stryker disable next-line ConditionalExpression: → false runs the exact JavaScript path on the block instead (speed only)
    if (codes !== undefined) copyRows(codes, codes.length / i.rows, bytes, at, out.rowBytes, i.rows, i.n);
    else k.overflows += requantBlock8(block, bytes, at, out.rowBytes, s);
  } else {
    for (let r = 0; r < i.rows; r++) {
      const aBase = (i.accRow + r) * acc.cols;
      const oBase = (i.outRow + r) * out.rowBytes;
      for (let c = 0; c < i.n; c++) {
        let v = acc.values[aBase + c]! + bias[c]!;
        if (v < lo || v > hi) {
          k.overflows++;
          v = applyOverflow(v, s.accBits, s.overflow);
        }
        let y: number;
        if (i.outBits === 1) y = v >= 0 ? 1 : 0;
        else {
          const scaled = m0shift ? mbqm(v, m0[c]!, shift[c]!) : multiplyByPowerOfTwoHalfUp(v, shift[c]!);
          y = clamp(scaled + i.outZero, i.qmin, i.qmax);
        }
        writeElement(out.bytes, oBase, firstElem + c, i.outBits, y);
      }
    }
  }
  const n = i.rows * i.n;
  k.accReads += n;
  k.sramReads.param += 3;
  k.sramWrites.output += i.rows;
  k.addVector(s.requantMode === 'pow2' ? 'requant-pow2' : 'requant-m0shift', i.outBits, n);
  const accBanks = counterFor(acc);
  accBanks.readRows(i.accRow, i.rows);
  const outBanks = counterFor(out);
  outBanks.writeRows(i.outRow, i.rows);
  // Stryker disable next-line ArrayDeclaration: each row is read and written once, so no bank exceeds `rows` accesses and the element cycles (>= rows) bind: dropping the bank terms ([]) changes nothing (test/simulator/units/vector-costs.test.ts; the inner [] forms are killed)
  return timing(i.rows * Math.ceil(i.n / lanes), [[accBanks, acc.ports], [outBanks, out.ports]]);
}

/** `rows` rows of `n` bytes from `src` (row stride `srcStride`) to `dst` from byte `at` (row stride `dstStride`). */
function copyRows(src: Uint8Array, srcStride: number, dst: Uint8Array, at: number, dstStride: number, rows: number, n: number): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: not taking the one copy leaves the row loop, which copies the same bytes (speed only); taking it with the kernel's padded rows (srcStride ≠ n, → true) is killed by the odd-width test in requant-contract.test.ts
  if (srcStride === n && dstStride === n) {
    dst.set(src.subarray(0, rows * n), at);
    return;
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < n; c++) dst[at + r * dstStride + c] = src[r * srcStride + c]!;
}

/**
 * REQUANT's common case (m0shift, 8-bit outputs) in JavaScript, exact for every input (the WebAssembly
 * kernel's fallback): the block into output rows of `rowBytes` from byte `o`; returns the overflow
 * count. Column by column: a column's bias, multiplier and shift stay in registers down the rows.
 */
function requantBlock8(block: RequantBlock, bytes: Uint8Array, o: number, rowBytes: number, s: VectorState): number {
  const { acc, first: a0, cols, rows, bias, m0, shift, zero, qmin, qmax, lo, hi } = block;
  let overflows = 0;
  for (let c = 0; c < bias.length; c++) {
    const b = bias[c]!;
    const m = m0[c]!;
    const sh = shift[c]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: mbqmCommon equals mbqm at every right shift to 31 (requant-contract.test.ts runs −31..31 through this path), so moving the bound only changes which exact form runs (speed only)
    const common = sh <= 0 && sh >= -30;
    for (let r = 0, a = a0 + c, at = o + c; r < rows; r++, a += cols, at += rowBytes) {
      let v = acc[a]! + b;
      if (v < lo || v > hi) {
        overflows++;
        v = applyOverflow(v, s.accBits, s.overflow);
      }
      const ab = v * m;
      // (a Uint8Array store keeps the low 8 bits: the two's-complement byte of a negative code)
      // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: refusing the fast form (→ false, > +2^52, !==) runs mbqm, same result (speed only); |ab| = 2^52 is still exact in a double (<=, >=); v is always an int32 here (accBits <= 32 and v already fitted to [lo, hi]), so (v | 0) === v → true changes nothing
      if (common && ab < TWO_52 && ab > -TWO_52 && (v | 0) === v) bytes[at] = clampSmall(mbqmCommon(v, m, -sh) + zero, qmin, qmax);
      else bytes[at] = Math.min(Math.max(mbqm(v, m, sh) + zero, qmin), qmax);
    }
  }
  return overflows;
}

/** The running max before a window's first element: below every element value (at most 8 bits), and
 *  its low 8 bits are 0, what an empty (all-padding) window writes. */
const POOL_EMPTY = -(2 ** 20);

/** POOL: max or average over the valid (unpadded) window of each output pixel. */
export function pool(i: InstructionOf<'POOL'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const rb = out.rowBytes;
  const { outH, outW } = poolOutputGrid(i);
  const signed = i.signed === 1;
  const max = i.kind === 'max';
  const banks = counterFor(out);
  // 8-bit max pooling (every max pool of a CNN) runs in the WebAssembly kernel, on a copy of the source rows: not
  // when the destination overlaps them (later windows read earlier outputs), nor without SIMD; poolGeneral then.
  const outputs = outH * outW;
  // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator: the narrowing forms (< for <=, && for ||, → false) only send pools to poolGeneral, the same codes and accesses (speed only); the widening ones are killed by the overlapping pool in vector-unit.test.ts
  const apart = i.dstRow + outputs <= i.srcRow || i.srcRow + i.inH * i.inW <= i.dstRow;
  // Stryker disable next-line ConditionalExpression: → false (of the whole or of an operand) sends 8-bit max pools to poolGeneral, the same codes and accesses (speed only); the → true forms are killed (POOL by the definition: 4-bit and average pools)
  const pooled = i.bits === 8 && max && apart ? poolMax8Wasm(i, out.bytes, rb, outH, outW, signed ? 128 : 0) : undefined;
  // Stryker disable next-line ConditionalExpression: → false runs every pool through poolGeneral, which writes the same codes (speed only; → true is killed)
  if (pooled !== undefined) copyRows(pooled.codes, pooled.stride, out.bytes, i.dstRow * rb, rb, outputs, i.channels);
  else poolGeneral(i, out.bytes, rb, outH, outW, signed, max);
  const reads = countPoolAccesses(i, outH, outW, banks);
  k.sramReads.output += reads;
  k.sramWrites.output += outputs;
  k.addVector(max ? 'pool-max' : 'pool-avg', i.bits, reads * i.channels);
  if (!max) k.addVector('avg-divide', i.bits, outputs * i.channels);
  return timing(reads * Math.ceil(i.channels / lanes), [[banks, out.ports]]);
}

/** The input pixel reads of a POOL over the output grid, each read and each output write counted on its bank. */
function countPoolAccesses(i: InstructionOf<'POOL'>, outH: number, outW: number, banks: BankCounter): number {
  const { banks: nb, reads: bankReads, writes: bankWrites } = banks;
  let reads = 0;
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let ky = 0; ky < i.kernelH; ky++) {
        const y = oy * i.strideH - i.padTop + ky;
        if (y < 0 || y >= i.inH) continue;
        for (let kx = 0; kx < i.kernelW; kx++) {
          const x = ox * i.strideW - i.padLeft + kx;
          if (x < 0 || x >= i.inW) continue;
          bankReads[(i.srcRow + y * i.inW + x) % nb]! += 1;
          reads++;
        }
      }
      bankWrites[(i.dstRow + oy * outW + ox) % nb]! += 1;
    }
  }
  return reads;
}

/** Every other POOL (average pooling, other widths; 8-bit max pools the kernel does not take) over the output grid. */
function poolGeneral(i: InstructionOf<'POOL'>, bytes: Uint8Array, rb: number, outH: number, outW: number, signed: boolean, max: boolean): void {
  const result = new Int32Array(i.channels);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      result.fill(max ? POOL_EMPTY : 0);
      let count = 0;
      for (let ky = 0; ky < i.kernelH; ky++) {
        const y = oy * i.strideH + ky - i.padTop;
        if (y < 0 || y >= i.inH) continue;
        for (let kx = 0; kx < i.kernelW; kx++) {
          const x = ox * i.strideW + kx - i.padLeft;
          if (x < 0 || x >= i.inW) continue;
          const row = i.srcRow + y * i.inW + x;
          count++;
          // Stryker disable next-line ConditionalExpression: poolRow8 is the element loop below for 8-bit sums (→ false is speed only; → true and !max → max are killed: 4-bit pools, the overlapping 8-bit max pool)
          if (i.bits === 8 && !max) poolRow8(bytes, row * rb, i.channels, signed, result);
          else {
            // Stryker disable next-line EqualityOperator: c <= channels only stores into result[channels], past the Int32Array's end (ignored)
            for (let c = 0; c < i.channels; c++) {
              const v = readElement(bytes, row * rb, c, i.bits, signed);
              if (max) result[c] = Math.max(result[c]!, v);
              else result[c]! += v;
            }
          }
        }
      }
      const dst = i.dstRow + oy * outW + ox;
      for (let c = 0; c < i.channels; c++) {
        const v = max ? result[c]! : roundingDivideHalfAwayFromZero(result[c]!, count);
        writeElement(bytes, dst * rb, c, i.bits, v);
      }
    }
  }
}

/** One input pixel of 8-bit elements into the running sum (average POOL's inner loop without the generic reader). */
function poolRow8(bytes: Uint8Array, base: number, channels: number, signed: boolean, result: Int32Array): void {
  // Stryker disable next-line EqualityOperator: c <= channels only adds into result[channels], past the Int32Array's end (ignored)
  for (let c = 0; c < channels; c++) {
    const x = bytes[base + c]!;
    result[c]! += signed ? (x << 24) >> 24 : x;
  }
}

/** ADD: TFLite's reference add of two output-buffer regions. */
export function add(i: InstructionOf<'ADD'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const rb = out.rowBytes;
  const signed = i.signed === 1;
  // Stryker disable next-line ConditionalExpression: → false adds 8-bit codes by the element loop below, from the same rescaled inputs and addOutput the table is built of (speed only; → true is killed by vector-add.test.ts)
  if (i.bits === 8) addBlock8(out.bytes, rb, i, signed, addTable8(i));
  else {
    const min = signed ? -(2 ** (i.bits - 1)) : 0;
    const [scaledA, scaledB] = rescaledInputs(i, i.bits);
    const result = new Int32Array(i.elems);
    for (let r = 0; r < i.rows; r++) {
      // Stryker disable next-line EqualityOperator: j <= elems only stores into result[elems], past the Int32Array's end (ignored)
      for (let j = 0; j < i.elems; j++) {
        const av = readElement(out.bytes, (i.aRow + r) * rb, j, i.bits, signed);
        const bv = readElement(out.bytes, (i.bRow + r) * rb, j, i.bits, signed);
        result[j] = addOutput(i, scaledA[av - min]! + scaledB[bv - min]!);
      }
      // Written after both reads of the row: dst may alias a or b.
      for (let j = 0; j < i.elems; j++) writeElement(out.bytes, (i.dstRow + r) * rb, j, i.bits, result[j]!);
    }
  }
  k.sramReads.output += 2 * i.rows;
  k.sramWrites.output += i.rows;
  k.addVector('add', i.bits, i.rows * i.elems);
  const banks = counterFor(out);
  banks.readRows(i.aRow, i.rows);
  banks.readRows(i.bRow, i.rows);
  banks.writeRows(i.dstRow, i.rows);
  return timing(i.rows * Math.ceil(i.elems / lanes), [[banks, out.ports]]);
}

/**
 * An 8-bit ADD by table lookup (fast/add-table.ts), row after row. Each output byte is written right after its
 * two inputs are read: a destination row is either one of the source rows or apart from both (rows are
 * whole buffer rows, and a row's elements fit one: isa/check/bounds.ts), so no later read of the row
 * sees a written byte.
 */
function addBlock8(bytes: Uint8Array, rb: number, i: InstructionOf<'ADD'>, signed: boolean, table: AddTable8): void {
  const flip = signed ? 128 : 0; // table index of a code: its value − min, i.e. the byte with the sign bit flipped
  const elems = i.elems;
  const codes = table.codes;
  for (let r = 0; r < i.rows; r++) {
    const a = (i.aRow + r) * rb;
    const b = (i.bRow + r) * rb;
    const dst = (i.dstRow + r) * rb;
    for (let j = 0; j < elems; j++) {
      const x = ((bytes[a + j]! ^ flip) << 8) | (bytes[b + j]! ^ flip);
      const c = codes[x]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: computing a pair met before again gives the same byte (→ false, > 0: speed only; → true and < 0 are killed)
      bytes[dst + j] = c >= 0 ? c : table.entry(x);
    }
  }
}

/** PACK: bit j of the destination row = (source element j ≥ threshold), LSB first. */
export function pack(i: InstructionOf<'PACK'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const rb = out.rowBytes;
  const bits = new Uint8Array(i.elems);
  for (let r = 0; r < i.rows; r++) {
    // Stryker disable next-line EqualityOperator: j <= elems only stores into bits[elems], past the Uint8Array's end (ignored)
    for (let j = 0; j < i.elems; j++) bits[j] = readElement(out.bytes, (i.srcRow + r) * rb, j, i.srcBits, i.srcSigned === 1) >= i.threshold ? 1 : 0;
    for (let j = 0; j < i.elems; j++) writeElement(out.bytes, (i.dstRow + r) * rb, j, 1, bits[j]!);
  }
  k.sramReads.output += i.rows;
  k.sramWrites.output += i.rows;
  k.addVector('pack', i.srcBits, i.rows * i.elems);
  const banks = counterFor(out);
  banks.readRows(i.srcRow, i.rows);
  banks.writeRows(i.dstRow, i.rows);
  return timing(i.rows * Math.ceil(i.elems / lanes), [[banks, out.ports]]);
}

/**
 * LUT: each element indexes a table of 2^srcBits one-byte entries read from the param buffer. The unit first
 * copies the table into its table memory (one param row per cycle), then looks `lanes` elements up per cycle.
 */
export function lut(i: InstructionOf<'LUT'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const { output: out, param } = b;
  const rb = out.rowBytes;
  const entries = 2 ** i.srcBits;
  const base = i.tableRow * param.rowBytes;
  const table = param.bytes.subarray(base, base + entries);
  const lo = i.srcSigned === 1 ? -(2 ** (i.srcBits - 1)) : 0;
  const dstMask = 2 ** i.dstBits - 1;
  // Stryker disable next-line ArithmeticOperator: the sign extension below never changes the dstBits bits writeElement stores (see there)
  const dstSign = 2 ** (i.dstBits - 1);
  const vals = new Int32Array(i.elems);
  for (let r = 0; r < i.rows; r++) {
    // Stryker disable next-line EqualityOperator: j <= elems only stores into vals[elems], past the Int32Array's end (ignored)
    for (let j = 0; j < i.elems; j++) {
      const code = table[readElement(out.bytes, (i.srcRow + r) * rb, j, i.srcBits, i.srcSigned === 1) - lo]! & dstMask;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: writeElement keeps the low dstBits bits, and code − 2·dstSign has the same ones (it is only written back): sign-extending or not stores the same element
      vals[j] = i.dstSigned === 1 && code >= dstSign ? code - 2 * dstSign : code;
    }
    for (let j = 0; j < i.elems; j++) writeElement(out.bytes, (i.dstRow + r) * rb, j, i.dstBits, vals[j]!);
  }
  const tableRows = Math.ceil(entries / param.rowBytes);
  k.sramReads.param += tableRows;
  k.sramReads.output += i.rows;
  k.sramWrites.output += i.rows;
  k.addVector('lut', i.srcBits, i.rows * i.elems);
  const banks = counterFor(out);
  banks.readRows(i.srcRow, i.rows);
  banks.writeRows(i.dstRow, i.rows);
  const pBanks = counterFor(param);
  pBanks.readRows(i.tableRow, tableRows);
  return timing(tableRows + i.rows * Math.ceil(i.elems / lanes), [[banks, out.ports], [pBanks, param.ports]]);
}

/** DEPTHWISE: per output pixel, one accumulator row of `channels` exact sums over the kernel taps. */
export function depthwise(i: InstructionOf<'DEPTHWISE'>, s: VectorState, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const { input, weight, accumulator: acc } = b;
  const { pixelRows, tapRows } = depthwiseRowSpans(i.channels, s.inputBits, s.weightBits, input.rowBytes, weight.rowBytes);
  const { outH, outW } = depthwiseOutputGrid(i);
  const taps = i.kernelH * i.kernelW;
  const w = new Int32Array(taps * i.channels);
  // Stryker disable next-line EqualityOperator: t <= taps only stores past w's end (ignored)
  for (let t = 0; t < taps; t++) {
    // c <= channels also stores tap t + 1's channel 0, which the next tap's pass rewrites (the last one lands past w's end).
    // Stryker disable next-line EqualityOperator: see above (t / tapRows stays killable once a tap can span two weight rows)
    for (let c = 0; c < i.channels; c++) w[t * i.channels + c] = readWeight(weight.bytes, (i.weightRow + t * tapRows) * weight.rowBytes, c, s);
  }
  const inBanks = counterFor(input);
  const wBanks = counterFor(weight);
  const accBanks = counterFor(acc);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      const at = (i.accRow + oy * outW + ox) * acc.cols;
      for (let c = 0; c < i.channels; c++) {
        let dot = 0;
        for (let ky = 0; ky < i.kernelH; ky++) {
          for (let kx = 0; kx < i.kernelW; kx++) {
            const p = (oy * i.strideH + ky) * i.inW + ox * i.strideW + kx;
            dot += readElement(input.bytes, (i.srcRow + p * pixelRows) * input.rowBytes, c, s.inputBits, s.actSigned) * w[(ky * i.kernelW + kx) * i.channels + c]!;
          }
        }
        acc.values[at + c] = (i.accumulate === 1 ? acc.values[at + c]! : 0) + dot;
      }
      for (let ky = 0; ky < i.kernelH; ky++) {
        for (let kx = 0; kx < i.kernelW; kx++) inBanks.readRows(i.srcRow + ((oy * i.strideH + ky) * i.inW + ox * i.strideW + kx) * pixelRows, pixelRows);
      }
    }
  }
  const outputs = outH * outW;
  for (let t = 0; t < taps; t++) wBanks.readRows(i.weightRow + t * tapRows, tapRows);
  if (i.accumulate === 1) accBanks.readRows(i.accRow, outputs);
  accBanks.writeRows(i.accRow, outputs);
  k.sramReads.input += outputs * taps * pixelRows;
  k.sramReads.weight += taps * tapRows;
  k.accWrites += outputs * i.channels;
  if (i.accumulate === 1) k.accReads += outputs * i.channels;
  k.addVector('depthwise-mac', s.inputBits, outputs * taps * i.channels);
  k.depthwiseMacs += outputs * taps * i.channels;
  return timing(outputs * taps * Math.ceil(i.channels / lanes), [[inBanks, input.ports], [wBanks, weight.ports], [accBanks, acc.ports]]);
}
