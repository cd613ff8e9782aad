// MAP: lowering a quantized graph onto the configured machine (compiler/lower/). docs/LOWERING.md lists
// the same meanings with example messages (a test keeps them equal).
import type { ErrorArea } from './error-area.js';

/** A layer that cannot be mapped onto the configured machine; the message names the layer and sizes. */
export const MAP_AREA = {
  prefix: 'MAP',
  title: 'lowering (mapping layers onto the machine)',
  source: 'compiler/lower/',
  codes: {
    MAP001: 'the smallest tile of a layer does not fit a buffer (the message gives rows needed and available)',
    MAP002: 'unsupported element width: activations or weights wider than 8 bits (e.g. the w16a16 preset)',
    MAP003: 'the layer needs a wider accumulator than the hardware has',
    MAP004: 'unsupported graph structure: groups that do not divide the channels, concat not on channels, a multi-pixel flatten that does not feed a dense layer, an op without lowering, not one batch-1 input',
    MAP005: 'a window or size exceeds an instruction field or the DRAM (pool window, DEPTHWISE band, program DRAM bytes)',
    MAP006: 'a layer with w_format log has a weight outside the log grid (0, ±1, ±2, …, ±64): the w4a8-log codes cannot hold it',
    MAP007: 'a layer with group-wise weight scales (w_group) the group modes cannot run: activations not stored as 8 bits, or a grouped/depthwise convolution (no preset makes either)',
  },
} as const satisfies ErrorArea;

/** A code of the MAP area. */
export type MapCode = keyof typeof MAP_AREA.codes;
