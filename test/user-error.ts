// The one helper tests use to look at a user error thrown by a call.
import { type Diagnostic, UserError } from '../core/diagnostics.js';

/** The UserError thrown by `f`; fails the test when `f` throws nothing or something else. */
export function userErrorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** The first diagnostic of the UserError thrown by `f`. */
export function firstDiagnostic(f: () => unknown): Diagnostic {
  return userErrorOf(f).diagnostics[0]!;
}
