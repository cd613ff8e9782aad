import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ISA_DIR = new URL('../../isa/', import.meta.url);

describe('isa/ dependency rule', () => {
  it('imports only isa/ itself and core/', () => {
    for (const file of readdirSync(ISA_DIR).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(file, ISA_DIR), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const target = m[1]!;
        const ok = /^\.\/(check\/)?[\w-]+\.js$/.test(target) || /^\.\.\/core\/[\w-]+\.js$/.test(target);
        expect(ok, `${file} imports ${target}`).toBe(true);
      }
    }
  });
});
