// Reading and writing .accbin programs from the CLI; the reader checks each program against the machine in its header.
import { type Program, readProgram, writeProgram } from '../isa/program-file.js';

export { readProgram };
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { readInputFile } from './read-input-file.js';

/** Loads an .accbin and checks it against the machine in its header (every address, mode and token). */
export function loadProgram(path: string): Program {
  return readProgram(readProgramBytes(path), path, { adopt: true });
}

/** The bytes of an .accbin (IO001 when unreadable), unchecked: `readProgram(bytes, path)` decodes and checks them. */
export function readProgramBytes(path: string): Uint8Array {
  const file = readInputFile(path, 'program (.accbin)');
  // A plain Uint8Array view, not a copy (12 MB for ResNet-18): readProgram copies what it keeps with slice(),
  // which on a Buffer would make a view instead.
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

/** Writes an .accbin atomically. */
export function saveProgram(path: string, program: Program): void {
  writeFileAtomic(path, writeProgram(program));
}
