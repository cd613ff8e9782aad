// Reading a user's input file with a one-line error (IO001). Its own module so that commands which only read
// bytes (sim, disasm) do not load the model importers (ONNX protobuf, the QIR parser) at start-up.
import { readFileSync } from 'node:fs';
import { fail } from '../core/diagnostics.js';

/** Reads a file the user named; a missing/unreadable file is a user error naming `what` and the path. */
export function readInputFile(path: string, what = 'file'): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    fail('IO001', `cannot read ${what} '${path}': ${reason}`, { file: path });
  }
}
