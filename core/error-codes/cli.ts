// CLI: the command line (tools/cli.ts, tools/commands/, and the option parsers they use).
import type { ErrorArea } from './error-area.js';

/** Flags and arguments a command cannot use. */
export const CLI_AREA = {
  prefix: 'CLI',
  title: 'command line',
  source: 'tools/',
  codes: {
    CLI001: 'usage: unknown command or flag, or a missing or malformed argument',
    CLI002: 'a number flag was given something that is not a number (--seed abc)',
    CLI003: 'a number flag is out of its range or not an integer where one is needed (--batch 0, --threads 1.5)',
    CLI010: 'eval: unknown configuration name',
    CLI011: 'eval: --limit is not a positive integer',
    CLI012: '--output of a command that writes QIR does not end in .qir',
    CLI013: 'infer: --output-float given for a float graph',
    CLI014: 'eval: --preset given for an already-quantized model',
    CLI015: 'quantize: --report without calibration data',
    CLI016: 'eval: a preset needs calibration data and --data has no calibration split (give --calib)',
    CLI017: 'eval: --config given with more than one quantized preset (the file replaces the preset: one row)',
    CLI020: '--calib is neither an IDX folder, an IDX image file nor a .npy file',
    CLI021: "--input-range is not 'lo,hi' with lo < hi",
    CLI022: 'data-free quantization without --input-range',
    CLI023: '--auto without calibration data to choose on',
    CLI024: 'quantize: --save-config without --auto',
    CLI030: 'opt: --passes names no pass',
    CLI040: '--output of a command that writes a program does not end in .accbin',
    CLI041: 'compile: the model is a float graph',
    CLI042: 'asm: --data given together with --array, --dataflow or --hw',
    CLI050: 'sim: --fidelity pe with more than one sample',
    CLI061: 'run: both --input and --data given',
    CLI070: 'verify: --runs is not a positive integer',
    CLI071: 'verify: the model is already quantized',
    CLI072: 'verify: the quantized graph has no quantize node',
    CLI073: 'verify: --out does not end in .npy',
    CLI080: 'weights: a malformed name=file.npy item, a repeated name, or a missing -o / file',
  },
} as const satisfies ErrorArea;

/** A code of the CLI area. */
export type CliCode = keyof typeof CLI_AREA.codes;
