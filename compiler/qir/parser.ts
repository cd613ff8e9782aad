// The QIR grammar as a Chevrotain CstParser (rules as class properties), built once and reused for every file.
import { CstParser, EOF, type CstNode, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { InternalError } from '../../core/diagnostics.js';
import * as T from './tokens.js';
import { type QirSource, badStringDiagnostic, lexDiagnostic, nestingDiagnostic, parseDiagnostic, throwIfAny, MAX_DIAGNOSTICS } from './diagnostics.js';

/** How a token reads in a message: its label ("')'", "an integer") or its name. */
export function tokenLabel(t: TokenType): string {
  return t === EOF ? 'end of file' : (t.LABEL ?? t.name);
}

/** How an actual token reads in a message: its text, quoted, or "end of file". */
export function describeToken(tok: IToken | undefined): string {
  if (tok === undefined || tok.tokenType === EOF) return 'end of file';
  return `'${tok.image.length > 24 ? `${tok.image.slice(0, 24)}…` : tok.image}'`;
}

function oneOf(labels: string[]): string {
  const unique = [...new Set(labels)];
  return unique.length === 1 ? unique[0]! : `one of ${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

// Messages say what was expected and what was found; diagnostics.ts adds where (which construct, which op).
const MESSAGES: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual, ruleName }) =>
    ruleName === 'graph' && expected === T.RBrace
      ? `expected a statement (input, const, %name = op(...), output) or the '}' that closes the graph, found ${describeToken(actual)}`
      : `expected ${tokenLabel(expected)}, found ${describeToken(actual)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `expected end of file after the closing '}' of the graph, found ${describeToken(firstRedundant)}`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, ruleName }) =>
    ruleName === 'attrValue'
      ? `expected a value (a number, true, false, a "string" or a [list]), found ${describeToken(actual[0])}`
      : `expected ${oneOf(expectedPathsPerAlt.flat().map((path) => tokenLabel(path[0]!)))}, found ${describeToken(actual[0])}`,
  buildEarlyExitMessage: ({ expectedIterationPaths, actual }) =>
    `expected ${oneOf(expectedIterationPaths.map((path) => tokenLabel(path[0]!)))}, found ${describeToken(actual[0])}`,
};

/**
 * The grammar (docs/QIR.md has it in EBNF). Newlines are not significant; statements may come in any
 * order (the printer emits the canonical order). Type annotations `{...}` after a tensor type are parsed
 * generically so quantization parameters can be added as a table in to-graph.ts, not as new syntax.
 */
export class QirParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 2, errorMessageProvider: MESSAGES });
    this.performSelfAnalysis();
  }

  file = this.RULE('file', () => {
    this.SUBRULE(this.header);
    this.SUBRULE(this.graph);
  });

  header = this.RULE('header', () => {
    this.CONSUME(T.KwQir);
    this.CONSUME(T.Integer, { LABEL: 'version' });
  });

  graph = this.RULE('graph', () => {
    this.CONSUME(T.KwGraph);
    this.CONSUME(T.Ident, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.weightsClause));
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.statement));
    this.CONSUME(T.RBrace);
  });

  weightsClause = this.RULE('weightsClause', () => {
    this.CONSUME(T.LParen);
    this.CONSUME(T.KwWeights);
    this.CONSUME(T.StringLit, { LABEL: 'file' });
    this.CONSUME(T.RParen);
  });

  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.nodeDecl) },
      { ALT: () => this.SUBRULE(this.outputDecl) },
    ]);
  });

  inputDecl = this.RULE('inputDecl', () => {
    this.CONSUME(T.KwInput);
    this.CONSUME(T.ValueName, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
  });

  constDecl = this.RULE('constDecl', () => {
    this.CONSUME(T.KwConst);
    this.CONSUME(T.ConstName, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.list, { LABEL: 'literal' });
    });
  });

  nodeDecl = this.RULE('nodeDecl', () => {
    this.CONSUME(T.ValueName, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.tensorType);
    });
    this.CONSUME(T.Equals);
    this.CONSUME(T.Ident, { LABEL: 'op' });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.operand) });
    this.CONSUME(T.RParen);
    this.OPTION2(() => this.SUBRULE(this.attrBlock));
  });

  operand = this.RULE('operand', () => {
    this.OR([{ ALT: () => this.CONSUME(T.ValueName) }, { ALT: () => this.CONSUME(T.ConstName) }]);
  });

  outputDecl = this.RULE('outputDecl', () => {
    this.CONSUME(T.KwOutput);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.ValueName, { LABEL: 'name' }) });
  });

  tensorType = this.RULE('tensorType', () => {
    this.CONSUME(T.Ident, { LABEL: 'dtype' });
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Integer, { LABEL: 'dim' }) });
    this.CONSUME(T.RBracket);
    this.OPTION(() => this.SUBRULE(this.attrBlock, { LABEL: 'annotations' }));
  });

  attrBlock = this.RULE('attrBlock', () => {
    this.CONSUME(T.LBrace);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.attr) });
    this.CONSUME(T.RBrace);
  });

  attr = this.RULE('attr', () => {
    this.CONSUME(T.Ident, { LABEL: 'key' });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.attrValue);
  });

  attrValue = this.RULE('attrValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.number) },
      { ALT: () => this.CONSUME(T.KwTrue) },
      { ALT: () => this.CONSUME(T.KwFalse) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.SUBRULE(this.list) },
    ]);
  });

  list = this.RULE('list', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.attrValue) });
    this.CONSUME(T.RBracket);
  });

  number = this.RULE('number', () => {
    this.OPTION(() => this.CONSUME(T.Minus));
    this.OR([
      { ALT: () => this.CONSUME(T.Integer) },
      { ALT: () => this.CONSUME(T.Float) },
      { ALT: () => this.CONSUME(T.KwInf) },
      { ALT: () => this.CONSUME(T.KwNan) },
    ]);
  });
}

