// ONNX ConvTranspose in every form of its padding: explicit pads, auto_pad SAME_UPPER / SAME_LOWER (odd
// totals included), output_shape (spatial or full rank, with or without auto_pad), output_padding, on
// non-square kernels, strides and dilations, grouped, 1-D and 2-D. The imported graph's float result must
// equal an independent float64 oracle written from the operator definition: every input pixel scatters its
// kernel at in·stride + k·dilation over the full output, and output pixel j is full-output pixel j + begin pad.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, node, randomFloats, type AttrIn } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { maxAbsDiff } from './reference64.js';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { firstDiagnostic } from '../../../user-error.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';

const TOL = 1e-5;

interface Case {
  readonly dims: readonly number[]; readonly kernel: readonly number[]; readonly stride: readonly number[]; readonly dilation: readonly number[];
  readonly outPad: readonly number[]; readonly groups: number; readonly cinG: number; readonly coutG: number; readonly bias: boolean; readonly seed: number;
}

/** Full output extent of one axis (before any pad is cut): stride·(in − 1) + output_padding + (k − 1)·dilation + 1. */
const fullExtent = (c: Case, a: number) => c.stride[a]! * (c.dims[a]! - 1) + c.outPad[a]! + (c.kernel[a]! - 1) * c.dilation[a]! + 1;

/**
 * The oracle: ConvTranspose with begin pads `begin` and output size `out` per spatial axis (N = 1, up to 2 axes).
 * Weight [Cin, Cout/group, k...]. Output pixel j is full pixel j + begin; full pixels past the scatter are bias.
 */
function convTranspose64(c: Case, x: Float32Array, w: Float32Array, b: Float32Array | undefined, begin: readonly number[], out: readonly number[]): Float64Array {
  const [h, wd] = c.dims.length === 2 ? c.dims : [1, c.dims[0]!];
  const [kh, kw] = c.kernel.length === 2 ? c.kernel : [1, c.kernel[0]!];
  const [sh, sw] = c.stride.length === 2 ? c.stride : [1, c.stride[0]!];
  const [dh, dw] = c.dilation.length === 2 ? c.dilation : [1, c.dilation[0]!];
  const [bh, bw] = begin.length === 2 ? begin : [0, begin[0]!];
  const [oh, ow] = out.length === 2 ? out : [1, out[0]!];
  const cin = c.groups * c.cinG;
  const cout = c.groups * c.coutG;
  const y = new Float64Array(cout * oh * ow);
  for (let oc = 0; oc < cout; oc++) y.fill(b ? b[oc]! : 0, oc * oh * ow, (oc + 1) * oh * ow);
  for (let ic = 0; ic < cin; ic++) {
    const g = Math.floor(ic / c.cinG);
    for (let ol = 0; ol < c.coutG; ol++) {
      const oc = g * c.coutG + ol;
      for (let iy = 0; iy < h; iy++) for (let ix = 0; ix < wd; ix++) for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) {
        const py = iy * sh + ky * dh - bh;
        const px = ix * sw + kx * dw - bw;
        if (py < 0 || py >= oh || px < 0 || px >= ow) continue;
        y[(oc * oh + py) * ow + px]! += x[(ic * h + iy) * wd + ix]! * w[((ic * c.coutG + ol) * kh + ky) * kw + kx]!;
      }
    }
  }
  return y;
}

type Mode = 'pads' | 'SAME_UPPER' | 'SAME_LOWER' | 'shape' | 'shape-full' | 'shape-SAME_UPPER' | 'shape-SAME_LOWER';

/** The ONNX reference's split of a total pad: SAME_UPPER begins with ⌊total/2⌋, SAME_LOWER ends with it. */
const split = (upper: boolean, total: number): [number, number] => (upper ? [Math.floor(total / 2), total - Math.floor(total / 2)] : [total - Math.floor(total / 2), Math.floor(total / 2)]);

