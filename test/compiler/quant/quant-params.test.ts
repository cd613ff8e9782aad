// Quantization parameter ranges and the validating constructor's diagnostics.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import { QNT_AREA } from '../../../core/error-codes/quant.js';
import {
  channelCount,
  checkParamsForShape,
  describeQuantParams,
  makeQuantParams,
  qRange,
} from '../../../compiler/quant/quant-params.js';

/** Runs `fn`, expects a UserError, returns its first diagnostic. */
function diagnosticOf(fn: () => unknown): { code: string; message: string; node?: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).diagnostics[0]!;
  }
  throw new Error('expected a UserError');
}

describe('qRange', () => {
  it('the integer ranges of DESIGN §4', () => {
    expect(qRange(8, true)).toEqual({ qmin: -128, qmax: 127 });
    expect(qRange(8, true, true)).toEqual({ qmin: -127, qmax: 127 });
    expect(qRange(4, true)).toEqual({ qmin: -8, qmax: 7 });
    expect(qRange(2, true)).toEqual({ qmin: -2, qmax: 1 });
    expect(qRange(8, false)).toEqual({ qmin: 0, qmax: 255 });
    expect(qRange(4, false)).toEqual({ qmin: 0, qmax: 15 });
    expect(qRange(1, true)).toEqual({ qmin: -1, qmax: 1 });
    expect(qRange(32, true)).toEqual({ qmin: -2147483648, qmax: 2147483647 });
    expect(qRange(16, true)).toEqual({ qmin: -32768, qmax: 32767 });
  });

  it('rejects unsupported widths with QNT001', () => {
    expect(diagnosticOf(() => qRange(0, true)).code).toBe('QNT001');
    expect(diagnosticOf(() => qRange(33, true)).code).toBe('QNT001');
    expect(diagnosticOf(() => qRange(32, false)).code).toBe('QNT001');
    expect(diagnosticOf(() => qRange(1, false)).code).toBe('QNT001');
    expect(diagnosticOf(() => qRange(3.5, true)).code).toBe('QNT001');
    const supported = '(signed 1..32, unsigned 2..31; 1 bit is signed binary)';
    expect(diagnosticOf(() => qRange(33, true)).message).toBe(`quantized bit width 33 is not supported ${supported}`);
    expect(diagnosticOf(() => qRange(1, false)).message).toBe(`quantized bit width 1 unsigned is not supported ${supported}`);
  });
});