/**
 * The statement kinds of the grammar: the rules the `statement` alternation chooses between, which name the
 * one child of a statement CST node. to-graph.ts walks them exhaustively; a test checks this list against
 * the parser's own grammar, so a new alternative cannot be missed.
 */
export const STATEMENT_KINDS = ['inputDecl', 'constDecl', 'nodeDecl', 'outputDecl'] as const satisfies readonly (keyof QirParser)[];
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The kind of a `statement` CST node and the node of that kind it holds. */
export function statementOf(st: CstNode): { kind: StatementKind; node: CstNode } {
  const [kind, nodes] = Object.entries(st.children)[0]! as [string, CstNode[]];
  if (!(STATEMENT_KINDS as readonly string[]).includes(kind)) throw new InternalError(`a QIR statement of unknown kind '${kind}'`);
  return { kind: kind as StatementKind, node: nodes[0]! };
}

/** The one parser instance: Chevrotain's self-analysis is expensive, so it runs once per process. */
export const QIR_PARSER = new QirParser();

/** Deepest bracket nesting accepted; deeper input is rejected before parsing so recursion cannot overflow the stack. */
export const MAX_NESTING = 32;

/** A CST node's children under `key` as CST nodes (empty when absent). */
export function subnodes(node: CstNode, key: string): CstNode[] {
  return (node.children[key] as CstNode[] | undefined) ?? [];
}

/** A CST node's tokens under `key` (empty when absent). */
export function tokens(node: CstNode, key: string): IToken[] {
  return (node.children[key] as IToken[] | undefined) ?? [];
}

/**
 * Lexes and parses QIR text into a CST, or throws a UserError: up to MAX_DIAGNOSTICS lexing errors
 * (QIR001), else the first syntax error (QIR002). The parser does not recover: after a syntax error
 * the rest of the file would be guesswork and the messages misleading.
 */
export function parseCst(src: QirSource): CstNode {
  const lexed = T.QIR_LEXER.tokenize(src.text);
  const bad = lexed.tokens.filter((t) => t.tokenType === T.BadString).map((t) => badStringDiagnostic(src, t));
  const lexErrors = [...lexed.errors.map((e) => lexDiagnostic(src, e)), ...bad].sort((a, b) => a.line! - b.line! || a.col! - b.col!);
  throwIfAny(lexErrors.slice(0, MAX_DIAGNOSTICS));
  const tooDeep = nestingDiagnostic(src, lexed.tokens, MAX_NESTING);
  if (tooDeep) throwIfAny([tooDeep]);
  QIR_PARSER.input = lexed.tokens;
  const cst = QIR_PARSER.file();
  throwIfAny(QIR_PARSER.errors.slice(0, 1).map((e) => parseDiagnostic(src, e, lexed.tokens)));
  return cst;
}
