// w4a8-log end to end: the shipped models quantized to power-of-two weights, lowered (every weighted
// layer in the w4a8-log mode, its 4-bit codes in the weight buffer), simulated cycle by cycle and compared
// with the integer reference bit for bit, at 16x16 and 8x8, ws and os, depthwise on the array and on the
// vector unit. The lowering refuses an off-grid weight in a log layer (MAP006).
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../compiler/ir/graph.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import type { DepthwiseChoice } from '../../compiler/lower/layer-kinds.js';
import { runIntGraph } from '../../compiler/reference/int-interpreter.js';
import { decodeLogWeight, encodeLogWeight, isLogLevel } from '../../isa/log-weight-code.js';
import { multiplyByQuantizedMultiplier } from '../../core/fixed-point.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { quantized, seededBatch } from '../compiler/lower/models.js';
import { firstDiagnostic } from '../user-error.js';
import { simulateAndReference } from './sim-vs-reference-sample.js';

const MODELS = ['models/fmnist_mlp.qir', 'models/fmnist_cnn.qir', 'models/fmnist_dwsep.qir'];

const graphs = new Map<string, Graph>();
function logModel(path: string): Graph {
  if (!graphs.has(path)) graphs.set(path, quantized(path, 'w4a8-log', 32));
  return graphs.get(path)!;
}

describe('w4a8-log: simulator == integer reference', () => {
  it('quantizes every weighted layer to the log grid and marks it w_format log', () => {
    for (const path of MODELS) {
      const g = logModel(path);
      const weighted = g.nodes.filter((n) => n.op === 'qconv2d' || n.op === 'qdense');
      expect(weighted.length, path).toBeGreaterThan(0);
      for (const n of weighted) {
        expect(n.attrs['w_format'], `${path} ${n.name}`).toBe('log');
        const w = g.constants.get(n.operands[1]!.name)!.data as Int8Array;
        expect([...w].every(isLogLevel), `${path} ${n.name}`).toBe(true);
        // The grid is used: both signs and more than three magnitudes occur in every layer.
        expect(new Set([...w].filter((v) => v !== 0)).size, `${path} ${n.name}`).toBeGreaterThan(6);
      }
    }
  });

  it('the reference\'s log qdense equals the shift-add re-statement of the w4a8-log PE (float64, exact)', () => {
    const g = logModel('models/fmnist_mlp.qir');
    const fc1 = g.nodes.find((n) => n.name === 'fc1/Gemm')!;
    const constant = (i: number) => g.constants.get(fc1.operands[i]!.name)!.data as ArrayLike<number>;
    const [w, bias, m0, shift] = [constant(1), constant(2), constant(3), constant(4)];
    const decl = g.inputs[0]!;
    const run = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: seededBatch(decl.type.shape.slice(1), 1, 5).data }]]));
    const x = run.values.get('flatten/Flatten')!.data as ArrayLike<number>;
    const y = run.values.get('fc1/Gemm')!.data as ArrayLike<number>;
    const k = x.length;
    const xZero = fc1.attrs['x_zero'] as number;
    for (let n = 0; n < y.length; n++) {
      // The PE: the code's exponent shifts the activation, its sign picks add or subtract; the bias
      // carries −x_zero·Σw (the zero-point fold), so the shift-add runs on the raw u8 activations.
      let acc = bias[n]!;
      for (let i = 0; i < k; i++) {
        const code = encodeLogWeight(w[n * k + i]!);
        if ((code & 7) === 0) continue;
        const shifted = x[i]! * 2 ** ((code & 7) - 1);
        acc += code & 8 ? -shifted : shifted;
        expect(decodeLogWeight(code)).toBe(w[n * k + i]!);
      }
      const a = fc1.attrs as Record<string, number>;
      const want = Math.min(a['qmax']!, Math.max(a['qmin']!, multiplyByQuantizedMultiplier(acc, m0[n]!, shift[n]!) + a['y_zero']!));
      expect(y[n], `channel ${n} (x_zero ${xZero})`).toBe(want);
    }
  });

  for (const array of ['16x16', '8x8']) {
    for (const dataflow of ['ws', 'os'] as const) {
      it(`fmnist mlp, cnn, dwsep at ${array} ${dataflow}`, () => {
        for (const path of MODELS) {
          const choices: DepthwiseChoice[] = path.includes('dwsep') ? ['array', 'vector'] : ['auto'];
          for (const depthwise of choices) {
            const g = logModel(path);
            const p = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }), { depthwise });
            const modes = new Set(p.instructions.filter((i) => i.op === 'CONFIG').map((i) => (i as { mode: string }).mode));
            expect(modes.has('w4a8-log'), `${path} ${depthwise}`).toBe(true);
            for (const seed of [3, 17]) {
              const { got, want } = simulateAndReference(g, p, seed);
              expect(got, `${path} ${array} ${dataflow} depthwise ${depthwise} seed ${seed}`).toEqual(want);
            }
          }
        }
      }, 120_000);
    }
  }

  it('refuses a w_format log layer whose weight is off the log grid (MAP006)', () => {
    const g = quantized('models/fmnist_mlp.qir', 'w4a8-log'); // a fresh copy: the cached one stays intact
    const n = g.nodes.find((x) => x.op === 'qdense')!;
    const w = g.constants.get(n.operands[1]!.name)!.data as Int8Array;
    w[5] = 3;
    const d = firstDiagnostic(() => lowerGraph(g, defaultHwConfig()));
    expect(d.code).toBe('MAP006');
    expect(d.message).toContain('weight element 5 is 3');
  });
});
