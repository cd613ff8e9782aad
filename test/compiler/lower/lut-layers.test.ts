// qlut layers (LeakyReLU, Sigmoid, HardSigmoid, HardSwish as 256-entry tables) lowered onto the vector unit's
// LUT: the cycle-level simulator and the functional ISA model both equal the integer reference bit for bit,
// at 16x16 and 8x32, ws and os, with the operand read from DRAM and from the output buffer.
import { describe, expect, it } from 'vitest';
import { parseQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { lowerGraph, lowerGraphWithComments } from '../../../compiler/lower/lower-graph.js';
import { lutTableBytes } from '../../../compiler/lower/lut.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { checkProgram } from '../../../isa/check/index.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../tools/pipeline/host-io.js';
import { endToEnd, seededBatch, seededWeights } from './models.js';

const FNS = ['leaky_relu {alpha=0.1}', 'sigmoid', 'hard_sigmoid', 'hard_swish', 'silu', 'gelu', 'gelu {approximate="tanh"}', 'tanh'];

/** conv 3x3 → `fn` → conv 1x1 → `fn` (a second table, its input read where the first left it), 8x8 image. */
function lutModel(fn: string, cin: number, c: number, tail: 'conv' | 'pool', preset = 'w8a8'): Graph {
  const op = fn.split(' ')[0]!;
  const attrs = fn.includes('{') ? ` ${fn.slice(fn.indexOf('{'))}` : '';
  const text = [
    'qir 1',
    `graph lut_${op} {`,
    `  input %x: f32[1,${cin},8,8]`,
    `  const @w1: f32[${c},${cin},3,3]`, `  const @b1: f32[${c}]`,
    `  const @w2: f32[${c},${c},1,1]`, `  const @b2: f32[${c}]`,
    '  %c1 = conv2d(%x, @w1, @b1) {pad=[1,1,1,1]}',
    `  %a1 = ${op}(%c1)${attrs}`,
    tail === 'conv' ? '  %c2 = conv2d(%a1, @w2, @b2)' : '  %c2 = maxpool(%a1) {kernel=[2,2], stride=[2,2]}',
    `  %a2 = ${op}(%c2)${attrs}`,
    '  output %a2',
    '}',
  ].join('\n');
  const sidecar = new Map([['w1', seededWeights([c, cin, 3, 3], 1)], ['b1', seededWeights([c], 2)], ['w2', seededWeights([c, c, 1, 1], 3)], ['b2', seededWeights([c], 4)]]);
  const g = runPipeline(parseQir(text, `lut_${op}.qir`, sidecar), ['fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(g, { preset, calib: seededBatch(g.inputs[0]!.type.shape.slice(1), 4, 7), cle: false, adaround: false, biasCorrection: false }).graph;
}

/** The cycle-level simulator's output and the integer reference's, NHWC, for one seeded image. */
function simulated(g: Graph, program: ReturnType<typeof lowerGraph>): { got: number[]; want: number[] } {
  const decl = g.inputs[0]!;
  const x = seededBatch(decl.type.shape.slice(1), 1, 5);
  const run = runIntGraph(g, new Map([[decl.name, { type: decl.type, data: x.data }]]));
  const inDesc = program.tensors.find((t) => t.role === 'input')!;
  const outDesc = program.tensors.find((t) => t.role === 'output')!;
  const qi = run.values.get(inDesc.name)!;
  const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(qi.type.shape, qi.data as ArrayLike<number>))]]));
  const ref = run.values.get(outDesc.name)!;
  return { got: Array.from(r.outputs.get(outDesc.name)!), want: Array.from(nchwToNhwc(ref.type.shape, ref.data as ArrayLike<number>)) };
}

