// Pools: maxpool (−inf padding), avgpool (count_include_pad both ways), ceil_mode, global_avgpool, and errors.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { avgpool, global_avgpool, maxpool } from '../../../../compiler/ir/ops/pool.js';
import { windowOutputSize } from '../../../../compiler/ir/ops/conv-geometry.js';
import { PROPERTY_SEED, propertyRuns } from '../../../property-runs.js';
import { evalOp, expectUserError, inferOp, iota, macsOf, t, values } from './op-harness.js';

describe('windowOutputSize', () => {
  const axis = (kernel: number, stride: number, padBegin = 0, padEnd = 0, dilation = 1) => ({ kernel, stride, dilation, padBegin, padEnd });
  it('floors by default and rounds up in ceil mode', () => {
    expect(windowOutputSize(5, axis(2, 2), false)).toBe(2);
    expect(windowOutputSize(5, axis(2, 2), true)).toBe(3);
    expect(windowOutputSize(28, axis(3, 1, 1, 1), false)).toBe(28);
    expect(windowOutputSize(5, axis(2, 1, 0, 0, 3), false)).toBe(2);
  });
  it('drops a ceil-mode window that would start in the end padding', () => {
    // in 3, pads 1/1, kernel 2, stride 2: ceil gives 3 windows, the third would start at padded index 4 = in + padBegin.
    expect(windowOutputSize(3, axis(2, 2, 1, 1), true)).toBe(2);
    expect(windowOutputSize(4, axis(3, 2, 1, 1), true)).toBe(3);
  });
  it('returns < 1 when the window does not fit', () => {
    expect(windowOutputSize(2, axis(3, 1), false)).toBe(0);
  });
});

describe('maxpool', () => {
  it('takes the max of 2x2 windows with stride 2', () => {
    const y = evalOp(maxpool, [t([1, 1, 4, 4], iota(16))], { kernel: [2, 2], stride: [2, 2] });
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([5, 7, 13, 15]);
  });

  it('pads with −inf: a negative input is never replaced by a padded 0', () => {
    const y = evalOp(maxpool, [t([1, 1, 2, 2], [-4, -3, -2, -1])], { kernel: [2, 2], pad: [1, 1, 0, 0] });
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([-4, -3, -2, -1]);
  });

  it('ceil_mode keeps the partial last window', () => {
    // x[r][c] = 5r + c; row and column windows {0,1}, {2,3}, {4}.
    const y = evalOp(maxpool, [t([1, 1, 5, 5], iota(25))], { kernel: [2, 2], stride: [2, 2], ceil_mode: true });
    expect(y.type.shape).toEqual([1, 1, 3, 3]);
    expect(values(y)).toEqual([6, 8, 9, 16, 18, 19, 21, 23, 24]);
    expect(inferOp(maxpool, [[1, 1, 5, 5]], { kernel: [2, 2], stride: [2, 2] }).shape).toEqual([1, 1, 2, 2]);
  });

  it('ceil_mode drops a window that would start in the end padding (as PyTorch)', () => {
    // x = 1..9 as 3x3, pad 1 everywhere: windows cover rows/cols {−1,0} and {1,2}.
    const y = evalOp(maxpool, [t([1, 1, 3, 3], iota(9, 1))], { kernel: [2, 2], stride: [2, 2], pad: [1, 1, 1, 1], ceil_mode: true });
    expect(y.type.shape).toEqual([1, 1, 2, 2]);
    expect(values(y)).toEqual([1, 3, 7, 9]);
  });

  it('pools each channel of each sample separately', () => {
    const y = evalOp(maxpool, [t([2, 2, 1, 2], [1, 5, -1, -2, 7, 3, 0, 0])], { kernel: [1, 2] });
    expect(values(y)).toEqual([5, -1, 7, 0]);
  });
});

