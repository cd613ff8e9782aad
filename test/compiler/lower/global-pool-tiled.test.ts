// Global average pools larger than a buffer: the division multiplier is exact wherever the lowering
// uses it (checked against the reference's rounding over every possible sum), and random pool sizes on
// tiny buffers (several chunks per channel group) simulate equal to the integer reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingDivideHalfAwayFromZero } from '../../../core/rounding.js';
import { multiplyByQuantizedMultiplier } from '../../../core/fixed-point.js';
import { emptyGraph, type Graph } from '../../../compiler/ir/graph.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { divisionMultiplier } from '../../../compiler/lower/global-pool-tiled.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { checkProgram } from '../../../isa/check/index.js';
import { applyOverrides, defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../tools/pipeline/host-io.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { seededBatch } from './models.js';

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
});
