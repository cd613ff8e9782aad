// The integer reference's outputs per node over a held-out set, kept across the configurations a search
// scores. A greedy step changes one or two layers: every node upstream of them is the same node (same op,
// attributes and constants) fed the same values as in the configuration before, so its outputs on the
// held-out images are the same and need not be computed again. A node's key is a digest of its op, its
// attributes, its output type, its constants' bytes and the keys of the values it reads (the graph input is
// the held-out images themselves), so equal keys mean equal computations: a hit returns exactly what the
// reference would. Entries are dropped least recently used beyond a byte budget.
import type { Graph } from '../ir/graph.js';
import { NodeOutputCache, attrsText, nodeKey } from '../quant/node-output-cache.js';

/** Bytes of node outputs kept by default (per thread): a few configurations of a small network on thousands of images. */
export const DEFAULT_PREFIX_CACHE_BYTES = 768 * 2 ** 20;

/** The per-node keys of `graph` (graph inputs stand for the samples the cache is bound to). */
export function nodeKeys(graph: Graph): Map<string, string> {
  const keys = new Map<string, string>(graph.inputs.map((v) => [v.name, `input ${v.name} ${attrsText(v.type)}`]));
  for (const node of graph.nodes) keys.set(node.name, nodeKey(graph, node, keys));
  return keys;
}

/** Node outputs (one tensor per held-out sample) by node key (node-output-cache.ts), least recently used dropped beyond `maxBytes`. */
export class IntPrefixCache extends NodeOutputCache {
  /** `samples`: the number of samples every entry has (the held-out set the cache is bound to). */
  constructor(samples: number, maxBytes = DEFAULT_PREFIX_CACHE_BYTES) {
    super(samples, maxBytes);
  }
}
