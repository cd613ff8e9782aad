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

/** Thousands separators for counts (12,345,678). */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Three significant digits with an SI suffix (1.23M, 45.6k). */
export function formatSi(n: number, unit = ''): string {
  const abs = Math.abs(n);
  const steps: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [v, s] of steps) if (abs >= v) return `${(n / v).toPrecision(3)}${s}${unit}`;
  return `${Number(n.toPrecision(3))}${unit}`;
}
