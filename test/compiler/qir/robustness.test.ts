// Fuzzing the front end: random text and mutated valid files end in a graph or a located UserError, nothing else.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQir } from '../../../compiler/qir/load.js';
import { UserError } from '../../../core/diagnostics.js';
import type { Tensor } from '../../../compiler/ir/tensor.js';
import { propertyRuns, PROPERTY_SEED } from '../../property-runs.js';
import { syntheticSidecar } from './fixtures.js';

const DIR = join(import.meta.dirname, '../../golden/qir/roundtrip');
const GOLDENS = readdirSync(DIR).filter((f) => f.endsWith('.qir')).sort().map((f) => readFileSync(join(DIR, f), 'utf8'));
const SIDECARS = GOLDENS.map(syntheticSidecar);

/** Parses and classifies: 'ok', 'located' (UserError, every diagnostic with line and col), or throws. */
function outcome(text: string, sidecar?: ReadonlyMap<string, Tensor>): 'ok' | 'located' {
  try {
    parseQir(text, 'fuzz.qir', sidecar);
    return 'ok';
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    for (const d of e.diagnostics) {
      expect(d.line, `${d.code} ${d.message} has no line`).toBeGreaterThanOrEqual(1);
      expect(d.col, `${d.code} ${d.message} has no column`).toBeGreaterThanOrEqual(1);
      expect(d.file).toBe('fuzz.qir');
    }
    return 'located';
  }
}

/** Pieces of QIR, so random sequences reach deep parser and converter states, not only the lexer. */
const PIECES = [
  'qir 1\n', 'graph g {', '}', '{', '(', ')', '[', ']', ',', ':', '=', '-', '\n', ' ', '// c\n', 'input', 'const', 'output',
  '%x', '%y', '@k', '@w', 'relu', 'clip', 'add', 'conv2d', 'dense', 'maxpool', 'reshape', 'concat', 'f32', 'i8', 'i64', 'u4',
  '0', '1', '2', '-1', '1.5', '1e-5', '1e999', '99999999999999999999', 'inf', 'nan', 'true', 'false', '"s"', '"', 'min', 'kernel',
  'shape', 'axis', 'groups', '$', '%', '@', 'weights',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom(...PIECES)) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 1, unit: 'binary' }), fc.constantFrom(...PIECES)) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.len);
    case 'replace': return text.slice(0, at) + m.text + text.slice(at + 1);
    case 'duplicate': return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
  }
}

describe('the QIR front end never crashes', () => {
  test('random unicode and binary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 200, unit: 'grapheme' })), (s) => {
        expect(outcome(s)).toBe('located');
        expect(outcome(`qir 1\n${s}`)).toBe('located');
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(300) },
    );
  });

  test('random sequences of QIR pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        outcome(`qir 1\ngraph g {\n${pieces.join(' ')}\n}\n`);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(500) },
    );
  });

  test('mutated golden files (insert, delete, replace, duplicate), some still valid', () => {
    let ok = 0;
    fc.assert(
      fc.property(fc.nat({ max: GOLDENS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, ms) => {
        const text = ms.reduce(mutate, GOLDENS[i]!);
        if (outcome(text, SIDECARS[i]) === 'ok') ok++;
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(800) },
    );
    // The mutations must not all be trivially fatal: some land in comments-free spots that stay valid.
    expect(ok).toBeGreaterThan(0);
  });
});
