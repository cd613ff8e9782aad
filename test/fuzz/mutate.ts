// A seeded mutator for fuzzing the readers: byte-level (truncation, bit flips, boundary integers written
// over the data, inserted/deleted/duplicated spans), text-level (numbers replaced by boundary values, lines
// dropped or repeated, deep nesting, very long tokens) and tree-level (JSON-like values: a leaf replaced by
// a boundary number or a value of the wrong type, keys removed or added, arrays emptied or made huge).
// Everything is driven by one PRNG, so a case is reproduced from (format, seed, case index).

/** A PRNG returning floats in [0, 1). */
export type Rand = () => number;

/** An integer in [0, n). */
export const below = (r: Rand, n: number): number => Math.floor(r() * n);
/** One element of a non-empty list. */
export const oneOf = <T>(r: Rand, list: readonly T[]): T => list[below(r, list.length)]!;

/** Integers where readers go wrong: zero, signs, the edges of 8/16/32/53/64-bit ranges. */
export const BOUNDARY_INTEGERS: readonly number[] = [
  0, 1, -1, 2, 3, 7, 8, 15, 16, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2 ** 20, 2 ** 24,
  2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 2 ** 40, 2 ** 53 - 1, 2 ** 53, -(2 ** 53),
];

/** Number spellings for text formats: boundary integers plus overflow, NaN, −0, denormals, long digits. */
export const BOUNDARY_NUMBER_TEXTS: readonly string[] = [
  ...BOUNDARY_INTEGERS.map(String), '-0', '-0.0', '0.5', '-2.5', '1e309', '-1e309', '1e-320', 'NaN', 'Infinity', '-Infinity', 'nan', 'inf',
  '9007199254740993', '18446744073709551615', '18446744073709551616', '3.4028235e38', '1e38', '1e-45', '99999999999999999999999999999', '0x10', '1_000',
];

/** Byte values that change meaning at a boundary. */
const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 0x20, 0x22, 0x5b, 0x7b, 0x2c, 0x0a];

