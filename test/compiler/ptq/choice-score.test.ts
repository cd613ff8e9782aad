// The choice loss, against hand-computed values: cross-entropy with labels, KL to float without, accuracy,
// agreement and SQNR.
import { describe, expect, it } from 'vitest';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { scoreOutputs, type HeldOutSet } from '../../../compiler/ptq/choice-score.js';

const images = f32Tensor([2, 1], [0, 0]);
// Float logits: sample 0 [0, ln 3] (p = [1/4, 3/4]), sample 1 [ln 3, 0].
const floatOutputs = Float32Array.from([0, Math.log(3), Math.log(3), 0]);

describe('scoreOutputs', () => {
  it('cross-entropy against the labels, accuracy and agreement', () => {
    const set: HeldOutSet = { images, labels: Uint8Array.from([1, 1]), floatOutputs, classes: 2 };
    const s = scoreOutputs(floatOutputs, set);
    // −ln(3/4) for sample 0 (right), −ln(1/4) for sample 1 (wrong).
    expect(s.loss).toBeCloseTo((-Math.log(0.75) - Math.log(0.25)) / 2, 6);
    expect(s.lossKind).toBe('cross-entropy');
    expect(s.accuracyPct).toBe(50);
    expect(s.agreementPct).toBe(100);
    expect(s.sqnrDb).toBe(Infinity);
  });

  it('KL(float ‖ quantized) without labels; zero for the float outputs themselves', () => {
    const set: HeldOutSet = { images, floatOutputs, classes: 2 };
    expect(scoreOutputs(floatOutputs, set).loss).toBeCloseTo(0, 7);
    // Quantized logits all zero: q = [1/2, 1/2]; KL = Σ p ln(p/q) = 1/4 ln(1/2) + 3/4 ln(3/2) per sample.
    const s = scoreOutputs(new Float32Array(4), set);
    expect(s.loss).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 6);
    expect(s.accuracyPct).toBeUndefined();
    expect(s.agreementPct).toBe(50); // ties pick class 0: sample 1 agrees
    expect(s.sqnrDb).toBeCloseTo(0, 6); // noise = signal
  });
});
