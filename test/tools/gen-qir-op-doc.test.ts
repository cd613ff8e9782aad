// docs/QIR.md's op reference is generated from the op registry and must be current; it names every op.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP_REGISTRY } from '../../compiler/ir/op-registry.js';
import { generateOpReference, replaceSection } from '../../tools/gen-qir-op-doc.js';
import { expectGolden } from '../golden.js';

const DOC = new URL('../../docs/QIR.md', import.meta.url);

describe('docs/QIR.md op reference', () => {
  it('equals the generator output (`npm run golden` regenerates it)', () => {
    expectGolden(DOC, replaceSection(readFileSync(DOC, 'utf8'), generateOpReference()));
  });

  it('has a section with operands, shapes and quantization for every registered op', () => {
    const text = generateOpReference();
    for (const op of OP_REGISTRY.values()) {
      expect(text).toContain(`\n### ${op.name}\n`);
      expect(text).toContain(`\`%y = ${op.name}(`);
    }
    expect(text).toContain('`%y = conv2d(%x, @w, [@b])` — x [N,Cin,H,W] (NCHW), w [Cout, Cin/groups, kh, kw] (OIHW), b [Cout] → [N,Cout,Hout,Wout].');
    expect(text).toContain('| `pad` | ints | [0,0,0,0] | zero padding [top, left, bottom, right] |');
  });
});
