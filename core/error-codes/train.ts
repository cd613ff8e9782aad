// TRN: the training engine (compiler/train/): training data, ops without gradients, checkpoints.
import type { ErrorArea } from './error-area.js';

/** Training data that cannot be read, graphs the engine cannot train, checkpoints that cannot resume. */
export const TRN_AREA = {
  prefix: 'TRN',
  title: 'training',
  source: 'compiler/train/',
  codes: {
    TRN001: 'a conv2d/dense to train has a weight that is not a constant',
    TRN002: 'an op with no gradient in the training engine (or a concat/reshape it does not train)',
    TRN003: 'the graph to train does not have exactly one input and one output',
    TRN010: 'training images or labels of the wrong shape, or a label that is not a class index',
    TRN011: 'no training data at the path given (the IDX training split, or images.npy and labels.npy)',
    TRN012: 'the held-out slice is not between 1 and the number of images − 1',
    TRN020: 'a checkpoint that cannot be read or is not an accsim training checkpoint',
    TRN021: 'a checkpoint of another run (model, data, preset, recipe or seed differ)',
  },
} as const satisfies ErrorArea;

/** A code of the TRN area. */
export type TrnCode = keyof typeof TRN_AREA.codes;
