// Group-wise weight scales on the machine (w4a8-group / int8-group array modes, INTEGER-SEMANTICS §6c): the
// shipped models quantized with every group preset, lowered (each grouped layer's tiles cut at group edges,
// its u8 column multipliers packed after each chunk), simulated and compared with the integer reference bit
// for bit at 16x16 and 8x8, ws and os; and random conv/dense layers (short last groups, Cin < G, a dense
// layer whose groups are strided in the machine's tap-major order, zero points ≠ 0) on random array shapes.
import { expandedInstructions, issuedProgram } from '../../isa/compute-run.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyGraph, type Graph } from '../../compiler/ir/graph.js';
import type { DType } from '../../compiler/ir/dtype.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { inferTypes } from '../../compiler/ir/verify.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import type { DepthwiseChoice } from '../../compiler/lower/layer-kinds.js';
import { weightGroupLayout } from '../../core/weight-groups.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { endToEnd, quantized } from '../compiler/lower/models.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { firstDiagnostic } from '../user-error.js';
import { simulateAndReference } from './sim-vs-reference-sample.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { countersToJson } from '../../simulator/stats.js';

const MODELS = ['models/fmnist_mlp.qir', 'models/fmnist_cnn.qir', 'models/fmnist_dwsep.qir', 'models/fmnist_resnet.qir'];
const PRESETS = ['w4a8-g32', 'w4a8-g64', 'w4a8-g128', 'w8a8-g128'];

const graphs = new Map<string, Graph>();
function model(path: string, preset: string): Graph {
  const key = `${path} ${preset}`;
  if (!graphs.has(key)) graphs.set(key, quantized(path, preset, 32));
  return graphs.get(key)!;
}

/** The array modes of a program's CONFIGs. */
function modesOf(p: ReturnType<typeof lowerGraph>): Set<string> {
  return new Set(p.instructions.filter((i) => i.op === 'CONFIG').map((i) => (i as { mode: string }).mode));
}

describe('group-wise scales: simulator == integer reference on the models', () => {
  for (const preset of PRESETS) {
    for (const array of ['16x16', '8x8']) {
      for (const dataflow of ['ws', 'os'] as const) {
        it(`${preset}: fmnist mlp, cnn, dwsep, resnet at ${array} ${dataflow}`, () => {
          for (const path of MODELS) {
            const g = model(path, preset);
            const choices: DepthwiseChoice[] = path.includes('dwsep') ? ['array', 'vector'] : ['auto'];
            for (const depthwise of choices) {
              const p = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }), { depthwise });
              // Every model has grouped layers (the quantizer groups all but depthwise ones) in the preset's mode.
              expect(modesOf(p).has(preset.startsWith('w8') ? 'int8-group' : 'w4a8-group'), `${path} ${depthwise}`).toBe(true);
              for (const seed of [3, 17]) {
                const { got, want } = simulateAndReference(g, p, seed);
                expect(got, `${path} ${depthwise} seed ${seed}`).toEqual(want);
              }
            }
          }
        }, 600_000);
      }
    }
  }
});

/** One random group-scaled layer: conv (any kernel, stride, pad) or dense over a flattened [cin, h, w] input. */
interface LayerCase {
  dense: boolean; cin: number; cout: number; h: number; w: number; kh: number; kw: number; stride: number; pad: number;
  G: number; wBits: 4 | 8; xZero: number; seed: number; array: string; dataflow: 'ws' | 'os';
  /** The quantized input's dtype (default u8). */
  xDtype?: 'u8' | 'u4';
}

const layerArb: fc.Arbitrary<LayerCase> = fc.record({
  dense: fc.boolean(), cin: fc.integer({ min: 1, max: 80 }), cout: fc.integer({ min: 1, max: 20 }),
  h: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 5 }), kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  stride: fc.integer({ min: 1, max: 2 }), pad: fc.integer({ min: 0, max: 1 }),
  G: fc.constantFrom(32, 64, 128), wBits: fc.constantFrom(4 as const, 8 as const), xZero: fc.integer({ min: 0, max: 255 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }), array: fc.constantFrom('2x2', '4x4', '8x4', '4x8', '16x16'), dataflow: fc.constantFrom('ws' as const, 'os' as const),
}).map((c) => ({ ...c, kh: Math.min(c.kh, c.h + 2 * c.pad), kw: Math.min(c.kw, c.w + 2 * c.pad) }));

