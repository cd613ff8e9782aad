// Passing optional flags on: only the ones the user gave, so `exactOptionalPropertyTypes` holds.

/** The entries of `args` named in `keys` whose value is not undefined. */
export function pick<T extends object, K extends keyof T>(args: T, keys: readonly K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const k of keys) if (args[k] !== undefined) out[k] = args[k] as Exclude<T[K], undefined>;
  return out;
}
