// How the lowering runs a layer with group-wise weight scales (w_group, INTEGER-SEMANTICS §6c): the array
// mode that carries a u8 multiplier per column and tile (w4a8-group for 4-bit weights, int8-group for 8-bit,
// both on 8-bit activations), the grouping of its weight rows (core/weight-groups.ts, the reference's rule)
// and its multipliers, which the packer stores after each chunk (window-weights.ts).
import { weightGroupLayout, type WeightGroupLayout } from '../../core/weight-groups.js';
import { assert } from '../../core/diagnostics.js';
import type { DType } from '../ir/dtype.js';
import type { ArrayMode } from '../../isa/spec.js';
import { mapFail } from './mapping-errors.js';
import type { GroupMultipliers } from './window-weights.js';

/** A group-scaled layer as the machine runs it. */
export interface GroupScales {
  readonly mode: ArrayMode;
  readonly layout: WeightGroupLayout;
  readonly mult: GroupMultipliers;
}

/** The group datapath of a layer with `w_group = size` (MAP007 where the machine has none). */
export function groupScalesOf(
  layer: string, size: number, weight: { dtype: DType; shape: readonly number[] }, mult: ArrayLike<number>, channelGroups: number, inputStorageBits: number,
): GroupScales {
  // The quantizer never groups the weights of grouped/depthwise convs (their weightGroup is 0); a hand-written
  // graph that does has no datapath: a chunk would mix the block-diagonal tiles' channel groups.
  if (channelGroups > 1) mapFail('MAP007', layer, `group-wise weight scales (w_group ${size}) on a convolution with ${channelGroups} channel groups: the group datapath runs ordinary convs and dense layers`);
  const mode = groupModeFor(weight.dtype, inputStorageBits);
  if (mode === undefined) mapFail('MAP007', layer, `group-wise weight scales (w_group ${size}) with ${weight.dtype} weights on ${inputStorageBits}-bit activations: the group modes are w4a8-group (4-bit weights) and int8-group (8-bit), both on 8-bit activations`);
  const layout = weightGroupLayout(weight.shape, size);
  assert(mult.length === weight.shape[0]! * layout.count, 'w_mult holds one multiplier per output channel and group (the graph verifier checks it)');
  return { mode, layout, mult: { mult, count: layout.count } };
}

/** The group mode of `weight` on activations stored in `inputStorageBits`, if the machine has one. */
function groupModeFor(weight: DType, inputStorageBits: number): ArrayMode | undefined {
  if (inputStorageBits !== 8) return undefined;
  if (weight === 'i4' || weight === 'i2') return 'w4a8-group';
  if (weight === 'i8') return 'int8-group';
  return undefined;
}