function model(c: Case, attrs: Record<string, AttrIn>): { bytes: Uint8Array; x: Float32Array; w: Float32Array; b: Float32Array | undefined } {
  const cin = c.groups * c.cinG;
  const wShape = [cin, c.coutG, ...c.kernel];
  const w = randomFloats(wShape.reduce((p, q) => p * q, 1), c.seed);
  const b = c.bias ? randomFloats(c.groups * c.coutG, c.seed + 1) : undefined;
  const x = randomFloats(cin * c.dims.reduce((p, q) => p * q, 1), c.seed + 2);
  const bytes = buildModel({
    inputs: [{ name: 'x', dims: [1, cin, ...c.dims] }], outputs: ['y'],
    initializers: [floatTensor('w', wShape, w), ...(b ? [floatTensor('b', [b.length], b)] : [])],
    nodes: [node('ConvTranspose', b ? ['x', 'w', 'b'] : ['x', 'w'], ['y'], attrs, 'up')],
  });
  return { bytes, x, w, b };
}

const caseArb = (rank: 1 | 2) => {
  const axis = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: rank, maxLength: rank });
  return fc.record({
    dims: axis(1, 5), kernel: axis(1, 4), stride: axis(1, 3), dilation: axis(1, 2), outPadRaw: axis(0, 2),
    groups: fc.integer({ min: 1, max: 2 }), cinG: fc.integer({ min: 1, max: 2 }), coutG: fc.integer({ min: 1, max: 2 }),
    bias: fc.boolean(), seed: fc.nat(),
    mode: fc.constantFrom<Mode>('pads', 'SAME_UPPER', 'SAME_LOWER', 'shape', 'shape-full', 'shape-SAME_UPPER', 'shape-SAME_LOWER'),
    padsRaw: fc.array(fc.nat(3), { minLength: 2 * rank, maxLength: 2 * rank }), shapeDelta: axis(-3, 3),
  }).map(({ outPadRaw, ...r }) => ({ ...r, outPad: outPadRaw.map((p, a) => p % r.stride[a]!) }));
};

