// Terminal styling: colours only when stdout is a TTY (and NO_COLOR is unset).
import pc from 'picocolors';

const enabled = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
const colors = pc.createColors(enabled);

export const style = {
  bold: colors.bold,
  dim: colors.dim,
  good: colors.green,
  bad: colors.red,
  warn: colors.yellow,
  head: colors.cyan,
};

/** Thousands separators for counts (12,345,678): toLocaleString('en-US')'s text, without its first call's
 *  ~15 ms of ICU set-up in every cold CLI run (which it keeps for the values the digits cannot spell). */
export function formatCount(n: number): string {
  const r = Math.round(n);
  if (!(Math.abs(r) < 1e21)) return r.toLocaleString('en-US');
  return `${r < 0 || Object.is(r, -0) ? '-' : ''}${String(Math.abs(r)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** Three significant digits with an SI suffix (1.23M, 45.6k). */
export function formatSi(n: number, unit = ''): string {
  const abs = Math.abs(n);
  const steps: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [v, s] of steps) if (abs >= v) return `${(n / v).toPrecision(3)}${s}${unit}`;
  return `${Number(n.toPrecision(3))}${unit}`;
}

/** An energy given in pJ, in the unit that keeps 1–999 (pJ, nJ, µJ, mJ, J). */
export function formatEnergyPj(pj: number): string {
  const units: [number, string][] = [[1e12, 'J'], [1e9, 'mJ'], [1e6, 'µJ'], [1e3, 'nJ']];
  for (const [v, u] of units) if (Math.abs(pj) >= v) return `${(pj / v).toPrecision(3)} ${u}`;
  return `${pj.toPrecision(3)} pJ`;
}

/** A duration in seconds, in s, ms, µs or ns. */
export function formatSeconds(s: number): string {
  const units: [number, string][] = [[1, 's'], [1e-3, 'ms'], [1e-6, 'µs']];
  for (const [v, u] of units) if (Math.abs(s) >= v) return `${(s / v).toPrecision(3)} ${u}`;
  return `${(s / 1e-9).toPrecision(3)} ns`;
}
