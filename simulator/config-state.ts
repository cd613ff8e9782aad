// What the units read from the CONFIG state, and the events a COMPUTE charges (the machine computes the
// states once per CONFIG, not per instruction).
import type { InstructionOf } from '../isa/instruction.js';
import { MODE_GROUP_MULT_BITS, tileWeightVectors, type Dataflow } from '../isa/spec.js';
import type { ArrayModeState } from './functional/operands.js';
import type { DerivedHw, HwConfig } from '../isa/hw-config.js';
import type { Counters } from './stats.js';
import type { VectorState } from './units/vector-unit.js';

/** The array's view of a CONFIG. */
export function arrayStateOf(c: InstructionOf<'CONFIG'>, hw: HwConfig, d: DerivedHw): ArrayModeState {
  return {
    mode: c.mode, packing: hw.array.macsPerPePerCycle[c.mode], inputBits: d.elementBits.input[c.mode], weightBits: d.elementBits.weight[c.mode],
    actSigned: c.actSigned === 1,
    rowsPerVectorIn: d.rowsPerVector.input[c.mode], rowsPerVectorW: d.rowsPerVector.weight[c.mode],
  };
}

/** The vector unit's view of a CONFIG. */
export function vectorStateOf(c: InstructionOf<'CONFIG'>, d: DerivedHw): VectorState {
  return {
    requantMode: c.requantMode, accBits: c.accBits, overflow: c.overflow,
    inputBits: d.elementBits.input[c.mode], weightBits: d.elementBits.weight[c.mode], actSigned: c.actSigned === 1, mode: c.mode,
  };
}

/** Charges a COMPUTE's events: MACs (under `macKey`), PE registers, accumulator and SRAM accesses (`inputRowReads` input rows). */
export function countCompute(
  i: Pick<InstructionOf<'COMPUTE'>, 'm' | 'n' | 'k' | 'accumulate'>, s: ArrayModeState, cfg: InstructionOf<'CONFIG'>, macKey: string, d: DerivedHw, dataflow: Dataflow, inputRowReads: number, k: Counters,
): void {
  const macs = i.m * i.n * i.k;
  const vectors = Math.ceil(i.k / s.packing);
  k.addMacs(macKey, macs);
  k.peakCycleEquivalents += macs / d.peakMacsPerCycle[s.mode];
  k.registerBits += i.m * i.n * vectors * (s.packing * s.inputBits + cfg.accBits);
  k.accWrites += i.m * i.n;
  if (i.accumulate === 1) k.accReads += i.m * i.n;
  k.sramReads.input += inputRowReads;
  if (dataflow === 'os') k.sramReads.weight += tileWeightVectors(s.mode, i.k, s.packing) * s.rowsPerVectorW;
  // Group modes: one multiplier × partial sum per output row and column at the column bottoms (ws) or on the
  // drain (os). The partial sum of ≤ rows·P products of actBits × weightBits needs ceil(log2(rows·P)) more bits.
  const multBits = MODE_GROUP_MULT_BITS[s.mode];
  if (multBits > 0) k.addGroupScales(multBits, groupPsumBits(cfg, d.reductionPerPass[s.mode]), i.m * i.n);
}

/** Bits of a group mode's column partial sum: a product of actBits × weightBits, summed over `kTile` elements. */
export function groupPsumBits(cfg: Pick<InstructionOf<'CONFIG'>, 'actBits' | 'weightBits'>, kTile: number): number {
  return cfg.actBits + cfg.weightBits + Math.ceil(Math.log2(kTile));
}
