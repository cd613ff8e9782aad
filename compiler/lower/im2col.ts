// Implicit im2col: the input tile of a conv is gathered from the NHWC activation by strided LOADs.
// The im2col row of an output pixel is the concatenation over taps (ky, kx) of one input pixel's
// channel bytes, so the byte stream of a pixel is tap-major: byte B = tap·pixBytes + b.
//   ws: pixel i's row is a run of `rowsPerPixel` SRAM rows; one LOAD moves one tap piece (the part of
//       a tap's bytes inside one SRAM row) for a whole rectangle of output pixels (rows × repeat =
//       output columns × output rows), so the count scales with taps × tiles, not with pixels.
//   os: vector j holds P elements of every pixel of a sub-block (a transposed tile), so each LOAD moves
//       one pixel's contiguous run of taps, with an SRAM row step per vector (pixels × kh LOADs).
// Taps that fall into the padding are written with fill = the input's pad byte (its zero point).
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { ActTensor } from './layout.js';
import { MAX_TRANSFER_ROWS } from './field-limits.js';
import { padByte } from './layout.js';
import type { ConvShape, GemmPlan, PixelRect } from './tiling.js';

type LoadFields = InstructionFields<'LOAD'>;

/** Output coordinates [lo, hi) along one axis whose tap lands inside the input. */
function validRange(outLo: number, outHi: number, tapOffset: number, stride: number, size: number): [number, number] {
  // in = out·stride + tapOffset must lie in [0, size)
  // Clamped into [outLo, outHi], so an empty range still splits the axis into two padding parts.
  const lo = Math.min(outHi, Math.max(outLo, Math.ceil(-tapOffset / stride)));
  const hi = Math.max(lo, Math.min(outHi, Math.floor((size - 1 - tapOffset) / stride) + 1));
  return [lo, hi];
}

/** Pieces of the byte range [a, b) of the pixel stream cut at SRAM row boundaries (relative to `winStart`). */
function pieces(a: number, b: number, winStart: number, rowBytes: number): { src: number; row: number; byte: number; len: number }[] {
  const out = [];
  for (let p = a; p < b;) {
    const rel = p - winStart;
    const byte = rel % rowBytes;
    const len = Math.min(b - p, rowBytes - byte);
    out.push({ src: p, row: Math.floor(rel / rowBytes), byte, len });
    p += len;
  }
  return out;
}

/** A LOAD and the comment printed before it. */
export interface NotedLoad {
  readonly fields: LoadFields;
  readonly note: string;
}

/**
 * ws loads of one pixel block for the k-group window [w0, w1) of the stream, into rows from `base`.
 * Dense layers (one output pixel whose window is the whole input) copy the contiguous tensor instead.
 */
export function wsInputLoads(s: ConvShape, p: GemmPlan, x: ActTensor, rect: PixelRect, w0: number, w1: number, base: number, rowBytes: number): NotedLoad[] {
  const dense = s.oh === 1 && s.ow === 1 && s.kh === s.h && s.kw === s.w && s.pt === 0 && s.pl === 0 && s.dh === 1 && s.dw === 1;
  if (dense) return denseInputLoads(x, w0, w1, base, rowBytes);
  const out: NotedLoad[] = [];
  for (let ky = 0; ky < s.kh; ky++) {
    for (let kx = 0; kx < s.kw; kx++) {
      const t = ky * s.kw + kx;
      const a = Math.max(w0, t * p.pixBytes);
      const b = Math.min(w1, (t + 1) * p.pixBytes);
      if (a >= b) continue;
      const tap: Tap = { ky, kx, t, offY: ky * s.dh - s.pt, offX: kx * s.dw - s.pl, pieces: pieces(a, b, w0, rowBytes) };
      const [vy0, vy1] = validRange(rect.y0, rect.y1, tap.offY, s.sh, s.h);
      const [vx0, vx1] = validRange(rect.x0, rect.x1, tap.offX, s.sw, s.w);
      const ctx = { s, p, x, rect, base, rowBytes };
      // The valid rectangle reads DRAM; up to four border rectangles are padding.
      tapLoads(out, ctx, tap, { y0: vy0, y1: vy1, x0: vx0, x1: vx1 }, true);
      tapLoads(out, ctx, tap, { y0: rect.y0, y1: vy0, x0: rect.x0, x1: rect.x1 }, false);
      tapLoads(out, ctx, tap, { y0: vy1, y1: rect.y1, x0: rect.x0, x1: rect.x1 }, false);
      tapLoads(out, ctx, tap, { y0: vy0, y1: vy1, x0: rect.x0, x1: vx0 }, false);
      tapLoads(out, ctx, tap, { y0: vy0, y1: vy1, x0: vx1, x1: rect.x1 }, false);
    }
  }
  return out;
}