describe('avgpool', () => {
  const x22 = () => t([1, 1, 2, 2], [1, 2, 3, 4]);
  const pad1 = { kernel: [2, 2], pad: [1, 1, 1, 1] };

  it('count_include_pad=false divides by the real elements in the window', () => {
    const y = evalOp(avgpool, [x22()], pad1);
    expect(y.type.shape).toEqual([1, 1, 3, 3]);
    expect(values(y)).toEqual([1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4]);
  });

  it('count_include_pad=true divides by the full window', () => {
    const y = evalOp(avgpool, [x22()], { ...pad1, count_include_pad: true });
    expect(values(y)).toEqual([0.25, 0.75, 0.5, 1, 2.5, 1.5, 0.75, 1.75, 1]);
  });

  it('asymmetric padding (top only), both ways', () => {
    const attrs = { kernel: [2, 2], pad: [1, 0, 0, 0] };
    expect(values(evalOp(avgpool, [x22()], attrs))).toEqual([1.5, 2.5]);
    expect(values(evalOp(avgpool, [x22()], { ...attrs, count_include_pad: true }))).toEqual([0.75, 2.5]);
  });

  it('ceil_mode: a window hanging past the end is divided by its part inside the padded input', () => {
    // Without padding the last windows cover only row/column 2: 9/1, (3+6)/2, (7+8)/2.
    const y = evalOp(avgpool, [t([1, 1, 3, 3], iota(9, 1))], { kernel: [2, 2], stride: [2, 2], ceil_mode: true, count_include_pad: true });
    expect(values(y)).toEqual([3, 4.5, 7.5, 9]);
    // 1-D along W: x = [1,2,3,4], kernel 3, stride 2, pad 1/1. Windows [−1,1], [1,3], [3,5];
    // the last one holds index 3 and one padded position (5 is past the padded input).
    const attrs = { kernel: [1, 3], stride: [1, 2], pad: [0, 1, 0, 1], ceil_mode: true };
    const x = t([1, 1, 1, 4], [1, 2, 3, 4]);
    expect(values(evalOp(avgpool, [x], { ...attrs, count_include_pad: true }))).toEqual([1, 3, 2]);
    expect(values(evalOp(avgpool, [x], attrs))).toEqual([1.5, 3, 4]);
  });

  it('ceil_mode with padding drops the window starting in the end padding', () => {
    const attrs = { kernel: [2, 2], stride: [2, 2], pad: [1, 1, 1, 1], ceil_mode: true };
    const x = t([1, 1, 3, 3], iota(9, 1));
    expect(values(evalOp(avgpool, [x], { ...attrs, count_include_pad: true }))).toEqual([0.25, 1.25, 2.75, 7]);
    expect(values(evalOp(avgpool, [x], attrs))).toEqual([1, 2.5, 5.5, 7]);
  });
});

describe('global_avgpool', () => {
  it('averages every channel to [N,C,1,1]', () => {
    const y = evalOp(global_avgpool, [t([1, 2, 2, 2], [1, 2, 3, 4, 10, 20, 30, 40])]);
    expect(y.type.shape).toEqual([1, 2, 1, 1]);
    expect(values(y)).toEqual([2.5, 25]);
  });
  it('rejects a tensor without spatial dimensions', () => {
    expectUserError(() => inferOp(global_avgpool, [[1, 16]]), 'GRAPH010', '[1,16]');
  });
});

describe('pool errors and MACs', () => {
  it('requires the kernel and checks the attributes', () => {
    expectUserError(() => inferOp(maxpool, [[1, 1, 4, 4]]), 'GRAPH005', 'kernel');
    expectUserError(() => inferOp(avgpool, [[1, 1, 4, 4]], { kernel: [2] }), 'GRAPH004', 'kernel');
    expectUserError(() => inferOp(maxpool, [[1, 1, 4, 4]], { kernel: [2, 2], stride: [2, -1] }), 'GRAPH004', 'stride');
    expectUserError(() => inferOp(maxpool, [[1, 1, 4, 4]], { kernel: [2, 2], ceil_mode: 1 }), 'GRAPH004', 'ceil_mode');
  });

  it('names the shapes: rank, padding as large as the kernel, window larger than the input', () => {
    expectUserError(() => inferOp(maxpool, [[1, 4, 4]], { kernel: [2, 2] }), 'GRAPH010', '4-D', '[1,4,4]');
    expectUserError(() => inferOp(avgpool, [[1, 1, 4, 4]], { kernel: [2, 2], pad: [0, 0, 2, 0] }), 'GRAPH010', 'pad [0,0,2,0]', 'kernel [2,2]');
    expectUserError(() => inferOp(maxpool, [[1, 1, 2, 2]], { kernel: [3, 3] }), 'GRAPH010', '[1,1,2,2]', 'output would be 0x0');
  });

  it('count no MACs', () => {
    expect(macsOf(maxpool, [[1, 4, 8, 8]], { kernel: [2, 2] })).toBe(0);
    expect(macsOf(avgpool, [[1, 4, 8, 8]], { kernel: [2, 2] })).toBe(0);
    expect(macsOf(global_avgpool, [[1, 4, 8, 8]])).toBe(0);
  });
});

