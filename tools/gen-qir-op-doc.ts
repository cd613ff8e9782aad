// Writes the op reference of docs/QIR.md (between its GENERATED markers) from the op registry, so the list of
// ops, their operands, attributes, defaults, layouts and quantization can never drift from what the parser
// and verifier accept. Run: npm run build && node dist/tools/gen-qir-op-doc.js
// (test/tools/gen-qir-op-doc.test.ts checks the section is current; `npm run golden` regenerates it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OP_REGISTRY } from '../compiler/ir/op-registry.js';
import type { AttrValue } from '../compiler/ir/graph.js';
import type { OpSpec } from '../compiler/ir/op-spec.js';
import { writeFileAtomic } from '../compiler/io/atomic-write.js';
import { assert } from '../core/diagnostics.js';

export const BEGIN = '<!-- BEGIN GENERATED op reference: tools/gen-qir-op-doc.ts from compiler/ir/op-registry.ts; do not edit -->';
export const END = '<!-- END GENERATED op reference -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** A default as QIR would write it. */
function formatDefault(v: AttrValue | undefined): string {
  if (v === undefined) return 'required';
  if (typeof v === 'string') return `"${v}"`;
  if (Array.isArray(v)) return `[${v.join(',')}]`;
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  return String(v);
}

/** `%y = conv2d(%x, @w, [@b])`: values %, constants @, either bare; optional in brackets, variadic with `...`. */
function signature(op: OpSpec): string {
  const operands = op.operands.map((o) => {
    const name = `${o.kind === 'value' ? '%' : o.kind === 'const' ? '@' : ''}${o.name}${o.variadic ? '...' : ''}`;
    return o.optional ? `[${name}]` : name;
  });
  return `%y = ${op.name}(${operands.join(', ')})`;
}

function section(op: OpSpec): string[] {
  const lines = [`### ${op.name}`, '', `${op.summary}.`, '', `\`${signature(op)}\` — ${op.shapes}.`, '', `Quantized: ${op.quantization}.`, ''];
  const attrs = Object.entries(op.attrs);
  if (attrs.length === 0) return [...lines, 'No attributes.', ''];
  lines.push('| attribute | kind | default | meaning |', '| --- | --- | --- | --- |');
  for (const [name, a] of attrs) lines.push(`| \`${name}\` | ${a.kind} | ${cell(formatDefault(a.default))} | ${cell(a.doc)} |`);
  return [...lines, ''];
}

/** The generated section, markers included. */
export function generateOpReference(): string {
  const ops = [...OP_REGISTRY.values()];
  const integer = ops.filter((o) => o.evalInt !== undefined);
  const float = ops.filter((o) => o.evalInt === undefined);
  return [
    BEGIN,
    '## Op reference',
    '',
    `Every op the parser and the verifier accept (${ops.length}), from the op registry. Operands: \`%x\` must be a`,
    'runtime value, `@w` a constant, a bare name either; `[…]` is optional, `x...` one or more. Attributes may be',
    'left out when they have a default; `shapes` gives the layouts (NCHW activations, OIHW weights, pads',
    '[top, left, bottom, right] for 2-D windows). "Quantized" says what insert-quantizers (with the float passes',
    'before it) makes of a float op, and for integer ops where their bit-exact semantics are written.',
    '',
    `Float ops: ${float.map((o) => `\`${o.name}\``).join(', ')}.`,
    '',
    `Integer ops: ${integer.map((o) => `\`${o.name}\``).join(', ')}.`,
    '',
    ...float.flatMap(section),
    ...integer.flatMap(section),
    END,
  ].join('\n');
}

/** `text` with its generated section replaced by `section` (the markers must be present once). */
export function replaceSection(text: string, generated: string): string {
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  assert(a >= 0 && b > a, 'docs/QIR.md has the GENERATED op reference markers');
  return text.slice(0, a) + generated + text.slice(b + END.length);
}

const DOC = fileURLToPath(new URL('../../docs/QIR.md', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileAtomic(DOC, replaceSection(readFileSync(DOC, 'utf8'), generateOpReference()));
  process.stdout.write(`wrote ${DOC}\n`);
}
