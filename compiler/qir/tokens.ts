// Chevrotain token definitions of the QIR text format (docs/QIR.md). Keywords are Ident-category tokens.
import { Lexer, createToken, type TokenType } from 'chevrotain';

/** The characters of a value or constant name after its sigil (ONNX names are sanitized to these by the importer). */
export const NAME_CHARS = 'A-Za-z0-9_.:/-';
// ':' only between other name characters, so `%x: f32[4]` reads as the name `x` then ':'.
const NAME_BODY = '[A-Za-z0-9_./-]+(?::[A-Za-z0-9_./-]+)*';
/** A whole name after its sigil, for printers and importers that must produce parsable text. */
export const NAME_PATTERN = new RegExp(`^${NAME_BODY}$`);
/** Identifiers: graph names, op names, attribute names, dtypes, keywords. */
export const IDENT_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\n\r]*/, group: Lexer.SKIPPED });

export const Ident = createToken({ name: 'Ident', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'an identifier' });

// Keywords also count as identifiers (category), so an op or attribute may be called `input` or `max`.
const keyword = (word: string): TokenType =>
  createToken({ name: `Kw_${word}`, pattern: new RegExp(word), longer_alt: Ident, categories: [Ident], label: `'${word}'` });
export const KwQir = keyword('qir');
export const KwGraph = keyword('graph');
export const KwWeights = keyword('weights');
export const KwInput = keyword('input');
export const KwConst = keyword('const');
export const KwOutput = keyword('output');
export const KwTrue = keyword('true');
export const KwFalse = keyword('false');
export const KwInf = keyword('inf');
export const KwNan = keyword('nan');

export const ValueName = createToken({ name: 'ValueName', pattern: new RegExp(`%${NAME_BODY}`), label: 'a value name (%name)' });
export const ConstName = createToken({ name: 'ConstName', pattern: new RegExp(`@${NAME_BODY}`), label: 'a constant name (@name)' });

// Float before Integer: "1.5" must not lex as "1" then ".5". A float has a '.' or an exponent.
export const Float = createToken({ name: 'Float', pattern: /[0-9]+\.[0-9]*(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+/, label: 'a number' });
export const Integer = createToken({ name: 'Integer', pattern: /[0-9]+/, label: 'an integer' });
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\n\r]|\\["\\nt])*"/, label: 'a string ("...")' });
/**
 * A string that is unterminated or has an unknown escape. Lexing it as one token (reported as a lexing
 * error before parsing) keeps the rest of the line from turning into a cascade of "unexpected character".
 */
export const BadString = createToken({ name: 'BadString', pattern: /"(?:[^"\\\n\r]|\\.)*"?/, label: 'a string ("...")' });

export const Minus = createToken({ name: 'Minus', pattern: /-/, label: "'-'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, label: "'}'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: "']'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const Equals = createToken({ name: 'Equals', pattern: /=/, label: "'='" });

/** Every token, in lexing priority order (keywords before Ident, Float before Integer). */
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, Comment,
  KwQir, KwGraph, KwWeights, KwInput, KwConst, KwOutput, KwTrue, KwFalse, KwInf, KwNan, Ident,
  ValueName, ConstName, Float, Integer, StringLit, BadString,
  Minus, LParen, RParen, LBrace, RBrace, LBracket, RBracket, Comma, Colon, Equals,
];

/** The lexer, built once: construction validates the token set, which is too slow to repeat per file. */
export const QIR_LEXER = new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: false });

/** The text of a string literal token without quotes, escapes resolved (\" \\ \n \t). */
export function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(["\\nt])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/** A string literal for `s` that `unquote` maps back to `s`. */
export function quote(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
