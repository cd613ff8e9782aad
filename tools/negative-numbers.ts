// Negative numbers as flag values: `--input-range -4,4`, `--seed -1`, `--normalize -0.5,2`. yargs reads a
// value that starts with '-' as another flag unless the whole word is one number, so a list or an
// exponent ("-1e3") would be split into letters. accsim has no numeric short options, so a word that
// starts with '-' and a digit (or '.' and a digit) is always a value; it is glued to the flag before it.

const NEGATIVE_VALUE = /^-\.?\d/;
const LONG_FLAG = /^--[A-Za-z][\w-]*$/;

/** argv with every `--flag -<number...>` pair written as `--flag=-<number...>`; other words unchanged. */
export function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    if (LONG_FLAG.test(word) && !word.startsWith('--no-') && next !== undefined && NEGATIVE_VALUE.test(next)) {
      out.push(`${word}=${next}`);
      i++;
    } else {
      out.push(word);
    }
  }
  return out;
}