/** x (f32) → quantize (u8, zero xZero) → qconv2d / flatten + qdense with w_group G (random q, m ∈ [1, 255]) → dequantize. */
function layerGraph(c: LayerCase): Graph {
  let s = c.seed >>> 0;
  const int = (lo: number, hi: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + Math.floor((s / 2 ** 32) * (hi - lo + 1));
  };
  const g = emptyGraph('group-layer');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, c.cin, c.h, c.w] } });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale: 1 / 100, zero: c.xZero, dtype: c.xDtype ?? 'u8' } });
  const wShape = c.dense ? [c.cout, c.cin * c.h * c.w] : [c.cout, c.cin, c.kh, c.kw];
  const groups = weightGroupLayout(wShape, c.G).count;
  const wDtype: DType = c.wBits === 4 ? 'i4' : 'i8';
  const [lo, hi] = c.wBits === 4 ? [-8, 7] : [-127, 127];
  const n = wShape.reduce((a, b) => a * b, 1);
  g.constants.set('b.w', makeTensor(wDtype, wShape, new Int8Array(n).map(() => int(lo, hi))));
  g.constants.set('b.b', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => int(-300_000, 300_000))));
  // Multipliers near 2^-16 of the accumulator's reach: outputs spread over the u8 range instead of clamping.
  g.constants.set('b.m0', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => int(2 ** 30, 2 ** 31 - 1))));
  g.constants.set('b.s', makeTensor('i32', [c.cout], new Int32Array(c.cout).map(() => int(-17, -12))));
  g.constants.set('b.ws', makeTensor('f32', [c.cout], new Float32Array(c.cout).fill(1)));
  g.constants.set('b.m', makeTensor('u8', [c.cout, groups], new Uint8Array(c.cout * groups).map(() => int(1, 255))));
  let input = 'xq';
  if (c.dense) {
    g.nodes.push({ name: 'flat', op: 'flatten', operands: [{ ref: 'value', name: 'xq' }], attrs: {} });
    input = 'flat';
  }
  g.nodes.push({
    name: 'b', op: c.dense ? 'qdense' : 'qconv2d',
    operands: [{ ref: 'value', name: input }, ...['w', 'b', 'm0', 's', 'ws', 'm'].map((k) => ({ ref: 'const' as const, name: `b.${k}` }))],
    attrs: {
      x_zero: c.xZero, x_scale: 1 / 100, y_zero: int(0, 40), y_scale: 0.1, qmin: 0, qmax: 255, out_dtype: 'u8', w_group: c.G,
      ...(c.dense ? {} : { stride: [c.stride, c.stride], pad: [c.pad, c.pad, c.pad, c.pad] }),
    },
  });
  g.nodes.push({ name: 'y', op: 'dequantize', operands: [{ ref: 'value', name: 'b' }], attrs: { scale: 0.1, zero: 0 } });
  g.outputs.push('y');
  inferTypes(g);
  return g;
}

describe('group-wise scales: the plain functional model of the ISA (the lowering\'s oracle)', () => {
  it('reads the multiplier vectors as the ISA says: fmnist_cnn w4a8-g32 and w8a8-g128 at 8x8 ws/os equal the reference', () => {
    for (const preset of ['w4a8-g32', 'w8a8-g128']) {
      for (const dataflow of ['ws', 'os'] as const) {
        const g = model('models/fmnist_cnn.qir', preset);
        const { got, want } = endToEnd(g, lowerGraph(g, applyOverrides(defaultHwConfig(), { array: '8x8', dataflow })));
        expect(got, `${preset} ${dataflow}`).toEqual(want);
      }
    }
  }, 600_000);
});

