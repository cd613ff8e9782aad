// SIM: running a program on the simulator and moving data between a graph and a program
// (simulator/, tools/pipeline/).
import type { ErrorArea } from './error-area.js';

/** A program that cannot run, or inputs and outputs that do not fit it. */
export const SIM_AREA = {
  prefix: 'SIM',
  title: 'simulation',
  source: 'simulator/, tools/pipeline/',
  codes: {
    SIM001: 'the machine deadlocked waiting for dependency tokens',
    SIM002: 'a vector instruction ran before any CONFIG',
    SIM003: 'an input is missing, not an input of the program, or of the wrong element count',
    SIM004: 'a window COMPUTE ran before any WINDOW',
    SIM010: 'the program does not have exactly one input and one output',
    SIM011: 'the program does not belong to the graph (its input is no quantize node, its output no graph value of that size)',
    SIM012: 'an input file does not fit the program input (sample size, dtype, value range or missing scale)',
  },
} as const satisfies ErrorArea;

/** A code of the SIM area. */
export type SimCode = keyof typeof SIM_AREA.codes;
