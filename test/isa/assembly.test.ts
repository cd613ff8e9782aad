import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, disassemble } from '../../isa/assembly.js';
import { decodeProgram } from '../../isa/decode.js';
import { encodeProgram } from '../../isa/encode.js';
import { PROPERTY_SEED, propertyRuns } from '../property-runs.js';
import { anyInstruction } from './arbitrary.js';
import { firstDiagnostic as diagnosticOf } from '../user-error.js';
import { expectGolden, readGolden } from '../golden.js';

const GOLDEN = new URL('./golden/matmul-tile.s', import.meta.url);

describe('assembler and disassembler', () => {
  it('golden: assemble → encode → decode → disassemble reproduces the canonical text', () => {
    const text = readGolden(GOLDEN).toString('utf8'); // hand-written; `npm run golden` rewrites it in canonical form
    const { instructions, comments } = assemble(text, 'matmul-tile.s');
    expect(instructions.map((i) => i.op)).toEqual([
      'CONFIG', 'LOAD', 'LOAD', 'LOAD', 'LOAD_WEIGHTS', 'COMPUTE', 'REQUANT', 'STORE', 'HALT',
    ]);
    expect(instructions[1]).toMatchObject({ buffer: 'weight', dramAddr: 0x1000, pushNext: 1, popPrev: 0 });
    const again = disassemble(decodeProgram(encodeProgram(instructions)), comments);
    expectGolden(GOLDEN, again);
  });

  it('assemble(disassemble(p)) ≡ p for programs generated from the spec, comments included', () => {
    const comment = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n;]/g, ' ').trim());
    const program = fc.array(fc.tuple(anyInstruction, fc.array(comment, { maxLength: 2 })), { maxLength: 6 });
    fc.assert(
      fc.property(program, (pairs) => {
        const instrs = pairs.map((p) => p[0]);
        const comments = new Map(pairs.flatMap((p, i) => (p[1].length > 0 ? [[i, p[1]] as const] : [])));
        const back = assemble(disassemble(instrs, comments), 'p.s');
        expect(back.instructions).toEqual(instrs);
        expect(back.comments).toEqual(comments);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });

  it('accepts hex, negative values, labels and inline comments', () => {
    const p = assemble('start:\n  HALT pushNext=0x1 ; done\n', 'x.s');
    expect(p.labels.get('start')).toBe(0);
    expect(p.instructions).toEqual([{ op: 'HALT', popPrev: 0, popNext: 0, pushPrev: 0, pushNext: 1 }]);
    expect(p.comments.get(0)).toEqual(['done']);
  });

  it('locates errors: unknown mnemonic, unknown/duplicate/missing field, bad and out-of-range values', () => {
    expect(diagnosticOf(() => assemble('\n  JUMP x=1', 'a.s'))).toMatchObject({ code: 'ISA010', file: 'a.s', line: 2, col: 3 });
    expect(diagnosticOf(() => assemble('HALT foo=1', 'a.s'))).toMatchObject({
      code: 'ISA011', line: 1, col: 6, message: 'HALT has no field "foo" (fields: popPrev, popNext, pushPrev, pushNext)',
    });
    expect(diagnosticOf(() => assemble('HALT popPrev=1 popPrev=0', 'a.s'))).toMatchObject({ code: 'ISA011', col: 16 });
    expect(diagnosticOf(() => assemble('LOAD_WEIGHTS weightRow=0 k=4', 'a.s'))).toMatchObject({
      code: 'ISA011', message: 'LOAD_WEIGHTS is missing field "n"',
    });
    expect(diagnosticOf(() => assemble('LOAD_WEIGHTS weightRow=zero k=4 n=1', 'a.s'))).toMatchObject({ code: 'ISA012', col: 24 });
    const range = diagnosticOf(() => assemble('LOAD_WEIGHTS weightRow=0 k=4 n=65', 'a.s'));
    expect(range).toMatchObject({ code: 'ISA012', line: 1, col: 32, sourceLine: 'LOAD_WEIGHTS weightRow=0 k=4 n=65' });
    expect(range.message).toBe('LOAD_WEIGHTS: field n = 65 is out of range [1, 64] (7-bit unsigned)');
    expect(diagnosticOf(() => assemble('CONFIG mode=int16', 'a.s')).code).toBe('ISA012');
    expect(diagnosticOf(() => assemble('HALT popPrev', 'a.s')).code).toBe('ISA011');
  });
});
