// `npm run golden` finds its test files by their use of the golden helper: every golden test, nothing else.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenTestFiles } from '../../tools/update-golden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('tools/update-golden', () => {
  it('runs every test file that writes or reads goldens through test/golden.ts, and no other', () => {
    const files = goldenTestFiles(ROOT);
    for (const f of [
      'test/simulator/stats-golden.test.ts', 'test/compiler/lower/golden.test.ts', 'test/compiler/passes/golden.test.ts',
      'test/compiler/qir/errors.test.ts', 'test/isa/assembly.test.ts', 'test/isa/isa-doc.test.ts',
      'test/simulator/fast/gemm-kernel-wasm.test.ts',
    ]) expect(files).toContain(f);
    expect(files).not.toContain('test/isa/encode-decode.test.ts');
    expect(files).not.toContain('test/tools/update-golden.test.ts');
    expect(files.every((f) => f.endsWith('.test.ts'))).toBe(true);
  });
});
