import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAct } from '../../../compiler/train/act.js';
import { Conv2dLayer, convOut, type ConvSpec } from '../../../compiler/train/ops/conv.js';
import { DenseLayer, type DenseSpec } from '../../../compiler/train/ops/dense.js';
import { GlobalAvgPoolLayer, PoolLayer, type PoolSpec } from '../../../compiler/train/ops/pool.js';
import { BatchnormLayer, type BatchnormSpec } from '../../../compiler/train/ops/batchnorm.js';
import { AddLayer, ClampLayer, ConcatLayer, FlattenLayer } from '../../../compiler/train/ops/elementwise.js';
import { createKernels } from '../../../compiler/train/kernels.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { checkGradients, distinct, seeded } from './grad-check.js';

const base = (kind: string, inputs = ['x']) => ({ kind, name: 'y', inputs, needGrad: inputs.map(() => true) });

describe('training layers: backward equals finite differences', () => {
  it('conv2d: groups (dense, grouped, depthwise), stride, padding, dilation, bias; wasm and js GEMM', () => {
    const shape = fc.record({
      n: fc.integer({ min: 1, max: 2 }), groups: fc.constantFrom(1, 2, 3), cinG: fc.integer({ min: 1, max: 3 }), coutG: fc.integer({ min: 1, max: 3 }),
      h: fc.integer({ min: 3, max: 6 }), w: fc.integer({ min: 3, max: 6 }), k: fc.constantFrom(1, 2, 3), s: fc.constantFrom(1, 2),
      d: fc.constantFrom(1, 2), pad: fc.integer({ min: 0, max: 2 }), bias: fc.boolean(), js: fc.boolean(), seed: fc.integer({ min: 1, max: 1e6 }),
    }).filter((s) => convOut(s.h, s.k, s.s, s.d, s.pad, s.pad) >= 1 && convOut(s.w, s.k, s.s, s.d, s.pad, 0) >= 1);
    fc.assert(fc.property(shape, (s) => {
      const cin = s.cinG * s.groups, cout = s.coutG * s.groups;
      const wLen = cout * s.cinG * s.k * s.k;
      const spec: ConvSpec = {
        ...base('conv2d'), kind: 'conv2d', w: { offset: 0, length: wLen }, ...(s.bias ? { b: { offset: wLen, length: cout } } : {}),
        wShape: [cout, s.cinG, s.k, s.k], stride: [s.s, s.s], pad: [s.pad, s.pad, s.pad, 0], dilation: [s.d, s.d], groups: s.groups,
      };
      const params = seeded(wLen + cout, s.seed);
      const x = makeAct(4, s.n, cin, s.h, s.w, seeded(s.n * cin * s.h * s.w, s.seed + 1));
      checkGradients(() => new Conv2dLayer(spec, {}), [x], params, { ctx: { kernels: createKernels(s.js ? 'js' : 'wasm') } });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(25) });
  });

  it('dense with bias, from rank-2 and [n,c,1,1] inputs', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 11 }), fc.boolean(), fc.integer({ min: 1, max: 1e6 }), (n, inp, out, rank4, seed) => {
      const spec: DenseSpec = { ...base('dense'), kind: 'dense', w: { offset: 0, length: out * inp }, b: { offset: out * inp, length: out }, wShape: [out, inp] };
      const x = makeAct(rank4 ? 4 : 2, n, inp, 1, 1, seeded(n * inp, seed));
      checkGradients(() => new DenseLayer(spec, {}), [x], seeded(out * inp + out, seed + 1));
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20) });
  });

  it('maxpool and avgpool (padding, ceil mode, count_include_pad) and global_avgpool', () => {
    fc.assert(fc.property(
      fc.constantFrom<'maxpool' | 'avgpool'>('maxpool', 'avgpool'), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1 }),
      fc.boolean(), fc.boolean(), fc.integer({ min: 4, max: 7 }), fc.integer({ min: 1, max: 1e6 }),
      (kind, k, s, pad, ceil, includePad, size, seed) => {
        const spec: PoolSpec = { ...base(kind), kind, kernel: [k, k], stride: [s, s], pad: [pad, pad, pad, pad], ceilMode: ceil, countIncludePad: includePad };
        const x = makeAct(4, 2, 3, size, size - 1, distinct(2 * 3 * size * (size - 1), seed));
        checkGradients(() => new PoolLayer(spec), [x], new Float32Array(0));
        checkGradients(() => new GlobalAvgPoolLayer(base('global_avgpool')), [x], new Float32Array(0));
      },
    ), { seed: PROPERTY_SEED, numRuns: propertyRuns(20) });
  });

  it('batchnorm in train mode (batch statistics) and eval mode (running statistics)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.integer({ min: 1, max: 1e6 }), (n, c, hw, train, seed) => {
      const spec: BatchnormSpec = {
        ...base('batchnorm'), kind: 'batchnorm', gamma: { offset: 0, length: c }, beta: { offset: c, length: c },
        mean: { offset: 0, length: c }, var: { offset: c, length: c }, stats: { offset: 0, length: 2 * c }, eps: 1e-5, momentum: 0.1,
      };
      const x = makeAct(4, n, c, hw, hw + 1, seeded(n * c * hw * (hw + 1), seed, -2, 2));
      const buffers = Float32Array.from([...seeded(c, seed + 2), ...seeded(c, seed + 3, 0.5, 2)]);
      checkGradients(() => new BatchnormLayer(spec), [x], seeded(2 * c, seed + 1, 0.5, 1.5), { ctx: { train, buffers, stats: new Float32Array(2 * c) }, eps: 1e-3, tol: 2e-2 });
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20) });
  });

  it('clamp (relu, relu6, clip), add with a fused clamp, channel concat, flatten', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 1e6 }), (n, c, hw, seed) => {
      const len = n * c * hw * hw;
      const x = makeAct(4, n, c, hw, hw, distinct(len, seed));
      const z = makeAct(4, n, c + 1, hw, hw, seeded(n * (c + 1) * hw * hw, seed + 2));
      const none = new Float32Array(0);
      for (const [lo, hi] of [[0, Infinity], [0, 0.4], [-0.3, 0.2]] as const) checkGradients(() => new ClampLayer({ ...base('clamp'), kind: 'clamp', lo, hi }), [x], none);
      // b = a/3: the sum 4a/3 stays at least 0.017 away from the relu kink at 0 under ±eps.
      const y = makeAct(4, n, c, hw, hw, x.data.map((v) => v / 3));
      checkGradients(() => new AddLayer({ ...base('add', ['a', 'b']), kind: 'add', clamp: [0, Infinity] }), [x, y], none);
      checkGradients(() => new ConcatLayer(base('concat', ['a', 'b'])), [x, z], none);
      checkGradients(() => new FlattenLayer(base('flatten')), [x], none);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(15) });
  });
});

