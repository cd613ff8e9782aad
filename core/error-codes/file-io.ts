// IO: reading the files a command is given (tools/load-model.ts) and writing its outputs (compiler/io/atomic-write.ts, tools/cli.ts).
import type { ErrorArea } from './error-area.js';

/** Files a command cannot read, does not know how to read, or cannot write. */
export const IO_AREA = {
  prefix: 'IO',
  title: 'input files',
  source: 'tools/load-model.ts, compiler/io/atomic-write.ts, tools/cli.ts',
  codes: {
    IO001: 'an input file cannot be read (missing, a directory, no permission)',
    IO002: 'a model file whose extension is neither .qir nor .onnx',
    IO003: 'an output path is a directory',
    IO004: "an output path's directory does not exist (or is not a directory)",
    IO005: 'the operating system refused to write an output (no space, no permission, name too long)',
    IO006: 'standard output cannot be written (other than a closed pipe, which ends quietly)',
  },
} as const satisfies ErrorArea;

/** A code of the IO area. */
export type IoCode = keyof typeof IO_AREA.codes;
