// Output paths are checked before a command does its work: a directory or a missing directory is a
// one-line error at once, not after minutes of simulation (writeFilesAtomic checks again when writing).
import { checkOutputPath } from '../compiler/io/atomic-write.js';

/** IO003/IO004 for the first given path that cannot be written as a file. */
export function requireWritableOutputs(paths: readonly (string | undefined)[]): void {
  for (const p of paths) if (p !== undefined) checkOutputPath(p);
}
