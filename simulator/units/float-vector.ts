// The vector unit's float-datapath instructions (isa/float-opcodes.ts): CVT_IN, CVT_OUT, FPOOL, FADD, exactly
// per docs/ISA.md, `lanes` elements per cycle as the integer vector ops (units/vector-unit.ts). The
// arithmetic is the format datapath's (functional/format-convert.ts, format-vector.ts, core/fp32-average.ts);
// this file moves FP32 rows (4-byte little-endian elements, a row of e elements spanning fp32Rows(e) buffer
// rows) between the buffers and charges the events (Counters.addFormat; simulator/energy/energy-model.ts).
import { applyOverflow } from '../../core/rounding.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { fp32Rows, poolOutputGrid } from '../../isa/check/footprint.js';
import type { InstructionOf } from '../../isa/instruction.js';
import type { FloatClamp } from '../../isa/float-opcodes.js';
import { convertMx, convertOutput, convertPerTensor } from '../functional/format-convert.js';
import { fp32AverageExact } from '../../core/fp32-average.js';
import { fp32Add, fp32MaxPool } from '../functional/format-vector.js';
import { BankCounter } from '../memory/banks.js';
import type { Buffers, Sram } from '../memory/sram.js';
import type { Counters } from '../stats.js';
import type { VectorState, VectorTiming } from './vector-unit.js';

/** The clamp bounds of a fused activation in FP32. */
export function clampBounds(c: FloatClamp): [number, number] {
  return c === 'relu' ? [0, Infinity] : c === 'relu6' ? [0, 6] : [-Infinity, Infinity];
}

function timing(elementCycles: number, perBuffer: readonly [BankCounter, number][]): VectorTiming {
  const bank = Math.max(0, ...perBuffer.map(([c, ports]) => c.cycles(ports)));
  const duration = Math.max(elementCycles, bank, 1);
  return { duration, bankStallCycles: duration - Math.max(elementCycles, 1) };
}

/** `count` FP32 elements of the output buffer from row `row` (continuing past the row end). */
function readFp32(out: Sram, row: number, count: number): Float32Array {
  const v = new DataView(out.bytes.buffer, out.bytes.byteOffset + row * out.rowBytes, 4 * count);
  return Float32Array.from({ length: count }, (_, j) => v.getFloat32(4 * j, true));
}

function writeFp32(out: Sram, row: number, values: Float32Array): void {
  const v = new DataView(out.bytes.buffer, out.bytes.byteOffset + row * out.rowBytes, 4 * values.length);
  values.forEach((x, j) => v.setFloat32(4 * j, x, true));
}

/** FP32 words `n` of param row `row`. */
function paramFp32(p: Sram, row: number, n: number): Float32Array {
  return readFp32(p, row, n);
}

/**
 * CVT_IN: FP32 rows of the output buffer → element bytes element(x · r) in the input buffer; MX (pixelElems
 * > 0): each pixel's 32-channel blocks (convertMx), their E8M0 codes into the scale side buffer `mxScales`.
 */
export function cvtIn(i: InstructionOf<'CVT_IN'>, b: Buffers, mxScales: Uint8Array, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const inp = b.input;
  const span = fp32Rows(i.elems, out.rowBytes);
  const r = new Float32Array(new Uint32Array([i.multiplier]).buffer)[0]!;
  const el = ELEMENT_TYPES[i.element];
  const outBanks = new BankCounter(out.banks);
  const inBanks = new BankCounter(inp.banks);
  let written = 0;
  for (let row = 0; row < i.rows; row++) {
    const src = i.srcRow + row * span;
    const dst = (i.dstRow + row * i.dstRowStride) * inp.rowBytes + i.dstByte;
    if (i.pixelElems > 0) {
      const c = i.pixelElems;
      const blocks = Math.ceil(c / 32);
      const mx = convertMx(readFp32(out, src, i.elems), i.elems / c, c, el);
      inp.bytes.set(mx.bytes, dst);
      // Pixel p's first byte is dst + p·c, so its scales start at (floor(dst / c) + p)·blocks (ISA.md CVT_IN).
      mxScales.set(mx.scales, Math.floor(dst / c) * blocks);
    } else inp.bytes.set(convertPerTensor(readFp32(out, src, i.elems), r, el), dst);
    outBanks.readRows(src, span);
    // Stryker disable next-line ArithmeticOperator: dstByte · rowBytes shifts every row of the input buffer's own counter alike, which permutes its banks (same max); the line's other arithmetic forms are killed
    const first = i.dstRow + row * i.dstRowStride + Math.floor(i.dstByte / inp.rowBytes);
    const touched = Math.floor(((i.dstByte % inp.rowBytes) + i.elems - 1) / inp.rowBytes) + 1;
    inBanks.writeRows(first, touched);
    written += touched;
  }
  k.sramReads.output += i.rows * span;
  k.sramWrites.input += written;
  k.addFormat(i.pixelElems > 0 ? 'cvt-in-mx' : 'cvt-in', i.rows * i.elems, i.element === 'e4m3' ? undefined : i.element);
  if (i.pixelElems > 0) k.addFormat('mx-scale-write', i.rows * (i.elems / i.pixelElems) * Math.ceil(i.pixelElems / 32));
  return timing(i.rows * Math.ceil(i.elems / lanes), [[outBanks, out.ports], [inBanks, inp.ports]]);
}

