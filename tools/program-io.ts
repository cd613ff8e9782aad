// Reading and writing .accbin programs from the CLI; the reader checks each program against the machine in its header.
import { type Program, readProgram, writeProgram } from '../isa/program-file.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { readInputFile } from './read-input-file.js';

/** Loads an .accbin and checks it against the machine in its header (every address, mode and token). */
export function loadProgram(path: string): Program {
  return readProgram(new Uint8Array(readInputFile(path, 'program (.accbin)')), path);
}

/** Writes an .accbin atomically. */
export function saveProgram(path: string, program: Program): void {
  writeFileAtomic(path, writeProgram(program));
}
