// Depthwise convolutions and pools with windows the models never have: non-square strides and kernels,
// four different pads, and zero points ≠ 0 on both sides of the depthwise layer. Lowered, simulated, and
// compared with the integer reference element for element on random small arrays and both dataflows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../compiler/ir/graph.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../tools/pipeline/host-io.js';
import { layerGraph } from '../compiler/lower/random-layers.js';
import { seededBatch } from '../compiler/lower/models.js';
import { window2d } from '../arbitraries/windows.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';

/** A layer case around a drawn window that is not square in its stride or its kernel. */
const windowCase = fc
  .constantFrom('depthwise' as const, 'maxpool' as const, 'avgpool' as const)
  .chain((kind) => fc.record({
    kind: fc.constant(kind),
    win: window2d({ maxKernel: 4, maxDilation: 1, pool: kind !== 'depthwise' })
      .filter((w) => w.strides[0] !== w.strides[1] || w.kernel[0] !== w.kernel[1]),
    cin: fc.integer({ min: 1, max: 20 }), c0: fc.integer({ min: 1, max: 3 }),
    weight: fc.constantFrom('i8' as const, 'i4' as const, 'i2' as const),
    zeros: fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })),
    seed: fc.nat(), array: fc.constantFrom('2x2', '4x4', '4x8', '8x4', '16x16'), dataflow: fc.constantFrom('ws' as const, 'os' as const),
  }));

/** The layer case's graph with the intermediate's zero point (= the depthwise x_zero) and the output's set ≠ 0. */
type WindowCase = typeof windowCase extends fc.Arbitrary<infer T> ? T : never;

function graphOf(c: WindowCase): Graph {
  const g = layerGraph({
    h: c.win.h, w: c.win.w, c0: c.c0, cin: c.cin, cout: c.cin, mid: 'u8', kind: c.kind, groups: 1, weight: c.weight,
    k: c.win.kernel, stride: c.win.strides, dilation: [1, 1], pad: c.win.pads, seed: c.seed,
  });
  const [mid, out] = c.zeros;
  g.nodes = g.nodes.map((n) => (n.name === 'a' ? { ...n, attrs: { ...n.attrs, y_zero: mid } }
    : n.name === 'b' && n.op === 'qconv2d' ? { ...n, attrs: { ...n.attrs, x_zero: mid, y_zero: out } } : n));
  inferTypes(g);
  return g;
}

describe('depthwise and pool windows on the simulator', () => {
  it('non-square strides/kernels, asymmetric pads, zero points ≠ 0: simulator == integer reference', () => {
    const seen = { depthwise: 0, maxpool: 0, avgpool: 0 };
    fc.assert(fc.property(windowCase, (c) => {
      const g = graphOf(c);
      const decl = g.inputs[0]!;
      const x = seededBatch(decl.type.shape.slice(1), 1, c.seed);
      const run = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]]));
      const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: c.array, dataflow: c.dataflow }));
      const xq = run.values.get('xq')!;
      const r = simulateProgram(program, new Map([['xq', Array.from(nchwToNhwc(xq.type.shape, xq.data as ArrayLike<number>))]]));
      const out = program.tensors.find((t) => t.role === 'output')!;
      const ref = run.values.get('b')!;
      expect(Array.from(r.outputs.get(out.name)!), JSON.stringify(c)).toEqual(Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)));
      seen[c.kind]++;
    }), { seed: PROPERTY_SEED, numRuns: propertyRuns(60) });
    for (const [kind, n] of Object.entries(seen)) expect(n, kind).toBeGreaterThanOrEqual(propertyRuns(60) / 6);
  });
});