describe('softmax cross-entropy', () => {
  it('gradient equals finite differences of the batch-mean loss; loss of uniform logits is log(classes)', async () => {
    const { softmaxCrossEntropy } = await import('../../../compiler/train/ops/loss.js');
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 1e6 }), (n, k, seed) => {
      const z = seeded(n * k, seed, -3, 3);
      const labels = Array.from(seeded(n, seed + 1, 0, k), Math.floor);
      const batch = n + 2;
      const { grad } = softmaxCrossEntropy(z, labels, k, batch);
      for (let i = 0; i < z.length; i++) {
        const p = z.slice(); p[i]! += 1e-3;
        const m = z.slice(); m[i]! -= 1e-3;
        const num = (softmaxCrossEntropy(p, labels, k, batch).loss - softmaxCrossEntropy(m, labels, k, batch).loss) / 2e-3;
        expect(Math.abs(num - grad[i]!)).toBeLessThan(1e-3);
      }
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20) });
    const flat = softmaxCrossEntropy(new Float32Array(20), [0, 3], 10, 2);
    expect(flat.loss).toBeCloseTo(Math.log(10), 6);
    expect(flat.correct).toBe(1); // argmax of equal logits is class 0
  });
});

describe('distillation loss', () => {
  it('gradient equals finite differences; w = 0 is cross-entropy; a student equal to its teacher has zero KL term', async () => {
    const { distillationLoss, softmaxCrossEntropy } = await import('../../../compiler/train/ops/loss.js');
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 10 }), fc.double({ min: 0.1, max: 0.9, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (n, k, w, T, seed) => {
      const z = seeded(n * k, seed, -3, 3);
      const t = seeded(n * k, seed + 2, -3, 3);
      const labels = Array.from(seeded(n, seed + 1, 0, k), Math.floor);
      const d = { weight: w, temperature: T };
      const { grad } = distillationLoss(z, t, labels, k, n, d);
      for (let i = 0; i < z.length; i++) {
        const p = z.slice(); p[i]! += 1e-3;
        const m = z.slice(); m[i]! -= 1e-3;
        const num = (distillationLoss(p, t, labels, k, n, d).loss - distillationLoss(m, t, labels, k, n, d).loss) / 2e-3;
        expect(Math.abs(num - grad[i]!)).toBeLessThan(2e-3);
      }
      expect(distillationLoss(z, t, labels, k, n, { weight: 0, temperature: T }).loss).toBeCloseTo(softmaxCrossEntropy(z, labels, k, n).loss, 6);
      expect(distillationLoss(z, z, labels, k, n, { weight: 1, temperature: T }).loss).toBeCloseTo(0, 6);
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(20) });
  });
});

