// The header of a .npy file: a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// numpy writes it with repr() and reads it with ast.literal_eval, so we parse the small subset of
// Python literal syntax that can appear there: dicts, tuples, lists, strings, ints, True/False/None.

/** A parsed Python literal. Dicts keep their keys in file order. */
export type PyLiteral = string | number | boolean | null | PyLiteral[] | Map<string, PyLiteral>;

/** What a .npy header says about the array. */
export interface NpyHeader {
  descr: PyLiteral;
  fortranOrder: boolean;
  shape: number[];
}

/**
 * Parses the header dict text and checks its keys and value types. Returns a message (not a throw)
 * on failure so that the caller can attach its own error code and file name.
 */
export function parseNpyHeader(text: string): NpyHeader | string {
  let value: PyLiteral;
  try {
    const parser = new LiteralParser(text);
    value = parser.parseValue();
    parser.expectEnd();
  } catch (err) {
    if (err instanceof LiteralSyntaxError) return `header is not a Python dict literal: ${err.message}`;
    throw err;
  }
  if (!(value instanceof Map)) return 'header is not a dict';
  const keys = [...value.keys()].sort().join(', ');
  if (keys !== 'descr, fortran_order, shape') return `header keys are {${keys}}, expected {descr, fortran_order, shape}`;
  const fortranOrder = value.get('fortran_order');
  if (typeof fortranOrder !== 'boolean') return "header 'fortran_order' is not True or False";
  const shape = value.get('shape');
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    return "header 'shape' is not a tuple of non-negative integers";
  }
  return { descr: value.get('descr')!, fortranOrder, shape: shape as number[] };
}

/** The header dict as numpy writes it: sorted keys, repr() values, a trailing ", ". */
export function formatNpyHeaderDict(descr: string, shape: readonly number[]): string {
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  return `{'descr': '${descr}', 'fortran_order': False, 'shape': ${tuple}, }`;
}

class LiteralSyntaxError extends Error {}

/** numpy writes a dict of a string, a bool and a tuple of ints: depth 2. Deeper nesting is refused, not recursed into. */
const MAX_DEPTH = 16;
const WORD = /[A-Za-z_]\w*/y;
const INTEGER = /[-+]?\d+L?/y;
const CONSTANTS = new Map<string, PyLiteral>([['True', true], ['False', false], ['None', null]]);

/** Recursive descent over the literal text; `pos` always points at the next unread character. */
class LiteralParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  parseValue(): PyLiteral {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{' || c === '(' || c === '[') {
      if (++this.depth > MAX_DEPTH) throw this.error(`nested deeper than ${MAX_DEPTH} levels`);
      const value = c === '{' ? this.parseDict() : c === '(' ? this.parseSequence('(', ')') : this.parseSequence('[', ']');
      this.depth--;
      return value;
    }
    if (c === "'" || c === '"') return this.parseString();
    if (c !== undefined && /[-+0-9]/.test(c)) return this.parseInt();
    const word = this.sticky(WORD);
    if (word !== undefined && CONSTANTS.has(word)) {
      this.pos += word.length;
      return CONSTANTS.get(word)!;
    }
    throw this.error(c === undefined ? 'unexpected end' : `unexpected ${JSON.stringify(c)}`);
  }

  /** The match of a sticky regex at `pos` (no slicing: headers may be megabytes long). */
  private sticky(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    return re.exec(this.text)?.[0];
  }

  expectEnd(): void {
    this.skipSpace();
    if (this.pos < this.text.length) throw this.error('text after the closing brace');
  }

  private parseDict(): Map<string, PyLiteral> {
    const dict = new Map<string, PyLiteral>();
    this.pos++; // '{'
    while (!this.tryConsume('}')) {
      const key = this.parseValue();
      if (typeof key !== 'string') throw this.error('dict keys must be strings');
      if (dict.has(key)) throw this.error(`duplicate key '${key}'`);
      if (!this.tryConsume(':')) throw this.error("expected ':'");
      dict.set(key, this.parseValue());
      if (!this.tryConsume(',')) {
        if (!this.tryConsume('}')) throw this.error("expected ',' or '}'");
        break;
      }
    }
    return dict;
  }

  private parseSequence(open: string, close: string): PyLiteral {
    const items: PyLiteral[] = [];
    this.pos++; // the opening bracket
    let sawComma = false;
    while (!this.tryConsume(close)) {
      items.push(this.parseValue());
      sawComma = this.tryConsume(',');
      if (!sawComma) {
        if (!this.tryConsume(close)) throw this.error(`expected ',' or '${close}'`);
        break;
      }
    }
    // In Python `(3)` is the int 3, not a tuple: only `(3,)` is a one-element tuple.
    if (open === '(' && items.length === 1 && !sawComma) return items[0]!;
    return items;
  }

  private parseString(): string {
    const quote = this.text[this.pos]!;
    let out = '';
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (c === quote) {
        this.pos++;
        return out;
      }
      // dtype names and keys contain no escapes; keep the escaped character as is.
      if (c === '\\') this.pos++;
      out += this.text[this.pos] ?? '';
    }
    throw this.error('unterminated string');
  }

  private parseInt(): number {
    // Python 2 wrote shapes as `(3L, 4L)`; numpy still accepts those headers.
    const m = this.sticky(INTEGER);
    if (m === undefined) throw this.error('expected a number');
    this.pos += m.length;
    return Number(m.replace('L', ''));
  }

  private tryConsume(c: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private error(message: string): LiteralSyntaxError {
    return new LiteralSyntaxError(`${message} at character ${this.pos + 1}`);
  }
}
