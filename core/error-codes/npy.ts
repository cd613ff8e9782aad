// NPY: NumPy .npy arrays (compiler/io/npy.ts), and the dtypes a command accepts from them (tools/).
import type { ErrorArea } from './error-area.js';

/** Reading .npy files. */
export const NPY_AREA = {
  prefix: 'NPY',
  title: 'NumPy .npy files',
  source: 'compiler/io/npy.ts, tools/input-files.ts',
  codes: {
    NPY001: 'not a .npy file: bad magic',
    NPY002: 'truncated header',
    NPY003: 'unsupported format version (1.0, 2.0 and 3.0 are read)',
    NPY004: 'malformed header (or a version 3 header that is not UTF-8)',
    NPY005: 'a Fortran-order array',
    NPY006: 'a big-endian dtype',
    NPY007: 'an unsupported dtype',
    NPY008: 'the data size does not match the shape (truncated or trailing bytes)',
    NPY009: 'the file cannot be read',
    NPY010: 'an int64 array given as a float network input',
  },
} as const satisfies ErrorArea;

/** A code of the NPY area. */
export type NpyCode = keyof typeof NPY_AREA.codes;
