// The error-code tables against the repository: every code the source uses is in a table, every table
// entry is used, codes and prefixes are unique, and hand-written docs name only real codes and, where
// they tabulate codes, give the table's meaning. Offenders are listed by file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_AREAS } from '../../core/error-codes/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Product source: where codes are raised. core/error-codes/ defines them and is not a use. */
const SOURCE_FOLDERS = ['core', 'isa', 'compiler', 'simulator', 'tools'];
const TABLES = 'core/error-codes/';
/** Generated from the tables, so it is checked by its own test (test/tools/gen-error-doc.test.ts). */
const GENERATED_DOC = 'docs/ERRORS.md';
/** What a code looks like: 2-5 capitals and three digits ('QIR001', 'GRAPH010'). */
const CODE = /^[A-Z]{2,5}\d{3}$/;
const CODE_IN_TEXT = /\b[A-Z]{2,5}\d{3}\b/g;

function filesUnder(dir: string, exts: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return filesUnder(path, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [path] : [];
  });
}

/** code → meaning, over every table. */
const MEANING = new Map<string, string>(ERROR_AREAS.flatMap((a) => Object.entries(a.codes)));

/** Each string literal of `file` that is exactly a code, with its 1-based line (comments are not uses). */
function codeLiterals(file: string): { code: string; line: number }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { code: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODE.test(node.text)) {
      out.push({ code: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

// Test support code (not *.test.ts) may raise codes too, e.g. a fake evaluator that fails on purpose.
const sourceFiles = [
  ...SOURCE_FOLDERS.flatMap((d) => filesUnder(d, ['.ts'])).filter((f) => !f.startsWith(TABLES)),
  ...filesUnder('test', ['.ts']).filter((f) => !f.endsWith('.test.ts')),
];
const uses = sourceFiles.flatMap((file) => codeLiterals(file).map((u) => ({ ...u, file })));

describe('error-code tables', () => {
  it('give every code its area prefix and three digits, one meaning line, and no code or prefix twice', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    const prefixes = new Set<string>();
    for (const area of ERROR_AREAS) {
      if (prefixes.has(area.prefix)) problems.push(`prefix ${area.prefix} has two tables`);
      prefixes.add(area.prefix);
      if (Object.keys(area.codes).length === 0) problems.push(`area ${area.prefix} has no codes`);
      for (const [code, meaning] of Object.entries(area.codes)) {
        if (!new RegExp(`^${area.prefix}\\d{3}$`).test(code)) problems.push(`${code} is in the ${area.prefix} table`);
        if (seen.has(code)) problems.push(`${code} is in the ${seen.get(code)} and ${area.prefix} tables`);
        seen.set(code, area.prefix);
        if (meaning.trim() === '' || meaning.includes('\n')) problems.push(`${code}: the meaning must be one non-empty line`);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(MEANING.size);
  });

  it('finds the codes the source raises (the scan sees literals in fail(), helpers and diagnostic objects)', () => {
    const at = (code: string, file: string) => uses.some((u) => u.code === code && u.file === file);
    expect(at('MAP002', 'compiler/lower/lower-graph.ts')).toBe(true); // mapFail('MAP002', ...)
    expect(at('HW010', 'isa/hw-config.ts')).toBe(true); // { code: 'HW010', message }
    expect(at('CHK001', 'isa/check/hazards.ts')).toBe(true); // report('CHK001', ...)
    expect(at('GRAPH009', 'compiler/ir/verify.ts')).toBe(true); // new UserError({ code: 'GRAPH009', ... })
    // A code mentioned only in a comment is not a use: compiler/io/npy.ts lists NPY001..NPY008 in its doc comment.
    const npyComment = readFileSync(join(ROOT, 'compiler/io/npy.ts'), 'utf8').split('\n').findIndex((l) => l.includes('NPY003 unknown version')) + 1;
    expect(npyComment).toBeGreaterThan(0);
    expect(uses.some((u) => u.file === 'compiler/io/npy.ts' && u.line === npyComment)).toBe(false);
  });

  it('hold every code the source uses', () => {
    const unknown = uses.filter((u) => !MEANING.has(u.code)).map((u) => `${u.file}:${u.line}: ${u.code}`);
    expect(unknown, 'codes used in the source but missing from core/error-codes/').toEqual([]);
  });

  it('hold no entry the source never uses', () => {
    const used = new Set(uses.map((u) => u.code));
    const unused = [...MEANING.keys()].filter((code) => !used.has(code));
    expect(unused, 'table entries no source file raises: delete them or raise them').toEqual([]);
  });
});

describe('codes named outside the tables', () => {
  const texts = [
    ...['core', 'isa', 'compiler', 'simulator', 'tools', 'test'].flatMap((d) => filesUnder(d, ['.ts', '.mjs'])),
    ...filesUnder('docs', ['.md']),
    'README.md',
  ].filter((f) => !f.startsWith(TABLES) && f !== GENERATED_DOC);

  it('are real codes (comments, tests and docs included)', () => {
    const stale: string[] = [];
    for (const file of texts) {
      readFileSync(join(ROOT, file), 'utf8').split('\n').forEach((line, k) => {
        for (const m of line.matchAll(CODE_IN_TEXT)) if (!MEANING.has(m[0])) stale.push(`${file}:${k + 1}: ${m[0]}`);
      });
    }
    expect(stale, 'codes that are in no table').toEqual([]);
  });

  it('have the table meaning where a doc tabulates them (| CODE | meaning |)', () => {
    const differ: string[] = [];
    let rows = 0;
    for (const file of filesUnder('docs', ['.md']).filter((f) => f !== GENERATED_DOC)) {
      readFileSync(join(ROOT, file), 'utf8').split('\n').forEach((line, k) => {
        const m = /^\|\s*([A-Z]{2,5}\d{3})\s*\|([^|]*)\|/.exec(line);
        if (m === null) return;
        rows++;
        const meaning = MEANING.get(m[1]!);
        if (meaning !== undefined && m[2]!.trim() !== meaning) differ.push(`${file}:${k + 1}: ${m[1]} says "${m[2]!.trim()}", the table "${meaning}"`);
      });
    }
    expect(differ, 'hand-written doc tables that disagree with core/error-codes/').toEqual([]);
    expect(rows).toBeGreaterThan(0); // docs/QIR.md and docs/LOWERING.md tabulate their codes
  });
});

it('every area file under core/error-codes/ is in ERROR_AREAS', () => {
  const files = filesUnder('core/error-codes', ['.ts']).filter((f) => !f.endsWith('/index.ts') && !f.endsWith('/error-area.ts'));
  expect(files.length).toBe(ERROR_AREAS.length);
  const exported = files.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/prefix: '([A-Z]+)'/g)].map((m) => m[1]));
  expect(exported.sort()).toEqual(ERROR_AREAS.map((a) => a.prefix).sort());
});