describe('ConvTranspose against the float64 oracle', () => {
  for (const rank of [2, 1] as const) {
    it(`${rank}-D: explicit pads, auto_pad, output_shape and output_padding`, () => {
      const seen = { oddTotal: 0, error: 0, compared: 0, negativeEnd: 0 };
      fc.assert(fc.property(caseArb(rank), (r) => {
        const c: Case = r;
        const full = c.dims.map((_, a) => fullExtent(c, a));
        const attrs: Record<string, AttrIn> = {
          kernel_shape: { ints: [...c.kernel] }, strides: { ints: [...c.stride] }, dilations: { ints: [...c.dilation] }, group: { i: c.groups },
        };
        if (c.outPad.some((p) => p > 0) || r.seed % 2 === 0) attrs['output_padding'] = { ints: [...c.outPad] };
        let begin: number[];
        let out: number[];
        if (r.mode === 'pads') {
          const pads = r.padsRaw.map((p, i) => Math.min(p, Math.max(0, Math.floor((full[i % rank]! - 1) / 2))));
          attrs['pads'] = { ints: pads };
          begin = pads.slice(0, rank);
          out = full.map((f, a) => f - pads[a]! - pads[rank + a]!);
        } else {
          const withShape = r.mode.startsWith('shape');
          const auto = r.mode.endsWith('SAME_UPPER') ? 'SAME_UPPER' : r.mode.endsWith('SAME_LOWER') ? 'SAME_LOWER' : undefined;
          out = withShape ? full.map((f, a) => Math.max(1, f + r.shapeDelta[a]!)) : c.dims.map((d, a) => d * c.stride[a]!);
          if (auto !== undefined) attrs['auto_pad'] = { s: auto };
          if (withShape) attrs['output_shape'] = { ints: r.mode === 'shape-full' ? [1, c.groups * c.coutG, ...out] : out };
          const totals = full.map((f, a) => f - out[a]!);
          if (totals.some((t) => t % 2 !== 0)) seen.oddTotal++;
          begin = totals.map((t) => (auto === undefined ? 0 : split(auto === 'SAME_UPPER', t)[0]));
          if (totals.some((t, a) => t - begin[a]! < 0)) seen.negativeEnd++;
        }
        const m = model(c, attrs);
        if (begin.some((p) => p < 0)) {
          // The full output cannot be cut at a negative begin: a user error naming the node and what it would need.
          const d = firstDiagnostic(() => importOnnx(m.bytes));
          expect(d.code).toBe('ONNX011');
          expect(d.message).toContain('ConvTranspose up');
          expect(d.message).toContain('output_shape');
          expect(d.message).toContain(`negative begin padding on axis ${begin.findIndex((p) => p < 0)}`);
          seen.error++;
          return;
        }
        const { graph, y } = importAndRun(m.bytes, m.x);
        expect(opsOf(graph).filter((o) => o !== 'reshape')).toEqual(['conv_transpose']);
        expect(graph.values.get('y')!.type.shape).toEqual([1, c.groups * c.coutG, ...out]);
        expect(maxAbsDiff(y, convTranspose64(c, m.x, m.w, m.b, begin, out))).toBeLessThan(TOL);
        seen.compared++;
      }), { seed: PROPERTY_SEED, numRuns: propertyRuns(150) });
      // The draws reach every branch: odd totals, end pads turned output padding, and the begin-pad error.
      expect(seen.oddTotal).toBeGreaterThan(0);
      expect(seen.negativeEnd).toBeGreaterThan(0);
      expect(seen.error).toBeGreaterThan(0);
      expect(seen.compared).toBeGreaterThan(propertyRuns(150) / 2);
    });
  }

  it('SAME_UPPER and SAME_LOWER differ on an odd total: the odd pixel is cut at the end (UPPER) or the start (LOWER)', () => {
    // 1-D, in 3, k 4, stride 2: full 2·2 + 3 + 1 = 8, target 6, total 2 — make it odd with k 3: full 7, total 1.
    const c: Case = { dims: [3], kernel: [3], stride: [2], dilation: [1], outPad: [0], groups: 1, cinG: 1, coutG: 1, bias: false, seed: 5 };
    const ys = (['SAME_UPPER', 'SAME_LOWER'] as const).map((mode) => {
      const m = model(c, { strides: { ints: [2] }, auto_pad: { s: mode } });
      const { y } = importAndRun(m.bytes, m.x);
      expect(maxAbsDiff(y, convTranspose64(c, m.x, m.w, undefined, [mode === 'SAME_UPPER' ? 0 : 1], [6]))).toBeLessThan(TOL);
      return Array.from(y);
    });
    expect(ys[0]).not.toEqual(ys[1]);
  });
});

describe('ConvTranspose attribute errors name the node and the attribute', () => {
  const c: Case = { dims: [3, 3], kernel: [2, 2], stride: [2, 2], dilation: [1, 1], outPad: [0, 0], groups: 1, cinG: 1, coutG: 1, bias: false, seed: 3 };
  for (const [what, outPad] of [['one entry for two axes', [1]], ['a negative entry', [0, -1]], ['three entries', [0, 0, 0]]] as const) {
    it(`output_padding with ${what}`, () => {
      const d = firstDiagnostic(() => importOnnx(model(c, { strides: { ints: [2, 2] }, output_padding: { ints: [...outPad] } }).bytes));
      expect(d.code).toBe('ONNX011');
      expect(d.message).toContain('ConvTranspose up');
      expect(d.message).toContain('output_padding');
      expect(d.message).toContain('2 non-negative integers');
    });
  }

  it('a constant input names the input', () => {
    const bytes = buildModel({
      inputs: [{ name: 'z', dims: [1, 1, 2, 2] }], outputs: ['y'],
      initializers: [floatTensor('x', [1, 1, 2, 2], [1, 2, 3, 4]), floatTensor('w', [1, 1, 2, 2], [1, 1, 1, 1])],
      nodes: [node('Add', ['z', 'z'], ['zz']), node('ConvTranspose', ['x', 'w'], ['y'], {}, 'up')],
    });
    const d = firstDiagnostic(() => importOnnx(bytes));
    expect(d.message).toContain('ConvTranspose up');
    expect(d.message).toContain('the input');
  });
});
