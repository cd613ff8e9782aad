// Attribute values and inline literals: CST → untyped values → typed per the op's AttrSpec or the constant's dtype.
import type { CstNode, IToken } from 'chevrotain';
import type { AttrValue } from '../ir/graph.js';
import type { AttrKind } from '../ir/op-spec.js';
import { DTYPES, allocate, type DType } from '../ir/dtype.js';
import { type Tensor, type TensorType, formatType, numel } from '../ir/tensor.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { QirSource } from './diagnostics.js';
import { subnodes, tokens } from './parser.js';
import * as T from './tokens.js';

/**
 * A value as written, before its kind is known: `3` and `3.0` differ here (an int attribute rejects
 * `3.0`), and integer literals keep their text so i64 constants are read exactly.
 */
export type RawValue =
  | { kind: 'int'; value: number; text: string; tok: IToken }
  | { kind: 'float'; value: number; text: string; tok: IToken }
  | { kind: 'bool'; value: boolean; text: string; tok: IToken }
  | { kind: 'string'; value: string; text: string; tok: IToken }
  | { kind: 'list'; items: RawValue[]; text: string; tok: IToken };

/** Reads an `attrValue` CST node. */
export function rawAttrValue(node: CstNode): RawValue {
  const num = subnodes(node, 'number')[0];
  if (num) return rawNumber(num);
  const list = subnodes(node, 'list')[0];
  if (list) return rawList(list);
  const str = tokens(node, 'StringLit')[0];
  if (str) return { kind: 'string', value: T.unquote(str.image), text: str.image, tok: str };
  const tok = tokens(node, 'Kw_true')[0] ?? tokens(node, 'Kw_false')[0]!;
  return { kind: 'bool', value: tok.image === 'true', text: tok.image, tok };
}

/** Reads a `list` CST node. */
export function rawList(node: CstNode): RawValue {
  const items = subnodes(node, 'attrValue').map(rawAttrValue);
  return { kind: 'list', items, text: `[${items.map((i) => i.text).join(', ')}]`, tok: tokens(node, 'LBracket')[0]! };
}

function rawNumber(node: CstNode): RawValue {
  const minus = tokens(node, 'Minus')[0];
  const sign = minus ? -1 : 1;
  const prefix = minus ? '-' : '';
  const int = tokens(node, 'Integer')[0];
  if (int) return { kind: 'int', value: sign * Number(int.image), text: prefix + int.image, tok: minus ?? int };
  const flt = tokens(node, 'Float')[0];
  if (flt) return { kind: 'float', value: sign * Number(flt.image), text: prefix + flt.image, tok: minus ?? flt };
  const inf = tokens(node, 'Kw_inf')[0];
  if (inf) return { kind: 'float', value: sign * Infinity, text: `${prefix}inf`, tok: minus ?? inf };
  const nan = tokens(node, 'Kw_nan')[0]!;
  return { kind: 'float', value: NaN, text: `${prefix}nan`, tok: minus ?? nan };
}

const isSafeInt = (r: RawValue): r is Extract<RawValue, { kind: 'int' }> => r.kind === 'int' && Number.isSafeInteger(r.value);
const isNumber = (r: RawValue): r is Extract<RawValue, { kind: 'int' | 'float' }> => r.kind === 'int' || r.kind === 'float';

const KIND_WORDS: Record<AttrKind, string> = {
  int: 'an integer', ints: 'a list of integers', float: 'a number', floats: 'a list of numbers', string: 'a string', bool: 'true or false',
};

/** A converted attribute value, or what the attribute kind expected instead. */
export type AttrConversion = { ok: true; value: AttrValue } | { ok: false; expected: string };

/**
 * Converts a written value to the attribute kind its AttrSpec declares (`kind` undefined: the op or
 * attribute is unknown, so the verifier will report it; the value is kept as numbers/strings/booleans).
 */
export function toAttrValue(raw: RawValue, kind: AttrKind | undefined): AttrConversion {
  const ok = (value: AttrValue): AttrConversion => ({ ok: true, value });
  const no: AttrConversion = { ok: false, expected: kind ? KIND_WORDS[kind] : 'a number, a string, true/false or a flat list of numbers' };
  // Integers have one zero: `x + 0` turns -0 into 0. Floats keep the sign of zero: `x + -0` is x for every x.
  const numbers = (r: RawValue, ints: boolean) =>
    r.kind === 'list' && r.items.every((i) => (ints ? isSafeInt(i) : isNumber(i)))
      ? ok(r.items.map((i) => (i as { value: number }).value + (ints ? 0 : -0)))
      : no;
  switch (kind) {
    case 'int': return isSafeInt(raw) ? ok(raw.value + 0) : no;
    case 'float': return isNumber(raw) ? ok(raw.value) : no;
    case 'ints': return numbers(raw, true);
    case 'floats': return numbers(raw, false);
    case 'string': return raw.kind === 'string' ? ok(raw.value) : no;
    case 'bool': return raw.kind === 'bool' ? ok(raw.value) : no;
    case undefined:
      if (raw.kind === 'list') return numbers(raw, false);
      return ok(raw.value);
  }
}

/** All numbers of a (possibly nested) list in C order, or the first item that is not a number. */
function flatten(raw: RawValue, out: Extract<RawValue, { kind: 'int' | 'float' }>[]): RawValue | undefined {
  if (raw.kind !== 'list') {
    if (!isNumber(raw)) return raw;
    out.push(raw);
    return undefined;
  }
  for (const item of raw.items) {
    const bad = flatten(item, out);
    if (bad) return bad;
  }
  return undefined;
}

/** Converts an inline literal to a tensor of `type`, or returns the diagnostic explaining why it does not fit. */
export function literalTensor(src: QirSource, name: string, type: TensorType, literal: RawValue): Tensor | Diagnostic {
  const values: Extract<RawValue, { kind: 'int' | 'float' }>[] = [];
  const bad = flatten(literal, values);
  if (bad) return src.atToken('QIR006', `literal of @${name} holds ${bad.text}; literals hold numbers only`, bad.tok);
  const n = numel(type.shape);
  if (values.length !== n) {
    return src.atToken('QIR006', `@${name}: ${formatType(type)} needs ${n} value(s), the literal has ${values.length}`, literal.tok);
  }
  const info = DTYPES[type.dtype];
  const data = allocate(type.dtype, n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (info.isFloat) {
      data[i] = v.value;
      continue;
    }
    const problem = intProblem(type.dtype, v);
    if (problem) return src.atToken('QIR006', `@${name}: element ${i} (${v.text}) ${problem}`, v.tok);
    if (data instanceof BigInt64Array) data[i] = BigInt(v.text);
    else data[i] = v.value;
  }
  return { type, data };
}

/** Why an integer dtype cannot hold the written value, or undefined when it can. */
function intProblem(dtype: DType, v: Extract<RawValue, { kind: 'int' | 'float' }>): string | undefined {
  const info = DTYPES[dtype];
  if (v.kind !== 'int') return `is not an integer, and ${dtype} holds integers`;
  if (dtype === 'i64') {
    const b = BigInt(v.text);
    return b < -(1n << 63n) || b >= 1n << 63n ? 'does not fit in i64' : undefined;
  }
  return v.value < info.min! || v.value > info.max! ? `is outside the ${dtype} range [${info.min}, ${info.max}]` : undefined;
}
