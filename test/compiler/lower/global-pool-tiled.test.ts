// Global average pools larger than a buffer: the division multiplier is exact wherever the lowering
// uses it (checked against the reference's rounding over every possible sum), and random pool sizes on
// tiny buffers (several chunks per channel group) simulate equal to the integer reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingDivideHalfAwayFromZero } from '../../../core/rounding.js';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { emptyGraph, type Graph } from '../../../compiler/ir/graph.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { divisionMultiplier, divisionPlan, type DivisionPlan } from '../../../compiler/lower/global-pool-tiled.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { checkProgram } from '../../../isa/check/index.js';
import { applyOverrides, defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../tools/pipeline/host-io.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { seededBatch } from './models.js';
import { parseQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';

describe('the division multiplier', () => {
  it('divides every sum of n 8-bit codes exactly (ties away from zero) whenever it is offered', () => {
    let offered = 0;
    for (const n of [...Array.from({ length: 70 }, (_, i) => i + 1), 81, 100, 196, 225, 961, 1024, 1089, 2048, 2601, 3969, 4096]) {
      const m0 = divisionMultiplier(n, 255 * n);
      if (m0 === undefined) continue;
      offered++;
      for (let sum = -128 * n; sum <= 255 * n; sum++) {
        if (multiplyByQuantizedMultiplier(sum, m0, 0) !== roundingDivideHalfAwayFromZero(sum, n)) expect.fail(`n ${n}, sum ${sum}`);
      }
    }
    // Every size up to 70 and the power-of-two and square planes of small nets are offered.
    expect(offered).toBeGreaterThanOrEqual(78);
  });
});

/** What the machine computes from a sum: DEPTHWISE's W·Σ, then REQUANT's multiplyByQuantizedMultiplier. */
const machineDivide = (sum: number, p: DivisionPlan) => multiplyByQuantizedMultiplier(sum * p.weight, p.m0, p.shift);

describe('the division plan (W·Σ, then M0 and a right shift)', () => {
  it('exists for every plane up to 128x128 (u8 and i8 sums, 32-bit accumulators) and for 256x256', () => {
    for (let n = 1; n <= 128 * 128; n++) {
      if (divisionPlan(n, 255 * n, 32) === undefined) expect.fail(`no exact division by ${n}`);
    }
    expect(divisionPlan(256 * 256, 255 * 256 * 256, 32)).toBeDefined();
    // Small planes keep the single multiplier (the programs of the models in models/ do not change).
    expect(divisionPlan(49, 255 * 49, 32)).toEqual({ weight: 1, m0: divisionMultiplier(49, 255 * 49), shift: 0 });
  });

  it('divides random sums of random planes up to 128x128 exactly: ties, near-ties and the extremes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 128 }), fc.integer({ min: -128, max: 254 }), fc.integer({ min: -1, max: 1 }), fc.integer({ min: 0, max: 1_000_000 }), (h, w, k, nudge, any) => {
        const n = h * w;
        const p = divisionPlan(n, 255 * n, 32)!;
        // k + ½ (a tie when n is even) nudged by −1, 0, +1, a random sum, and both ends of the range.
        const sums = [k * n + Math.floor(n / 2) + nudge, -(k * n + Math.floor(n / 2) + nudge), (any % (383 * n)) - 128 * n, 255 * n, -128 * n];
        for (const sum of sums.filter((v) => v >= -128 * n && v <= 255 * n)) {
          // + 0: the reference gives −0 for a negative sum that rounds to 0 (an int array stores 0).
          expect(machineDivide(sum, p), `n ${n} sum ${sum}`).toBe(roundingDivideHalfAwayFromZero(sum, n) + 0);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(2000) },
    );
  });

  it('divides every possible sum exactly for a few large planes (64x64, 97x101, 128x128)', () => {
    for (const n of [64 * 64, 97 * 101, 128 * 128]) {
      const p = divisionPlan(n, 255 * n, 32)!;
      for (let sum = -128 * n; sum <= 255 * n; sum++) {
        if (machineDivide(sum, p) !== roundingDivideHalfAwayFromZero(sum, n)) expect.fail(`n ${n}, sum ${sum}`);
      }
    }
  });
});

/** x (f32 [1, c, h, w]) → quantize (dtype, scale, zero) → qglobal_avgpool → dequantize. */
function poolGraph(c: number, h: number, w: number, dtype: 'u8' | 'i8', scale: number): Graph {
  const g = emptyGraph('gpool');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, c, h, w] } });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale, zero: dtype === 'u8' ? 128 : 0, dtype } });
  g.nodes.push({ name: 'pool', op: 'qglobal_avgpool', operands: [{ ref: 'value', name: 'xq' }], attrs: {} });
  g.nodes.push({ name: 'y', op: 'dequantize', operands: [{ ref: 'value', name: 'pool' }], attrs: { scale, zero: dtype === 'u8' ? 128 : 0 } });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}

