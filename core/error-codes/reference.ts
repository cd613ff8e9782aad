// RUN: running a graph on the float or integer reference interpreter (compiler/reference/, compiler/ir/ops/).
import type { ErrorArea } from './error-area.js';

/** Inputs and graphs the reference interpreters cannot run. */
export const RUN_AREA = {
  prefix: 'RUN',
  title: 'reference interpreters',
  source: 'compiler/reference/, compiler/ir/ops/quantized/, compiler/quant/layer-walk.ts',
  codes: {
    RUN001: 'a graph input was given no tensor',
    RUN002: "an input's shape does not match the graph input (or the batch is empty)",
    RUN003: 'the integer reference needs a graph with one input and one output',
    RUN010: 'an integer (quantized) op run by the float interpreter',
    RUN011: 'NaN or infinity reaching a quantize op',
    RUN012: 'an op with integer inputs but no integer semantics',
    RUN013: 'a group multiplier (w_mult of a qconv2d/qdense with w_group) is 0, outside the format\'s [1, 255]',
  },
} as const satisfies ErrorArea;

/** A code of the RUN area. */
export type RunCode = keyof typeof RUN_AREA.codes;
