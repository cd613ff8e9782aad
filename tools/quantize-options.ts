// The quantization flags shared by `quantize`, `eval`, `run` and `verify`, and their translation to
// quantizeModel options, with the lines reports print about them (what was calibrated on, and warnings).
import { basename } from 'node:path';
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
  normalize?: string;
  cle?: boolean;
  'bias-correction'?: boolean;
  adaround?: boolean;
  auto?: boolean;
}

/** Declares the quantization flags on a command. Unset booleans leave the preset's recipe in charge. */
export function withQuantFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('config', { type: 'string', describe: 'JSON per-layer configuration (mixed precision by layer name); overrides --preset' })
    .option('calib', { type: 'string', describe: 'calibration data: an IDX folder (its calib-*/train-* split), an IDX image file or a .npy batch' })
    .option('calib-limit', { type: 'number', describe: 'use only the first N calibration samples' })
    .option('input-range', { type: 'string', describe: "data-free quantization without --calib: the network input's real range 'lo,hi' (needs BatchNorm statistics in the model)" })
    .option('normalize', { type: 'string', describe: "IDX pixels become (p/255 − mean)/std: 'mean,std' (default Fashion-MNIST's 0.286,0.353)" })
    .option('cle', { type: 'boolean', describe: 'cross-layer equalization (--no-cle to disable)' })
    .option('bias-correction', { type: 'boolean', describe: 'empirical bias correction with the calibration data (--no-bias-correction to disable)' })
    .option('adaround', { type: 'boolean', describe: 'AdaRound for 4- and 2-bit weights' })
    .option('auto', { type: 'boolean', default: false, describe: 'AutoQuant: choose CLE, weight/activation ranges, AdaRound and bias correction by the loss on a held-out half of --calib (never the test split)' }) as Argv<T>;
}

/** Calibration data a command supplies when the user gave none (a data set's calibration split, or noise). */
export interface FallbackCalibration {
  readonly batch: Tensor;
  readonly description: string;
  /** Set when the samples are not real data: reports print it first, in the banner and in --json. */
  readonly warning?: string;
}

/** quantizeModel options plus what reports say about them. */
export interface QuantizeChoice {
  readonly options: QuantizeModelOptions;
  /** Where calibration came from (or that it is data-free). */
  readonly calibNote: string;
  /** What quantized the model: the preset, or the --config file and the preset it starts from. */
  readonly label: string;
  /** Lines that must not be missed (calibration on random samples). */
  readonly warnings: readonly string[];
}

/** "config layers.json (preset binary)": a --config file names the preset it starts from (w8a8 when it names none). */
function configLabel(path: string, text: string): string {
  const preset = (JSON.parse(text) as { preset?: unknown }).preset;
  return `config ${basename(path)} (preset ${typeof preset === 'string' ? preset : 'w8a8'})`;
}

/**
 * quantizeModel options for one preset plus the flags. Without --calib and --input-range, `fallback` is
 * calibrated on (its warning is passed on); without any of them it is CLI022. `sampleShape` (the model's
 * input without the batch) shapes IDX calibration samples like the model's input.
 */
export function quantizeOptions(preset: string, flags: QuantFlags, fallback?: FallbackCalibration, sampleShape?: readonly number[]): QuantizeChoice {
  requireIntegerFlag('calib-limit', flags['calib-limit'], 1);
  const options: QuantizeModelOptions = { preset };
  let label = preset;
  if (flags.config !== undefined) {
    const text = readInputFile(flags.config, 'layer configuration').toString('utf8');
    options.config = parseQuantConfig(text, flags.config);
    label = configLabel(flags.config, text);
  }
  if (flags.cle !== undefined) options.cle = flags.cle;
  if (flags['bias-correction'] !== undefined) options.biasCorrection = flags['bias-correction'];
  if (flags.adaround !== undefined) options.adaround = flags.adaround;
  if (flags['input-range'] !== undefined) options.inputRange = parseInputRange(flags['input-range']);
  if (flags.calib === undefined && fallback !== undefined && options.inputRange === undefined) {
    options.calib = fallback.batch;
    return { options, label, calibNote: `calibrated on ${fallback.description}`, warnings: fallback.warning === undefined ? [] : [fallback.warning] };
  }
  if (flags.calib === undefined) {
    if (options.inputRange === undefined) fail('CLI022', "without --calib, quantization is data-free and needs the network input's real range: give --input-range lo,hi (or --calib DIR|file.npy)");
    const [lo, hi] = options.inputRange;
    return { options, label, calibNote: `no calibration data: data-free quantization (input range [${lo}, ${hi}], ranges from BatchNorm statistics; interval bounds after the last BatchNorm)`, warnings: [] };
  }
  const calib = loadCalibration(flags.calib, flags['calib-limit'], { ...(flags.normalize !== undefined ? { normalize: flags.normalize } : {}), ...(sampleShape ? { sampleShape } : {}) });
  options.calib = calib.batch;
  return { options, label, calibNote: `calibrated on ${calib.description}`, warnings: [] };
}
