// IDX: the IDX files of MNIST-style data sets (compiler/data/idx.ts).
import type { ErrorArea } from './error-area.js';

/** Reading IDX files, plain or gzip-compressed. */
export const IDX_AREA = {
  prefix: 'IDX',
  title: 'IDX data files',
  source: 'compiler/data/idx.ts',
  codes: {
    IDX001: 'not an IDX file: bad magic or unknown element type',
    IDX002: 'an element type other than unsigned byte (0x08)',
    IDX003: 'truncated: the header or the data is shorter than the shape needs',
    IDX004: 'bytes after the data the shape describes',
    IDX005: 'gzip data that cannot be decompressed',
  },
} as const satisfies ErrorArea;

/** A code of the IDX area. */
export type IdxCode = keyof typeof IDX_AREA.codes;
