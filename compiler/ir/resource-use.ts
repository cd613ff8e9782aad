// What running a verified graph costs, computed from its types alone (nothing is allocated): the float
// working set per sample and the MACs per sample. Checked against the resource limits before any command
// runs a network it read from a file.
import type { Graph } from './graph.js';
import { DTYPES } from './dtype.js';
import { lookupOp } from './op-registry.js';
import { numel } from './tensor.js';
import { fail } from '../../core/diagnostics.js';
import { type ResourceLimits, formatBytes, formatQuantity } from '../../core/resource-limits.js';

/** The memory and work of one sample through a graph. */
export interface GraphResourceUse {
  /** The largest value tensor, as float32 (the float reference holds every value as f32). */
  readonly largestTensor: { readonly name: string; readonly bytes: number };
  /** Every value tensor of one sample as float32: what the reference interpreters keep alive. */
  readonly totalTensorBytes: number;
  readonly macs: number;
  /** The node with the most MACs. */
  readonly heaviestNode?: { readonly name: string; readonly macs: number };
}

/** Sizes and MACs of a graph whose types were inferred (verify.ts's inferTypes). */
export function graphResourceUse(graph: Graph): GraphResourceUse {
  let largest = { name: '', bytes: 0 };
  let total = 0;
  for (const [name, value] of graph.values) {
    // Float working copies are 4 bytes per element whatever the stored dtype (f64 values: 8).
    const bytes = numel(value.type.shape) * Math.max(4, DTYPES[value.type.dtype].bits / 8);
    total += bytes;
    if (!(bytes <= largest.bytes)) largest = { name, bytes };
  }
  let macs = 0;
  let heaviest: { name: string; macs: number } | undefined;
  for (const node of graph.nodes) {
    const spec = lookupOp(node.op);
    const out = graph.values.get(node.name);
    if (spec === undefined || out === undefined) continue;
    const inputs = node.operands.map((o) => (o.ref === 'value' ? graph.values.get(o.name)?.type : graph.constants.get(o.name)?.type));
    if (inputs.some((t) => t === undefined)) continue;
    const m = spec.macs(inputs as NonNullable<(typeof inputs)[number]>[], out.type, node.attrs);
    macs += m;
    if (heaviest === undefined || !(m <= heaviest.macs)) heaviest = { name: node.name, macs: m };
  }
  return { largestTensor: largest, totalTensorBytes: total, macs, ...(heaviest ? { heaviestNode: heaviest } : {}) };
}

/**
 * RES001 when the graph's tensors of one sample need more memory than `limits.maxMemoryBytes`, RES002
 * when one sample needs more MACs than `limits.maxMacs`; the message names the tensor or node, the
 * number and the limit. `file` locates the diagnostic.
 */
export function requireGraphWithinLimits(graph: Graph, limits: ResourceLimits, file?: string): void {
  const use = graphResourceUse(graph);
  const where = file === undefined ? {} : { file };
  if (!(use.totalTensorBytes <= limits.maxMemoryBytes)) {
    const t = use.largestTensor;
    fail('RES001', `graph ${graph.name} needs ${formatBytes(use.totalTensorBytes)} for the tensors of one sample (the largest, %${t.name}, ${formatBytes(t.bytes)}), more than the limit of ${formatBytes(limits.maxMemoryBytes)} (--max-memory)`, { ...where, node: t.name });
  }
  if (!(use.macs <= limits.maxMacs)) {
    const h = use.heaviestNode!;
    fail('RES002', `graph ${graph.name} needs ${formatQuantity(use.macs)} MACs per sample (%${h.name}: ${formatQuantity(h.macs)}), more than the limit of ${formatQuantity(limits.maxMacs)} (--max-macs)`, { ...where, node: h.name });
  }
}
