// Text assembly, generic over isa/spec.ts: one instruction per line, `MNEMONIC field=value ...`.
// `;` starts a comment; `name:` alone on a line is a label (recorded, not needed: the ISA has no jumps).
// Dependency flags and optional fields may be omitted (default 0); every other field must be given, so a reader sees it all.
import { UserError, type Diagnostic } from '../core/diagnostics.js';
import type { IsaCode } from '../core/error-codes/isa.js';
import { fieldToNumber } from './encode.js';
import { fieldLayout, isOpcode, type Instruction } from './instruction.js';
import { ISA } from './spec.js';
import type { FieldSpec } from './spec-types.js';

/** An assembled program: instructions, the comment lines before each one, and labels (name → index). */
export interface AssembledProgram {
  readonly instructions: Instruction[];
  /** Comment lines (without `;`) placed before instruction i; index = instructions.length for trailing ones. */
  readonly comments: Map<number, string[]>;
  readonly labels: Map<string, number>;
}

const COMMON_NAMES = new Set<string>(ISA.commonFields.map((f) => f.name));

function located(code: IsaCode, message: string, file: string, line: number, col: number, sourceLine: string): UserError {
  const d: Diagnostic = { code, message, file, line, col, sourceLine };
  return new UserError(d);
}

function parseNumber(text: string): number | undefined {
  if (/^-?0x[0-9a-f]+$/i.test(text)) return text.startsWith('-') ? -parseInt(text.slice(3), 16) : parseInt(text.slice(2), 16);
  if (/^-?\d+$/.test(text)) return Number(text);
  return undefined;
}

/** Assembles `text`; every error carries file:line:col and the source line (codes ISA010-ISA012). */
export function assemble(text: string, file: string): AssembledProgram {
  const instructions: Instruction[] = [];
  const comments = new Map<number, string[]>();
  const labels = new Map<string, number>();
  text.split(/\r?\n/).forEach((sourceLine, lineIndex) => {
    const line = lineIndex + 1;
    const semi = sourceLine.indexOf(';');
    if (semi >= 0) {
      const list = comments.get(instructions.length) ?? [];
      list.push(sourceLine.slice(semi + 1).trim());
      comments.set(instructions.length, list);
    }
    const code = semi >= 0 ? sourceLine.slice(0, semi) : sourceLine;
    const tokens = [...code.matchAll(/\S+/g)].map((m) => ({ text: m[0], col: (m.index ?? 0) + 1 }));
    const head = tokens[0];
    if (head === undefined) return;
    const err = (c: IsaCode, msg: string, col: number) => located(c, msg, file, line, col, sourceLine);
    if (tokens.length === 1 && /^[A-Za-z_][\w.]*:$/.test(head.text)) {
      labels.set(head.text.slice(0, -1), instructions.length);
      return;
    }
    if (!isOpcode(head.text)) throw err('ISA010', `unknown mnemonic "${head.text}" (known: ${Object.keys(ISA.opcodes).join(', ')})`, head.col);
    const op = head.text;
    const byName = new Map<string, FieldSpec>(fieldLayout(op).map((p) => [p.field.name, p.field]));
    const record: Record<string, unknown> = { op };
    for (const tok of tokens.slice(1)) {
      const eq = tok.text.indexOf('=');
      if (eq <= 0) throw err('ISA011', `expected field=value, got "${tok.text}"`, tok.col);
      const name = tok.text.slice(0, eq);
      const valueText = tok.text.slice(eq + 1);
      const field = byName.get(name);
      if (field === undefined) throw err('ISA011', `${op} has no field "${name}" (fields: ${[...byName.keys()].join(', ')})`, tok.col);
      if (name in record) throw err('ISA011', `field "${name}" given twice`, tok.col);
      const value = field.enum !== undefined ? valueText : parseNumber(valueText);
      if (value === undefined) throw err('ISA012', `${op}.${name}: "${valueText}" is not an integer`, tok.col + eq + 1);
      try {
        fieldToNumber(op, field, value);
      } catch (e) {
        if (e instanceof UserError) throw err('ISA012', e.diagnostics[0]?.message ?? 'bad value', tok.col + eq + 1);
        throw e;
      }
      record[name] = value;
    }
    for (const name of byName.keys()) {
      if (name in record) continue;
      if (!COMMON_NAMES.has(name) && byName.get(name)!.optional !== true) throw err('ISA011', `${op} is missing field "${name}"`, head.col);
      record[name] = 0;
    }
    instructions.push(record as unknown as Instruction);
  });
  return { instructions, comments, labels };
}

function formatValue(field: FieldSpec, value: unknown): string {
  if (typeof value === 'number' && field.unit === 'bytes' && field.bits >= 32) return `0x${value.toString(16)}`;
  return String(value);
}

/** One instruction as text: fields in spec order, dependency flags and optional fields only when set. */
export function formatInstruction(instr: Instruction): string {
  const record = instr as unknown as Record<string, unknown>;
  const parts: string[] = [instr.op];
  for (const { field } of fieldLayout(instr.op)) {
    const value = record[field.name];
    if ((COMMON_NAMES.has(field.name) || field.optional === true) && value === 0) continue;
    parts.push(`${field.name}=${formatValue(field, value)}`);
  }
  return parts.join(' ');
}

/** Text for a program; `comments` (as returned by assemble) are printed as `; ...` lines before each instruction. */
export function disassemble(instrs: readonly Instruction[], comments?: ReadonlyMap<number, readonly string[]>): string {
  const lines: string[] = [];
  const emitComments = (i: number) => {
    for (const c of comments?.get(i) ?? []) lines.push(c === '' ? ';' : `; ${c}`);
  };
  instrs.forEach((instr, i) => {
    emitComments(i);
    lines.push(formatInstruction(instr));
  });
  emitComments(instrs.length);
  return lines.join('\n') + '\n';
}
