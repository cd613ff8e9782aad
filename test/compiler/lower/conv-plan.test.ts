// Where a block's REQUANTs go in the compute stream (conv-plan.ts RequantSlots): behind the next COMPUTEs
// whose streams cover the REQUANT's wait for its tile's drain (ws), the rest at the block's end; when the
// last ones go into the next block's stream (requantsCarry); and the accumulator slots blocks rotate through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convGeometry, type ConvShape } from '../../../compiler/lower/conv-geometry.js';
import { inputGroupsOf, RequantSlots, requantsCarry, visitGroupsReady, walkPlan, type ConvPlan, type Visit } from '../../../compiler/lower/conv-plan.js';
import { searchConvPlan, type ConvSink } from '../../../compiler/lower/conv-search.js';
import { applyOverrides, deriveHw } from '../../../isa/hw-config.js';
import { loadHwConfigJson } from '../../../isa/hw-config-json.js';

// fmnist_cnn's conv1 (3x3, 1 → 16 channels, 28x28) on ample.json at 16x16 ws with its max pool beside it: seven
// bands of 112 pixels, each REQUANT (112 rows × 16 channels on 16 lanes) as long as a band's stream, so with
// two slots band b + 2 would wait a drain for band b's REQUANT (docs/CYCLE-MODEL.md, the SCALE-Sim section).
const hw = applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array: '16x16', dataflow: 'ws' });
const d = deriveHw(hw);
const s: ConvShape = { h: 28, w: 28, cin: 1, cout: 16, kh: 3, kw: 3, sh: 1, sw: 1, dh: 1, dw: 1, pt: 1, pl: 1, oh: 28, ow: 28, groups: 1 };
const geo = convGeometry(s, 'int8', hw, d);
const space = { inputRows: d.bufferRows.input / 2, outputRows: d.bufferRows.output / 2 };
const sink: ConvSink = { dram: false, outResident: true, img: false, pixBytes: 16, outBits: 8, vectorBeside: 14 * 14 * 4 };

describe('RequantSlots', () => {
  it('ws: releases a tile once the COMPUTEs issued after it stream R + C cycles', () => {
    const s = new RequantSlots(16, 16, false);
    s.done(0, true);
    // One COMPUTE of 20 steps does not cover the 32-cycle drain, a second one does.
    expect(s.streamed(20)).toEqual([]);
    expect(s.streamed(20)).toEqual([0]);
    s.done(1, true);
    expect(s.streamed(100)).toEqual([1]);
    expect(s.rest()).toEqual([]);
  });

  it('releases a tile without array work at once, in tile order; os keeps every REQUANT for the block end', () => {
    const ws = new RequantSlots(4, 4, false);
    ws.done(0, true);
    ws.done(1, false);
    // Tile 1 waits behind tile 0 (REQUANTs stay in tile order).
    expect(ws.streamed(7)).toEqual([]);
    expect(ws.streamed(1)).toEqual([0, 1]);
    const os = new RequantSlots(4, 4, true);
    os.done(0, true);
    expect(os.streamed(1000)).toEqual([]);
    expect(os.rest()).toEqual([0]);
  });

  it('leaves what the block did not cover for its end', () => {
    const s = new RequantSlots(16, 16, false);
    s.done(0, true);
    expect(s.streamed(8)).toEqual([]);
    s.done(1, true);
    expect(s.rest()).toEqual([0, 1]);
    expect(s.rest()).toEqual([]);
  });
});