interface PoolCase {
  kernel: [number, number]; stride: [number, number]; pad: [number, number, number, number];
  ceil: boolean; includePad: boolean; h: number; w: number; c: number;
}

/**
 * Independent oracle along one axis: window starts in padded coordinates. Floor mode adds windows
 * while they fit in the padded length; ceil mode adds windows until the padded input is covered,
 * then drops one that starts inside the end padding.
 */
function windowStarts(size: number, k: number, s: number, padBegin: number, padEnd: number, ceil: boolean): number[] {
  const len = size + padBegin + padEnd;
  const starts: number[] = [];
  if (ceil) {
    for (let st = 0; starts.length === 0 || starts[starts.length - 1]! + k < len; st += s) starts.push(st);
    if (starts[starts.length - 1]! >= size + padBegin) starts.pop();
  } else {
    for (let st = 0; st + k <= len; st += s) starts.push(st);
  }
  return starts;
}

/** Pools one channel by visiting every window position, padded positions marked as such. */
function poolOracle(p: PoolCase, plane: number[], kind: 'max' | 'avg'): number[] {
  const lenH = p.h + p.pad[0] + p.pad[2], lenW = p.w + p.pad[1] + p.pad[3];
  const out: number[] = [];
  for (const sy of windowStarts(p.h, p.kernel[0], p.stride[0], p.pad[0], p.pad[2], p.ceil)) {
    for (const sx of windowStarts(p.w, p.kernel[1], p.stride[1], p.pad[1], p.pad[3], p.ceil)) {
      let max = -Infinity, sum = 0, real = 0, inPadded = 0;
      for (let y = sy; y < sy + p.kernel[0]; y++) {
        for (let x = sx; x < sx + p.kernel[1]; x++) {
          if (y >= lenH || x >= lenW) continue;
          inPadded++;
          const ry = y - p.pad[0], rx = x - p.pad[1];
          if (ry < 0 || rx < 0 || ry >= p.h || rx >= p.w) continue;
          real++;
          sum += plane[ry * p.w + rx]!;
          max = Math.max(max, plane[ry * p.w + rx]!);
        }
      }
      out.push(kind === 'max' ? max : Math.fround(sum / (p.includePad ? inPadded : real)));
    }
  }
  return out;
}

describe('pools against a window-visiting oracle (property)', () => {
  const k = fc.integer({ min: 1, max: 3 });
  const poolCase: fc.Arbitrary<PoolCase> = fc
    .record({
      kernel: fc.tuple(k, k), stride: fc.tuple(k, k), ceil: fc.boolean(), includePad: fc.boolean(),
      padFrac: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)), extraH: fc.nat(4), extraW: fc.nat(4), c: fc.integer({ min: 1, max: 2 }),
    })
    .map(({ kernel, padFrac, extraH, extraW, ...rest }) => {
      // Pads stay below the kernel (the ops' rule), inputs at least as large as the kernel minus the pads.
      const pad: [number, number, number, number] = [
        Math.min(padFrac[0], kernel[0] - 1), Math.min(padFrac[1], kernel[1] - 1),
        Math.min(padFrac[2], kernel[0] - 1), Math.min(padFrac[3], kernel[1] - 1)];
      return { ...rest, kernel, pad, h: Math.max(1, kernel[0] - pad[0] - pad[2]) + extraH, w: Math.max(1, kernel[1] - pad[1] - pad[3]) + extraW };
    });

  it('maxpool and avgpool agree with the oracle for random kernels, strides, pads and modes', () => {
    const withData = poolCase.chain((p) => fc.tuple(fc.constant(p), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: p.c * p.h * p.w, maxLength: p.c * p.h * p.w })));
    fc.assert(
      fc.property(withData, ([p, data]) => {
        const x = t([1, p.c, p.h, p.w], data);
        const attrs = { kernel: p.kernel, stride: p.stride, pad: p.pad, ceil_mode: p.ceil };
        const mx = evalOp(maxpool, [x], attrs);
        const av = evalOp(avgpool, [x], { ...attrs, count_include_pad: p.includePad });
        const planes = Array.from({ length: p.c }, (_, c) => data.slice(c * p.h * p.w, (c + 1) * p.h * p.w));
        expect(values(mx)).toEqual(planes.flatMap((pl) => poolOracle(p, pl, 'max')));
        expect(values(av)).toEqual(planes.flatMap((pl) => poolOracle(p, pl, 'avg')));
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(300) },
    );
  });
});
