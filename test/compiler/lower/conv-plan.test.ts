// Where a block's REQUANTs go in the compute stream (conv-plan.ts RequantSlots): behind the next COMPUTEs
// whose streams cover the REQUANT's wait for its tile's drain (ws), the rest at the block's end.
import { describe, expect, it } from 'vitest';
import { RequantSlots } from '../../../compiler/lower/conv-plan.js';

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
