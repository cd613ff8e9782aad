import { describe, expect, it } from 'vitest';
import { fieldLayout, type Instruction } from '../../../isa/instruction.js';
import { checkInstructions } from '../../../isa/check/index.js';
import type { Opcode } from '../../../isa/spec.js';
import { fieldRange } from '../../../isa/spec-types.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';

/** An instruction with every field at its minimum (enum: first value), then `patch`. */
function make(op: Opcode, patch: Record<string, unknown> = {}): Instruction {
  const r: Record<string, unknown> = { op };
  for (const { field } of fieldLayout(op)) r[field.name] = field.enum?.[0] ?? fieldRange(field).min;
  return { ...r, ...patch } as unknown as Instruction;
}
const HALT = make('HALT');
const WS = defaultHwConfig();
const OS = applyOverrides(defaultHwConfig(), { dataflow: 'os' });
const cfg = (patch: Record<string, unknown> = {}) => make('CONFIG', { accBits: 32, actBits: 8, weightBits: 8, ...patch });

function messages(instrs: Instruction[], limits = WS): string[] {
  return checkInstructions([...instrs, HALT], limits).map((d) => d.message);
}

describe('checkInstructions', () => {
  it('accepts in-bounds programs', () => {
    expect(messages([cfg(), make('COMPUTE', { m: 4, k: 16, n: 16, inputRowStride: 1, accRow: 1020 })])).toEqual([]);
    expect(messages([cfg({ dataflow: 'os' }), make('COMPUTE', { m: 16, k: 64, n: 16, inputRowStride: 1 })], OS)).toEqual([]);
  });

  it('checks the float datapath: chunkEnd/biasRow only in a float mode, no runs there, its fewer accumulator rows, FP32 row spans', () => {
    const fp8 = cfg({ mode: 'fp8-e4m3' });
    // 64 KiB of 16 entries of 10 bytes (FP32 sum + 42-bit partial): 409 rows, rounded to the 2 banks: 408.
    expect(messages([fp8, make('COMPUTE', { m: 8, k: 16, n: 16, inputRowStride: 1, accRow: 400, chunkEnd: 1, biasRow: 127 })])).toEqual([]);
    expect(messages([fp8, make('COMPUTE', { m: 8, k: 16, n: 16, inputRowStride: 1, accRow: 401 })])).toEqual([
      'instruction 1 (COMPUTE): accumulator buffer (fp8-e4m3 entries) reaches row 408 but has 408 rows',
    ]);
    expect(messages([fp8, make('COMPUTE', { m: 1, k: 16, n: 16, biasRow: 128 })])).toEqual(['instruction 1 (COMPUTE): param buffer reaches row 128 but has 128 rows']);
    expect(messages([cfg(), make('COMPUTE', { m: 1, k: 16, n: 16, chunkEnd: 1 })])).toEqual([
      'instruction 1 (COMPUTE): chunkEnd and biasRow must be 0 in the int8 mode (they belong to the float modes)',
    ]);
    // FP32 rows: 16 elements are 64 B, four 16-byte output rows; 512 of them fill the 2048 rows of the 32 KiB output buffer.
    expect(messages([fp8, make('FADD', { rows: 512, elems: 16, dstRow: 0 })])).toEqual([]);
    expect(messages([fp8, make('FADD', { rows: 513, elems: 16 })])).toEqual([
      'instruction 1 (FADD): output buffer reaches row 2051 but has 2048 rows',
      'instruction 1 (FADD): output buffer reaches row 2051 but has 2048 rows',
      'instruction 1 (FADD): output buffer reaches row 2051 but has 2048 rows',
    ]);
    expect(messages([fp8, make('CVT_OUT', { rows: 1, n: 17 })])).toEqual(['instruction 1 (CVT_OUT): n = 17 exceeds the 16 accumulators of a row']);
  });

  it('checks the MX modes: their entry widths, window-only COMPUTEs, the scale side buffer\'s bytes', () => {
    // mxint8: 4 + 3 bytes per entry, 64 KiB / (16 × 7) = 585 rows, 584 on 2 banks; mxfp4 4 + 2: 682.
    const mxint8 = cfg({ mode: 'mxint8' });
    const win = make('WINDOW', { pitch: 64, pixelBytes: 1, cinTap: 1, kernelW: 3, outW: 28 });
    expect(messages([mxint8, win, make('COMPUTE', { m: 8, k: 1, n: 16, accRow: 576, window: 1 })])).toEqual([]);
    expect(messages([mxint8, win, make('COMPUTE', { m: 8, k: 1, n: 16, accRow: 576 })])).toEqual([
      'instruction 2 (COMPUTE): an MX COMPUTE reads its rows\' block scales through the window: window must be 1',
    ]);
    expect(messages([cfg({ mode: 'mxfp4' }), win, make('COMPUTE', { m: 8, k: 1, n: 16, accRow: 675, window: 1 })])).toEqual([
      'instruction 2 (COMPUTE): accumulator buffer (mxfp4 entries) reaches row 682 but has 682 rows',
    ]);
    // Pixel 4095 of one byte (firstPixel 4095 at pitch 64, outW 28: output row 146, column 7 → byte 146·64 + 7) is scale byte 9351 ≥ 4096.
    expect(messages([mxint8, win, make('COMPUTE', { m: 1, k: 1, n: 16, window: 1, firstPixel: 4095 })])).toEqual([
      'instruction 2 (COMPUTE): the MX COMPUTE reads scale byte 9351 but the scale side buffer has 4096',
    ]);
    expect(messages([mxint8, make('CVT_IN', { rows: 1, elems: 48, pixelElems: 32 })])).toEqual([
      'instruction 1 (CVT_IN): elems = 48 is not a whole number of 32-element pixels (MX CVT_IN)',
    ]);
    // One-channel pixels have one block each, scale byte = input byte: row 255's 16 bytes end at 4095 (fits), row 256's at 4111.
    expect(messages([mxint8, make('CVT_IN', { rows: 1, elems: 16, pixelElems: 1, dstRow: 255 })])).toEqual([]);
    expect(messages([mxint8, make('CVT_IN', { rows: 1, elems: 16, pixelElems: 1, dstRow: 256 })])).toEqual([
      'instruction 1 (CVT_IN): the MX CVT_IN writes scale bytes up to 4111 but the scale side buffer has 4096',
    ]);
  });

  it('requires a CONFIG before array work', () => {
    expect(messages([make('COMPUTE')])).toEqual(['instruction 0 (COMPUTE): compute instruction before any CONFIG']);
  });

  it('uses the configured mode: binary vectors span 8 input rows', () => {
    const c = make('COMPUTE', { m: 2, k: 1024, n: 16, inputRowStride: 8, inputRow: 4080 });
    // rows 4080 .. 4080 + 8 + 8 - 1 = 4095: just fits
    expect(messages([cfg({ mode: 'binary', actBits: 1, weightBits: 1 }), c])).toEqual([]);
    const over = { ...c, inputRow: 4081 } as Instruction;
    expect(messages([cfg({ mode: 'binary', actBits: 1, weightBits: 1 }), over])).toEqual([
      'instruction 1 (COMPUTE): input buffer reaches row 4096 but has 4096 rows',
    ]);
    expect(messages([cfg(), make('COMPUTE', { k: 17, n: 1 })])).toEqual(['instruction 1 (COMPUTE): k = 17 exceeds the latched int8 tile (16)']);
    expect(messages([cfg({ actBits: 8, mode: 'int4' })])).toEqual([
      'instruction 0 (CONFIG): actBits 8 / weightBits 8 exceed the int4 datapath (4-bit activations, 4-bit weights)',
    ]);
    // w4a8: 8-bit activations, 4-bit weights; its latched tile holds 16 rows × 2 = 32 reduction elements.
    const w4a8 = cfg({ mode: 'w4a8', actBits: 8, weightBits: 4 });
    expect(messages([w4a8, make('LOAD_WEIGHTS', { k: 32, n: 16 }), make('COMPUTE', { k: 32, n: 16, m: 2, inputRowStride: 2 })])).toEqual([]);
    expect(messages([cfg({ mode: 'w4a8', weightBits: 8 })])).toEqual([
      'instruction 0 (CONFIG): actBits 8 / weightBits 8 exceed the w4a8 datapath (8-bit activations, 4-bit weights)',
    ]);
    // A w4a8 input vector is 32 B, two 16-byte rows: row 4094 + 2 = 4096 just fits, 4095 does not.
    expect(messages([w4a8, make('COMPUTE', { k: 32, n: 1, inputRow: 4095 })])).toEqual(['instruction 1 (COMPUTE): input buffer reaches row 4096 but has 4096 rows']);
  });

  it('checks window COMPUTEs against the last WINDOW (exact extent) and the fields that need window = 1', () => {
    // A 3x3 window over a band of 10-pixel rows (pitch 160 B, 16 channels): 8 output pixels per row.
    const win = make('WINDOW', { pitch: 160, pixelBytes: 16, cinTap: 16, chanOffset: 0, kernelW: 3, outW: 8 });
    const c = make('COMPUTE', { window: 1, m: 16, k: 16, n: 16, kOffset: 128, firstPixel: 0 });
    expect(messages([cfg(), c])).toEqual(['instruction 1 (COMPUTE): window = 1 before any WINDOW']);
    expect(messages([cfg(), win, c])).toEqual([]);
    // Last element read: pixel 15 (oy 1, ox 7), tap 8 (ky 2, kx 2), channel 15: byte (1 + 2)·160 + (7 + 2)·16 + 15 = 639.
    // The buffer has 65536 bytes: from inputRow 4056 (byte 64896) the last byte is 65535, from 4057 it is past the end.
    expect(messages([cfg(), win, { ...c, inputRow: 4056 } as Instruction])).toEqual([]);
    expect(messages([cfg(), win, { ...c, inputRow: 4057 } as Instruction])).toEqual([
      'instruction 2 (COMPUTE): the window reads up to input byte 65551 (row 4096) but the buffer has 65536 bytes',
    ]);
    // A run reads its tiles' whole reduction: 8 tiles of 16 from kOffset 0 end at tap 7 (byte 623, in the buffer
    // from row 4057), 9 tiles at tap 8 (byte 639, past it).
    expect(messages([cfg(), win, { ...c, inputRow: 4057, kOffset: 0, tiles: 8 } as Instruction])).toEqual([]);
    expect(messages([cfg(), win, { ...c, inputRow: 4057, kOffset: 0, tiles: 9 } as Instruction])).toEqual([
      'instruction 2 (COMPUTE): the window reads up to input byte 65551 (row 4096) but the buffer has 65536 bytes',
    ]);
    expect(messages([cfg(), win, { ...c, inputRowStride: 1 } as Instruction])).toEqual([
      'instruction 2 (COMPUTE): inputRowStride must be 0 when window = 1 (the WINDOW shapes the walk)',
    ]);
    expect(messages([cfg(), make('COMPUTE', { kOffset: 1 })])).toEqual(['instruction 1 (COMPUTE): kOffset, inputByte and firstPixel must be 0 unless window = 1']);
  });

  it('checks multi-row transfer steps and MOVE against the buffer ends', () => {
    const load = make('LOAD', { buffer: 'input', bytesPerRow: 160, sramRow: 4086 });
    expect(messages([load])).toEqual([]); // bytes 4086·16 … 65535
    expect(messages([{ ...load, sramByte: 1 } as Instruction])).toEqual([
      'instruction 0 (LOAD): input buffer step ends at byte 65536 (row 4096) but the buffer has 65536 bytes (4096 rows)',
    ]);
    // srcRow 2033: the last step starts at row 2045 (byte 32720) and ends 64 bytes later, at byte 32783.
    const move = make('MOVE', { srcBuffer: 'output', dstBuffer: 'input', bytesPerRow: 64, rows: 4, srcRowStride: 4, dstRowStride: 10 });
    expect(messages([move])).toEqual([]);
    expect(messages([{ ...move, srcRow: 2033 } as Instruction])).toEqual([
      'instruction 0 (MOVE): output buffer step ends at byte 32783 (row 2048) but the buffer has 32768 bytes (2048 rows)',
    ]);
    expect(messages([{ ...move, dstBuffer: 'accumulator' } as Instruction])).toEqual([
      'instruction 0 (MOVE): MOVE cannot address the accumulator (it holds exact sums, not bytes)',
    ]);
  });

  it('checks output-stationary limits', () => {
    expect(messages([cfg({ dataflow: 'os' }), make('COMPUTE', { m: 17, k: 1, n: 1 })], OS)).toEqual([
      'instruction 1 (COMPUTE): m = 17 exceeds the 16 array rows (output-stationary)',
    ]);
    expect(messages([cfg({ dataflow: 'os' }), make('LOAD_WEIGHTS')], OS)).toContain(
      'instruction 1 (LOAD_WEIGHTS): LOAD_WEIGHTS needs the weight-stationary dataflow',
    );
  });

  it('checks pooling, adds, packing and depthwise geometry', () => {
    const pool = make('POOL', { inH: 4, inW: 4, kernelH: 2, kernelW: 2, strideH: 2, strideW: 2, channels: 16, bits: 8, dstRow: 2044 });
    expect(messages([pool])).toEqual([]); // 2x2 outputs at rows 2044..2047
    expect(messages([{ ...pool, dstRow: 2045 } as Instruction])).toEqual(['instruction 0 (POOL): output buffer reaches row 2048 but has 2048 rows']);
    expect(messages([{ ...pool, channels: 17 } as Instruction])).toEqual(['instruction 0 (POOL): 17 8-bit channels overflow a 16-byte output row']);
    expect(messages([{ ...pool, kernelH: 5 } as Instruction])).toEqual(['instruction 0 (POOL): the 5x2 window is larger than the padded 4x4 input']);
    const add = make('ADD', { elems: 16, bits: 8, aZero: 0, bZero: 0, qmin: 0, qmax: 255, outZero: -1 });
    expect(messages([add])).toEqual(['instruction 0 (ADD): outZero = -1 is outside the 8-bit unsigned range [0, 255]']);
    expect(messages([make('PACK', { elems: 129, srcBits: 1 })])).toEqual(['instruction 0 (PACK): 129 1-bit elements overflow a 16-byte output row']);
    const dw = make('DEPTHWISE', { channels: 16, inH: 6, inW: 6, kernelH: 3, kernelW: 3 });
    expect(messages([cfg(), dw])).toEqual([]);
    expect(messages([cfg({ mode: 'binary', actBits: 1, weightBits: 1 }), dw])).toEqual(['instruction 1 (DEPTHWISE): DEPTHWISE has no binary mode']);
    expect(messages([cfg(), { ...dw, srcRow: 4061 } as Instruction])).toEqual(['instruction 1 (DEPTHWISE): input buffer reaches row 4096 but has 4096 rows']);
  });
});