/** Writes `value` as a `width`-byte integer (two's complement for negatives) at `at`, little- or big-endian. */
function writeInt(out: Uint8Array, at: number, width: number, value: number, littleEndian: boolean): void {
  let v = BigInt.asUintN(width * 8, BigInt(Math.trunc(value)));
  for (let k = 0; k < width && at + k < out.length; k++) {
    const pos = littleEndian ? at + k : at + width - 1 - k;
    if (pos < out.length) out[pos] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function randomBytes(r: Rand, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => (r() < 0.5 ? oneOf(r, INTERESTING_BYTES) : below(r, 256)));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A span [from, to) of at most `max` bytes, biased toward short spans. */
function span(r: Rand, length: number, max = 64): [number, number] {
  const from = below(r, length + 1);
  const size = 1 + below(r, r() < 0.8 ? 8 : max);
  return [from, Math.min(length, from + size)];
}

/** One random byte-level mutation (a copy; the input is not modified). */
export function mutateBytes(bytes: Uint8Array, r: Rand): Uint8Array {
  const n = bytes.length;
  const out = bytes.slice();
  switch (below(r, 8)) {
    case 0: return bytes.slice(0, below(r, n + 1)); // truncation
    case 1: { // bit flips
      for (let k = 1 + below(r, 4); k > 0 && n > 0; k--) out[below(r, n)]! ^= 1 << below(r, 8);
      return out;
    }
    case 2: { // an interesting byte
      if (n > 0) out[below(r, n)] = oneOf(r, INTERESTING_BYTES);
      return out;
    }
    case 3: { // a boundary integer over 1, 2, 4 or 8 bytes, either byte order
      if (n > 0) writeInt(out, below(r, n), oneOf(r, [1, 2, 4, 8]), oneOf(r, BOUNDARY_INTEGERS), r() < 0.7);
      return out;
    }
    case 4: { // insert random bytes
      const at = below(r, n + 1);
      return concat(bytes.subarray(0, at), randomBytes(r, 1 + below(r, 32)), bytes.subarray(at));
    }
    case 5: { // delete a span
      const [from, to] = span(r, n);
      return concat(bytes.subarray(0, from), bytes.subarray(to));
    }
    case 6: { // duplicate a span in place
      const [from, to] = span(r, n);
      return concat(bytes.subarray(0, to), bytes.subarray(from, to), bytes.subarray(to));
    }
    default: { // copy a span over another place
      const [from, to] = span(r, n);
      const at = below(r, n + 1);
      out.set(bytes.subarray(from, Math.min(to, from + (n - at))), Math.min(at, n));
      return out;
    }
  }
}

const NUMBER_TOKEN = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
const WORD_TOKEN = /[A-Za-z_][\w.]*/g;

/** Start and end of every match of `re` in `text`. */
function tokens(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** One random text-level mutation; `vocabulary` holds words of the format (dtypes, keys, op names). */
export function mutateText(text: string, r: Rand, vocabulary: readonly string[] = []): string {
  const replaceToken = (re: RegExp, by: () => string): string => {
    const all = tokens(text, re);
    if (all.length === 0) return text;
    const [from, to] = oneOf(r, all);
    return text.slice(0, from) + by() + text.slice(to);
  };
  const lines = text.split('\n');
  // Growing mutations (repeated lines, nesting, long tokens) stop at a few MB, so that stacked ones stay
  // inputs a reader could be given rather than strings V8 cannot build.
  const grow = text.length < 4_000_000;
  switch (below(r, grow ? 9 : 4)) {
    case 0: case 1: return replaceToken(NUMBER_TOKEN, () => oneOf(r, BOUNDARY_NUMBER_TEXTS));
    case 2: {
      const words = [...vocabulary, ...[...text.matchAll(WORD_TOKEN)].map((m) => m[0])];
      return words.length === 0 ? text : replaceToken(WORD_TOKEN, () => oneOf(r, words));
    }
    case 3: { // drop a line
      lines.splice(below(r, lines.length), 1);
      return lines.join('\n');
    }
    case 4: { // repeat a line (sometimes many times, up to a few MB)
      const k = below(r, lines.length);
      const times = r() < 0.9 ? 1 : Math.max(1, Math.min(1000, Math.floor(4_000_000 / (lines[k]!.length + 1))));
      lines.splice(k, 0, ...Array.from({ length: times }, () => lines[k]!));
      return lines.join('\n');
    }
    case 5: { // deep nesting at a random place
      const depth = oneOf(r, [10, 1000, 100_000]);
      const open = oneOf(r, ['[', '{"a":', '(', '{']);
      const at = below(r, text.length + 1);
      return text.slice(0, at) + open.repeat(depth) + text.slice(at);
    }
    case 6: { // a very long token
      const at = below(r, text.length + 1);
      const token = oneOf(r, ['a', '9', ' ', '"', '-', 'é', '\u0000']).repeat(oneOf(r, [300, 70_000, 1_000_000]));
      return text.slice(0, at) + token + text.slice(at);
    }
    default: { // bytes (may leave invalid UTF-8, decoded leniently as a reader of a text file would)
      return new TextDecoder().decode(mutateBytes(new TextEncoder().encode(text), r));
    }
  }
}

/** A JSON-like value (objects, arrays, numbers, strings, booleans, null, byte arrays as leaves). */
export type Tree = unknown;

/** Every path to a node of the tree (the root is []), at most `limit` of them. */
function paths(t: Tree, limit = 5000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: Tree, p: (string | number)[]) => {
    if (out.length >= limit) return;
    out.push(p);
    if (v instanceof Uint8Array || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...p, k]);
  };
  walk(t, []);
  return out;
}

/** Values of the wrong kind, or absurd sizes, to put where a reader expects something else. */
function strangeValue(r: Rand, old: Tree): Tree {
  switch (below(r, 9)) {
    case 0: return oneOf(r, BOUNDARY_INTEGERS) * (r() < 0.2 ? -1 : 1);
    case 1: return oneOf(r, [NaN, Infinity, -Infinity, -0, 0.5, 1e-320, 1e308]);
    case 2: return oneOf(r, ['', 'x', 'f64', 'I64', '<f8', 'NaN', '__proto__', 'a'.repeat(10_000)]);
    case 3: return oneOf(r, [null, true, false]);
    case 4: return [];
    case 5: return {};
    case 6: return Array.from({ length: oneOf(r, [2, 100, 10_000]) }, () => (typeof old === 'number' ? old : 1));
    case 7: return Array.isArray(old) ? [...old, ...old] : [old];
    default: return old instanceof Uint8Array ? mutateBytes(old, r) : typeof old === 'string' ? old + old : { value: old };
  }
}

/** One random tree mutation on a deep copy of `t` (byte arrays are copied too). */
export function mutateTree(t: Tree, r: Rand): Tree {
  const root = { v: copyTree(t) } as Record<string, unknown>;
  const all = paths(root['v']).map((p) => ['v', ...p]);
  const path = oneOf(r, all);
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, root);
  const key = path[path.length - 1]!;
  const old = parent[key];
  const action = below(r, 6);
  if (action === 0 && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (action === 0 && typeof key === 'string' && key !== 'v') delete parent[key];
  else if (action === 1 && old !== null && typeof old === 'object' && !Array.isArray(old) && !(old instanceof Uint8Array)) {
    // defineProperty, so that "__proto__" becomes a key (as JSON.parse makes it) instead of the prototype.
    Object.defineProperty(old, oneOf(r, ['extra', '__proto__', 'constructor', 'a']), { value: strangeValue(r, 1), enumerable: true, writable: true, configurable: true });
  } else if (action === 2 && typeof old === 'number') parent[key] = oneOf(r, BOUNDARY_INTEGERS) * (r() < 0.2 ? -1 : 1);
  else parent[key] = strangeValue(r, old);
  return root['v'];
}

function copyTree(t: Tree): Tree {
  if (t instanceof Uint8Array) return t.slice();
  if (t === null || typeof t !== 'object') return t;
  if (Array.isArray(t)) return t.map(copyTree);
  return Object.fromEntries(Object.entries(t as Record<string, unknown>).map(([k, v]) => [k, copyTree(v)]));
}
