// Number formatting for QIR text: the shortest decimal that reads back to the same bits, per element type.
import type { DType } from '../ir/dtype.js';

/** `inf`, `-inf`, `nan` and `-0` are spelled out: String() would print Infinity, NaN and 0. */
function special(v: number): string | undefined {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return undefined;
}

/**
 * The shortest decimal that rounds back to `v` through Math.fround (v must be an f32 value):
 * 0.1f32 prints as 0.1, not 0.10000000149011612. Nine significant digits always suffice for f32.
 */
export function formatF32(v: number): string {
  const s = special(v);
  if (s !== undefined) return s;
  for (let p = 1; p < 9; p++) {
    const candidate = Number(v.toPrecision(p));
    if (Math.fround(candidate) === v) return String(candidate);
  }
  return String(Number(v.toPrecision(9)));
}

/** A float64 value: String() already gives the shortest round-tripping decimal. */
export function formatF64(v: number): string {
  return special(v) ?? String(v);
}

/** A float attribute: always with a '.', an exponent or a word, so a reader sees it is not an int (1 → 1.0). */
export function formatFloatAttr(v: number): string {
  const s = formatF64(v);
  return /[.eainf]/.test(s) ? s : `${s}.0`;
}

/** One element of an inline constant of type `dtype` (bigint for i64). */
export function formatElement(dtype: DType, v: number | bigint): string {
  if (typeof v === 'bigint') return v.toString();
  if (dtype === 'f32' || dtype === 'f16') return formatF32(v);
  if (dtype === 'f64') return formatF64(v);
  return String(v);
}
