// Lexer, parser and CST → Graph details: what the grammar accepts, how values are typed, what errors say.
import { describe, expect, test } from 'vitest';
import { parseQir } from '../../../compiler/qir/load.js';
import { printQir } from '../../../compiler/qir/printer.js';
import { Alternation, type Alternative, type NonTerminal } from 'chevrotain';
import { InternalError, UserError, type Diagnostic } from '../../../core/diagnostics.js';
import { QIR_PARSER, STATEMENT_KINDS, statementOf } from '../../../compiler/qir/parser.js';

const wrap = (body: string) => `qir 1\ngraph g {\n${body}\n}\n`;

function diags(text: string): Diagnostic[] {
  try {
    parseQir(text, 't.qir');
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('what the grammar accepts', () => {
  test('comments anywhere, any statement order, several output lines, CRLF, nested literal brackets', () => {
    const text = [
      '// leading comment', 'qir 1 // version', 'graph g { // open', '  output %y', '  const @k: f32[2,2] = [[1, 2], // row 0',
      '    [3, 4]]', '  input %x: f32[2,2]', '  %y = add(%x, @k)', '  output %x', '}', '// trailing',
    ].join('\r\n');
    const g = parseQir(text);
    expect(g.outputs).toEqual(['y', 'x']);
    expect(Array.from(g.constants.get('k')!.data as Float32Array)).toEqual([1, 2, 3, 4]);
    expect(printQir(g)).toBe(wrap('  input %x: f32[2,2]\n  const @k: f32[2,2] = [1, 2, 3, 4]\n  %y = add(%x, @k)\n  output %y, %x'));
  });

  test('keywords are also identifiers: a graph, attribute or op position may hold one', () => {
    const g = parseQir('qir 1\ngraph output {\n  input %input: f32[1]\n  %const = relu(%input)\n  output %const\n}\n');
    expect(g.name).toBe('output');
    expect(g.nodes[0]!.name).toBe('const');
  });

  test('value and constant namespaces are separate', () => {
    const g = parseQir(wrap('  input %k: f32[1]\n  const @k: f32[1] = [2]\n  %y = add(%k, @k)\n  output %y'));
    expect(g.nodes[0]!.operands).toEqual([{ ref: 'value', name: 'k' }, { ref: 'const', name: 'k' }]);
  });

  test('a node may state its type; it must match inference', () => {
    expect(parseQir(wrap('  input %x: f32[1,4]\n  %y: f32[1,4] = relu(%x)\n  output %y')).values.get('y')!.type.shape).toEqual([1, 4]);
  });
});

describe('attribute typing follows the AttrSpec', () => {
  const clip = (attrs: string) => parseQir(wrap(`  input %x: f32[1]\n  %y = clip(%x) {${attrs}}\n  output %y`)).nodes[0]!.attrs;
  test('a float attribute accepts an integer literal, inf and -inf', () => {
    expect(clip('min=0, max=inf')).toEqual({ min: 0, max: Infinity });
    expect(clip('min=-inf, max=1e-5')).toEqual({ min: -Infinity, max: 1e-5 });
  });
  test('an int attribute rejects 2.0; an ints attribute normalizes -0 to 0', () => {
    const text = (a: string) => wrap(`  input %x: f32[1,1,4,4]\n  %y = maxpool(%x) {kernel=[2,2], ${a}}\n  output %y`);
    expect(diags(text('stride=[2.0,2]'))[0]).toMatchObject({ code: 'QIR007', line: 4, col: 42 });
    expect(Object.is((parseQir(text('pad=[-0,0,0,0]')).nodes[0]!.attrs['pad'] as number[])[0], 0)).toBe(true);
  });
  test('a duplicated attribute key is QIR004 at its second occurrence', () => {
    expect(diags(wrap('  input %x: f32[1]\n  %y = clip(%x) {min=0, min=1}\n  output %y'))[0]).toMatchObject({ code: 'QIR004', line: 4, col: 25 });
  });
  test('i64 literals are exact beyond 2^53', () => {
    const g = parseQir(wrap('  input %x: f32[1]\n  const @k: i64[1] = [9007199254740993]\n  %y = relu(%x)\n  output %y'));
    expect((g.constants.get('k')!.data as BigInt64Array)[0]).toBe(9007199254740993n);
  });
  test('a literal holds numbers only', () => {
    expect(diags(wrap('  input %x: f32[1]\n  const @k: f32[1] = ["a"]'))[0]).toMatchObject({ code: 'QIR006', line: 4, col: 23 });
  });
});

describe('syntax error messages', () => {
  test.each([
    ['graph g {}\n', 1, 1, "expected 'qir' in the header (the first line must be `qir 1`), found 'graph'"],
    ['qir 1\n', 1, 6, `expected 'graph' in the graph line (graph name (weights "file") {), found end of file`],
    ['qir 1\ngraph g {\n  input %x f32[1]\n}\n', 3, 12, "expected ':' in input %x, found 'f32'"],
    ['qir 1\ngraph g {\n  input %x: f32[1,]\n}\n', 3, 19, "expected an integer in a tensor type (like f32[1,3,16,16]), found ']'"],
    ['qir 1\ngraph g {\n  %y = relu %x\n}\n', 3, 13, "expected '(' in node %y (%name = op(operands) {attributes}), found '%x'"],
    ['qir 1\ngraph g {\n  %y = relu(%x,)\n}\n', 3, 16, "expected one of a value name (%name) or a constant name (@name) in the operands of relu, found ')'"],
    ['qir 1\ngraph g {\n  const @k: f32[2] = [1 2]\n}\n', 3, 25, "expected ']' in the literal of @k, found '2'"],
    ['qir 1\ngraph g {\n  output\n}\n', 4, 1, "expected a value name (%name) in the output line (output %a, %b), found '}'"],
    ['qir 1\ngraph g {\n}\n}\n', 4, 1, "expected end of file after the closing '}' of the graph, found '}'"],
  ])('%j', (text, line, col, message) => {
    const d = diags(text);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'QIR002', file: 't.qir', line, col, message });
  });

  test('several lexing errors are reported together (up to 10)', () => {
    const d = diags(`qir 1\ngraph g {\n${'  $\n'.repeat(12)}}\n`);
    expect(d).toHaveLength(10);
    expect(d.map((x) => x.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('statement kinds', () => {
  test('STATEMENT_KINDS are exactly the alternatives of the grammar\'s statement rule', () => {
    const rule = QIR_PARSER.getGAstProductions()['statement']!;
    const alternation = rule.definition[0] as Alternation;
    expect(alternation).toBeInstanceOf(Alternation);
    const names = alternation.definition.map((alt) => (alt as Alternative).definition.map((p) => (p as NonTerminal).nonTerminalName));
    expect(names).toEqual(STATEMENT_KINDS.map((k) => [k]));
  });

  test('a statement node of another kind is a bug, not a silent output', () => {
    expect(() => statementOf({ name: 'statement', children: { futureDecl: [] } })).toThrow(InternalError);
  });
});
