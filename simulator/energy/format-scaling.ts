// Energy of the float/MX datapath's events from the scaling rules of scaling.ts (issue 18; docs/ENERGY.md
// "Float and MX formats"). A PE's float MAC is a mantissa multiplier of the two significands (hidden bit
// included: E4M3 4×4 bits, E2M1 2×2), an exponent adder, and an alignment shifter into the column's exact
// fixed-point partial sum plus the add there, both as wide as that partial (a shifter costs an adder of
// its output width, the rule of scaling.ts); an integer element (MXINT8) is an integer multiplier and
// the partial's add. Per chunk and output the accumulator input adds the two E8M0 exponents (MX only),
// normalizes and rounds the partial to FP32 (a shifter of the partial's width and a 24-bit rounding add)
// and adds it to the FP32 sum (the table's FP32 adder). The vector unit's per-element events (conversions,
// FP32 ops: formatVectorEnergy) follow the same rules. The machine charges them per float array mode
// (fp8-e4m3, mxint8, mxfp8, mxfp4: simulator/energy/energy-model.ts, from Counters.formatOps).
import { assert } from '../../core/diagnostics.js';
import { elementRangeInSteps, CHUNK_MAX } from '../../core/format-dot.js';
import { E8M0, type ElementType } from '../../core/number-formats.js';
import { intMultPj, type EnergyCosts } from './scaling.js';

/** Bits of the exact partial of one chunk: sign + ceil(log2(CHUNK_MAX · |a|max · |w|max)) in product steps. */
export function chunkPartialBits(a: ElementType, w: ElementType): number {
  return 1 + Math.ceil(Math.log2(CHUNK_MAX * elementRangeInSteps(a) * elementRangeInSteps(w)));
}

/** The per-event energies (pJ) of the float/MX datapath for activation element `a` and weight element `w`. */
export interface FormatEnergy {
  /** Width of the column's exact partial sum and of the accumulator's partial register. */
  readonly partialBits: number;
  /** One useful MAC in a PE. */
  readonly macPj: number;
  /** One chunk folded into one output's FP32 sum (block-scale add for MX, normalize, round, FP32 add). */
  readonly chunkFoldPj: number;
}

/** The float/MX energies for `a` × `w` elements from `costs` (mx: the chunk adds two E8M0 exponents). */
export function formatEnergy(costs: EnergyCosts, a: ElementType, w: ElementType, mx: boolean): FormatEnergy {
  assert(a.kind === w.kind && (a.kind === 'fp' || a.kind === 'int'), `no float/MX datapath for ${a.name} × ${w.name}`);
  const add = costs.accAddPj;
  const partialBits = chunkPartialBits(a, w);
  let macPj: number;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a and w are of one kind (asserted above), so either test alone (or ||) decides; the whole → true and → false this also covers are killed (format-scaling.test.ts)
  if (a.kind === 'fp' && w.kind === 'fp') {
    const mult = intMultPj(costs.table, a.manBits + 1, w.manBits + 1);
    // exponent fields add (one bit wider), the product is shifted into place, then added
    macPj = mult + add(Math.max(a.expBits, w.expBits) + 1) + 2 * add(partialBits);
  } else {
    macPj = intMultPj(costs.table, a.bits, w.bits) + add(partialBits);
  }
  const fp32Add = costs.table.fpAddPj['32'];
  assert(fp32Add !== undefined, `energy table ${costs.table.name} lists no FP32 adder`);
  const chunkFoldPj = (mx ? add(E8M0.bits + 1) : 0) + add(partialBits) + add(24) + fp32Add;
  return { partialBits, macPj, chunkFoldPj };
}

/** The per-element energies (pJ) of the vector unit's float/MX operations (format-convert.ts, format-vector.ts). */
export interface FormatVectorEnergy {
  /** FP32 → element: per tensor one FP32 multiply by r = fp32(1/s_a), then the rounder (a (m+2)-bit add). */
  readonly inputPerTensorPj: number;
  /** FP32 → MX element: the block-max compare (an 8-bit exponent compare) and the rounder; E8M0 per block not included. */
  readonly inputMxPj: number;
  /** FP32 sum → FP32 output: one FP32 multiply (the fused ReLU is a sign test, not charged). */
  readonly outputPj: number;
  /** int32 sum → FP32 output (an INT8 GEMM inside a float model): normalize (a 32-bit shifter), round (24-bit add), FP32 multiply. */
  readonly intOutputPj: number;
  /** FP32 residual add: the table's FP32 adder. */
  readonly addPj: number;
  /** FP32 max pool, per window tap: a 32-bit compare. */
  readonly maxTapPj: number;
}

/** The vector unit's float/MX energies for converting into element `el`, from `costs`. */
export function formatVectorEnergy(costs: EnergyCosts, el: ElementType): FormatVectorEnergy {
  const add = costs.accAddPj;
  const fp32Mult = costs.table.fpMultPj['32'];
  const fp32Add = costs.table.fpAddPj['32'];
  assert(fp32Mult !== undefined && fp32Add !== undefined, `energy table ${costs.table.name} lists no FP32 multiplier or adder`);
  // The rounder adds half an ulp to the kept significand bits and a guard bit.
  const rounder = add((el.kind === 'fp' ? el.manBits : el.bits) + 2);
  return {
    inputPerTensorPj: fp32Mult + rounder,
    inputMxPj: add(8) + rounder,
    outputPj: fp32Mult,
    intOutputPj: add(32) + add(24) + fp32Mult,
    addPj: fp32Add,
    maxTapPj: add(32),
  };
}
