// The plan search of a conv (compiler/lower/conv-search.ts) for a ResNet-style stem whose DRAM input fits
// on chip and whose max pool runs beside it: the banded plan loads the whole map once (conv-plan.ts
// inputOnce: no halo rows re-read) and wins by its predicted cycles plus the pool work it leaves after its
// end (besideTail); without that pool the one-band plan stays.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convGeometry, type ConvShape } from '../../../compiler/lower/conv-geometry.js';
import { originSlabRows, walkPlan } from '../../../compiler/lower/conv-plan.js';
import { besideTail, searchConvPlan, type ConvSink } from '../../../compiler/lower/conv-search.js';
import { applyOverrides, deriveHw } from '../../../isa/hw-config.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';

const hw = applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array: '32x32', dataflow: 'os' });
const d = deriveHw(hw);
// 7x7/2 conv, 64x64x3 → 32x32x64 (ResNet-18's conv1 at 64x64), then a 3x3/2 max pool to 16x16.
const s: ConvShape = { h: 64, w: 64, cin: 3, cout: 64, kh: 7, kw: 7, sh: 2, sw: 2, dh: 1, dw: 1, pt: 3, pl: 3, oh: 32, ow: 32, groups: 1 };
const geo = convGeometry(s, 'int8', hw, d);
const space = { inputRows: d.bufferRows.input / 2, outputRows: d.bufferRows.output / 2 };
const sink = (vectorBeside: number): ConvSink => ({ dram: false, outResident: true, img: false, pixBytes: 64, outBits: 8, vectorBeside });
const POOL = 16 * 16 * 9 * Math.ceil(64 / hw.vector.lanes);

describe('conv plan search beside a pool', () => {
  it('loads a DRAM input once and computes it in bands when the pool beside it pays for them', () => {
    const alone = searchConvPlan('conv1', geo, { kind: 'dram', pixBytes: 3 }, sink(0), space, hw, d);
    const beside = searchConvPlan('conv1', geo, { kind: 'dram', pixBytes: 3 }, sink(POOL), space, hw, d);
    expect(alone.plan.bands.length).toBe(1);
    expect(beside.plan.bands.length).toBeGreaterThan(1);
    expect(beside.plan.inputOnce).toBe(true);
    // The same input bytes as the one-band plan: the bands' halo rows are not read again.
    expect(beside.traffic.input).toBe(alone.traffic.input);
    const loads: number[] = [];
    walkPlan(beside.plan, 0, (v) => { if (v.input?.load === true) loads.push(v.b); });
    expect(loads).toEqual([0]);
    // Each band's window starts at its own first input row inside the whole map's slab.
    beside.plan.bands.forEach(([oy0], b) => expect(originSlabRows(beside.plan, b)).toBe(oy0 * s.sh));
  });

  it('besideTail: the last band × last channel group share of the pool, or what the vector unit cannot fit beside the REQUANTs', () => {
    const { plan } = searchConvPlan('conv1', geo, { kind: 'dram', pixBytes: 3 }, sink(POOL), space, hw, d);
    const [oy0, oy1] = plan.bands[plan.bands.length - 1]!;
    const lastGroup = geo.tiles.slice((plan.nGroups - 1) * plan.npg).reduce((a, t) => a + t.n, 0) / 64;
    expect(besideTail(plan, POOL, 0, 1e9)).toBeCloseTo((POOL * (oy1 - oy0) * lastGroup) / 32);
    expect(besideTail(plan, POOL, 5000, 1000)).toBe(5000 + POOL - 1000);
    expect(besideTail(plan, 0, 5000, 1000)).toBe(0);
  });
});