describe('tiled global average pools', () => {
  it('on tiny buffers (several chunks) simulate equal to the integer reference', () => {
    const runs = propertyRuns(40);
    fc.assert(
      fc.property(
        fc.record({
          c: fc.integer({ min: 1, max: 40 }),
          // Power-of-two sides too: their planes divide without error, where exact ties are most common.
          h: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(4, 8, 16, 32)), w: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(4, 8, 16, 32)),
          dtype: fc.constantFrom('u8' as const, 'i8' as const), scale: fc.constantFrom(1 / 100, 1 / 400, 1 / 20),
          array: fc.constantFrom('4x4', '8x8', '16x16', '8x32', '2x8'), dataflow: fc.constantFrom('ws' as const, 'os' as const),
          inRows: fc.constantFrom(16, 32, 64), seed: fc.integer({ min: 1, max: 1000 }),
        }),
        (k) => {
          const g = poolGraph(k.c, k.h, k.w, k.dtype, k.scale);
          const hw = applyOverrides(defaultHwConfig(), { array: k.array, dataflow: k.dataflow });
          const d = deriveHw(hw);
          // Fewer output rows than the plane has pixels, so POOL cannot hold it; a few input rows, so it takes chunks.
          hw.memories.output.sizeBytes = d.rowBytes.output * 16;
          hw.memories.input.sizeBytes = d.rowBytes.input * k.inRows;
          const program = lowerGraph(g, hw);
          expect(checkProgram(program)).toEqual([]);
          const depthwise = program.instructions.filter((i) => i.op === 'DEPTHWISE').length;
          if (k.h * k.w + 1 > 16) expect(depthwise).toBeGreaterThanOrEqual(Math.ceil(k.c / Number(k.array.split('x')[1])));
          const x = seededBatch([k.c, k.h, k.w], 1, k.seed);
          const run = runIntGraph(g, new Map([['x', { type: g.inputs[0]!.type, data: x.data }]]));
          const inDesc = program.tensors.find((t) => t.role === 'input')!;
          const outDesc = program.tensors.find((t) => t.role === 'output')!;
          const q = run.values.get(inDesc.name)!;
          const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(q.type.shape, q.data as ArrayLike<number>))]]));
          const ref = run.values.get(outDesc.name)!;
          expect(Array.from(r.outputs.get(outDesc.name)!)).toEqual(Array.from(ref.data as ArrayLike<number>));
        },
      ),
      { seed: PROPERTY_SEED, numRuns: runs },
    );
  });

  it('planes past the single multiplier (64x64, 97x101, 128x128; refused with MAP001 before) simulate equal to the integer reference', () => {
    for (const [c, h, w, dtype] of [[20, 64, 64, 'u8'], [5, 97, 101, 'i8'], [3, 128, 128, 'u8']] as const) {
      const g = poolGraph(c, h, w, dtype, 1 / 100);
      const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: '16x16', dataflow: 'ws' }));
      expect(checkProgram(program)).toEqual([]);
      // The weight W > 1 path: the taps carry W and the REQUANT shifts right.
      expect(divisionPlan(h * w, 255 * h * w, 32)!.weight).toBeGreaterThan(1);
      const x = seededBatch([c, h, w], 1, 3);
      const run = runIntGraph(g, new Map([['x', { type: g.inputs[0]!.type, data: x.data }]]));
      const inDesc = program.tensors.find((t) => t.role === 'input')!;
      const outDesc = program.tensors.find((t) => t.role === 'output')!;
      const q = run.values.get(inDesc.name)!;
      const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(q.type.shape, q.data as ArrayLike<number>))]]));
      expect(Array.from(r.outputs.get(outDesc.name)!), `${h}x${w}`).toEqual(Array.from(run.values.get(outDesc.name)!.data as ArrayLike<number>));
    }
  });

  it('w4a4: a 64x64 plane (past POOL\'s window) is kept as bytes around the pool and simulates exactly (MAP001 before)', () => {
    const text = [
      'qir 1', 'graph gp4 {', '  input %x: f32[1,3,64,64]', '  const @w1: f32[8,3,3,3]', '  const @b1: f32[8]', '  const @w2: f32[10,8]', '  const @b2: f32[10]',
      '  %c = conv2d(%x, @w1, @b1) {pad=[1,1,1,1], act_min=0.0}', '  %g = global_avgpool(%c)', '  %f = flatten(%g)', '  %y = dense(%f, @w2, @b2)', '  output %y', '}',
    ].join('\n');
    const seeded = (shape: number[], seed: number) => {
      const t = seededBatch(shape, 1, seed);
      return { type: { dtype: 'f32' as const, shape }, data: (t.data as Float32Array).map((v) => v / 4) };
    };
    const sidecar = new Map([['w1', seeded([8, 3, 3, 3], 1)], ['b1', seeded([8], 2)], ['w2', seeded([10, 8], 3)], ['b2', seeded([10], 4)]]);
    const f = runPipeline(parseQir(text, 'gp4.qir', sidecar), ['fold-batchnorm', 'fuse-activations']).graph;
    const g = quantizeModel(f, { preset: 'w4a4', calib: seededBatch([3, 64, 64], 2, 7), cle: false, adaround: false, biasCorrection: false }).graph;
    expect(g.values.get('g')!.type.dtype).toMatch(/^[ui]4$/);
    const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: '16x16', dataflow: 'os' }));
    expect(checkProgram(program)).toEqual([]);
    const x = seededBatch([3, 64, 64], 1, 9);
    const run = runIntGraph(g, new Map([['x', { type: g.inputs[0]!.type, data: x.data }]]));
    const inDesc = program.tensors.find((t) => t.role === 'input')!;
    const outDesc = program.tensors.find((t) => t.role === 'output')!;
    const q = run.values.get(inDesc.name)!;
    const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(q.type.shape, q.data as ArrayLike<number>))]]));
    expect(Array.from(r.outputs.get(outDesc.name)!)).toEqual(Array.from(run.values.get(outDesc.name)!.data as ArrayLike<number>));
  });
});
