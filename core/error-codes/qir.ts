// QIR: the .qir text format (compiler/qir/). docs/QIR.md lists the same meanings (a test keeps them equal).
import type { ErrorArea } from './error-area.js';

/** Lexing, parsing and loading .qir text and its sidecar weights. */
export const QIR_AREA = {
  prefix: 'QIR',
  title: 'QIR text format',
  source: 'compiler/qir/',
  codes: {
    QIR001: 'lexing: a character that starts no token, an unterminated string or an unknown escape',
    QIR002: 'syntax: the tokens do not follow the grammar (also brackets nested deeper than 32)',
    QIR003: 'unsupported format version (only `qir 1`)',
    QIR004: 'a name declared twice (input, constant, or an attribute key)',
    QIR005: 'bad tensor type: unknown dtype or a dimension too large',
    QIR006: 'bad inline literal: wrong element count, a non-number, or a value the dtype cannot hold',
    QIR007: 'attribute value of the wrong kind for the op (e.g. `groups=1.5`)',
    QIR008: 'sidecar constant missing from the weights file (names the node that uses it)',
    QIR009: 'sidecar constant with another dtype or shape in the weights file (expected vs found)',
    QIR010: 'weights unavailable: no weights clause, none supplied, or the weights file cannot be read',
    QIR011: 'unknown type annotation',
    QIR012: "a node's declared type differs from the inferred one",
    QIR013: 'the `.qir` file cannot be read',
  },
} as const satisfies ErrorArea;

/** A code of the QIR area. */
export type QirCode = keyof typeof QIR_AREA.codes;
