// Generated tables inside hand-written docs: the text between a begin and an end marker comment is
// replaced, everything else is kept byte for byte.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { assert } from '../../core/diagnostics.js';

/** The two marker lines of a generated block named `name`. */
export function markers(name: string): { begin: string; end: string } {
  return { begin: `<!-- generated:${name} begin -->`, end: `<!-- generated:${name} end -->` };
}

/** `doc` with the block `name` replaced by `body` (the marker lines stay); throws when the markers are missing or repeated. */
export function replaceBlock(doc: string, name: string, body: string, file = 'document'): string {
  const { begin, end } = markers(name);
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  // The docs are the repository's own files: a missing block is a broken checkout, not a user error.
  assert(from >= 0 && to > from, `${file} has no "${begin}" … "${end}" block to fill`);
  assert(doc.indexOf(begin, from + 1) < 0 && doc.indexOf(end, to + 1) < 0, `${file} has the block "${name}" more than once`);
  const text = body.endsWith('\n') ? body : `${body}\n`;
  return `${doc.slice(0, from + begin.length)}\n${text}${doc.slice(to)}`;
}

/** Rewrites the block `name` of the file at `path`. */
export function updateDocBlock(path: string, name: string, body: string): void {
  writeFileAtomic(path, replaceBlock(readFileSync(path, 'utf8'), name, body, path));
}
