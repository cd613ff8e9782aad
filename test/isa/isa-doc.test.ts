import { describe, expect, it } from 'vitest';
import { OPCODES } from '../../isa/spec.js';
import { generateIsaDoc } from '../../tools/gen-isa-doc.js';
import { expectGolden } from '../golden.js';

const DOC = new URL('../../docs/ISA.md', import.meta.url);

describe('docs/ISA.md', () => {
  it('equals the generator output (`npm run golden` regenerates it)', () => {
    expectGolden(DOC, generateIsaDoc());
  });

  it('documents every opcode with its fields and semantics', () => {
    const text = generateIsaDoc();
    for (const op of OPCODES) expect(text).toContain(`\n## ${op}\n`);
    expect(text).toContain('| 44:33 | `sramByte` |'); // LOAD: buffer 12:10, sramRow 32:13, sramByte 44:33
  });
});
