// The slowest, most literal re-statement of the qconv2d/qdense integer spec (docs/INTEGER-SEMANTICS.md
// §5-§6, docs/QUANTIZATION.md "Accumulator"), in BigInt so no step depends on doubles being exact.
// It shares no code with compiler/: the tests pin the ops' outputs against it before and after any
// optimisation of their loops.

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;

/** Settings of the output side, as the op's attributes hold them. */
export interface OracleRequant {
  yZero: number;
  qmin: number;
  qmax: number;
  outDtype: string;
  pow2: boolean;
  accBits: number;
  saturate: boolean;
}

/** The exact sum reduced to accBits: unchanged, or wrapped/saturated (and counted by the caller). */
export function oracleReduce(exact: bigint, r: OracleRequant): { acc: bigint; overflow: boolean } {
  const bits = BigInt(r.accBits);
  const lo = -(2n ** (bits - 1n));
  const hi = 2n ** (bits - 1n) - 1n;
  if (exact >= lo && exact <= hi) return { acc: exact, overflow: false };
  if (r.saturate) return { acc: exact < lo ? lo : hi, overflow: true };
  return { acc: BigInt.asIntN(r.accBits, exact), overflow: true };
}

/** C++ int64 `/`: truncates toward zero (BigInt `/` does the same). */
const truncDiv = (a: bigint, b: bigint): bigint => a / b;
/** Arithmetic shift right (floor), as C++ `>>` on a negative int32 in practice. */
const floorShift = (a: bigint, n: bigint): bigint => a >> n;

/** gemmlowp SaturatingRoundingDoublingHighMul, written as the C++ reads. */
export function oracleSrdhm(a: bigint, b: bigint): bigint {
  if (a === INT32_MIN && b === INT32_MIN) return INT32_MAX;
  const ab = a * b;
  const nudge = ab >= 0n ? 1n << 30n : 1n - (1n << 30n);
  return truncDiv(ab + nudge, 1n << 31n);
}

/** gemmlowp RoundingDivideByPOT: mask / remainder / threshold. */
export function oracleRoundingDivideByPot(x: bigint, exponent: bigint): bigint {
  const mask = (1n << exponent) - 1n;
  const remainder = x & mask;
  const threshold = (mask >> 1n) + (x < 0n ? 1n : 0n);
  return floorShift(x, exponent) + (remainder > threshold ? 1n : 0n);
}

/** TFLite MultiplyByQuantizedMultiplier with the int32 left shift wrapping. */
export function oracleMbqm(x: bigint, m0: bigint, shift: number): bigint {
  const left = BigInt(Math.max(shift, 0));
  const right = BigInt(Math.max(-shift, 0));
  const shifted = BigInt.asIntN(32, x << left);
  return oracleRoundingDivideByPot(oracleSrdhm(shifted, m0), right);
}

/** The output code of one reduced accumulator value (b1 sign, pow2 shift or m0/shift, then the clamp). */
export function oracleRequantize(acc: bigint, m0: number, shift: number, r: OracleRequant): number {
  if (r.outDtype === 'b1') return acc >= 0n ? 1 : -1;
  let v: bigint;
  if (r.pow2) {
    if (shift <= 0) {
      const n = BigInt(-shift);
      v = n === 0n ? acc : floorShift(acc + (1n << (n - 1n)), n); // ties up
    } else {
      v = r.accBits <= 32 ? BigInt.asIntN(32, acc << BigInt(shift)) : acc << BigInt(shift);
    }
  } else if (r.accBits <= 32) {
    v = oracleMbqm(acc, BigInt(m0), shift);
  } else {
    // One rounding, half up: floor((acc·m0 + 2^(30−shift)) / 2^(31−shift)); exact product when 31 − shift ≤ 0.
    const total = 31 - shift;
    const p = acc * BigInt(m0);
    v = total <= 0 ? p << BigInt(-total) : floorShift(p + (1n << BigInt(total - 1)), BigInt(total));
  }
  const y = v + BigInt(r.yZero);
  const lo = BigInt(r.qmin);
  const hi = BigInt(r.qmax);
  return Number(y < lo ? lo : y > hi ? hi : y);
}

/** A conv2d problem in plain arrays (NCHW x, OIHW w). */
export interface OracleConv {
  n: number; cin: number; h: number; w: number;
  cout: number; kh: number; kw: number; groups: number;
  stride: [number, number]; dilation: [number, number]; pad: [number, number, number, number];
  x: number[]; wt: number[]; bias: number[]; m0: number[]; shift: number[];
  padValue: number;
}

/** qconv2d by the letter: every output, every tap in (c, ky, kx) order, padding read as padValue. */
export function oracleQconv2d(p: OracleConv, r: OracleRequant): { y: number[]; overflows: number } {
  const cinG = p.cin / p.groups;
  const coutG = p.cout / p.groups;
  const hOut = Math.floor((p.h + p.pad[0] + p.pad[2] - p.dilation[0] * (p.kh - 1) - 1) / p.stride[0]) + 1;
  const wOut = Math.floor((p.w + p.pad[1] + p.pad[3] - p.dilation[1] * (p.kw - 1) - 1) / p.stride[1]) + 1;
  const y: number[] = [];
  let overflows = 0;
  for (let b = 0; b < p.n; b++) {
    for (let oc = 0; oc < p.cout; oc++) {
      const group = Math.floor(oc / coutG);
      for (let oy = 0; oy < hOut; oy++) {
        for (let ox = 0; ox < wOut; ox++) {
          let sum = BigInt(p.bias[oc]!);
          for (let c = 0; c < cinG; c++) {
            for (let ky = 0; ky < p.kh; ky++) {
              for (let kx = 0; kx < p.kw; kx++) {
                const iy = oy * p.stride[0] - p.pad[0] + ky * p.dilation[0];
                const ix = ox * p.stride[1] - p.pad[1] + kx * p.dilation[1];
                const inside = iy >= 0 && iy < p.h && ix >= 0 && ix < p.w;
                const xv = inside ? p.x[((b * p.cin + group * cinG + c) * p.h + iy) * p.w + ix]! : p.padValue;
                const wv = p.wt[((oc * cinG + c) * p.kh + ky) * p.kw + kx]!;
                sum += BigInt(xv) * BigInt(wv);
              }
            }
          }
          const { acc, overflow } = oracleReduce(sum, r);
          if (overflow) overflows++;
          y.push(oracleRequantize(acc, p.m0[oc]!, p.shift[oc]!, r));
        }
      }
    }
  }
  return { y, overflows };
}

/** qdense by the letter: x [n, k], w [out, k]. */
export function oracleQdense(n: number, k: number, out: number, x: number[], wt: number[], bias: number[], m0: number[], shift: number[], r: OracleRequant): { y: number[]; overflows: number } {
  const y: number[] = [];
  let overflows = 0;
  for (let i = 0; i < n; i++) {
    for (let o = 0; o < out; o++) {
      let sum = BigInt(bias[o]!);
      for (let j = 0; j < k; j++) sum += BigInt(x[i * k + j]!) * BigInt(wt[o * k + j]!);
      const { acc, overflow } = oracleReduce(sum, r);
      if (overflow) overflows++;
      y.push(oracleRequantize(acc, m0[o]!, shift[o]!, r));
    }
  }
  return { y, overflows };
}
