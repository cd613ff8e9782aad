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
      'instruction 0 (CONFIG): actBits 8 / weightBits 8 exceed the 4-bit int4 datapath',
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
