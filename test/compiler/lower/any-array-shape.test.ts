// Issue 17 item 7: every array shape from 1x1 to 64x64 works with the default buffers (capacities rounded
// down to whole rows per bank), and programs for shapes that are not powers of two simulate bit for bit
// like the integer reference, on every model and preset, in both dataflows.
import { UNQUANTIZABLE, machineRefusal } from './known-skips.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { runInt, runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { PRESETS } from '../../../compiler/quant/presets.js';
import { UserError } from '../../../core/diagnostics.js';
import { applyOverrides, defaultHwConfig, deriveHw, validateHwConfig } from '../../../isa/hw-config.js';
import { checkProgram } from '../../../isa/check/index.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { allModels, quantized, seededBatch } from './models.js';

const ODD_ARRAYS = ['12x20', '24x24', '7x13'];

/** The program's output for one seeded sample next to the integer reference's (both in graph order). */
function simulateOne(g: Graph, array: string, dataflow: 'ws' | 'os'): { got: number[]; want: number[] } {
  const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
  expect(checkProgram(program)).toEqual([]);
  const decl = g.inputs[0]!;
  const x = seededBatch(decl.type.shape.slice(1), 1, 5);
  const input = program.tensors.find((t) => t.role === 'input')!;
  const output = program.tensors.find((t) => t.role === 'output')!;
  const q = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]])).values.get(input.name)!;
  const r = simulateProgram(program, new Map([[input.name, toNhwc(q.data as ArrayLike<number>, q.type.shape)]]));
  return { got: toNchw(Array.from(r.outputs.get(output.name)!), output.shape), want: Array.from(runInt(g, x).intOutput!.data as ArrayLike<number>) };
}

function toNhwc(v: ArrayLike<number>, shape: readonly number[]): number[] {
  if (shape.length !== 4) return Array.from(v);
  const [, c, h, w] = shape as [number, number, number, number];
  const out: number[] = [];
  for (let y = 0; y < h; y++) for (let xx = 0; xx < w; xx++) for (let ch = 0; ch < c; ch++) out.push(v[(ch * h + y) * w + xx]!);
  return out;
}

function toNchw(v: number[], shape: readonly number[]): number[] {
  if (shape.length !== 4) return v;
  const [, h, w, c] = shape as [number, number, number, number];
  return Array.from({ length: v.length }, (_, k) => v[(k % (h * w)) * c + Math.floor(k / (h * w))]!);
}

describe('the default buffers fit every array shape', () => {
  it('1x1 .. 64x64 all validate, with whole rows per bank and nothing above the capacity asked for', () => {
    for (let rows = 1; rows <= 64; rows++) {
      for (let cols = 1; cols <= 64; cols++) {
        const c = applyOverrides(defaultHwConfig(), { array: `${rows}x${cols}` });
        expect(validateHwConfig(c), `${rows}x${cols}`).toEqual([]);
        const d = deriveHw(c);
        for (const b of ['input', 'weight', 'accumulator', 'param', 'output'] as const) {
          const usable = d.bufferRows[b] * d.rowBytes[b];
          expect(d.bankDepthRows[b], `${rows}x${cols} ${b}`).toBe(Math.floor(d.bankDepthRows[b]));
          expect(usable).toBeLessThanOrEqual(c.memories[b].sizeBytes);
          // Rounded down, not away: one more row per bank would not fit.
          expect(usable + d.rowBytes[b] * c.memories[b].banks).toBeGreaterThan(c.memories[b].sizeBytes);
        }
      }
    }
  });

  it('random shapes simulate bit-exactly (cnn_bn w8a8, both dataflows)', () => {
    const g = quantized('models/examples/cnn_bn.qir', 'w8a8');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.constantFrom('ws' as const, 'os' as const), (rows, cols, dataflow) => {
        const { got, want } = simulateOne(g, `${rows}x${cols}`, dataflow);
        expect(got).toEqual(want);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(12) },
    );
  });
});

/** Model × preset pairs the quantizer itself refuses (nothing to lower): the shared list of known-skips.ts. */
const QUANTIZER_REFUSES: Readonly<Record<string, string>> = UNQUANTIZABLE;

describe.each(allModels())('%s at 12x20, 24x24 and 7x13 (default buffers)', (model) => {
  // The presets the machine refuses at every shape (w16a16's 16-bit activations, the group-wise presets'
  // multipliers) are checked to refuse in sweep.test.ts.
  const presets = Object.keys(PRESETS).filter((p) => machineRefusal(p) === undefined);
  it.each(presets)('%s: simulator == integer reference, ws and os', (preset) => {
    const refusal = QUANTIZER_REFUSES[`${model} ${preset}`];
    let g: Graph;
    try {
      g = quantized(model, preset);
    } catch (e) {
      if (!(e instanceof UserError) || refusal === undefined) throw e;
      expect(e.diagnostics[0]!.code).toBe(refusal);
      return;
    }
    expect(refusal, 'expected the quantizer to refuse this pair').toBeUndefined();
    for (const array of ODD_ARRAYS) {
      for (const dataflow of ['ws', 'os'] as const) {
        const { got, want } = simulateOne(g, array, dataflow);
        expect(got, `${array} ${dataflow}`).toEqual(want);
      }
    }
  });
});
