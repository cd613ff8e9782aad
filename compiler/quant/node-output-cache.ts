// Node outputs over a fixed set of samples, kept by a key that says what computed them, shared by the many
// quantizations and scorings of one model (the search). A node's key is a digest of its op, its attributes,
// its output type, its constants' bytes and the keys of the values it reads (a graph input's key names the
// samples), so equal keys mean equal computations on equal values: a hit returns exactly what evaluating the
// node would. Used by the integer prefix cache (held-out scoring, compiler/ptq/int-prefix-cache.ts) and by
// the calibration walk of adaround and correct-bias (layer-walk.ts). Entries are dropped least recently used
// beyond a byte budget.
import { createHash } from 'node:crypto';
import type { Graph, Node } from '../ir/graph.js';
import type { Tensor } from '../ir/tensor.js';
import { assert } from '../../core/diagnostics.js';

/** JSON of attributes with non-finite numbers and bigints spelled out (plain JSON would turn ±Infinity into null). */
export function attrsText(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
}

const bytesOf = (t: Tensor): Buffer => {
  const d = t.data as unknown as { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };
  return Buffer.from(d.buffer, d.byteOffset, d.byteLength);
};

/** The key of `node` of `graph` from the keys of the values it reads (`keys` must hold them), with the constants as they are now. */
export function nodeKey(graph: Graph, node: Node, keys: ReadonlyMap<string, string>): string {
  const h = createHash('sha256').update(attrsText([node.op, node.attrs, graph.values.get(node.name)?.type]));
  for (const o of node.operands) {
    if (o.ref === 'value') {
      const k = keys.get(o.name);
      assert(k !== undefined, `operand %${o.name} of ${node.name} has no key (graph not in topological order)`);
      h.update(`|v:${k}`);
    } else {
      const t = graph.constants.get(o.name);
      assert(t !== undefined, `constant ${o.name} of ${node.name} missing`);
      h.update(`|c:${attrsText(t.type)}:`).update(bytesOf(t));
    }
  }
  return h.digest('base64');
}

/** A key for samples fed to a graph input: their type and every byte (so a key never stands for other samples). */
export function samplesKey(samples: readonly Tensor[]): string {
  const h = createHash('sha256');
  for (const s of samples) h.update(attrsText(s.type)).update(bytesOf(s));
  // Stryker disable next-line StringLiteral: the encoding only spells the digest in the key (another, or none, still keeps digests apart)
  const digest = h.digest('base64');
  return `samples ${samples.length} ${digest}`;
}

/** Node outputs (one tensor per sample) by node key, least recently used dropped beyond `maxBytes`. */
export class NodeOutputCache {
  private readonly entries = new Map<string, { values: Tensor[]; bytes: number }>();
  private bytes = 0;
  private hitNodes = 0;
  private missNodes = 0;
  /** `samples`: the number of samples every entry has. */
  constructor(readonly samples: number, readonly maxBytes: number) {}

  /** The outputs of the node with this key, or undefined (a hit refreshes the entry). Callers must not mutate them. */
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
    assert(values.length === this.samples, `a node-output cache entry needs ${this.samples} samples, got ${values.length}`);
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
