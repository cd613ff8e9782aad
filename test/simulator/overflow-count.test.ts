// Accumulator overflows, simulator vs integer reference, through the whole tool chain: random conv and
// dense layers with narrow accumulators (10..16 bits, wrap or saturate), every output dtype (u8, i8, u4,
// i4, b1) and both requantization modes, lowered by compiler/lower and simulated. The outputs must be
// equal and so must the overflow counts (stats.totals.overflows vs runInt's per-node counts): sums leave
// the accumulator below and above (the weights and the random biases take both signs), and both count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../compiler/ir/graph.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../tools/pipeline/host-io.js';
import { seededBatch } from '../compiler/lower/models.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { overflowCase, overflowGraph, type OverflowCase } from './overflow-graph.js';

describe('accumulator overflows: simulator == integer reference', () => {
  it('random conv/dense layers, 10..16-bit accumulators, every output dtype and requant mode', () => {
    let negative = 0;
    let positive = 0;
    fc.assert(fc.property(overflowCase, (c) => {
      const g = overflowGraph(c);
      const decl = g.inputs[0]!;
      const x = seededBatch(decl.type.shape.slice(1), 1, c.seed);
      const run = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]]));
      const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: c.array }));
      const xq = run.values.get('xq')!;
      const r = simulateProgram(program, new Map([['xq', Array.from(nchwToNhwc(xq.type.shape, xq.data as ArrayLike<number>))]]));
      const out = program.tensors.find((t) => t.role === 'output')!;
      const ref = run.values.get('l')!;
      expect(Array.from(r.outputs.get(out.name)!)).toEqual(Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)));
      const want = run.counters.get('l')!.accOverflows;
      expect(r.stats.totals.overflows, `${JSON.stringify(c)}`).toBe(want);
      // Which way the exact sums left the accumulator, from an independent recount of the layer.
      const [below, above] = exactSumsOutside(g, xq.data as ArrayLike<number>, c);
      expect(below + above).toBe(want);
      negative += below;
      positive += above;
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(30) });
    // Both directions must have been exercised, many times.
    expect(negative).toBeGreaterThan(3 * propertyRuns(30));
    expect(positive).toBeGreaterThan(3 * propertyRuns(30));
  });
});

/** Exact sums of the layer (bias + Σ x·w over the padded input, padding = x_zero: the zero-point term is the bias's) below / above the accumulator. */
function exactSumsOutside(g: Graph, xq: ArrayLike<number>, c: OverflowCase): [number, number] {
  const w = g.constants.get('l.w')!.data as Int8Array;
  const b = g.constants.get('l.b')!.data as Int32Array;
  const lo = -(2 ** (c.accBits - 1));
  const hi = 2 ** (c.accBits - 1) - 1;
  const sums: number[] = [];
  if (c.kind === 'dense') {
    const k = c.cin * c.h * c.w;
    for (let n = 0; n < c.cout; n++) {
      let s = b[n]!;
      for (let i = 0; i < k; i++) s += xq[i]! * w[n * k + i]!;
      sums.push(s);
    }
  } else {
    // pad [top 1, left 0, bottom 1, right 2], 3x3, stride 1: out H = h, out W = w.
    for (let n = 0; n < c.cout; n++) for (let oy = 0; oy < c.h; oy++) for (let ox = 0; ox < c.w; ox++) {
      let s = b[n]!;
      for (let ci = 0; ci < c.cin; ci++) for (let ky = 0; ky < 3; ky++) for (let kx = 0; kx < 3; kx++) {
        const iy = oy + ky - 1;
        const ix = ox + kx;
        const x = iy < 0 || iy >= c.h || ix >= c.w ? 131 : xq[(ci * c.h + iy) * c.w + ix]!;
        s += x * w[((n * c.cin + ci) * 3 + ky) * 3 + kx]!;
      }
      sums.push(s);
    }
  }
  return [sums.filter((s) => s < lo).length, sums.filter((s) => s > hi).length];
}
