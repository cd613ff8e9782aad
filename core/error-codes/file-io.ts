// IO: reading the files a command is given (tools/load-model.ts).
import type { ErrorArea } from './error-area.js';

/** Files a command cannot read or does not know how to read. */
export const IO_AREA = {
  prefix: 'IO',
  title: 'input files',
  source: 'tools/load-model.ts',
  codes: {
    IO001: 'an input file cannot be read (missing, a directory, no permission)',
    IO002: 'a model file whose extension is neither .qir nor .onnx',
  },
} as const satisfies ErrorArea;

/** A code of the IO area. */
export type IoCode = keyof typeof IO_AREA.codes;