/** The contiguous input of a dense layer: whole SRAM rows, then the tail. */
function denseInputLoads(x: ActTensor, w0: number, w1: number, base: number, rowBytes: number): NotedLoad[] {
  const out: NotedLoad[] = [];
  const full = Math.floor((w1 - w0) / rowBytes);
  const common = { buffer: 'input' as const, sramByte: 0, sramRowStride: 1, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 };
  for (let r = 0; r < full; r += MAX_TRANSFER_ROWS) {
    const n = Math.min(MAX_TRANSFER_ROWS, full - r);
    out.push({ fields: { ...common, sramRow: base + r, bytesPerRow: rowBytes, rows: n, dramAddr: x.dramAddr + w0 + r * rowBytes, dramRowStride: rowBytes }, note: `dense input bytes ${w0 + r * rowBytes}..${w0 + (r + n) * rowBytes - 1}` });
  }
  const rest = w1 - w0 - full * rowBytes;
  if (rest > 0) out.push({ fields: { ...common, sramRow: base + full, bytesPerRow: rest, rows: 1, dramAddr: x.dramAddr + w0 + full * rowBytes, dramRowStride: 0 }, note: 'dense input tail' });
  return out;
}

/** One tap of the kernel: its index, input offsets and its bytes cut into SRAM-row pieces. */
interface Tap {
  readonly ky: number; readonly kx: number; readonly t: number; readonly offY: number; readonly offX: number;
  readonly pieces: readonly { src: number; row: number; byte: number; len: number }[];
}

interface TapContext {
  readonly s: ConvShape; readonly p: GemmPlan; readonly x: ActTensor; readonly rect: PixelRect; readonly base: number; readonly rowBytes: number;
}

/** LOADs of one tap over the output rectangle `r` (inside the block), from DRAM or as padding fill. */
function tapLoads(out: NotedLoad[], c: TapContext, tap: Tap, r: PixelRect, valid: boolean): void {
  if (r.y1 <= r.y0 || r.x1 <= r.x0) return;
  const { s, p, x, rect } = c;
  const bw = rect.x1 - rect.x0;
  const src = (pc: { src: number }) => pc.src - tap.t * p.pixBytes;
  const dramAt = (y: number, pc: { src: number }) => (valid ? x.dramAddr + ((y * s.sh + tap.offY) * s.w + r.x0 * s.sw + tap.offX) * x.pixBytes + src(pc) : 0);
  const pix = (y: number) => (y - rect.y0) * bw + (r.x0 - rect.x0);
  const what = `tap (${tap.ky},${tap.kx}) out rows ${r.y0}..${r.y1 - 1} cols ${r.x0}..${r.x1 - 1}${valid ? '' : ' padding'}`;
  const fill = { fill: valid ? 0 : 1, fillByte: valid ? 0 : padByte(x) };
  const ps = tap.pieces;
  // A tap spanning several whole SRAM rows: one LOAD per output row (rows × repeat = tap rows ×
  // output columns) beats one LOAD per row piece when the rectangle has fewer output rows.
  if (ps.every((pc) => pc.byte === 0 && pc.len === c.rowBytes) && ps.length > r.y1 - r.y0) {
    for (let y = r.y0; y < r.y1; y++) {
      out.push({
        fields: {
          buffer: 'input', sramRow: c.base + pix(y) * p.rowsPerPixel + ps[0]!.row, sramByte: 0, bytesPerRow: c.rowBytes, rows: ps.length, sramRowStride: 1,
          dramAddr: dramAt(y, ps[0]!), dramRowStride: valid ? c.rowBytes : 0, repeat: r.x1 - r.x0, sramOuterStride: r.x1 - r.x0 > 1 ? p.rowsPerPixel : 0,
          dramOuterStride: valid && r.x1 - r.x0 > 1 ? s.sw * x.pixBytes : 0, ...fill,
        },
        note: `${what}: ${ps.length} rows per pixel`,
      });
    }
    return;
  }
  for (const pc of ps) {
    out.push({
      fields: {
        buffer: 'input', sramRow: c.base + pix(r.y0) * p.rowsPerPixel + pc.row, sramByte: pc.byte, bytesPerRow: pc.len,
        rows: r.x1 - r.x0, sramRowStride: p.rowsPerPixel, dramAddr: dramAt(r.y0, pc), dramRowStride: valid ? s.sw * x.pixBytes : 0,
        repeat: r.y1 - r.y0, sramOuterStride: r.y1 - r.y0 > 1 ? bw * p.rowsPerPixel : 0,
        dramOuterStride: valid && r.y1 - r.y0 > 1 ? s.sh * s.w * x.pixBytes : 0, ...fill,
      },
      note: `${what} bytes ${src(pc)}..${src(pc) + pc.len - 1}`,
    });
  }
}

/**
 * os loads of one pixel block: pixel k of the block is row i = k mod R of sub-block k div R. Byte B of
 * the window goes to vector B div g at byte i·g + B mod g (g = bytes of P elements), one LOAD per pixel,
 * tap run and phase (g = 1 for int8 and int4).
 */
