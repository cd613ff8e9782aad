// FMN: the Fashion-MNIST data set directory (compiler/data/fashion-mnist.ts).
import type { ErrorArea } from './error-area.js';

/** Loading Fashion-MNIST images and labels. */
export const FMN_AREA = {
  prefix: 'FMN',
  title: 'Fashion-MNIST data set',
  source: 'compiler/data/fashion-mnist.ts',
  codes: {
    FMN001: 'a Fashion-MNIST file is missing from the data directory',
    FMN002: 'the images are not [N,28,28], or the labels do not match the images',
    FMN003: 'a label is not a class index 0..9',
    FMN004: 'the image limit is not a non-negative integer',
  },
} as const satisfies ErrorArea;

/** A code of the FMN area. */
export type FmnCode = keyof typeof FMN_AREA.codes;
