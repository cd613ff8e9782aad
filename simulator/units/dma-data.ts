// The DMA's data movement: the bytes a LOAD or STORE moves between DRAM and a buffer, exactly the
// strided 3-D walk of docs/ISA.md (`buf[s][sramByte : +bytesPerRow] <-> dram[d : +bytesPerRow]`, or the
// fill byte), done as a few bulk copies where the rows are runs. Timing is not here (dma.ts).
import type { InstructionOf } from '../../isa/instruction.js';
import type { DramStorage } from '../memory/dram.js';
import type { Buffers } from '../memory/sram.js';

/** A LOAD or STORE. */
export type Transfer = InstructionOf<'LOAD'> | InstructionOf<'STORE'>;

/** Moves the bytes of transfer `t` (data moves now; the caller runs transfers in start order). */
export function moveTransferData(t: Transfer, buffers: Buffers, dram: DramStorage): void {
  const buf = buffers[t.buffer];
  const isLoad = t.op === 'LOAD';
  const fill = isLoad && t.fill === 1;
  // Stryker disable next-line ConditionalExpression: → true reads a STORE's (absent) fillByte, which only a fill uses (→ false is killed)
  const fillByte = t.op === 'LOAD' ? t.fillByte : 0;
  const len = t.bytesPerRow;
  const rows = t.rows;
  if (buf.name === 'accumulator') {
    // Accumulator rows hold int32 entries: bytes go through its byte view, row by row.
    const acc = buffers.accumulator;
    for (let o = 0; o < t.repeat; o++) {
      const s0 = t.sramRow + o * t.sramOuterStride;
      const d0 = t.dramAddr + o * t.dramOuterStride;
      for (let r = 0; r < rows; r++) {
        const srow = s0 + r * t.sramRowStride;
        const d = d0 + r * t.dramRowStride;
        if (fill) acc.writeBytes(srow, t.sramByte, new Uint8Array(len).fill(fillByte));
        else if (isLoad) acc.writeBytes(srow, t.sramByte, dram.read(d, len));
        else dram.write(d, acc.readBytes(srow, t.sramByte, len));
      }
    }
    return;
  }
  const plain = buffers[t.buffer as 'input'].bytes;
  const mem = dram.bytes;
  const rb = buf.rowBytes;
  // One outer step's rows form a single run on a side when consecutive rows are exactly `len` apart.
  // Narrowing any of the run conditions below only sends rows to the row-by-row copy, which moves the same bytes
  // (speed only): their → false forms (and && for ||) are equivalent; the widening forms are killed by
  // test/simulator/units/dma-data.test.ts (each condition drawn on its own, and strides off by rowBytes or len).
  // Stryker disable next-line ConditionalExpression: narrowing only (see above)
  const sramRun = t.sramRowStride * rb === len;
  // Stryker disable next-line ConditionalExpression: narrowing only (see above)
  const dramRun = t.dramRowStride === len;
  // Outer steps that continue each other's runs (the whole transfer is one block on both sides) move at once.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: narrowing only (see above)
  const oneBlock = sramRun && (dramRun || fill) && t.sramOuterStride * rb === rows * len && (fill || t.dramOuterStride === rows * len);
  // Stryker disable next-line ConditionalExpression,BlockStatement: not merging the outer steps moves them one by one, the same bytes (speed only)
  if (oneBlock) {
    // Stryker disable next-line ArithmeticOperator: one block is a run on both sides (or a fill), which moveRows copies or fills at once without the row steps: equivalent (the line's other forms are killed but ignored with it)
    moveRows(1, 0, 0, rows * t.repeat, len, t.sramRowStride * rb, t.dramRowStride, plain, mem, t.sramRow * rb + t.sramByte, t.dramAddr, isLoad, fill, fillByte, sramRun, dramRun);
    return;
  }
  moveRows(t.repeat, t.sramOuterStride * rb, t.dramOuterStride, rows, len, t.sramRowStride * rb, t.dramRowStride, plain, mem, t.sramRow * rb + t.sramByte, t.dramAddr, isLoad, fill, fillByte, sramRun, dramRun);
}

