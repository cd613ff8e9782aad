import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/diagnostics.js';
import { assemble } from '../../isa/assembly.js';
import { INSTRUCTION_BYTES, type Instruction } from '../../isa/instruction.js';
import { readProgram, writeProgram, type Program } from '../../isa/program-file.js';
import { applyOverrides, defaultHwConfig, type HwConfig } from '../../isa/hw-config.js';
import { readGolden } from '../golden.js';

const TEXT = readGolden(new URL('./golden/matmul-tile.s', import.meta.url)).toString('utf8');
const HEADER = 96; // 24-byte header + six 12-byte section entries = 96

function program(over: Partial<Program> = {}): Program {
  return {
    hwConfig: defaultHwConfig(),
    instructions: assemble(TEXT, 'matmul-tile.s').instructions,
    dramImage: new Uint8Array(0x1100 + 3 * 64).map((_, k) => k & 0xff),
    tensors: [
      { name: 'x', role: 'input', dramAddr: 0, dtype: 'u8', shape: [4, 16], layout: 'NC', scale: [0.05], zeroPoint: [0] },
      { name: 'fc1.w', role: 'weight', dramAddr: 0x1000, dtype: 'i8', shape: [16, 16], layout: 'IO' },
      { name: 'y', role: 'output', dramAddr: 0x2000, dtype: 'u8', shape: [4, 16], layout: 'NC', scale: [0.1], zeroPoint: [0] },
    ],
    layers: [{ name: 'fc1', firstInstruction: 0, instructionCount: 9 }],
    ...over,
  };
}
function withInstr(k: number, patch: Record<string, unknown>): Program {
  const instrs = program().instructions.map((i, j) => (j === k ? ({ ...i, ...patch } as unknown as Instruction) : i));
  return program({ instructions: instrs });
}
function errorOf(bytes: Uint8Array): UserError {
  try {
    readProgram(bytes, 'prog.accbin');
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('.accbin', () => {
  it('round-trips a program, checked against its HwConfig', () => {
    const p = program();
    const back = readProgram(writeProgram(p), 'prog.accbin');
    expect(back).toEqual(p);
  });

  it('copies the DRAM image unless the caller gives its bytes up (adopt)', () => {
    const bytes = writeProgram(program());
    const copied = readProgram(bytes, 'p.accbin');
    const adopted = readProgram(bytes, 'p.accbin', { adopt: true });
    expect(adopted).toEqual(copied);
    expect(writeProgram(adopted)).toEqual(bytes);
    expect(adopted.dramImage.buffer).toBe(bytes.buffer); // a view: no 12 MB copy on a cold start
    const at = adopted.dramImage.byteOffset;
    bytes[at] ^= 0xff; // the caller's bytes change: only the adopted program sees it
    expect(adopted.dramImage[0]).toBe(bytes[at]);
    expect(copied.dramImage[0]).toBe(program().dramImage[0]);
  });

  it('lays out the header as documented', () => {
    const bytes = writeProgram(program());
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('ACCSIM');
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(8, true), view.getUint32(12, true), view.getUint32(16, true)]).toEqual([2, 4, 6]); // format 2, ISA 4, 6 sections
    expect(view.getUint32(24, true)).toBe(1); // first section: hwConfig
    expect(view.getUint32(28, true)).toBe(HEADER);
  });

  it('rejects truncated files, bad magic and versions', () => {
    const bytes = writeProgram(program());
    expect(errorOf(bytes.slice(0, 10)).diagnostics[0]?.code).toBe('ACC001');
    expect(errorOf(bytes.slice(0, bytes.length - 100)).message).toMatch(/section tensors \(offset \d+, \d+ bytes\) lies outside the \d+-byte file/);
    const magic = bytes.slice();
    magic[0] = 0x7f;
    expect(errorOf(magic).diagnostics[0]).toMatchObject({ code: 'ACC002', file: 'prog.accbin' });
    const fmt = bytes.slice();
    fmt[8] = 3;
    expect(errorOf(fmt).message).toContain('.accbin format version 3 is not supported (this accsim reads 1, 2)');
    const isa = bytes.slice();
    isa[12] = 9;
    expect(errorOf(isa).message).toContain('program uses ISA version 9; this accsim implements ISA version 4 and reads versions 1, 2, 3, 4');
  });

  it('rejects bad instruction words with their index and file offset', () => {
    const bytes = writeProgram(program());
    const instrSection = new DataView(bytes.buffer).getUint32(24 + 12 + 4, true);
    const bad = bytes.slice();
    bad[instrSection + 2 * INSTRUCTION_BYTES] = 0x3f;
    expect(errorOf(bad).message).toContain(`instruction 2 at byte 0x${(instrSection + 2 * INSTRUCTION_BYTES).toString(16)}: unknown opcode 0x3f`);
    const badEnum = bytes.slice();
    badEnum[instrSection + INSTRUCTION_BYTES + 1] |= 0x1c; // LOAD.buffer (bits 10-12) = 7: reserved
    expect(errorOf(badEnum).diagnostics[0]?.code).toBe('ISA004');
  });

  it('checks every address against the buffers and DRAM', () => {
    expect(errorOf(writeProgram(withInstr(2, { sramRow: 4094 }))).message).toBe(
      'prog.accbin: error ACC010: instruction 2 (LOAD): input buffer step ends at byte 65567 (row 4097) but the buffer has 65536 bytes (4096 rows)',
    );
    // Unless the caller checks the same bytes itself (check: false, a batch worker); fields are still read exactly.
    const unchecked = readProgram(writeProgram(withInstr(2, { sramRow: 4094 })), 'prog.accbin', { check: false });
    expect(unchecked.instructions[2]).toMatchObject({ op: 'LOAD', sramRow: 4094 });
    // A step may continue past its row into the next ones (ISA v2), but not past the buffer.
    expect(readProgram(writeProgram(withInstr(1, { sramByte: 8 })), 'prog.accbin').instructions[1]).toMatchObject({ sramByte: 8 });
    expect(errorOf(writeProgram(withInstr(1, { sramRow: 4080, sramByte: 8 }))).message).toContain('weight buffer step ends at byte 65543 (row 4096)');
    expect(errorOf(writeProgram(withInstr(7, { dramAddr: 2 ** 28 - 16 }))).message).toContain('DRAM reaches byte 268435503 but has 268435456 bytes');
    expect(errorOf(writeProgram(withInstr(6, { paramRow: 126 }))).message).toContain('(REQUANT): param buffer reaches row 128');
  });

  it('checks the array and mode limits of the configured machine', () => {
    const small = program({ hwConfig: applyOverrides(defaultHwConfig(), { array: '8x8' }) });
    const e = errorOf(writeProgram(small));
    expect(e.diagnostics.map((d) => d.message)).toContain('instruction 4 (LOAD_WEIGHTS): n = 16 exceeds the 8 array columns');
    expect(errorOf(writeProgram(withInstr(0, { dataflow: 'os' }))).message).toContain('dataflow os but the hardware is ws');
    expect(errorOf(writeProgram(withInstr(6, { qmin: 10, qmax: 5 }))).message).toContain('qmin (10) exceeds qmax (5)');
  });

  it('checks program shape and dependency tokens', () => {
    const noHalt = program({ instructions: program().instructions.slice(0, -1), layers: [] });
    expect(errorOf(writeProgram(noHalt)).diagnostics[0]).toMatchObject({ code: 'ACC014', message: expect.stringContaining('must end with exactly one HALT (found 0 in 8 instructions)') });
    expect(errorOf(writeProgram(withInstr(2, { pushNext: 0 }))).message).toContain(
      '3 tokens are popped from load→compute but only 2 pushed: the machine would deadlock',
    );
    expect(errorOf(writeProgram(withInstr(1, { popPrev: 1 }))).message).toContain('the load queue has no previous queue');
  });

  it('checks the tensor and layer tables', () => {
    const t = program().tensors;
    const farWeight = program({ tensors: [...t.slice(0, 1), { ...t[1]!, dramAddr: 0x1100 }] });
    expect(errorOf(writeProgram(farWeight)).message).toContain('tensor "fc1.w" (weight) ends at byte 4608, past the 4544-byte DRAM image');
    expect(errorOf(writeProgram(program({ tensors: [t[0]!, t[0]!] }))).diagnostics[0]?.code).toBe('ACC013');
    expect(errorOf(writeProgram(program({ layers: [{ name: 'fc1', firstInstruction: 5, instructionCount: 5 }] }))).message).toContain(
      'layer "fc1" covers instructions up to 9 but the program has 9',
    );
    const badDtype = program({ tensors: [{ ...t[0]!, dtype: 'f8' as 'f32' }] });
    expect(errorOf(writeProgram(badDtype)).diagnostics[0]?.code).toBe('ACC005');
  });

  it('carries the optional op and output type of each layer, and checks them when present', () => {
    const described = program({ layers: [{ name: 'fc1', firstInstruction: 0, instructionCount: 9, op: 'qdense', outputDtype: 'u8', outputShape: [1, 16] }] });
    expect(readProgram(writeProgram(described), 'prog.accbin').layers).toEqual(described.layers);
    const layer = { name: 'fc1', firstInstruction: 0, instructionCount: 9 };
    for (const bad of [{ op: 3 }, { outputDtype: ['u8'] }, { outputShape: [1, -16] }, { outputShape: '1x16' }]) {
      const e = errorOf(writeProgram(program({ layers: [{ ...layer, ...bad } as never] })));
      expect(e.diagnostics[0]?.code).toBe('ACC005');
      expect(e.message).toContain('layer "fc1": ');
    }
  });

  it('carries DRAM regions and compulsory bytes; refuses malformed or overlapping regions', () => {
    const regions = [
      { addr: 0x1100, bytes: 192, kind: 'params' as const, layer: 'fc1' },
      { addr: 0x1000, bytes: 256, kind: 'weights' as const, layer: 'fc1' },
      { addr: 0, bytes: 64, kind: 'activation' as const },
    ];
    const p = program({ regions, layers: [{ name: 'fc1', firstInstruction: 0, instructionCount: 9, compulsoryBytes: 64 + 256 + 192 + 64 }] });
    const back = readProgram(writeProgram(p), 'prog.accbin');
    expect(back.regions).toEqual([regions[2], regions[1], regions[0]]); // sorted by address
    expect(back.layers[0]!.compulsoryBytes).toBe(576);
    const overlapping = program({ regions: [...regions, { addr: 0x10f0, bytes: 32, kind: 'activation' }] });
    expect(errorOf(writeProgram(overlapping)).message).toContain('regions: the weights region at 4096 (256 bytes) overlaps the activation region at 4336');
    expect(errorOf(writeProgram(program({ regions: [{ addr: 0, bytes: 0, kind: 'weights' }] }))).diagnostics[0]?.code).toBe('ACC005');
    expect(errorOf(writeProgram(program({ regions: [{ addr: 0, bytes: 8, kind: 'psums' as 'weights' }] }))).message).toContain('kind must be one of weights, params, activation, partialSums');
    expect(errorOf(writeProgram(program({ layers: [{ name: 'fc1', firstInstruction: 0, instructionCount: 9, compulsoryBytes: -1 }] }))).message).toContain('compulsoryBytes must be a non-negative integer');
  });

  it('surfaces an invalid HwConfig in the header as a hardware-config error', () => {
    const p = program({ hwConfig: { ...defaultHwConfig(), turbo: true } as HwConfig });
    expect(errorOf(writeProgram(p)).diagnostics[0]?.code).toBe('HW002');
  });
});
