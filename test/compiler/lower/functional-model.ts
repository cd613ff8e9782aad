// A plain, slow functional model of the ISA (isa/spec.ts semantics), used by the lowering's tests as an
// oracle while the real simulator (simulator/) is written: instructions run one at a time in stream
// order, which is the order the token protocol guarantees for every conflicting access (the static
// checker proves that separately). No timing. Element reads follow HARDWARE.md §2 packing.
import type { Program } from '../../../isa/program-file.js';
import type { InstructionOf } from '../../../isa/instruction.js';
import { BUFFERS, MODE_ELEMENT_BITS, type BufferName } from '../../../isa/spec.js';
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

/** Runs `program` on `dram` (modified in place; at least the image size). */
export function runFunctional(program: Program, dram: Uint8Array): void {
  const hw = program.hwConfig;
  const d = deriveHw(hw);
  const C = hw.array.cols;
  const buf = Object.fromEntries(BUFFERS.map((b) => [b, new Uint8Array(d.bufferRows[b] * d.rowBytes[b])])) as Record<BufferName, Uint8Array>;
  const acc = new Float64Array(d.bufferRows.accumulator * C);
  const param = (row: number, c: number) => new DataView(buf.param.buffer).getInt32(row * d.rowBytes.param + 4 * c, true);
  let cfg: InstructionOf<'CONFIG'> | undefined;
  let latched: InstructionOf<'LOAD_WEIGHTS'> | undefined;
  for (const i of program.instructions) {
    const mode = cfg?.mode ?? 'int8';
    const bits = MODE_ELEMENT_BITS[mode];
    const P = hw.array.macsPerPePerCycle[mode];
    const rpvW = d.rowsPerVector.weight[mode];
    const inVec = (row: number, e: number) => getElem(buf.input, row * d.rowBytes.input, e, bits, mode !== 'binary' && cfg!.actSigned === 1);
    const wVec = (row: number, e: number) => getElem(buf.weight, row * d.rowBytes.weight, e, bits, mode !== 'binary');
    switch (i.op) {
      case 'CONFIG': cfg = i; break;
      case 'LOAD': case 'STORE':
        for (let o = 0; o < i.repeat; o++) for (let r = 0; r < i.rows; r++) {
          const s = (i.sramRow + o * i.sramOuterStride + r * i.sramRowStride) * d.rowBytes[i.buffer] + i.sramByte;
          const a = i.dramAddr + o * i.dramOuterStride + r * i.dramRowStride;
          if (i.op === 'STORE') dram.set(buf[i.buffer].subarray(s, s + i.bytesPerRow), a);
          else if (i.fill === 1) buf[i.buffer].fill(i.fillByte, s, s + i.bytesPerRow);
          else buf[i.buffer].set(dram.subarray(a, a + i.bytesPerRow), s);
        }
        break;
      case 'LOAD_WEIGHTS': latched = i; break;
      case 'COMPUTE':
        for (let m = 0; m < i.m; m++) for (let c = 0; c < i.n; c++) {
          let dot = 0;
          for (let kk = 0; kk < i.k; kk++) {
            const x = hw.array.dataflow === 'ws' ? inVec(i.inputRow + m * i.inputRowStride, kk) : inVec(i.inputRow + Math.floor(kk / P) * i.inputRowStride, m * P + (kk % P));
            const wRow = (hw.array.dataflow === 'ws' ? latched!.weightRow : i.weightRow) + Math.floor(kk / P) * rpvW;
            const w = wVec(wRow, c * P + (kk % P));
            dot += mode === 'binary' ? (x === w ? 1 : -1) : x * w;
          }
          const a = (i.accRow + m) * C + c;
          acc[a] = (i.accumulate ? acc[a]! : 0) + dot;
        }
        break;
      case 'DEPTHWISE': {
        const bytes = Math.ceil((i.channels * bits) / 8);
        const pixelRows = Math.ceil(bytes / d.rowBytes.input);
        const tapRows = Math.ceil(bytes / d.rowBytes.weight);
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
