// resize (nearest) and qpad lowered as on-chip copies (compiler/lower/spatial-copy.ts): the runs of a map
// cover it exactly, and random upsamples and pads (every nearest and coordinate mode, every pad mode, non-zero
// constants, asymmetric and negative pads) between two convs simulate equal to the integer reference, with
// the default buffers and with tiny ones (several bands, one slot), at 16x16 and 8x32, ws and os.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQir } from '../../../compiler/qir/load.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { copyRuns } from '../../../compiler/lower/spatial-copy.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { checkProgram } from '../../../isa/check/index.js';
import { applyOverrides, defaultHwConfig, deriveHw } from '../../../isa/hw-config.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';
import { seededBatch, seededWeights } from './models.js';
import { simulateAndReference } from '../../simulator/sim-vs-reference-sample.js';

describe('copyRuns', () => {
  it('a ×2 upsample row is one run; a pad is fill, copy, fill', () => {
    expect(copyRuns([0, 0, 1, 1, 2, 2])).toEqual([{ o0: 0, src0: 0, count: 3, len: 2 }]);
    expect(copyRuns([-1, -1, 0, 1, 2, -1])).toEqual([
      { o0: 0, src0: -1, count: 1, len: 2 }, { o0: 2, src0: 0, count: 3, len: 1 }, { o0: 5, src0: -1, count: 1, len: 1 },
    ]);
  });

  it('expanding the runs gives back the map', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 40 }), (map) => {
        const back: number[] = [];
        let next = 0;
        for (const r of copyRuns(map)) {
          expect(r.o0).toBe(next);
          for (let k = 0; k < r.count; k++) for (let j = 0; j < r.len; j++) back.push(r.src0 < 0 ? -1 : r.src0 + k);
          next = r.o0 + r.count * r.len;
        }
        expect(back).toEqual(map);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });
});

/** conv 3x3 (c channels, h×w) → `mid` (a resize or pad line over %c1, named %m) → conv 1x1 or the output, quantized w8a8. */
function copyModel(c: number, h: number, w: number, mid: string, tail: boolean): Graph {
  const text = [
    'qir 1', 'graph copy {', `  input %x: f32[1,3,${h},${w}]`,
    `  const @w1: f32[${c},3,3,3]`, `  const @b1: f32[${c}]`, `  const @w2: f32[5,${c},1,1]`, `  const @b2: f32[5]`,
    '  %c1 = conv2d(%x, @w1, @b1) {pad=[1,1,1,1]}', `  %m = ${mid}`,
    ...(tail ? ['  %c2 = conv2d(%m, @w2, @b2)', '  output %c2'] : ['  output %m']), '}',
  ].join('\n');
  const sidecar = new Map([['w1', seededWeights([c, 3, 3, 3], 1)], ['b1', seededWeights([c], 2)], ['w2', seededWeights([5, c, 1, 1], 3)], ['b2', seededWeights([5], 4)]]);
  const g = runPipeline(parseQir(text, 'copy.qir', sidecar), ['fold-pad', 'fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(g, { preset: 'w8a8', calib: seededBatch(g.inputs[0]!.type.shape.slice(1), 4, 7), cle: false, adaround: false, biasCorrection: false }).graph;
}

const resizeLine = fc.record({
  sh: fc.constantFrom(1, 2, 3), sw: fc.constantFrom(1, 2, 3, 0.5),
  coord: fc.constantFrom('asymmetric', 'half_pixel', 'align_corners', 'pytorch_half_pixel', 'tf_half_pixel_for_nn'),
  nearest: fc.constantFrom('floor', 'round_prefer_floor', 'round_prefer_ceil', 'ceil'),
}).map((r) => ({ r, line: (c: number, h: number, w: number) => `resize(%c1) {sizes=[1,${c},${Math.floor(h * r.sh)},${Math.floor(w * r.sw)}], scales=[1.0,1.0,${r.sh},${r.sw}], coordinate_transformation_mode="${r.coord}", nearest_mode="${r.nearest}"}` }));

const padLine = fc.record({
  pads: fc.tuple(fc.integer({ min: -1, max: 2 }), fc.integer({ min: -1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: -1, max: 2 })),
  mode: fc.constantFrom('constant', 'reflect', 'edge', 'wrap'), value: fc.constantFrom(0, 0.75, -2),
}).map((p) => ({
  p,
  line: (_c: number, h: number, w: number) => {
    // reflect pads an axis of n by at most n − 1 per side.
    const [t, l, b, r] = p.pads.map((v, i) => (p.mode === 'reflect' ? Math.min(v, (i % 2 === 0 ? h : w) - 1) : v));
    return `pad(%c1) {pads=[0,0,${t},${l},0,0,${b},${r}], mode="${p.mode}", value=${p.value.toFixed(2)}}`;
  },
}));

describe('resize and qpad on chip', () => {
  it('the PyTorch ×2 nearest upsample and a reflect pad: one MOVE per row and group, bit-exact everywhere', () => {
    for (const mid of ['resize(%c1) {sizes=[1,20,16,16], scales=[1.0,1.0,2.0,2.0], coordinate_transformation_mode="asymmetric", nearest_mode="floor"}', 'pad(%c1) {pads=[0,0,1,1,0,0,1,1], mode="reflect"}']) {
      const g = copyModel(20, 8, 8, mid, true);
      const op = mid.startsWith('resize') ? 'resize' : 'qpad';
      expect(g.nodes.filter((n) => n.op === op), mid).toHaveLength(1);
      for (const array of ['16x16', '8x32']) {
        for (const dataflow of ['ws', 'os'] as const) {
          const program = lowerGraph(g, applyOverrides(defaultHwConfig(), { array, dataflow }));
          expect(checkProgram(program)).toEqual([]);
          if (op === 'resize') {
            const groups = Math.ceil(20 / Number(array.split('x')[1]));
            expect(program.instructions.filter((i) => i.op === 'MOVE' && i.srcBuffer === 'output' && i.dstBuffer === 'output')).toHaveLength(16 * groups);
          }
          const s = simulateAndReference(g, program, 5);
          expect(s.got, `${op} ${array} ${dataflow}`).toEqual(s.want);
        }
      }
    }
  });

  it('random resizes and pads simulate equal to the integer reference (default and tiny buffers)', () => {
    fc.assert(
      fc.property(
        fc.record({
          c: fc.integer({ min: 1, max: 40 }), h: fc.integer({ min: 2, max: 9 }), w: fc.integer({ min: 3, max: 9 }),
          mid: fc.oneof(resizeLine, padLine), tail: fc.boolean(), array: fc.constantFrom('16x16', '8x32'), dataflow: fc.constantFrom('ws' as const, 'os' as const),
          tiny: fc.boolean(), seed: fc.integer({ min: 1, max: 1000 }),
        }),
        (k) => {
          const line = k.mid.line(k.c, k.h, k.w);
          const g = copyModel(k.c, k.h, k.w, line, k.tail);
          const hw = applyOverrides(defaultHwConfig(), { array: k.array, dataflow: k.dataflow });
          if (k.tiny) hw.memories.output.sizeBytes = deriveHw(hw).rowBytes.output * 256;
          const program = lowerGraph(g, hw);
          expect(checkProgram(program), line).toEqual([]);
          const s = simulateAndReference(g, program, k.seed);
          expect(s.got, line).toEqual(s.want);
        },
      ),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(40) },
    );
  });
});
