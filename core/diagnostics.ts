// User-facing errors as values (Diagnostic) and internal invariants (InternalError).
// Shared by the compiler, the ISA tools and the simulator: it imports only the code tables of core/error-codes/.
import type { ErrorCode } from './error-codes/index.js';

export type { ErrorCode } from './error-codes/index.js';

/** One problem found in user input: a file, a flag, a graph, a hardware configuration. */
export interface Diagnostic {
  /** Stable code from a table in core/error-codes/, e.g. "QIR001"; tests assert on it. */
  code: ErrorCode;
  message: string;
  file?: string;
  /** 1-based line and column of the offending text, when the input is text. */
  line?: number;
  col?: number;
  /** The full source line, to print with a caret under `col`. */
  sourceLine?: string;
  /** The graph node or layer the problem is about. */
  node?: string;
}

/**
 * Control characters (a newline, an escape sequence) written as `\n`, `\u001b`: messages quote text
 * from the input (a JSON parser's excerpt, a node name from an ONNX file), and each must stay one line
 * on a terminal.
 */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The diagnostic with its message, node and file names on one line each (escapeControlCharacters). */
function oneLine(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { ...d, message: escapeControlCharacters(d.message) };
  if (d.node !== undefined) out.node = escapeControlCharacters(d.node);
  if (d.file !== undefined) out.file = escapeControlCharacters(d.file);
  return out;
}

/** A user error: bad input, not a bug. The CLI prints it on one line and exits with `exitCode`. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: number;
  constructor(diagnostics: Diagnostic | Diagnostic[], exitCode = EXIT_USER_ERROR) {
    const list = (Array.isArray(diagnostics) ? diagnostics : [diagnostics]).map(oneLine);
    super(list.map(formatDiagnosticLine).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
    this.exitCode = exitCode;
  }
}

/** A broken invariant inside accsim: a bug, reported with its stack. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** Exit code for user errors (bad file, bad flag, unmappable layer, missing data). */
export const EXIT_USER_ERROR = 2;
/** Exit code for internal errors (EX_SOFTWARE from sysexits.h). */
export const EXIT_INTERNAL_ERROR = 70;

/** Throws InternalError when an invariant does not hold. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InternalError(`invariant violated: ${message}`);
}

/** Shorthand: throw a UserError with one diagnostic. */
export function fail(code: ErrorCode, message: string, where: Omit<Diagnostic, 'code' | 'message'> = {}): never {
  throw new UserError({ code, message, ...where });
}

/** `file:line:col: message [node]` on one line (no caret). */
export function formatDiagnosticLine(d: Diagnostic): string {
  let where = '';
  if (d.file !== undefined) {
    where = d.file;
    if (d.line !== undefined) where += `:${d.line}`;
    if (d.line !== undefined && d.col !== undefined) where += `:${d.col}`;
    where += ': ';
  }
  const node = d.node !== undefined && !d.message.includes(d.node) ? ` (node ${d.node})` : '';
  return `${where}error ${d.code}: ${d.message}${node}`;
}

/** The one-line form plus, when the source line is known, the line and a caret under the column. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = formatDiagnosticLine(d);
  if (d.sourceLine === undefined || d.col === undefined) return head;
  const caret = ' '.repeat(Math.max(0, d.col - 1)) + '^';
  return `${head}\n  ${d.sourceLine}\n  ${caret}`;
}