export function osInputLoads(s: ConvShape, p: GemmPlan, x: ActTensor, rect: PixelRect, w0: number, w1: number, base: number, rowBytes: number, R: number): NotedLoad[] {
  const out: NotedLoad[] = [];
  const g = p.kTileBytes / R;
  const subRows = p.kcpg * R * p.rpvIn;
  const fill = padByte(x);
  const bw = rect.x1 - rect.x0;
  for (let oy = rect.y0; oy < rect.y1; oy++) {
    for (let ox = rect.x0; ox < rect.x1; ox++) {
      const k = (oy - rect.y0) * bw + (ox - rect.x0);
      const i = k % R;
      const subBase = base + Math.floor(k / R) * subRows;
      // An interior pixel with the whole stream in one k-group: its kernel rows are equally strided in
      // DRAM and in the tile, so one LOAD moves them all (rows = one kernel row's bytes, repeat = kh).
      if (g === 1 && w0 === 0 && w1 === p.kBytes && s.dw === 1 && interior(s, oy, ox)) {
        const rowBytesK = s.kw * p.pixBytes;
        out.push({
          fields: {
            buffer: 'input', sramRow: subBase + Math.floor(i / rowBytes), sramByte: i % rowBytes, bytesPerRow: 1, rows: rowBytesK, sramRowStride: p.rpvIn,
            dramAddr: x.dramAddr + ((oy * s.sh - s.pt) * s.w + ox * s.sw - s.pl) * x.pixBytes, dramRowStride: 1,
            repeat: s.kh, sramOuterStride: s.kh > 1 ? rowBytesK * p.rpvIn : 0, dramOuterStride: s.kh > 1 ? s.dh * s.w * x.pixBytes : 0, fill: 0, fillByte: 0,
          },
          note: `pixel (${oy},${ox}) all ${s.kh}x${s.kw} taps`,
        });
        continue;
      }
      for (let ky = 0; ky < s.kh; ky++) {
        const iy = oy * s.sh + ky * s.dh - s.pt;
        for (const [kx0, kx1, valid] of kernelRowRuns(s, iy, ox)) {
          const a = Math.max(w0, (ky * s.kw + kx0) * p.pixBytes);
          const b = Math.min(w1, (ky * s.kw + kx1) * p.pixBytes);
          if (a >= b) continue;
          // DRAM address of stream byte B of this run: dramStart + B.
          const dramStart = valid ? x.dramAddr + (iy * s.w + ox * s.sw - s.pl + kx0 * s.dw) * x.pixBytes - (ky * s.kw + kx0) * p.pixBytes : 0;
          for (let q = 0; q < g; q++) {
            const first = a + ((((q - (a - w0)) % g) + g) % g);
            if (first >= b) continue;
            const pos = i * g + q;
            out.push({
              fields: {
                buffer: 'input', sramRow: subBase + Math.floor((first - w0) / g) * p.rpvIn + Math.floor(pos / rowBytes), sramByte: pos % rowBytes,
                bytesPerRow: 1, rows: Math.floor((b - 1 - first) / g) + 1, sramRowStride: p.rpvIn, dramAddr: valid ? dramStart + first : 0,
                dramRowStride: valid ? g : 0, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: valid ? 0 : 1, fillByte: valid ? 0 : fill,
              },
              note: `pixel (${oy},${ox}) ky ${ky} kx ${kx0}..${kx1 - 1}${g > 1 ? ` phase ${q}` : ''}${valid ? '' : ' padding'}`,
            });
          }
        }
      }
    }
  }
  return out;
}

/**
 * The taps kx of one kernel row for output column `ox` at input row `iy`, as runs [kx0, kx1) that are
 * all inside the image (contiguous in DRAM when undilated) or all padding.
 */
function kernelRowRuns(s: ConvShape, iy: number, ox: number): [number, number, boolean][] {
  if (iy < 0 || iy >= s.h) return [[0, s.kw, false]];
  const runs: [number, number, boolean][] = [];
  // Taps kx with ix = kx·dw + (ox·sw − pl) inside the image.
  const [lo, hi] = validRange(0, s.kw, ox * s.sw - s.pl, s.dw, s.w);
  if (lo > 0) runs.push([0, lo, false]);
  if (hi > lo) {
    if (s.dw === 1) runs.push([lo, hi, true]);
    else for (let kx = lo; kx < hi; kx++) runs.push([kx, kx + 1, true]);
  }
  if (hi < s.kw) runs.push([Math.max(hi, lo), s.kw, false]);
  return runs;
}

/** Whether every tap of output pixel (oy, ox) lies inside the image. */
function interior(s: ConvShape, oy: number, ox: number): boolean {
  const y0 = oy * s.sh - s.pt;
  const x0 = ox * s.sw - s.pl;
  return y0 >= 0 && y0 + (s.kh - 1) * s.dh < s.h && x0 >= 0 && x0 + (s.kw - 1) * s.dw < s.w;
}
