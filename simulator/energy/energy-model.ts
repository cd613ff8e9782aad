// Energy of a run: every event the simulator counted (stats.ts Counters) times its cost from the
// energy table (scaling.ts). Pure: computed after the run, per layer and per component. docs/ENERGY.md.
import { ARRAY_MODES, BUFFERS, isFloatMode, type ArrayMode, type BufferName } from '../../isa/spec.js';
import { ELEMENT_TYPES } from '../../core/number-formats.js';
import { formatEnergy, formatVectorEnergy } from './format-scaling.js';
import { FLOAT_MODE_ELEMENTS, type FloatMode } from '../../isa/float-opcodes.js';
import type { DerivedHw, HwConfig } from '../../isa/hw-config.js';
import type { Counters } from '../stats.js';
import type { EnergyCosts, VectorOpKind } from './scaling.js';

/** Where the picojoules went. */
export interface EnergyComponents {
  mac: number;
  accumulator: number;
  sram: Record<Exclude<BufferName, 'accumulator'>, number>;
  dram: number;
  vector: number;
  register: number;
}

/** Energy of one layer (or the whole run). */
export interface EnergyReport {
  readonly totalPj: number;
  readonly components: EnergyComponents;
  readonly macs: number;
  /** totalPj / MACs (Infinity when nothing was multiplied). */
  readonly pjPerMac: number;
  /** 2 operations per MAC over the energy: 2·MACs / pJ = tera-operations per joule = TOPS/W. */
  readonly topsPerWatt: number;
}

/** Charges every counter of `k`; `hw` gives the SRAM sizes and row widths the accesses are costed at. */
export function energyOf(k: Counters, hw: HwConfig, d: DerivedHw, costs: EnergyCosts): EnergyReport {
  let mac = 0;
  for (const [key, count] of k.macs) {
    const [mode, wb, ab, acc] = key.split('|');
    const m = mode as ArrayMode;
    if (!ARRAY_MODES.includes(m)) continue;
    // Float modes: the element product (E4M3: a 4×4-bit significand product and an exponent add; MXINT8 an 8×8
    // integer product), the shift into the exact column partial (format-scaling.ts).
    if (isFloatMode(m)) {
      const el = ELEMENT_TYPES[FLOAT_MODE_ELEMENTS[m as FloatMode].element];
      mac += count * formatEnergy(costs, el, el, FLOAT_MODE_ELEMENTS[m as FloatMode].mx).macPj;
      continue;
    }
    mac += count * costs.macPj(m, Number(wb), Number(ab), { accBits: Number(acc), packing: hw.array.macsPerPePerCycle[m] });
  }
  // Group modes' column multipliers are array arithmetic: charged with the MACs (docs/ENERGY.md).
  for (const [key, count] of k.groupScales) {
    const [multBits, psumBits] = key.split('|');
    mac += count * costs.groupScalePj(Number(multBits), Number(psumBits));
  }
  const accSize = hw.memories.accumulator.sizeBytes;
  const accBits = d.accEntryBytes * 8;
  let accumulator = k.accReads * costs.accReadPj(accBits, accSize) + k.accWrites * costs.accWritePj(accBits, accSize);
  // Stryker disable next-line ObjectLiteral: the loop below assigns every key in this order anyway (the literal is for the type)
  const sram = { input: 0, weight: 0, param: 0, output: 0 };
  for (const b of BUFFERS) {
    if (b === 'accumulator') continue;
    sram[b] = (k.sramReads[b] + k.sramWrites[b]) * costs.sramAccessPj(hw.memories[b].sizeBytes, d.rowBytes[b]);
  }
  const dram = (k.dramReadBytes + k.dramWriteBytes) * costs.dramPjPerByte;
  let vector = 0;
  for (const [key, count] of k.vectorOps) {
    const [kind, bits] = key.split('|');
    vector += count * costs.vectorOpPj(kind as VectorOpKind, Number(bits));
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty formatOps charges nothing either way (the guard only skips the work); → false and <= 0 are killed
  if (k.formatOps.size > 0) {
    const [array, vec] = formatOpsPj(k, costs);
    mac += array;
    vector += vec;
    for (const [key, count] of k.formatOps) {
      const [kind, variant] = key.split('|');
      // A float entry (FP32 sum + exact partial, accEntryBytesByMode) is wider than the integer entry its access was charged at.
      if (kind === 'acc-entry') {
        const floatBits = d.accEntryBytesByMode[(variant ?? 'fp8-e4m3') as ArrayMode] * 8;
        accumulator += count * (costs.accReadPj(floatBits, accSize) - costs.accReadPj(accBits, accSize));
      }
      // The MX scale side buffer (one byte per access) sits beside the input buffer: charged with it.
      if (kind === 'mx-scale-read' || kind === 'mx-scale-write') sram.input += count * costs.sramAccessPj(hw.mxScales.sizeBytes, 1);
    }
  }
  const register = k.registerBits * costs.registerPj(1);
  const components: EnergyComponents = { mac, accumulator, sram, dram, vector, register };
  const totalPj = mac + accumulator + sram.input + sram.weight + sram.param + sram.output + dram + vector + register;
  const macs = k.totalMacs();
  return { totalPj, components, macs, pjPerMac: macs > 0 ? totalPj / macs : Infinity, topsPerWatt: totalPj > 0 ? (2 * macs) / totalPj : 0 };
}

/** Average power in watts over `cycles` at `clockHz`. */
export function averageWatts(totalPj: number, cycles: number, clockHz: number): number {
  return cycles > 0 ? (totalPj * 1e-12) / (cycles / clockHz) : 0;
}

/**
 * The float datapath's events (Counters.formatOps) in pJ: chunk folds are array arithmetic (the accumulator
 * input's normalize, round and FP32 add: charged with the MACs), conversions and FP32 ops the vector unit's.
 * The average pool's exact sum is costed per tap as the FP32 adder and its one division as an FP32 multiply
 * (an approximation: docs/ENERGY.md).
 */
function formatOpsPj(k: Counters, costs: EnergyCosts): [array: number, vector: number] {
  const v = formatVectorEnergy(costs, ELEMENT_TYPES.e4m3);
  let array = 0;
  let vector = 0;
  for (const [key, count] of k.formatOps) {
    const [kind, variant] = key.split('|');
    if (kind === 'fold') {
      // The fold's variant is the array mode (none: fp8-e4m3); MX folds add the two E8M0 exponents first.
      const f = FLOAT_MODE_ELEMENTS[(variant ?? 'fp8-e4m3') as FloatMode];
      const el = ELEMENT_TYPES[f.element];
      array += count * formatEnergy(costs, el, el, f.mx).chunkFoldPj;
      continue;
    }
    // Conversions in: the variant is the element written (none: e4m3); acc-entry's (a mode) is charged by energyOf.
    const ve = variant === undefined || !kind!.startsWith('cvt-in') ? v : formatVectorEnergy(costs, ELEMENT_TYPES[variant as 'e4m3']);
    const perOp: Partial<Record<string, number>> = {
      'cvt-in': ve.inputPerTensorPj, 'cvt-in-mx': ve.inputMxPj, 'cvt-out': v.outputPj, 'cvt-int': v.intOutputPj, fadd: v.addPj,
      'fmax-tap': v.maxTapPj, 'favg-tap': v.addPj, 'favg-div': v.outputPj,
    };
    vector += count * (perOp[kind!] ?? 0);
  }
  return [array, vector];
}