describe('makeQuantParams', () => {
  it('builds per-tensor params with the default range', () => {
    const p = makeQuantParams({ bits: 8, signed: false, scale: 0.5, zeroPoint: 3 });
    expect(Array.from(p.scale)).toEqual([0.5]);
    expect(Array.from(p.zeroPoint)).toEqual([3]);
    expect([p.qmin, p.qmax, p.axis, p.pow2]).toEqual([0, 255, undefined, false]);
    expect(describeQuantParams(p)).toBe('u8 [0,255] scale=0.5 zero=3');
  });

  it('builds per-channel params and a fused-activation sub-range', () => {
    const p = makeQuantParams({ bits: 8, signed: true, narrow: true, scale: [0.25, 0.5], axis: 0, pow2: true });
    expect(Array.from(p.zeroPoint)).toEqual([0, 0]);
    expect(p.axis).toBe(0);
    expect(describeQuantParams(p)).toBe('i8 [-127,127] per-channel(axis 0, 2) pow2');
    const relu = makeQuantParams({ bits: 8, signed: false, scale: 0.1, zeroPoint: 10, qmin: 10 });
    expect([relu.qmin, relu.qmax]).toEqual([10, 255]);
  });

  it('reports each broken rule with its code, naming the tensor', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => makeQuantParams({ bits: 8, signed: true, scale: 0 }, 'conv1.w'), 'QNT002'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: Number.NaN }, 'conv1.w'), 'QNT002'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: [1, -1], axis: 0 }, 'conv1.w'), 'QNT002'],
      [() => makeQuantParams({ bits: 8, signed: false, scale: 1, zeroPoint: 256 }, 'conv1.w'), 'QNT003'],
      [() => makeQuantParams({ bits: 8, signed: false, scale: 1, zeroPoint: 1.5 }, 'conv1.w'), 'QNT003'],
      [() => makeQuantParams({ bits: 8, signed: false, scale: 1, zeroPoint: 3, qmin: 5 }, 'conv1.w'), 'QNT003'],
      [() => makeQuantParams({ bits: 1, signed: true, scale: 1, zeroPoint: 1 }, 'conv1.w'), 'QNT003'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: [1, 2] }, 'conv1.w'), 'QNT004'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: [1, 2], zeroPoint: [0], axis: 0 }, 'conv1.w'), 'QNT004'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: [1], axis: -1 }, 'conv1.w'), 'QNT004'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: 0.3, pow2: true }, 'conv1.w'), 'QNT005'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: 1, qmin: 5, qmax: 4 }, 'conv1.w'), 'QNT007'],
      [() => makeQuantParams({ bits: 8, signed: true, scale: 1, qmax: 128 }, 'conv1.w'), 'QNT007'],
    ];
    for (const [fn, code] of cases) {
      const d = diagnosticOf(fn);
      expect(d.code).toBe(code);
      expect(d.message).toContain('conv1.w');
      expect(d.node).toBe('conv1.w');
      expect(Object.keys(QNT_AREA.codes)).toContain(d.code);
    }
  });

  it('rejects a qmin/qmax pair that is not integer, inverted or outside the full range (QNT007); qmin = qmax is one level', () => {
    const bad = [{ qmin: 1.5 }, { qmax: 2.5 }, { qmin: -129 }, { qmax: 128 }, { qmin: 5, qmax: 4 }];
    for (const range of bad) expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: 1, ...range })).code, JSON.stringify(range)).toBe('QNT007');
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: 1, qmin: -129 })).message)
      .toBe('quantized tensor: qmin/qmax [-129, 127] must be integers with qmin <= qmax inside [-128, 127]');
    const one = makeQuantParams({ bits: 8, signed: true, scale: 1, qmin: 0, qmax: 0 });
    expect([one.qmin, one.qmax]).toEqual([0, 0]);
  });

  it('names the channel of a bad per-channel scale or zero point; the binary zero point rule says so', () => {
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: [1, -1], axis: 0 }, 'w')).message).toBe('tensor w: scale[1] must be finite and > 0, got -1');
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: 0 }, 'w')).message).toBe('tensor w: scale must be finite and > 0, got 0');
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: [1, 1], zeroPoint: [0, 200], axis: 0 }, 'w')).message)
      .toBe('tensor w: zero point[1] 200 must be an integer in [-128, 127]');
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: false, scale: 1, zeroPoint: 256 })).message).toBe('quantized tensor: zero point 256 must be an integer in [0, 255]');
    expect(diagnosticOf(() => makeQuantParams({ bits: 1, signed: true, scale: 1, zeroPoint: 1 })).message).toBe('quantized tensor: zero point 1 must be an integer in [-1, 1] and 0 for binary');
    expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, scale: 0.3, pow2: true, axis: 0 }, 'w')).message).toBe('tensor w: pow2 scale[0] 0.3 is not a power of two');
  });

  it('per-tensor takes exactly one scale and one zero point; per-channel at least one scale with as many zero points (QNT004)', () => {
    const layouts = [{ scale: 1, zeroPoint: [0, 0] }, { scale: [1, 2], zeroPoint: [0] }, { scale: [1, 2] }, { scale: [], zeroPoint: [], axis: 0 }, { scale: [1, 2], zeroPoint: [0], axis: 0 }];
    for (const l of layouts) expect(diagnosticOf(() => makeQuantParams({ bits: 8, signed: true, ...l })).code, JSON.stringify(l)).toBe('QNT004');
    expect(channelCount(makeQuantParams({ bits: 8, signed: true, scale: [1, 2, 4], axis: 0 }))).toBe(3);
    expect(channelCount(makeQuantParams({ bits: 8, signed: true, scale: 1 }))).toBe(1);
  });

  it('describes binary params as b1', () => {
    expect(describeQuantParams(makeQuantParams({ bits: 1, signed: true, scale: 0.5 }))).toBe('b1 [-1,1] scale=0.5 zero=0');
  });

  it('checks per-channel params against a shape', () => {
    const p = makeQuantParams({ bits: 8, signed: true, scale: [1, 2, 3], axis: 1 });
    expect(() => checkParamsForShape(p, [4, 3, 2])).not.toThrow();
    expect(diagnosticOf(() => checkParamsForShape(p, [4, 2, 2], 'fc.w')).message).toBe('tensor fc.w: axis 1 has 2 channels but 3 scales were given');
    expect(diagnosticOf(() => checkParamsForShape(p, [3], 'fc.w'))).toEqual({ code: 'QNT004', node: 'fc.w', message: 'tensor fc.w: per-channel axis 1 does not exist in a rank-1 shape' });
    expect(diagnosticOf(() => checkParamsForShape(p, [4, 2]))).toEqual({ code: 'QNT004', message: 'quantized tensor: axis 1 has 2 channels but 3 scales were given' });
    expect(() => checkParamsForShape(makeQuantParams({ bits: 8, signed: true, scale: 1 }), [])).not.toThrow(); // per-tensor fits any shape
  });
});
