// Chevrotain lexing/parsing errors turned into Diagnostics a human can act on (the QIR codes and their
// meanings are in core/error-codes/qir.ts).
import { EOF, type ILexingError, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { UserError, type Diagnostic, type ErrorCode } from '../../core/diagnostics.js';
import * as T from './tokens.js';

/** At most this many diagnostics are reported for one file; later ones are usually consequences. */
export const MAX_DIAGNOSTICS = 10;

/** The text being parsed: file name and lines, to give every diagnostic a `file:line:col` and its source line. */
export class QirSource {
  readonly lines: string[];
  constructor(readonly text: string, readonly file?: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** A diagnostic at a 1-based line and column. */
  at(code: ErrorCode, message: string, line: number, col: number, node?: string): Diagnostic {
    const d: Diagnostic = { code, message, line, col, sourceLine: this.lines[line - 1] ?? '' };
    if (this.file !== undefined) d.file = this.file;
    if (node !== undefined) d.node = node;
    return d;
  }

  /** A diagnostic at a token. */
  atToken(code: ErrorCode, message: string, tok: IToken, node?: string): Diagnostic {
    return this.at(code, message, tok.startLine ?? 1, tok.startColumn ?? 1, node);
  }

  /** Fills in the file and source line of a diagnostic that has a line (e.g. from the verifier). */
  locate(d: Diagnostic): Diagnostic {
    const out: Diagnostic = { ...d };
    if (this.file !== undefined && out.file === undefined) out.file = this.file;
    if (out.line !== undefined && out.sourceLine === undefined) out.sourceLine = this.lines[out.line - 1] ?? '';
    return out;
  }
}

/** Throws a UserError with up to MAX_DIAGNOSTICS diagnostics (no-op for an empty list). */
export function throwIfAny(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) throw new UserError(diagnostics.slice(0, MAX_DIAGNOSTICS));
}

/** A lexing error: the offending character and where. */
export function lexDiagnostic(src: QirSource, e: ILexingError): Diagnostic {
  const ch = src.text[e.offset] ?? '';
  const message = `unexpected character ${JSON.stringify(ch)}${ch === '%' || ch === '@' ? ` (a name after ${ch} uses the characters ${T.NAME_CHARS})` : ''}`;
  return src.at('QIR001', message, e.line ?? 1, e.column ?? 1);
}

/** A string token that is unterminated or holds an unknown escape. */
export function badStringDiagnostic(src: QirSource, tok: IToken): Diagnostic {
  const closed = tok.image.length > 1 && tok.image.endsWith('"');
  const what = closed ? 'unknown escape in string' : 'unterminated string: it must end with " on the same line';
  return src.atToken('QIR001', `${what} (escapes: \\" \\\\ \\n \\t)`, tok);
}

const is = (tok: IToken | undefined, ...types: TokenType[]): boolean => tok !== undefined && types.includes(tok.tokenType);

/** Name and op of the node statement that contains token index `i` (operands follow '(' or ','; a node name does not). */
function enclosingNode(toks: readonly IToken[], i: number): { name?: string; op?: string; lparen?: number } {
  for (let s = Math.min(i - 1, toks.length - 1); s >= 0; s--) {
    if (!is(toks[s], T.ValueName) || is(toks[s - 1], T.LParen, T.Comma)) continue;
    const eq = toks.findIndex((t, k) => k > s && k <= i && t.tokenType === T.Equals);
    const hasOp = eq >= 0 && eq + 2 <= i && is(toks[eq + 2], T.LParen);
    return { name: toks[s]!.image, ...(hasOp ? { op: toks[eq + 1]!.image, lparen: eq + 2 } : {}) };
  }
  return {};
}

/** The name declared by the input/const statement containing token index `i`. */
function enclosingDecl(toks: readonly IToken[], i: number, keyword: TokenType): string | undefined {
  for (let s = Math.min(i - 1, toks.length - 1); s >= 0; s--) {
    if (is(toks[s], keyword)) return is(toks[s + 1], T.ValueName, T.ConstName) && s + 1 < i ? toks[s + 1]!.image : undefined;
  }
  return undefined;
}

/** "in the attributes of conv2d %c1", "after the operands of relu", ...: where in the file the parser was. */
function contextPhrase(ruleStack: readonly string[], toks: readonly IToken[], i: number): string {
  const has = (r: string) => ruleStack.includes(r);
  const inner = ruleStack[ruleStack.length - 1];
  if (has('header')) return 'in the header (the first line must be `qir 1`)';
  if (has('weightsClause')) return 'in the weights clause (weights "file.safetensors")';
  if (has('tensorType') && !has('attrBlock')) return 'in a tensor type (like f32[1,3,16,16])';
  if (has('tensorType')) return 'in the type annotations';
  if (has('inputDecl')) return `in input ${enclosingDecl(toks, i, T.KwInput) ?? 'declaration'}`;
  if (has('constDecl')) {
    const name = enclosingDecl(toks, i, T.KwConst);
    return has('list') ? `in the literal of ${name ?? 'a constant'}` : `in constant ${name ?? 'declaration'}`;
  }
  if (has('outputDecl')) return 'in the output line (output %a, %b)';
  if (has('nodeDecl')) {
    const n = enclosingNode(toks, i);
    const label = n.op !== undefined ? `${n.op} ${n.name}` : `node ${n.name ?? ''}`.trim();
    if (has('attrBlock')) return `in the attributes of ${label}`;
    if (n.op === undefined || n.lparen === undefined || i <= n.lparen) return `in node ${n.name ?? ''} (%name = op(operands) {attributes})`.replace('  ', ' ');
    if (inner === 'operand' || !is(toks[i - 1], T.ValueName, T.ConstName)) return `in the operands of ${n.op}`;
    return `after the operands of ${n.op}`;
  }
  if (has('graph') && !toks.slice(0, i).some((t) => t.tokenType === T.LBrace)) return 'in the graph line (graph name (weights "file") {)';
  return '';
}

/** A parse error with its expectation, its context and the token it stopped at. */
export function parseDiagnostic(src: QirSource, e: IRecognitionException, toks: readonly IToken[]): Diagnostic {
  // On a premature end of file Chevrotain's token is EOF without a position: point after the last token.
  const atEof = e.token.tokenType === EOF || e.token.startLine === undefined || Number.isNaN(e.token.startLine);
  const index = atEof ? toks.length : Math.max(0, toks.indexOf(e.token));
  const last = toks[toks.length - 1];
  const line = atEof ? (last?.endLine ?? 1) : e.token.startLine!;
  const col = atEof ? (last?.endColumn ?? 0) + 1 : e.token.startColumn!;
  const phrase = contextPhrase(e.context.ruleStack, toks, index);
  const message = phrase === '' ? e.message : e.message.replace(/, found (.*)$/s, ` ${phrase}, found $1`);
  return src.at('QIR002', message, line, col);
}

/** Rejects bracket nesting deeper than `max` before parsing, so recursion depth stays bounded. */
export function nestingDiagnostic(src: QirSource, toks: readonly IToken[], max: number): Diagnostic | undefined {
  let depth = 0;
  for (const t of toks) {
    if (t.tokenType === T.LBracket || t.tokenType === T.LBrace || t.tokenType === T.LParen) depth++;
    else if (t.tokenType === T.RBracket || t.tokenType === T.RBrace || t.tokenType === T.RParen) depth = Math.max(0, depth - 1);
    if (depth > max) return src.atToken('QIR002', `brackets nested deeper than ${max} levels`, t);
  }
  return undefined;
}