/** Copies below this many bytes go element by element (a subarray and a set cost more than they save). */
const SMALL_COPY = 64;
/** Word-aligned rows of at least this many 32-bit words are copied with one `set` each. */
const LONG_ROW_WORDS = 64;

/**
 * Moves `outer` steps of `rows` rows of `len` bytes (a transfer's outer steps, or a whole transfer that is one
 * block, outer = 1) between a plain buffer (from byte `at`, `sStep` bytes per row, `atOuter` per outer step) and
 * DRAM (from `d`, `dStep`, `dOuter`): per outer step a single copy when its rows are one run on both sides (or one
 * fill on the SRAM side), else row by row (all steps in one loop: most transfers are many outer steps of a few
 * 16-byte rows). Numbers only, no instruction: LOADs and STOREs are objects of two shapes (its field reads were
 * polymorphic).
 */
function moveRows(
  outer: number, atOuter: number, dOuter: number, rows: number, len: number, sStep: number, dStep: number, plain: Uint8Array, mem: Uint8Array,
  at: number, d: number, isLoad: boolean, fill: boolean, fillByte: number, sramRun: boolean, dramRun: boolean,
): void {
  const total = rows * len;
  // The last outer step's start on each side (strides are unsigned: the first step starts lowest); they only feed
  // the bounds guards below, which a transfer the checker accepts always passes.
  // Stryker disable next-line ArithmeticOperator: a guard that holds for every accepted transfer (see inBounds below; speed only)
  const atLast = at + (outer - 1) * atOuter;
  // Stryker disable next-line ArithmeticOperator: as atLast (speed only)
  const dLast = d + (outer - 1) * dOuter;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: a transfer the checker accepts (isa/check/bounds.ts) lies inside both arrays, so the guard always holds; narrowing it only sends rows to the row-by-row copy (speed only)
  const inBounds = atLast + total <= plain.length && dLast + total <= mem.length;
  // Stryker disable next-line ConditionalExpression: → false sends a fill to the row-by-row copy, the same bytes (speed only; → true is killed)
  if (fill && sramRun && inBounds) {
    for (let o = 0, a = at; o < outer; o++, a += atOuter) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the byte loop and fill write the same bytes (speed only)
      if (total < SMALL_COPY) for (let j = 0; j < total; j++) plain[a + j] = fillByte;
      else plain.fill(fillByte, a, a + total);
    }
  } else if (
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: → false, or fill (taken above when it could run), send rows to the row-by-row copy, the same bytes (speed only)
    !fill && sramRun && dramRun && inBounds) {
    for (let o = 0, a = at, dd = d; o < outer; o++, a += atOuter, dd += dOuter) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the byte loops and set copy the same bytes (speed only)
      if (total < SMALL_COPY) {
        if (isLoad) for (let j = 0; j < total; j++) plain[a + j] = mem[dd + j]!;
        else for (let j = 0; j < total; j++) mem[dd + j] = plain[a + j]!;
      } else if (isLoad) plain.set(mem.subarray(dd, dd + total), a);
      else mem.set(plain.subarray(a, a + total), dd);
    }
  } else {
    // The word copy is speed only (the row loop below moves the same bytes): forms that narrow its condition are equivalent.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the SRAM buffers are allocated whole (byteOffset 0), so this always holds
    const plainAligned = plain.byteOffset % 4 === 0;
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression: x * 4 === 0 only when x = 0, where x % 4 === 0 too, and → false: narrowing only; the operand → true forms this also covers widen and are killed (dma-data.test.ts)
    const aligned = mem.byteOffset % 4 === 0 && len % 4 === 0 && at % 4 === 0 && d % 4 === 0 && sStep % 4 === 0 && dStep % 4 === 0 && atOuter % 4 === 0 && dOuter % 4 === 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,LogicalOperator: a transfer the checker accepts lies inside both arrays, so this holds and its forms only narrow it
    const inside = atLast + (rows - 1) * sStep + len <= plain.length && at >= 0 && dLast + (rows - 1) * dStep + len <= mem.length && d >= 0;
    // Stryker disable next-line ConditionalExpression,BlockStatement: → false (or an empty block, falling through) sends the rows to the row loop; the prefix → true forms this also covers are killed (dma-data.test.ts)
    if (!fill && plainAligned && aligned && inBounds && inside) {
      // Word-aligned rows: copied as 32-bit words (same bytes).
      const p32 = words(plain);
      const m32 = words(mem);
      const w = len >> 2;
      const to = isLoad ? p32 : m32;
      const from = isLoad ? m32 : p32;
      const xStep = (isLoad ? sStep : dStep) >> 2;
      const yStep = (isLoad ? dStep : sStep) >> 2;
      const xOuter = (isLoad ? atOuter : dOuter) >> 2;
      const yOuter = (isLoad ? dOuter : atOuter) >> 2;
      for (let o = 0, x0 = (isLoad ? at : d) >> 2, y0 = (isLoad ? d : at) >> 2; o < outer; o++, x0 += xOuter, y0 += yOuter) {
        let x = x0;
        let y = y0;
        // Stryker disable next-line ConditionalExpression: → false copies 16-byte rows in the general word loop, the same words (→ true is killed)
        if (w === 4) {
          // 16-byte rows (one vector of a 16-wide array: most im2col LOADs), unrolled.
          for (let r = 0; r < rows; r++, x += xStep, y += yStep) {
            to[x] = from[y]!;
            to[x + 1] = from[y + 1]!;
            to[x + 2] = from[y + 2]!;
            to[x + 3] = from[y + 3]!;
          }
        } else if (
          // Stryker disable next-line ConditionalExpression,EqualityOperator: one native copy and the word loop move the same words, whichever the row length
          w >= LONG_ROW_WORDS) {
          // Long rows (whole image rows of a band: 3,584 bytes in ResNet-18's first layers): one native copy each.
          for (let r = 0; r < rows; r++, x += xStep, y += yStep) to.set(from.subarray(y, y + w), x);
        } else {
          for (let r = 0; r < rows; r++, x += xStep, y += yStep) for (let j = 0; j < w; j++) to[x + j] = from[y + j]!;
        }
      }
      return;
    }
    for (let o = 0; o < outer; o++) {
      for (let r = 0; r < rows; r++) {
        const a = at + o * atOuter + r * sStep;
        const dd = d + o * dOuter + r * dStep;
        if (fill) for (let j = 0; j < len; j++) plain[a + j] = fillByte;
        else if (isLoad) for (let j = 0; j < len; j++) plain[a + j] = mem[dd + j]!;
        else for (let j = 0; j < len; j++) mem[dd + j] = plain[a + j]!;
      }
    }
  }
}

/** 32-bit word views of byte arrays (one per array, made on first use; the last two asked for kept at hand). */
const wordViews = new WeakMap<Uint8Array, Int32Array>();
// Stryker disable next-line ArrayDeclaration: an empty start misses the first look-ups, which then take the map (speed only)
let recent: [Uint8Array | undefined, Int32Array | undefined, Uint8Array | undefined, Int32Array | undefined] = [undefined, undefined, undefined, undefined];
function words(b: Uint8Array): Int32Array {
  // Stryker disable next-line ConditionalExpression: the two-entry cache and the map only save making views (a new view of the same bytes reads and writes alike): speed only
  if (recent[0] === b) return recent[1]!;
  // Stryker disable next-line ConditionalExpression: speed only (see above)
  if (recent[2] === b) return recent[3]!;
  let v = wordViews.get(b);
  // Stryker disable next-line ConditionalExpression: speed only (see above)
  if (v === undefined) {
    v = new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
    wordViews.set(b, v);
  }
  // Stryker disable next-line ArrayDeclaration: an emptied cache only sends the next look-ups to the map (speed only, see above)
  recent = [b, v, recent[0], recent[1]];
  return v;
}
