// What `accsim qat --preset` means: the quantization config (which grids) and the training recipe (how
// long and how fast), one fixed recipe per preset, the same for every network (chosen on the held-out
// slice of the training data, never on the test split; docs/QAT.md).
import { fail } from '../../core/diagnostics.js';
import { type QuantConfig, PRESETS } from '../quant/presets.js';
import type { Distillation } from '../train/ops/loss.js';

/** How a QAT run trains. */
export interface QatRecipe {
  readonly epochs: number;
  readonly batch: number;
  /** Adam's learning rate at the start of the cosine decay. */
  readonly lr: number;
  /** Cross-layer equalization before the PTQ initialisation. */
  readonly cle: boolean;
  /** Distillation from the float model (its logits of the training images, computed once): weight and temperature. */
  readonly distill?: Distillation;
}

/** A QAT preset: its grids and its recipe. */
export interface QatPreset {
  readonly config: QuantConfig;
  readonly recipe: QatRecipe;
  readonly summary: string;
}

/**
 * Multi-bit presets fine-tune a trained float network: 4 epochs, Adam at 1e-3 on a cosine decay. Chosen on
 * the held-out slice (fmnist_cnn W4A4: 88.64 % held-out after 4 epochs, float 88.92 %).
 */
const FINE_TUNE: QatRecipe = { epochs: 4, batch: 128, lr: 1e-3, cle: true };

/**
 * Binary networks relearn most of what the float network knew (PTQ binarization is at chance), with a
 * larger step and longer: fmnist_cnn on 20k training images for 2 epochs reached 59.8 / 69.9 / 74.3 /
 * 73.9 % held-out at learning rates 1e-3 / 3e-3 / 1e-2 / 3e-2 (distillation from the float model at 1e-3:
 * 57.1 %, no gain); the full split and 6 epochs at 1e-2.
 */
const BINARY: QatRecipe = { epochs: 6, batch: 128, lr: 1e-2, cle: true };

/**
 * The logits stay 8-bit in every preset (the last layer's output is the network's output: 4-bit logits
 * would tie the argmax, and the reference W4A4 numbers keep them float); 4-bit activations start from the
 * MSE-optimal clipping (white paper §3.4), then LSQ learns them.
 */
export const QAT_PRESETS: Readonly<Record<string, QatPreset>> = {
  w8a8: {
    config: { ...PRESETS['w8a8-pc']!, name: 'w8a8', recipe: {} }, recipe: FINE_TUNE,
    summary: 'int8 per-channel weights, u8 activations',
  },
  w4a8: {
    config: { ...PRESETS['w4a8']!, recipe: {} }, recipe: FINE_TUNE,
    summary: 'int4 per-channel weights (LSQ), u8 activations',
  },
  w4a4: {
    config: { ...PRESETS['w4a4']!, default: { ...PRESETS['w4a4']!.default, actRange: 'mse' }, last: { actBits: 8 }, recipe: {} }, recipe: FINE_TUNE,
    summary: 'int4 per-channel weights, u4 activations (LSQ/LSQ+), 8-bit input and logits',
  },
  w2a8: {
    config: { ...PRESETS['w4a8']!, name: 'w2a8', default: { ...PRESETS['w4a8']!.default, weightBits: 2 }, recipe: {} }, recipe: FINE_TUNE,
    summary: 'int2 per-channel weights, u8 activations',
  },
  binary: {
    config: { ...PRESETS['binary']!, recipe: {} }, recipe: BINARY,
    summary: 'binary weights (learned per-channel α) and activations in every hidden conv/dense layer; first and last layers 8-bit weights, adds and pools 8-bit',
  },
};

/** The preset called `name`; QAT010 listing the presets when there is none. */
export function qatPreset(name: string): QatPreset {
  const p = QAT_PRESETS[name];
  if (p === undefined) fail('QAT010', `unknown QAT preset '${name}'; expected one of ${Object.keys(QAT_PRESETS).join(', ')}`);
  return p;
}
