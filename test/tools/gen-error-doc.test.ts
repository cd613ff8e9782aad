// docs/ERRORS.md is generated from core/error-codes/: the committed file must equal the generator output.
import { describe, expect, it } from 'vitest';
import { ERROR_AREAS } from '../../core/error-codes/index.js';
import { generateErrorDoc } from '../../tools/gen-error-doc.js';
import { expectGolden } from '../golden.js';

const DOC = new URL('../../docs/ERRORS.md', import.meta.url);

describe('docs/ERRORS.md', () => {
  it('equals the generator output (`npm run golden` regenerates it)', () => {
    expectGolden(DOC, generateErrorDoc());
  });

  it('has one section per area and one row per code, with its meaning', () => {
    const text = generateErrorDoc();
    for (const area of ERROR_AREAS) {
      expect(text).toContain(`\n## ${area.prefix} — ${area.title}\n`);
      for (const [code, meaning] of Object.entries(area.codes)) expect(text).toContain(`\n| ${code} | ${meaning.replace(/\|/g, '\\|')} |\n`);
    }
    // A hand-checked row, so a generator that printed the tables wrongly for every area still fails.
    expect(text).toContain('\n| MAP002 | unsupported element width: activations or weights wider than 8 bits (e.g. the w16a16 preset) |\n');
  });

  it('links every area of the summary table to its section', () => {
    const text = generateErrorDoc();
    const anchors = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(ERROR_AREAS.length);
    expect(anchors).toContain('qir--qir-text-format');
    expect(anchors).toContain('acc--accbin-programs-and-their-static-checks');
  });
});
