// The kept window matrices (fast/gathered-windows.ts): found only for the same segments and shape, dropped
// when a write touches the input bytes they read (and only then), the oldest replaced when all are in use.
import { describe, expect, it } from 'vitest';
import { GatheredWindows, type SegmentColumns } from '../../../simulator/fast/gathered-windows.js';
import { makeInstruction } from '../../../isa/make-instruction.js';

const W = makeInstruction('WINDOW', { pitch: 64, pixelBytes: 16, cinTap: 16, chanOffset: 0, kernelW: 3, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, outW: 4 });

/** One window segment at kOffset `kOff` reading input rows from `row`. */
function segment(row: number, kOff: number, win = W): SegmentColumns {
  return { refRow: [row], refStride: [0], refK: [16], refWin: [win], refByte: [0], refPixel: [0], refKOff: [kOff] };
}

describe('GatheredWindows', () => {
  it('keeps a matrix for the same segments and shape, and drops it when its input bytes are written', () => {
    const g = new GatheredWindows();
    const a = segment(0, 0);
    const e = g.slot(a, 1, 4, 16, 0, 256);
    g.bytes(e).fill(7);
    expect(g.find(a, 1, 4, 16)).toBe(e);
    expect(g.bytes(e)).toEqual(new Uint8Array(4 * 16).fill(7));
    expect(g.find(segment(0, 16), 1, 4, 16)).toBe(-1);
    expect(g.find(segment(1, 0), 1, 4, 16)).toBe(-1);
    expect(g.find(segment(0, 0, { ...W }), 1, 4, 16)).toBe(-1); // another WINDOW instruction
    expect(g.find(a, 1, 5, 16)).toBe(-1);
    g.written(256, 512); // next to the bytes it read
    expect(g.find(a, 1, 4, 16)).toBe(e);
    g.written(255, 256);
    expect(g.find(a, 1, 4, 16)).toBe(-1);
  });

  it('holds six matrices (a band\'s K chunks), replacing the oldest', () => {
    const g = new GatheredWindows();
    for (let c = 0; c < 7; c++) g.bytes(g.slot(segment(0, 16 * c), 1, 4, 16, 0, 256)).fill(c);
    expect(g.find(segment(0, 0), 1, 4, 16)).toBe(-1);
    for (let c = 1; c < 7; c++) expect(g.bytes(g.find(segment(0, 16 * c), 1, 4, 16))[0]).toBe(c);
  });
});
