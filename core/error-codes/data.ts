// DATA: the user's own data for eval, run and sweep (tools/labelled-data.ts): IDX folders and files, .npy batches and labels.
import type { ErrorArea } from './error-area.js';

/** Data a command cannot evaluate on or calibrate with. */
export const DATA_AREA = {
  prefix: 'DATA',
  title: 'your own data',
  source: 'tools/labelled-data.ts, tools/pipeline/run-inputs.ts, tools/commands/eval.ts',
  codes: {
    DATA001: 'an IDX folder has no test split (t10k-*) or no calibration split (calib-*, train-*)',
    DATA002: '--labels missing for a data file, given for an IDX folder, or given without --data; --split calib without a calibration split',
    DATA003: 'the samples do not have the shape the model takes (up to dimensions of size 1), or there are none',
    DATA004: 'labels that are not one non-negative integer class index per sample, or not a class of the model',
    DATA005: "--normalize is not 'mean,std' with std > 0, or was given for .npy data (used as it is)",
  },
} as const satisfies ErrorArea;

/** A code of the DATA area. */
export type DataCode = keyof typeof DATA_AREA.codes;
