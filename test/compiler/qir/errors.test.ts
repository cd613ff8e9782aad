// Golden diagnostics: each file in test/golden/qir/errors has the exact formatted errors in *.expected.txt.
// Regenerate with `npm run golden` and review the diff; a missing expected file fails.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQir } from '../../../compiler/qir/load.js';
import { UserError, formatDiagnostic } from '../../../core/diagnostics.js';
import { f32Tensor } from '../../../compiler/ir/tensor.js';
import { expectGolden, orphanedExpectations } from '../../golden.js';

const DIR = join(import.meta.dirname, '../../golden/qir/errors');
const all = readdirSync(DIR);
const files = all.filter((f) => f.endsWith('.qir')).sort();

/** The weights every error file may refer to: only @w, f32[4,4]. */
const SIDECAR = new Map([['w', f32Tensor([4, 4], new Array<number>(16).fill(0.5))]]);

function diagnosticsOf(text: string, file: string): string {
  try {
    parseQir(text, file, SIDECAR);
  } catch (e) {
    if (e instanceof UserError) return `${e.diagnostics.map(formatDiagnostic).join('\n')}\n`;
    throw e;
  }
  return '(no error)\n';
}

describe('qir error goldens', () => {
  test('the golden folder covers the error kinds', () => expect(files.length).toBeGreaterThanOrEqual(20));
  test('every expected file has its input (a deleted case fails here)', () => {
    expect(orphanedExpectations(all, '.expected.txt', '.qir')).toEqual([]);
  });
  test.each(files)('%s', (f) => {
    const actual = diagnosticsOf(readFileSync(join(DIR, f), 'utf8'), f);
    const expectedPath = join(DIR, f.replace(/\.qir$/, '.expected.txt'));
    expect(actual).not.toBe('(no error)\n');
    expectGolden(expectedPath, actual);
  });
});