describe('group-wise scales: what a run counts', () => {
  it('one column multiply per output row and column of every group-mode COMPUTE, one more weight vector per tile', () => {
    const g = model('models/fmnist_mlp.qir', 'w4a8-g128');
    for (const dataflow of ['ws', 'os'] as const) {
      const hw = applyOverrides(defaultHwConfig(), { array: '16x16', dataflow });
      const p = lowerGraph(g, hw);
      // Counted from the program as issued (COMPUTE runs as their micro-ops; every CONFIG here is w4a8-group): m·n per COMPUTE.
      let expected = 0;
      let weightVectors = 0; // ceil(k/P) + the multiplier vector, P = 2; one weight row per vector at 16x16
      for (const i of expandedInstructions(issuedProgram(p.instructions, p.layers).instructions)) {
        if (i.op === 'COMPUTE') expected += i.m * i.n;
        if ((dataflow === 'ws' && i.op === 'LOAD_WEIGHTS') || (dataflow === 'os' && i.op === 'COMPUTE')) weightVectors += Math.ceil(i.k / 2) + 1;
      }
      const decl = p.tensors.find((t) => t.role === 'input')!;
      const r = simulateProgram(p, new Map([[decl.name, new Array<number>(decl.shape.reduce((a, b) => a * b, 1)).fill(7)]]));
      const json = countersToJson(r.stats.totals) as { groupScales?: Record<string, number> };
      // 17 = 8-bit activations + 4-bit weights + log2(32 elements of a 16x16 w4a8 tile).
      expect(json.groupScales, dataflow).toEqual({ '8|17': expected });
      expect(r.stats.totals.sramReads.weight, dataflow).toBe(weightVectors);
    }
  });
});

describe('group-wise scales: random layers', () => {
  it('conv and dense, short last groups, Cin < G, z_x ≠ 0, random arrays and dataflows: simulator == integer reference', () => {
    let spread = 0;
    fc.assert(fc.property(layerArb, (c) => {
      const g = layerGraph(c);
      const p = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: c.array, dataflow: c.dataflow }));
      expect(modesOf(p).has(c.wBits === 4 ? 'w4a8-group' : 'int8-group')).toBe(true);
      const { got, want } = simulateAndReference(g, p, c.seed);
      expect(got, JSON.stringify(c)).toEqual(want);
      // The outputs are not all clamped: the comparison sees the multipliers' effect.
      if (new Set(want).size > 2) spread++;
    }), { numRuns: propertyRuns(40), seed: PROPERTY_SEED });
    expect(spread).toBeGreaterThan(10);
  }, 600_000);
});

describe('group-wise scales: where the machine has no group mode', () => {
  it('runs a group-scaled layer on 4-bit activations from their bytes; a grouped conv with w_group is MAP007', () => {
    const c: LayerCase = {
      dense: false, cin: 40, cout: 4, h: 4, w: 4, kh: 3, kw: 3, stride: 1, pad: 1, G: 32, wBits: 4, xZero: 8, seed: 5, array: '8x8', dataflow: 'os', xDtype: 'u4',
    };
    const g = layerGraph(c);
    const p = lowerGraph(g, applyOverrides(defaultHwConfig(), { array: c.array, dataflow: c.dataflow }));
    expect(modesOf(p).has('w4a8-group')).toBe(true);
    const { got, want } = simulateAndReference(g, p, 9);
    expect(got).toEqual(want);
    // Two channel groups: the block-diagonal tiles would mix them in one chunk.
    const b = g.nodes.find((n) => n.name === 'b')!;
    const w = g.constants.get('b.w')!;
    g.constants.set('b.w', { ...w, type: { ...w.type, shape: [4, 20, 3, 3] }, data: (w.data as Int8Array).slice(0, 4 * 20 * 9) });
    const m = g.constants.get('b.m')!;
    g.constants.set('b.m', { ...m, type: { ...m.type, shape: [4, 9] }, data: (m.data as Uint8Array).slice(0, 36) });
    g.nodes = g.nodes.map((n) => (n === b ? { ...n, attrs: { ...n.attrs, groups: 2 } } : n));
    inferTypes(g);
    const d = firstDiagnostic(() => lowerGraph(g, defaultHwConfig()));
    expect(d.code).toBe('MAP007');
    expect(d.message).toMatch(/2 channel groups/);
  });
});
