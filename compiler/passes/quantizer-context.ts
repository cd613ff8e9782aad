// The state insert-quantizers carries through one graph: the source and result graphs, ranges, per-layer
// configs, explicit (QAT) parameters and each quantized value's grid.
import type { Graph } from '../ir/graph.js';
import { fail } from '../../core/diagnostics.js';
import type { ActQuant, ValueRange } from '../quant/layer-quantization.js';
import type { ExplicitQuantParams } from '../quant/explicit-params.js';
import type { LayerQuantConfig } from '../quant/presets.js';

/** What insert-quantizers keeps while it quantizes one graph. */
export interface QuantizerContext {
  readonly src: Graph;
  readonly out: Graph;
  readonly ranges: ReadonlyMap<string, ValueRange>;
  readonly configs: ReadonlyMap<string, LayerQuantConfig>;
  /** Layers whose config asked for binary outputs (before resolveLayerConfigs made some 8-bit). */
  readonly wantBinary: ReadonlySet<string>;
  readonly explicit: ExplicitQuantParams | undefined;
  readonly quant: Map<string, ActQuant>;
  readonly biasSaturated: string[];
  readonly notes: string[];
  /** The config's default layer settings (tables and pads, which are not layers, follow them). */
  readonly base: LayerQuantConfig;
}

/** The activation range of value `name` (QMOD001 when calibration gave none). */
export function rangeOf(c: QuantizerContext, name: string): ValueRange {
  const r = c.ranges.get(name);
  if (r === undefined) fail('QMOD001', `no activation range for %${name}: calibrate (or give bn_min/bn_max for data-free mode) before insert-quantizers`, { node: name });
  return r;
}
