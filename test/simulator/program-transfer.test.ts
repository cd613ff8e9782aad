// A program sent to a worker as columns comes back equal to the original, field for field (the golden
// programs cover every opcode the lowering emits, enum fields included); an opcode whose instructions
// disagree on their fields goes as .accbin bytes instead.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProgram, type Program } from '../../isa/program-file.js';
import { packProgram, unpackProgram } from '../../simulator/program-transfer.js';

const DIR = 'test/golden/sim';

describe('program transfer to workers', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.accbin'))) {
    it(`${f} round-trips through columns`, () => {
      const p = readProgram(readFileSync(`${DIR}/${f}`), f);
      const t = packProgram(p);
      expect(t.kind).toBe('columns');
      const back = unpackProgram(structuredClone(t));
      expect(back.instructions).toEqual(p.instructions);
      expect(back.instructions.map((i) => Object.keys(i))).toEqual(p.instructions.map((i) => Object.keys(i)));
      expect(back.tensors).toEqual(p.tensors);
      expect(back.layers).toEqual(p.layers);
      expect(back.hwConfig).toEqual(p.hwConfig);
      expect(Array.from(back.dramImage)).toEqual(Array.from(p.dramImage));
    });
  }

  it('leaves an opcode with two field layouts to the .accbin writer (which names the odd field)', () => {
    const p = readProgram(readFileSync(`${DIR}/fmnist_cnn-w8a8-16x16-ws.accbin`), 'x');
    const odd = p.instructions.map((i, n) => (n === 5 ? { ...i, extra: 1 } : i));
    expect(() => packProgram({ ...p, instructions: odd } as Program)).toThrow(/unknown field extra/);
  });
});
