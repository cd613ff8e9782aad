// CAL: calibration, collecting activation statistics from sample data (compiler/ptq/, compiler/quant/).
import type { ErrorArea } from './error-area.js';

/** Calibration data or statistics that do not fit. */
export const CAL_AREA = {
  prefix: 'CAL',
  title: 'calibration',
  source: 'compiler/quant/calibration-samples.ts, compiler/ptq/calibration.ts',
  codes: {
    CAL001: 'calibration needs a graph with exactly one input',
    CAL002: 'calibration tensor shape does not fit the graph input',
    CAL003: 'no calibration samples',
    CAL004: 'a statistic not collected for this estimator',
  },
} as const satisfies ErrorArea;

/** A code of the CAL area. */
export type CalCode = keyof typeof CAL_AREA.codes;
