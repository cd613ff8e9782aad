// One conv/dense layer on the array's window path: geometry, the plan search against the layer's source
// (a DRAM tensor read in bands, or the resident image its producer left in the input buffer) and sinks
// (DRAM, the output buffer, the consumer's image), the packed constants, then the emission.
import type { ArrayMode } from '../../isa/spec.js';
import type { LayerLowering, LowerContext } from './context.js';
import { convGeometry, type ConvGeometry, type ConvShape } from './conv-geometry.js';
import { emitConv } from './conv-emit.js';
import type { ConvSource } from './conv-plan.js';
import { searchConvPlan, type ConvSpace, type ScoredPlan } from './conv-search.js';
import type { ActTensor } from './layout.js';
import type { ImgLayout } from './onchip-layout.js';
import { paramBytes, requantOutput, type RequantSpec } from './requant.js';
import type { Placement } from './residency.js';
import { packWindowWeights } from './window-weights.js';
import type { GroupScales } from './group-scales.js';

/** A conv/dense layer to plan. */
export interface ConvLayerInput {
  readonly name: string;
  readonly s: ConvShape;
  readonly mode: ArrayMode;
  /** Storage bits of one weight element in the mode. */
  readonly weightBits: number;
  readonly x: ActTensor;
  /** The input's resident image, when its producer keeps it on chip. */
  readonly xImg: ImgLayout | undefined;
  readonly y: ActTensor;
  /** Where the result stays on chip (undefined: DRAM only). */
  readonly yPlace: Placement | undefined;
  readonly weights: ArrayLike<number>;
  readonly r: RequantSpec;
  readonly space: ConvSpace;
  /** A group-scaled layer's grouping and multipliers (its mode is a group mode). */
  readonly groupScales?: GroupScales;
  /** Vector cycles of the pools/adds that read its result in place, beside it (conv-search.ts ConvSink). */
  readonly vectorBeside?: number;
}

/** A planned conv layer: its constants, its emission and its predicted cycles. */
export interface ConvLayer extends LayerLowering {
  readonly scored: ScoredPlan;
  readonly geo: ConvGeometry;
}

/** Plans a conv/dense layer (MAP001 when no tile fits). */
export function planConvLayer(ctx: LowerContext, i: ConvLayerInput): ConvLayer {
  const geo = convGeometry(i.s, i.mode, ctx.hw, ctx.d, i.groupScales?.layout);
  const source: ConvSource = i.xImg !== undefined ? { kind: 'img', img: i.xImg } : { kind: 'dram', pixBytes: i.x.pixBytes };
  const sink = { dram: i.yPlace === undefined, outResident: i.yPlace?.out !== undefined, img: i.yPlace?.img !== undefined, pixBytes: i.y.pixBytes, outBits: i.y.storageBits, vectorBeside: i.vectorBeside ?? 0 };
  const scored = searchConvPlan(i.name, geo, source, sink, i.space, ctx.hw, ctx.d, ctx.runAhead);
  ctx.runAhead = scored.exit;
  const packed = packWindowWeights(i.weights, geo, i.weightBits, i.groupScales?.mult);
  return {
    scored, geo,
    constants: [packed.bytes, paramBytes(i.y, i.r, ctx.hw.array.cols)],
    emit: ([wAddr, pAddr]) => emitConv({
      ctx, plan: scored.plan, x: i.x, weights: packed, wAddr: wAddr!, pAddr: pAddr!, inBase: 0, stageBase: 0,
      outputs: { y: i.y, dram: sink.dram, out: i.yPlace?.out, img: i.yPlace?.img, requant: requantOutput(i.y, i.r) },
    }),
  };
}
