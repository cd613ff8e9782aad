// The resource use of a graph, computed from its types, and the limits that refuse a hostile one.
import { describe, expect, it } from 'vitest';
import { graphResourceUse, requireGraphWithinLimits } from '../../../compiler/ir/resource-use.js';
import { parseQir } from '../../../compiler/qir/load.js';
import { DEFAULT_RESOURCE_LIMITS, formatBytes, formatQuantity } from '../../../core/resource-limits.js';
import { firstDiagnostic } from '../../user-error.js';

/** x [1,2,5,5] → conv 3x3 to 4 channels with `pad`, inline weights → relu. */
function convNet(pad: string): string {
  const w = Array.from({ length: 72 }, (_, i) => ((i % 5) - 2) / 10).join(', ');
  return `qir 1
graph g {
  input %x: f32[1,2,5,5]
  const @w: f32[4,2,3,3] = [${w}]
  %c = conv2d(%x, @w) {pad=${pad}}
  %r = relu(%c)
  output %r
}
`;
}

describe('graphResourceUse', () => {
  it('counts every value as float32 and the MACs by hand', () => {
    const use = graphResourceUse(parseQir(convNet('[1,1,1,1]')));
    // x: 50 elements, c and r: 4·5·5 = 100 each → 250 · 4 B; MACs: 100 outputs · 2·3·3 taps.
    expect(use.totalTensorBytes).toBe(1000);
    expect(use.largestTensor).toEqual({ name: 'c', bytes: 400 });
    expect(use.macs).toBe(1800);
    expect(use.heaviestNode).toEqual({ name: 'c', macs: 1800 });
  });
});

describe('requireGraphWithinLimits', () => {
  it('refuses pad=[1,1,1,4294967296] before anything is allocated, with the number and the limit', () => {
    const g = parseQir(convNet('[1,1,1,4294967296]'));
    const d = firstDiagnostic(() => requireGraphWithinLimits(g, DEFAULT_RESOURCE_LIMITS, 'net.qir'));
    expect(d.code).toBe('RES001');
    expect(d.file).toBe('net.qir');
    const bytes = 2 * (4 * 5 * (5 + 1 + 4294967296 - 3 + 1) * 4) + 200;
    expect(d.message).toBe(`graph g needs ${formatBytes(bytes)} for the tensors of one sample (the largest, %c, ${formatBytes((bytes - 200) / 2)}), more than the limit of ${formatBytes(2 ** 31)} (--max-memory)`);
  });

  it('refuses more MACs than the limit, and passes at the limit', () => {
    const g = parseQir(convNet('[1,1,1,1]'));
    expect(firstDiagnostic(() => requireGraphWithinLimits(g, { maxMemoryBytes: 1e9, maxMacs: 1799 })).message).toBe(`graph g needs ${formatQuantity(1800)} MACs per sample (%c: ${formatQuantity(1800)}), more than the limit of ${formatQuantity(1799)} (--max-macs)`);
    expect(() => requireGraphWithinLimits(g, { maxMemoryBytes: 1000, maxMacs: 1800 })).not.toThrow();
    expect(firstDiagnostic(() => requireGraphWithinLimits(g, { maxMemoryBytes: 999, maxMacs: 1800 })).code).toBe('RES001');
  });
});
