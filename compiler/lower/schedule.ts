// Measured DRAM traffic of a lowered program per layer (requested bytes of its transfers), for the
// golden listings and the reports. The plan search predicts the same traffic in whole bursts
// (conv-search.ts); the simulator counts the bursts it moves.
import type { Instruction } from '../../isa/instruction.js';
import type { LayerEntry } from '../../isa/program-tables.js';

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
