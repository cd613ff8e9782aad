// The quantization flags shared by `quantize`, `eval` and `run`, and their translation to quantizeModel options.
import type { Argv } from 'yargs';
import type { QuantizeModelOptions } from '../compiler/ptq/quantize-model.js';
import type { Tensor } from '../compiler/ir/tensor.js';
import { parseQuantConfig } from '../compiler/quant/presets.js';
import { loadCalibration, parseInputRange } from './calibration-data.js';
import { readInputFile } from './load-model.js';
import { fail } from '../core/diagnostics.js';
import { requireIntegerFlag } from './numeric-flags.js';

export interface QuantFlags {
  config?: string;
  calib?: string;
  'calib-limit'?: number;
  'input-range'?: string;
  cle?: boolean;
  'bias-correction'?: boolean;
  adaround?: boolean;
}

/** Declares the quantization flags on a command. Unset booleans leave the preset's recipe in charge. */
export function withQuantFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('config', { type: 'string', describe: 'JSON per-layer configuration (mixed precision by layer name); overrides --preset' })
    .option('calib', { type: 'string', describe: 'calibration data: a data directory (its calib split) or a .npy batch; absent = data-free' })
    .option('calib-limit', { type: 'number', describe: 'use only the first N calibration samples' })
    .option('input-range', { type: 'string', describe: "data-free mode: the network input's real range 'lo,hi'" })
    .option('cle', { type: 'boolean', describe: 'cross-layer equalization (--no-cle to disable)' })
    .option('bias-correction', { type: 'boolean', describe: 'empirical bias correction with the calibration data (--no-bias-correction to disable)' })
    .option('adaround', { type: 'boolean', describe: 'AdaRound for 4- and 2-bit weights' }) as Argv<T>;
}

/** quantizeModel options for one preset plus the flags; `calibNote` says where calibration came from (or that it is data-free). */
export function quantizeOptions(preset: string, flags: QuantFlags, fallbackCalib?: { batch: Tensor; description: string }): { options: QuantizeModelOptions; calibNote: string } {
  requireIntegerFlag('calib-limit', flags['calib-limit'], 1);
  const options: QuantizeModelOptions = { preset };
  if (flags.config !== undefined) options.config = parseQuantConfig(readInputFile(flags.config, 'layer configuration').toString('utf8'), flags.config);
  if (flags.cle !== undefined) options.cle = flags.cle;
  if (flags['bias-correction'] !== undefined) options.biasCorrection = flags['bias-correction'];
  if (flags.adaround !== undefined) options.adaround = flags.adaround;
  if (flags['input-range'] !== undefined) options.inputRange = parseInputRange(flags['input-range']);
  if (flags.calib === undefined && fallbackCalib !== undefined && options.inputRange === undefined) {
    options.calib = fallbackCalib.batch;
    return { options, calibNote: `calibrated on ${fallbackCalib.description}` };
  }
  if (flags.calib === undefined) {
    if (options.inputRange === undefined) fail('CLI022', "without --calib, quantization is data-free and needs the network input's real range: give --input-range lo,hi (or --calib DIR|file.npy)");
    return { options, calibNote: 'no calibration data: data-free quantization (BatchNorm-based ranges, CLE)' };
  }
  const calib = loadCalibration(flags.calib!, flags['calib-limit']);
  options.calib = calib.batch;
  return { options, calibNote: `calibrated on ${calib.description}` };
}

