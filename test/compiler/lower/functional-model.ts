// A plain, slow functional model of the ISA (isa/spec.ts semantics, version 2), the oracle the lowering's
// tests and the simulator's property tests compare with: instructions run one at a time in stream order,
// which is the order the token protocol guarantees for every conflicting access (the static checker
// proves that separately). No timing. Element reads follow HARDWARE.md §2 packing; every buffer is one
// linear byte array, so a transfer step longer than a row simply continues into the following rows.
import type { Program } from '../../../isa/program-file.js';
import type { Instruction, InstructionOf } from '../../../isa/instruction.js';
import { BUFFERS, MODE_GROUP_MULT_BITS, MODE_OPERAND_BITS, type BufferName } from '../../../isa/spec.js';
import { deriveHw } from '../../../isa/hw-config.js';
import { multiplyByPowerOfTwoHalfUp, multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { applyOverflow, clamp, roundingDivideHalfAwayFromZero, wrapToBits } from '../../../core/rounding.js';

function getElem(b: Uint8Array, off: number, idx: number, bits: number, signed: boolean): number {
  const bit = idx * bits;
  const raw = bits === 8 ? b[off + idx]! : (b[off + (bit >> 3)]! >> (bit & 7)) & ((1 << bits) - 1);
  return signed && raw >= 1 << (bits - 1) ? raw - (1 << bits) : raw;
}
function setElem(b: Uint8Array, off: number, idx: number, bits: number, v: number): void {
  const bit = idx * bits;
  const at = off + (bit >> 3);
  const mask = (1 << bits) - 1;
  b[at] = (b[at]! & ~(mask << (bit & 7))) | ((v & mask) << (bit & 7));
}

/** Byte k (little-endian) of the two's complement of the integer v. */
function byteOf(v: number, k: number): number {
  return ((Math.floor(v / 256 ** k) % 256) + 256) % 256;
}

/** The input element (output pixel i, reduction element kk) a COMPUTE window=1 reads (ISA.md, COMPUTE). */
export function windowElement(
  input: Uint8Array, rowBytes: number, i: InstructionOf<'COMPUTE'>, w: InstructionOf<'WINDOW'>, pixel: number, kk: number, bits: number, signed: boolean,
): number {
  const p = i.firstPixel + pixel;
  const oy = Math.floor(p / w.outW);
  const ox = p % w.outW;
  const e = i.kOffset + kk;
  const t = Math.floor(e / w.cinTap);
  const c = e % w.cinTap;
  const ky = Math.floor(t / w.kernelW);
  const kx = t % w.kernelW;
  const byte = i.inputRow * rowBytes + i.inputByte + (oy * w.strideH + ky * w.dilationH) * w.pitch + (ox * w.strideW + kx * w.dilationW) * w.pixelBytes;
  return getElem(input, byte, w.chanOffset + c, bits, signed);
}

/** Runs `program` on `dram` (modified in place; at least the image size). */
export function runFunctional(program: Program, dram: Uint8Array): void {
  const hw = program.hwConfig;
  const d = deriveHw(hw);
  const C = hw.array.cols;
  const buf = Object.fromEntries(BUFFERS.map((b) => [b, new Uint8Array(d.bufferRows[b] * d.rowBytes[b])])) as Record<BufferName, Uint8Array>;
  const acc = new Float64Array(d.bufferRows.accumulator * C);
  const param = (row: number, c: number) => new DataView(buf.param.buffer).getInt32(row * d.rowBytes.param + 4 * c, true);
  const eb = d.accEntryBytes;
  // The accumulator as LOAD/STORE see it: the low `eb` bytes of each exact sum; a LOAD sets each touched
  // entry to the sign-extended value of its bytes (HARDWARE.md, clarification 3).
  const accBytes = (at: number, len: number) => Uint8Array.from({ length: len }, (_, j) => byteOf(acc[Math.floor((at + j) / eb)]!, (at + j) % eb));
  const setAccBytes = (at: number, src: Uint8Array) => {
    for (let e = Math.floor(at / eb); e <= Math.floor((at + src.length - 1) / eb); e++) {
      let raw = 0;
      for (let k = eb - 1; k >= 0; k--) raw = raw * 256 + (e * eb + k >= at && e * eb + k < at + src.length ? src[e * eb + k - at]! : byteOf(acc[e]!, k));
      acc[e] = raw >= 2 ** (8 * eb - 1) ? raw - 2 ** (8 * eb) : raw;
    }
  };
  let cfg: InstructionOf<'CONFIG'> | undefined;
  // ws: the weights each PE latched (value per reduction element kk and column c; undefined = masked), and
  // the packing they were latched with (HARDWARE.md clarifications 1 and 2). Latched at LOAD_WEIGHTS: a
  // later LOAD into the weight rows does not change them.
  // Group modes: the u8 column multipliers latched with the tile (none: latched in another mode, read as 0).
  let latched: { packing: number; w: (number | undefined)[]; mult?: number[] } | undefined;
  let win: InstructionOf<'WINDOW'> | undefined;
  for (const i of unrolled(program.instructions as readonly Instruction[])) {
    const mode = cfg?.mode ?? 'int8';
    const bits = MODE_OPERAND_BITS[mode];
    const P = hw.array.macsPerPePerCycle[mode];
    const rpvW = d.rowsPerVector.weight[mode];
    const actSigned = mode !== 'binary' && cfg?.actSigned === 1;
    const inVec = (row: number, e: number) => getElem(buf.input, row * d.rowBytes.input, e, bits.input, actSigned);
    const wVec = (row: number, e: number) => getElem(buf.weight, row * d.rowBytes.weight, e, bits.weight, mode !== 'binary');
    const grouped = MODE_GROUP_MULT_BITS[mode] > 0;
    // The multiplier vector of a tile of k elements at weightRow: the vector after its ceil(k/P) weight vectors.
    const multOf = (weightRow: number, k: number, n: number, c: number) => (c < n ? buf.weight[(weightRow + Math.ceil(k / P) * rpvW) * d.rowBytes.weight + c]! : 0);
    switch (i.op) {
      case 'CONFIG': cfg = i; break;
      case 'WINDOW': win = i; break;
      case 'LOAD': case 'STORE':
        for (let o = 0; o < i.repeat; o++) for (let r = 0; r < i.rows; r++) {
          const s = (i.sramRow + o * i.sramOuterStride + r * i.sramRowStride) * d.rowBytes[i.buffer] + i.sramByte;
          const a = i.dramAddr + o * i.dramOuterStride + r * i.dramRowStride;
          const bytes = i.op === 'LOAD' ? (i.fill === 1 ? new Uint8Array(i.bytesPerRow).fill(i.fillByte) : dram.slice(a, a + i.bytesPerRow)) : undefined;
          if (i.buffer === 'accumulator') {
            if (bytes === undefined) dram.set(accBytes(s, i.bytesPerRow), a);
            else setAccBytes(s, bytes);
          } else if (bytes === undefined) dram.set(buf[i.buffer].subarray(s, s + i.bytesPerRow), a);
          else buf[i.buffer].set(bytes, s);
        }
        break;
      case 'MOVE':
        for (let o = 0; o < i.repeat; o++) for (let r = 0; r < i.rows; r++) {
          const a = (i.srcRow + o * i.srcOuterStride + r * i.srcRowStride) * d.rowBytes[i.srcBuffer] + i.srcByte;
          const b = (i.dstRow + o * i.dstOuterStride + r * i.dstRowStride) * d.rowBytes[i.dstBuffer] + i.dstByte;
          buf[i.dstBuffer].set(buf[i.srcBuffer].slice(a, a + i.bytesPerRow), b);
        }
        break;
      case 'LOAD_WEIGHTS': {
        const w: (number | undefined)[] = [];
        for (let kk = 0; kk < hw.array.rows * P; kk++) for (let c = 0; c < C; c++) {
          w.push(kk < i.k && c < i.n ? wVec(i.weightRow + Math.floor(kk / P) * rpvW, c * P + (kk % P)) : undefined);
        }
        latched = { packing: P, w, ...(grouped ? { mult: Array.from({ length: C }, (_, c) => multOf(i.weightRow, i.k, i.n, c)) } : {}) };
        break;
      }
      case 'COMPUTE':
        for (let m = 0; m < i.m; m++) for (let c = 0; c < i.n; c++) {
          let dot = 0;
          for (let kk = 0; kk < i.k; kk++) {
            const x = i.window === 1 ? windowElement(buf.input, d.rowBytes.input, i, win!, m, kk, bits.input, actSigned)
              : hw.array.dataflow === 'ws' ? inVec(i.inputRow + m * i.inputRowStride, kk) : inVec(i.inputRow + Math.floor(kk / P) * i.inputRowStride, m * P + (kk % P));
            const w = hw.array.dataflow === 'os' ? wVec(i.weightRow + Math.floor(kk / P) * rpvW, c * P + (kk % P))
              : latched?.packing === P ? latched.w[kk * C + c] : undefined;
            if (w === undefined) continue; // a masked PE contributes 0
            dot += mode === 'binary' ? (x === w ? 1 : -1) : x * w;
          }
          const a = (i.accRow + m) * C + c;
          const g = !grouped ? 1 : hw.array.dataflow === 'os' ? multOf(i.weightRow, i.k, i.n, c) : (latched?.mult?.[c] ?? 0);
          acc[a] = (i.accumulate ? acc[a]! : 0) + g * dot;
        }
        break;
      case 'DEPTHWISE': {
        const pixelRows = Math.ceil(Math.ceil((i.channels * bits.input) / 8) / d.rowBytes.input);
        const tapRows = Math.ceil(Math.ceil((i.channels * bits.weight) / 8) / d.rowBytes.weight);
        const outH = Math.floor((i.inH - i.kernelH) / i.strideH) + 1;
        const outW = Math.floor((i.inW - i.kernelW) / i.strideW) + 1;
        for (let oy = 0; oy < outH; oy++) for (let ox = 0; ox < outW; ox++) for (let c = 0; c < i.channels; c++) {
          let dot = 0;
          for (let ky = 0; ky < i.kernelH; ky++) for (let kx = 0; kx < i.kernelW; kx++) {
            const p = (oy * i.strideH + ky) * i.inW + ox * i.strideW + kx;
            dot += inVec(i.srcRow + p * pixelRows, c) * wVec(i.weightRow + (ky * i.kernelW + kx) * tapRows, c);
          }
          const a = (i.accRow + oy * outW + ox) * C + c;
          acc[a] = (i.accumulate ? acc[a]! : 0) + dot;
        }
        break;
      }
      case 'REQUANT':
        for (let r = 0; r < i.rows; r++) for (let c = 0; c < i.n; c++) {
          const exact = acc[(i.accRow + r) * C + c]! + (i.addBias ? param(i.paramRow, c) : 0);
          const v = applyOverflow(exact, cfg!.accBits, cfg!.overflow);
          const e = param(i.paramRow + 2, c);
          const y = i.outBits === 1 ? (v >= 0 ? 1 : 0)
            : clamp((cfg!.requantMode === 'm0shift' ? multiplyByQuantizedMultiplier(v, param(i.paramRow + 1, c), e) : multiplyByPowerOfTwoHalfUp(v, e)) + i.outZero, i.qmin, i.qmax);
          setElem(buf.output, (i.outRow + r) * d.rowBytes.output, (i.outByte * 8) / i.outBits + c, i.outBits, y);
        }
        break;
      case 'POOL': {
        const outH = Math.floor((i.inH + i.padTop + i.padBottom - i.kernelH) / i.strideH) + 1;
        const outW = Math.floor((i.inW + i.padLeft + i.padRight - i.kernelW) / i.strideW) + 1;
        for (let oy = 0; oy < outH; oy++) for (let ox = 0; ox < outW; ox++) for (let c = 0; c < i.channels; c++) {
          const vals: number[] = [];
          for (let ky = 0; ky < i.kernelH; ky++) for (let kx = 0; kx < i.kernelW; kx++) {
            const y = oy * i.strideH - i.padTop + ky;
            const x = ox * i.strideW - i.padLeft + kx;
            if (y >= 0 && y < i.inH && x >= 0 && x < i.inW) vals.push(getElem(buf.output, (i.srcRow + y * i.inW + x) * d.rowBytes.output, c, i.bits, i.signed === 1));
          }
          const v = i.kind === 'max' ? Math.max(...vals) : roundingDivideHalfAwayFromZero(vals.reduce((s, t) => s + t, 0), vals.length);
          setElem(buf.output, (i.dstRow + oy * outW + ox) * d.rowBytes.output, c, i.bits, v);
        }
        break;
      }
      case 'ADD':
        for (let r = 0; r < i.rows; r++) for (let j = 0; j < i.elems; j++) {
          const g = (row: number) => getElem(buf.output, (row + r) * d.rowBytes.output, j, i.bits, i.signed === 1);
          const a1 = multiplyByQuantizedMultiplier(wrapToBits((g(i.aRow) - i.aZero) * 2 ** i.leftShift, 32), i.aMultiplier, i.aShift);
          const b1 = multiplyByQuantizedMultiplier(wrapToBits((g(i.bRow) - i.bZero) * 2 ** i.leftShift, 32), i.bMultiplier, i.bShift);
          const y = clamp(multiplyByQuantizedMultiplier(wrapToBits(a1 + b1, 32), i.outMultiplier, i.outShift) + i.outZero, i.qmin, i.qmax);
          setElem(buf.output, (i.dstRow + r) * d.rowBytes.output, j, i.bits, y);
        }
        break;
      case 'PACK':
        for (let r = 0; r < i.rows; r++) for (let j = 0; j < i.elems; j++) {
          const v = getElem(buf.output, (i.srcRow + r) * d.rowBytes.output, j, i.srcBits, i.srcSigned === 1);
          setElem(buf.output, (i.dstRow + r) * d.rowBytes.output, j, 1, v >= i.threshold ? 1 : 0);
        }
        break;
      case 'LUT': {
        const lo = i.srcSigned === 1 ? -(2 ** (i.srcBits - 1)) : 0;
        for (let r = 0; r < i.rows; r++) {
          const row: number[] = [];
          for (let j = 0; j < i.elems; j++) {
            const code = buf.param[i.tableRow * d.rowBytes.param + getElem(buf.output, (i.srcRow + r) * d.rowBytes.output, j, i.srcBits, i.srcSigned === 1) - lo]! % 2 ** i.dstBits;
            row.push(i.dstSigned === 1 && code >= 2 ** (i.dstBits - 1) ? code - 2 ** i.dstBits : code);
          }
          row.forEach((v, j) => setElem(buf.output, (i.dstRow + r) * d.rowBytes.output, j, i.dstBits, v));
        }
        break;
      }
      case 'HALT': return;
    }
  }
}

/** Reads `count` elements of `bits` (LSB-first packed, or bytes) with sign, from a DRAM pixel-major tensor. */
export function readElements(dram: Uint8Array, addr: number, pixels: number, channels: number, pixBytes: number, bits: number, signed: boolean): number[] {
  const out: number[] = [];
  for (let p = 0; p < pixels; p++) for (let c = 0; c < channels; c++) out.push(getElem(dram, addr + p * pixBytes, c, bits, signed));
  return out;
}

/**
 * The instructions with every COMPUTE run (tiles >= 1) written out per ISA.md's COMPUTE semantics: per tile s,
 * a LOAD_WEIGHTS of the tile at weightRow + s*tileRowStride, then a COMPUTE of its k elements from
 * kOffset + s*k, accumulating after the first tile. (Written from the spec, not with isa/compute-run.ts.)
 */
function* unrolled(instrs: readonly Instruction[]): Generator<Instruction> {
  for (const i of instrs) {
    if (i.op !== 'COMPUTE' || i.tiles === 0) {
      yield i;
      continue;
    }
    for (let s = 0; s < i.tiles; s++) {
      yield { op: 'LOAD_WEIGHTS', popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 0, weightRow: i.weightRow + s * i.tileRowStride, k: i.k, n: i.n };
      yield { ...i, weightRow: 0, kOffset: i.kOffset + s * i.k, accumulate: s === 0 ? i.accumulate : 1, tiles: 0, tileRowStride: 0 };
    }
  }
}
