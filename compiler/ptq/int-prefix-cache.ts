// The integer reference's outputs per node over a held-out set, kept across the configurations a search
// scores. A greedy step changes one or two layers: every node upstream of them is the same node (same op,
// attributes and constants) fed the same values as in the configuration before, so its outputs on the
// held-out images are the same and need not be computed again. A node's key is a digest of its op, its
// attributes, its output type, its constants' bytes and the keys of the values it reads (the graph input is
// the held-out images themselves), so equal keys mean equal computations: a hit returns exactly what the
// reference would. Entries are dropped least recently used beyond a byte budget.
import { createHash } from 'node:crypto';
import type { Graph } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { assert } from '../../core/diagnostics.js';

/** Bytes of node outputs kept by default (per thread): a few configurations of a small network on thousands of images. */
export const DEFAULT_PREFIX_CACHE_BYTES = 768 * 2 ** 20;

/** JSON of attributes with non-finite numbers and bigints spelled out (plain JSON would turn ±Infinity into null). */
function attrsText(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
}

/** The per-node keys of `graph` (graph inputs stand for the samples the cache is bound to). */
export function nodeKeys(graph: Graph): Map<string, string> {
  const keys = new Map<string, string>(graph.inputs.map((v) => [v.name, `input ${v.name} ${attrsText(v.type)}`]));
  for (const node of graph.nodes) {
    const h = createHash('sha256').update(attrsText([node.op, node.attrs, graph.values.get(node.name)?.type]));
    for (const o of node.operands) {
      if (o.ref === 'value') {
        const k = keys.get(o.name);
        assert(k !== undefined, `operand %${o.name} of ${node.name} has no key (graph not in topological order)`);
        h.update(`|v:${k}`);
      } else {
        const t = graph.constants.get(o.name);
        assert(t !== undefined, `constant ${o.name} of ${node.name} missing`);
        const d = t.data as unknown as { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };
        h.update(`|c:${attrsText(t.type)}:`).update(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
      }
    }
    keys.set(node.name, h.digest('base64'));
  }
  return keys;
}

/** Node outputs (one tensor per held-out sample) by node key, least recently used dropped beyond `maxBytes`. */
export class IntPrefixCache {
  private readonly entries = new Map<string, { values: Tensor[]; bytes: number }>();
  private bytes = 0;
  private hitNodes = 0;
  private missNodes = 0;
  /** `samples`: the number of samples every entry has (the held-out set the cache is bound to). */
  constructor(readonly samples: number, readonly maxBytes = DEFAULT_PREFIX_CACHE_BYTES) {}

  /** The outputs of the node with this key, or undefined (a hit refreshes the entry). */
  get(key: string): Tensor[] | undefined {
    const e = this.entries.get(key);
    if (e === undefined) {
      this.missNodes++;
      return undefined;
    }
    this.hitNodes++;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.values;
  }

  /** Keeps a node's outputs over every sample (dropping the least recently used entries beyond the budget). */
  set(key: string, values: Tensor[]): void {
    assert(values.length === this.samples, `a prefix-cache entry needs ${this.samples} samples, got ${values.length}`);
    const bytes = values.reduce((s, t) => s + (t.data as unknown as { byteLength: number }).byteLength, 0);
    if (bytes > this.maxBytes || this.entries.has(key)) return;
    for (const [k, e] of this.entries) {
      if (this.bytes + bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
    this.entries.set(key, { values, bytes });
    this.bytes += bytes;
  }

  /** Node lookups that hit and missed so far, and the bytes held. */
  stats(): { hits: number; misses: number; bytes: number; entries: number } {
    return { hits: this.hitNodes, misses: this.missNodes, bytes: this.bytes, entries: this.entries.size };
  }
}
