import { describe, expect, it } from 'vitest';
import { markers, replaceBlock } from '../../../tools/doc-tables/doc-markers.js';
import { InternalError } from '../../../core/diagnostics.js';

describe('replaceBlock', () => {
  const { begin, end } = markers('t');
  const doc = `# Title\n\nprose\n${begin}\nold table\n${end}\nmore prose\n`;

  it('replaces only the text between the markers', () => {
    expect(replaceBlock(doc, 't', '| a |\n| b |')).toBe(`# Title\n\nprose\n${begin}\n| a |\n| b |\n${end}\nmore prose\n`);
    // Idempotent: the same body twice gives the same file.
    expect(replaceBlock(replaceBlock(doc, 't', 'x\n'), 't', 'x\n')).toBe(replaceBlock(doc, 't', 'x\n'));
  });

  it('fails on a missing, reversed or repeated block', () => {
    expect(() => replaceBlock('# no markers\n', 't', 'x')).toThrow(InternalError);
    expect(() => replaceBlock(`${end}\n${begin}\n`, 't', 'x')).toThrow(/no/);
    expect(() => replaceBlock(`${doc}${doc}`, 't', 'x')).toThrow(/more than once/);
    expect(() => replaceBlock(doc, 'other', 'x')).toThrow(InternalError);
  });
});