/** CVT_OUT: accumulator rows → FP32 output rows, y = clamp(fp32(s · scale[c])). */
export function cvtOut(i: InstructionOf<'CVT_OUT'>, s: VectorState, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const acc = b.accumulator;
  const out = b.output;
  const span = fp32Rows(i.n, out.rowBytes);
  const scale = paramFp32(b.param, i.paramRow, i.n);
  const p = b.param;
  // Stryker disable next-line ConditionalExpression: → true only builds a view a float CVT_OUT never reads (its sums skip the bias); the other forms are killed
  const biasView = i.kind === 'int' && i.addBias === 1 ? new DataView(p.bytes.buffer, p.bytes.byteOffset + (i.paramRow + 1) * p.rowBytes, 4 * i.n) : undefined;
  const [lo, hi] = clampBounds(i.clamp);
  const accLo = -(2 ** (s.accBits - 1));
  const accHi = 2 ** (s.accBits - 1) - 1;
  const sums = new Float32Array(i.n);
  const outBanks = new BankCounter(out.banks);
  const accBanks = new BankCounter(acc.banks);
  for (let r = 0; r < i.rows; r++) {
    const a = (i.accRow + r) * acc.cols;
    for (let c = 0; c < i.n; c++) {
      if (i.kind === 'float') sums[c] = acc.values[a + c]!;
      else {
        let v = acc.values[a + c]! + (biasView === undefined ? 0 : biasView.getInt32(4 * c, true));
        if (v < accLo || v > accHi) {
          k.overflows++;
          v = applyOverflow(v, s.accBits, s.overflow);
        }
        sums[c] = v; // int32 → FP32: the Float32Array store rounds to nearest even
      }
    }
    writeFp32(out, i.outRow + r * span, convertOutput(sums, scale, lo, hi));
    outBanks.writeRows(i.outRow + r * span, span);
  }
  accBanks.readRows(i.accRow, i.rows);
  k.accReads += i.rows * i.n;
  k.sramReads.param += i.kind === 'int' ? 2 : 1;
  k.sramWrites.output += i.rows * span;
  k.addFormat(i.kind === 'int' ? 'cvt-int' : 'cvt-out', i.rows * i.n);
  if (i.kind === 'float') k.addFormat('acc-entry', i.rows * i.n, s.mode === 'fp8-e4m3' ? undefined : s.mode);
  return timing(i.rows * Math.ceil(i.n / lanes), [[accBanks, acc.ports], [outBanks, out.ports]]);
}

/** FPOOL: FP32 max pool, or the exact-sum average (core/fp32-average.ts), over output-buffer pixels. */
export function fpool(i: InstructionOf<'FPOOL'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const c = i.channels;
  const span = fp32Rows(c, out.rowBytes);
  const { outH, outW } = poolOutputGrid(i);
  const image = new Float32Array(i.inH * i.inW * c);
  for (let p = 0; p < i.inH * i.inW; p++) image.set(readFp32(out, i.srcRow + p * span, c), p * c);
  const win = { kernelH: i.kernelH, kernelW: i.kernelW, strideH: i.strideH, strideW: i.strideW, padTop: i.padTop, padLeft: i.padLeft, outH, outW };
  // Stryker disable next-line ConditionalExpression: → true max-pools an average too, whose loop below rewrites every element (→ false is killed)
  const result = i.kind === 'max' ? fp32MaxPool(image, i.inH, i.inW, c, win) : new Float32Array(outH * outW * c);
  const banks = new BankCounter(out.banks);
  let taps = 0;
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      const pixels: number[] = [];
      for (let ky = 0; ky < i.kernelH; ky++) {
        const y = oy * i.strideH + ky - i.padTop;
        for (let kx = 0; kx < i.kernelW; kx++) {
          const x = ox * i.strideW + kx - i.padLeft;
          if (y < 0 || y >= i.inH || x < 0 || x >= i.inW) continue;
          pixels.push(y * i.inW + x);
          banks.readRows(i.srcRow + (y * i.inW + x) * span, span);
        }
      }
      taps += pixels.length;
      const o = (oy * outW + ox) * c;
      // Stryker disable next-line EqualityOperator: ch <= c also sets result[o + c], the next pixel's channel 0, which its own pass rewrites before it is written (or past the end: dropped); the line's other equality forms are killed
      if (i.kind === 'avg') for (let ch = 0; ch < c; ch++) result[o + ch] = fp32AverageExact(pixels.map((p) => image[p * c + ch]!), pixels.length);
      writeFp32(out, i.dstRow + (oy * outW + ox) * span, result.subarray(o, o + c));
      banks.writeRows(i.dstRow + (oy * outW + ox) * span, span);
    }
  }
  k.sramReads.output += taps * span;
  k.sramWrites.output += outH * outW * span;
  k.addFormat(i.kind === 'max' ? 'fmax-tap' : 'favg-tap', taps * c);
  if (i.kind === 'avg') k.addFormat('favg-div', outH * outW * c);
  return timing(taps * Math.ceil(c / lanes), [[banks, out.ports]]);
}

/** FADD: dst = clamp(fp32(a + b)) over FP32 rows. */
export function fadd(i: InstructionOf<'FADD'>, b: Buffers, lanes: number, k: Counters): VectorTiming {
  const out = b.output;
  const span = fp32Rows(i.elems, out.rowBytes);
  const [lo, hi] = clampBounds(i.clamp);
  const banks = new BankCounter(out.banks);
  for (let r = 0; r < i.rows; r++) {
    const y = fp32Add(readFp32(out, i.aRow + r * span, i.elems), readFp32(out, i.bRow + r * span, i.elems), lo, hi);
    writeFp32(out, i.dstRow + r * span, y);
    banks.readRows(i.aRow + r * span, span);
    banks.readRows(i.bRow + r * span, span);
    banks.writeRows(i.dstRow + r * span, span);
  }
  k.sramReads.output += 2 * i.rows * span;
  k.sramWrites.output += i.rows * span;
  k.addFormat('fadd', i.rows * i.elems);
  return timing(i.rows * Math.ceil(i.elems / lanes), [[banks, out.ports]]);
}
