// GRAPH: the graph verifier and shape inference (compiler/ir/), run on every graph whatever its source.
import type { ErrorArea } from './error-area.js';

/** A graph that is not well formed: ops, operands, attributes, types. */
export const GRAPH_AREA = {
  prefix: 'GRAPH',
  title: 'graph verifier and shape inference',
  source: 'compiler/ir/verify.ts, compiler/ir/ops/, compiler/qir/to-graph.ts',
  codes: {
    GRAPH001: 'unknown op',
    GRAPH002: 'a value defined twice',
    GRAPH003: 'wrong number of operands',
    GRAPH004: 'unknown attribute, or an attribute value of the wrong kind or out of range',
    GRAPH005: 'missing required attribute',
    GRAPH006: 'an operand of the wrong kind (a constant where a runtime value is needed, or the reverse)',
    GRAPH007: 'an operand not defined before the node',
    GRAPH008: 'a constant not defined (not inline and not in the weights file)',
    GRAPH009: 'a graph output not defined',
    GRAPH010: 'a shape or type mismatch found by shape inference',
  },
} as const satisfies ErrorArea;

/** A code of the GRAPH area. */
export type GraphCode = keyof typeof GRAPH_AREA.codes;