describe('qlut layers on the vector unit', () => {
  for (const fn of FNS) {
    it(`${fn}: simulator and functional model equal the integer reference (16x16, 8x32; ws, os)`, () => {
      for (const [cin, c, tail] of [[3, 16, 'conv'], [4, 40, 'pool']] as const) {
        const g = lutModel(fn, cin, c, tail);
        expect(g.nodes.filter((n) => n.op === 'qlut')).toHaveLength(2);
        for (const array of ['16x16', '8x32']) {
          for (const dataflow of ['ws', 'os'] as const) {
            const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
            const what = `${fn} c=${c} ${tail} ${array} ${dataflow}`;
            expect(program.instructions.filter((i) => i.op === 'LUT').length, what).toBeGreaterThanOrEqual(2);
            expect(checkProgram(program), what).toEqual([]);
            const s = simulated(g, program);
            expect(s.want.length).toBe(c * (tail === 'conv' ? 64 : 16));
            expect(s.got, what).toEqual(s.want);
            const f = endToEnd(g, program);
            expect(f.got, what).toEqual(f.want);
          }
        }
      }
    });
  }
});

describe('w4a4 tables (MAP004 "a lookup from 8-bit to 4-bit storage" before)', () => {
  it('run on packed 4-bit codes both ways and equal the integer reference (16x16, 8x32; ws, os)', () => {
    for (const fn of ['sigmoid', 'leaky_relu {alpha=0.1}']) {
      const g = lutModel(fn, 3, 40, 'conv', 'w4a4');
      for (const array of ['16x16', '8x32']) {
        for (const dataflow of ['ws', 'os'] as const) {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
          const what = `${fn} w4a4 ${array} ${dataflow}`;
          const luts = program.instructions.filter((i) => i.op === 'LUT');
          // The first table reads the conv's packed 4-bit output and writes 4-bit codes for the int4 conv after it.
          expect(luts.some((i) => i.srcBits === 4 && i.dstBits === 4), what).toBe(true);
          expect(checkProgram(program), what).toEqual([]);
          const s = simulated(g, program);
          expect(s.got, what).toEqual(s.want);
        }
      }
    }
  });
});

describe('a qlut whose operand stays in the output buffer (an add reads it too)', () => {
  it('reads it in place and still equals the integer reference', () => {
    const text = [
      'qir 1', 'graph lut_shared {', '  input %x: f32[1,3,8,8]', '  const @w1: f32[24,3,3,3]', '  const @b1: f32[24]',
      '  %c1 = conv2d(%x, @w1, @b1) {pad=[1,1,1,1]}', '  %p = maxpool(%c1) {kernel=[2,2], stride=[2,2]}',
      '  %l = sigmoid(%p)', '  %s = add(%l, %p)', '  output %s', '}',
    ].join('\n');
    const sidecar = new Map([['w1', seededWeights([24, 3, 3, 3], 5)], ['b1', seededWeights([24], 6)]]);
    const f = runPipeline(parseQir(text, 'lut_shared.qir', sidecar), ['fold-batchnorm', 'fuse-activations']).graph;
    const g = quantizeModel(f, { preset: 'w8a8', calib: seededBatch(f.inputs[0]!.type.shape.slice(1), 4, 7), cle: false, adaround: false, biasCorrection: false }).graph;
    for (const array of ['16x16', '8x32']) {
      for (const dataflow of ['ws', 'os'] as const) {
        const { program, comments } = lowerGraphWithComments(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
        const lines = [...comments.values()].flat();
        expect(lines.some((l) => l.includes('qlut') && l.includes('operand on chip')), `${array} ${dataflow}`).toBe(true);
        expect(checkProgram(program)).toEqual([]);
        const s = simulated(g, program);
        expect(s.got, `${array} ${dataflow}`).toEqual(s.want);
      }
    }
  });
});

describe('lutTableBytes', () => {
  it('indexes by the stored code; an i4 value kept in a byte repeats the edge entries outside [-8, 7]', () => {
    const t8 = Array.from({ length: 256 }, (_, i) => i - 128);
    expect([...lutTableBytes(t8, { dtype: 'i8', storageBits: 8 })].slice(0, 3)).toEqual([0x80, 0x81, 0x82]);
    const t4 = Array.from({ length: 16 }, (_, i) => 100 + i);
    const bytes = lutTableBytes(t4, { dtype: 'i4', storageBits: 8 });
    // Stored byte code e holds value e − 128: −8 → table[0] = 100, 7 → table[15] = 115, beyond: the edges.
    expect([bytes[120], bytes[128], bytes[135], bytes[0], bytes[255]]).toEqual([100, 108, 115, 100, 115]);
    expect([...lutTableBytes(t4, { dtype: 'u4', storageBits: 4 })]).toEqual(t4);
  });
});