describe("requantsCarry (ws: a block's last REQUANTs go into the next block's stream)", () => {
  // Only the fields the rule reads.
  const plan = (pSlots: number, nGroups: number, stageSlots = 0) => ({ stageSlots, pSlots, nGroups }) as unknown as ConvPlan;
  const at = (paramSlot: number, accSlot: number) => ({
    v: { lastK: true, params: { slot: paramSlot, row: 0, load: false } } as unknown as Visit,
    blk: { p0: 0, p1: 64, accSlot, stageSlot: 0 },
  });
  const into = (paramSlot: number, accSlot: number, inPlace = false) => ({ ...at(paramSlot, accSlot), inPlace });

  it('carries into a block on another accumulator slot that reads the same parameter slot', () => {
    expect(requantsCarry(plan(1, 1), false, at(0, 0), into(0, 1))).toBe(true);
    expect(requantsCarry(plan(1, 1), false, at(0, 0), into(0, 0))).toBe(false);
    expect(requantsCarry(plan(1, 1), false, at(0, 0), into(0, 1, true))).toBe(false);
    expect(requantsCarry(plan(1, 1), true, at(0, 0), into(0, 1))).toBe(false);
    expect(requantsCarry(plan(1, 1), false, at(0, 0), undefined)).toBe(false);
  });

  it("does not carry into another channel group's block (another parameter slot), whatever the slot count", () => {
    expect(requantsCarry(plan(2, 2), false, at(0, 0), into(1, 1))).toBe(false);
    expect(requantsCarry(plan(2, 4), false, at(0, 0), into(1, 1))).toBe(false);
  });
});

describe('walkPlan with three accumulator slots', () => {
  it('rotates the blocks through the slots, so block b + 2 does not sum into the slot block b REQUANTs', () => {
    const { plan } = searchConvPlan('conv1', geo, { kind: 'dram', pixBytes: 1 }, sink, space, hw, d);
    expect(plan.accSlots).toBe(3);
    const slots: number[] = [];
    walkPlan(plan, 0, (v) => v.blocks.forEach((b) => slots.push(b.accSlot)));
    expect(slots.length).toBeGreaterThan(3);
    slots.forEach((s, i) => expect(s).toBe(i % 3));
  });
});

describe('k-groups behind the input channel groups (inputGroupsOf, visitGroupsReady, paramsFirst)', () => {
  // fmnist_cnn's logits (1x1x64 → 10) after its global pool of four 16-channel groups, 49 cycles each, at 16x16 os.
  const osHw = applyOverrides(loadHwConfigJson(readFileSync('models/hw/ample.json', 'utf8'), 'ample.json'), { array: '16x16', dataflow: 'os' });
  const dense: ConvShape = { h: 1, w: 1, cin: 64, cout: 10, kh: 1, kw: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1, groups: 1 };
  const g = convGeometry(dense, 'int8', osHw, deriveHw(osHw));
  const groups = { channels: 16, ready: [-147, -98, -49, 0], lead: 51, config: {} as never };
  const lead = { loads: 0, weights: 0, params: 0, inputGroups: groups };
  const img = { kind: 'img' as const, img: { base: 0, pitch: 64, pixelBytes: 64, pads: { top: 0, bottom: 0, left: 0, right: 0 } } as never };

  it('applies to a one-pixel, one-tap, one-tile layer on chip only', () => {
    expect(inputGroupsOf(g, img, lead)).toBe(groups);
    expect(inputGroupsOf(g, { kind: 'dram', pixBytes: 64 }, lead)).toBeUndefined();
    expect(inputGroupsOf(g, img, { ...lead, inputGroups: undefined })).toBeUndefined();
    const twoTiles = convGeometry({ ...dense, cout: 20 }, 'int8', osHw, deriveHw(osHw));
    expect(inputGroupsOf(twoTiles, img, lead)).toBeUndefined();
  });

  it('a visit is ready when the last group its k-range reads is; paramsFirst loads the parameters with the first k-group', () => {
    const sinkDram: ConvSink = { dram: true, outResident: false, img: false, pixBytes: 10, outBits: 8 };
    const one = searchConvPlan('logits', g, img, sinkDram, { inputRows: 1024, outputRows: 1024 }, osHw, deriveHw(osHw)).plan;
    const plan: ConvPlan = { ...one, kcpg: 2, kGroups: 2, wSlots: 2, paramsFirst: true };
    const visits: Visit[] = [];
    walkPlan(plan, 0, (v) => visits.push(v));
    expect(visits.map((v) => [v.params?.load, v.lastK])).toEqual([[true, false], [false, true]]);
    walkPlan({ ...plan, paramsFirst: false }, 0, (v) => expect(v.params === undefined).toBe(!v.lastK));
    expect(visits.map((v) => visitGroupsReady(plan, v, groups))).toEqual(visits.map((v) => groups.ready[Math.ceil((v.c1 * g.kTile) / 16) - 1]));
    expect(visitGroupsReady(plan, visits[0]!, groups)).toBeLessThan(0);
  });
});
