// Loop order and DRAM traffic. A GEMM layer's tiles visit (pixel block, channel group) pairs; whichever
// operand stays resident across consecutive tiles is loaded once, the other once per outer iteration:
//   blocks outer:   traffic ≈ In·(nGroups if kGroups > 1 else 1) + W·(blocks if nGroups·kGroups > 1 else 1)
//   channels outer: traffic ≈ W·(blocks if kGroups > 1 else 1) + In·(nGroups if blocks·kGroups > 1 else 1)
// (In = im2col bytes of every output pixel, W = packed weight bytes); the smaller one is chosen. The
// traffic actually emitted is measured from the instructions (layerTraffic), which the report prints.
import type { Instruction } from '../../isa/instruction.js';
import type { LayerEntry } from '../../isa/program-tables.js';
import type { ConvShape, GemmPlan } from './tiling.js';

/** Which tile index runs outermost. */
export type LoopOrder = 'blocks-outer' | 'channels-outer';

/** Estimated DRAM bytes read for each loop order (`weightBytes`: the packed weight stream). */
export function estimateTraffic(p: GemmPlan, s: ConvShape, weightBytes: number): Record<LoopOrder, number> {
  const input = s.oh * s.ow * p.kBytes;
  const blocks = p.blocks.length;
  return {
    'blocks-outer': input * (p.kGroups > 1 ? p.nGroups : 1) + weightBytes * (p.nGroups * p.kGroups > 1 ? blocks : 1),
    'channels-outer': weightBytes * (p.kGroups > 1 ? blocks : 1) + input * (blocks * p.kGroups > 1 ? p.nGroups : 1),
  };
}

/** The loop order with the smaller estimated traffic (blocks outer on a tie: outputs leave in order). */
export function chooseLoopOrder(p: GemmPlan, s: ConvShape, weightBytes: number): LoopOrder {
  const t = estimateTraffic(p, s, weightBytes);
  return t['channels-outer'] < t['blocks-outer'] ? 'channels-outer' : 'blocks-outer';
}

/** Measured per-layer figures of a program. */
export interface LayerTraffic {
  readonly name: string;
  readonly instructions: number;
  readonly loadBytes: number;
  readonly storeBytes: number;
}

/** DRAM bytes each layer reads (LOADs that are not fills) and writes (STOREs), from its instruction range. */
export function layerTraffic(instrs: readonly Instruction[], layers: readonly LayerEntry[]): LayerTraffic[] {
  return layers.map((l) => {
    let loadBytes = 0;
    let storeBytes = 0;
    for (let i = l.firstInstruction; i < l.firstInstruction + l.instructionCount; i++) {
      const x = instrs[i]!;
      if (x.op === 'LOAD' && x.fill === 0) loadBytes += x.rows * x.repeat * x.bytesPerRow;
      if (x.op === 'STORE') storeBytes += x.rows * x.repeat * x.bytesPerRow;
    }
    return { name: l.name, instructions: l.instructionCount, loadBytes, storeBytes };
  });
}
