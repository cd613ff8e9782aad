// Errors crossing a worker-thread boundary (the sweep's and the search's workers): a UserError keeps its
// diagnostics (so the CLI still prints one line and exits 2), anything else travels as message and stack.
import { UserError, type Diagnostic } from '../core/diagnostics.js';

/** An error crossing the thread boundary: a UserError's diagnostics, or anything else as message + stack. */
export type SerializedError = { kind: 'user'; diagnostics: Diagnostic[]; exitCode: number } | { kind: 'internal'; message: string; stack?: string };

/** Turns a thrown value into its transferable form. */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof UserError) return { kind: 'user', diagnostics: e.diagnostics, exitCode: e.exitCode };
  if (e instanceof Error) return { kind: 'internal', message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
  return { kind: 'internal', message: String(e) };
}

/** The thrown value back: a UserError stays a UserError (so the CLI maps it to exit 2), anything else an Error with the worker's stack. */
export function deserializeError(s: SerializedError): Error {
  if (s.kind === 'user') return new UserError(s.diagnostics, s.exitCode);
  const e = new Error(s.message);
  if (s.stack !== undefined) e.stack = s.stack;
  return e;
}
