// The choice loss, against hand-computed values: cross-entropy with labels, KL to float without, accuracy,
// agreement and SQNR.
import { describe, expect, it } from 'vitest';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { type ChoiceScore, firstSamples, pairedDropSe, scoreOutputs, type HeldOutSet } from '../../../compiler/ptq/choice-score.js';

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

describe('pairedDropSe', () => {
  // Four samples, two classes. Float predicts [1, 0, 0, 1]; labels [1, 1, 0, 0]: float right on 0 and 2.
  const four = f32Tensor([4, 1], [0, 0, 0, 0]);
  const float4 = Float32Array.from([0, 1, 1, 0, 1, 0, 0, 1]);
  const set4: HeldOutSet = { images: four, labels: Uint8Array.from([1, 1, 0, 0]), floatOutputs: float4, classes: 2 };

  it('counts the discordant pairs: float-only right and quantized-only right; changed wrong answers are not discordant', () => {
    // Quantized predicts [0, 1, 0, 1]: sample 0 float-only right, sample 1 quantized-only right, 2 both right, 3 both wrong.
    const s = scoreOutputs(Float32Array.from([1, 0, 0, 1, 1, 0, 0, 1]), set4);
    expect(s.discordant).toEqual({ floatOnly: 1, quantOnly: 1 });
    expect(s.accuracyPct).toBe(50);
    // d = [1, −1, 0, 0]: mean 0, Var = 2/4 − 0 = 1/2, SE = 100·√(1/2 / 4).
    expect(pairedDropSe(s)).toBeCloseTo(100 * Math.sqrt(0.5 / 4), 10);
  });

  it('is (b+c)/N − ((b−c)/N)² over N: the sample variance of d_i = floatRight − quantRight', () => {
    const s: ChoiceScore = { loss: 0, lossKind: 'cross-entropy', accuracyPct: 80, agreementPct: 90, sqnrDb: 20, samples: 1000, discordant: { floatOnly: 30, quantOnly: 10 } };
    // Brute force: 30 ones, 10 minus ones, 960 zeros.
    const d = [...Array(30).fill(1), ...Array(10).fill(-1), ...Array(960).fill(0)] as number[];
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    const variance = d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length;
    expect(pairedDropSe(s)).toBeCloseTo(100 * Math.sqrt(variance / d.length), 10);
    // Tighter than the estimate from every changed prediction (10 % of them here): √(0.1/N).
    expect(pairedDropSe(s)!).toBeLessThan(100 * Math.sqrt(0.1 / 1000));
  });

  it('is zero when no pair is discordant, and undefined without labels', () => {
    expect(pairedDropSe(scoreOutputs(float4, set4))).toBe(0);
    const unlabelled: HeldOutSet = { images: four, floatOutputs: float4, classes: 2 };
    expect(pairedDropSe(scoreOutputs(float4, unlabelled))).toBeUndefined();
  });
});

describe('firstSamples', () => {
  it('cuts images, labels and float outputs alike; scoring the cut set scores those samples only', () => {
    const set: HeldOutSet = { images: f32Tensor([3, 1], [7, 8, 9]), labels: Uint8Array.from([1, 0, 0]), floatOutputs: Float32Array.from([0, 1, 1, 0, 0, 1]), classes: 2 };
    const two = firstSamples(set, 2);
    expect(two.images.type.shape).toEqual([2, 1]);
    expect(Array.from(two.images.data as Float32Array)).toEqual([7, 8]);
    expect(Array.from(two.labels!)).toEqual([1, 0]);
    expect(Array.from(two.floatOutputs)).toEqual([0, 1, 1, 0]);
    expect(scoreOutputs(two.floatOutputs, two).accuracyPct).toBe(100);
    expect(scoreOutputs(set.floatOutputs, set).accuracyPct).toBeCloseTo(200 / 3, 10);
    expect(firstSamples(set, 5)).toBe(set);
  });
});
