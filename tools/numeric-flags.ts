// Checks of numeric flag values, shared by the commands: yargs turns `--seed abc` into NaN and accepts
// `--batch 0` or `--runs 2.5`; each of those is a one-line user error naming the flag and the value.
import { fail } from '../core/diagnostics.js';

/** camelCase → kebab-case, to name a flag as the user typed it. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The word the user gave for `flag` in argv (`--flag v` or `--flag=v`), for messages. */
function givenText(flag: string, argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${flag}`) return argv[i + 1] ?? '';
    if (argv[i]!.startsWith(`--${flag}=`)) return argv[i]!.slice(flag.length + 3);
  }
  return 'NaN';
}

/** CLI002 for the first option whose value is NaN (a number flag given something that is not a number). */
export function rejectNotANumber(args: Record<string, unknown>, argv: readonly string[]): void {
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'number' && Number.isNaN(value)) {
      const flag = kebab(key);
      fail('CLI002', `--${flag} must be a number, got '${givenText(flag, argv)}'`);
    }
  }
}

/** CLI003 unless `value` (when given) is an integer in [min, max]. */
export function requireIntegerFlag(flag: string, value: number | undefined, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? (min === 1 ? 'a positive integer' : `an integer >= ${min}`) : `an integer in [${min}, ${max}]`;
    fail('CLI003', `--${flag} must be ${range}, got ${value}`);
  }
}

/** CLI003 unless `value` (when given) is a finite number > 0. */
export function requirePositiveFlag(flag: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) fail('CLI003', `--${flag} must be a positive number, got ${value}`);
}
