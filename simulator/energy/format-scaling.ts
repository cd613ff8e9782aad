// Energy of the float/MX datapath's events from the scaling rules of scaling.ts (issue 18; docs/ENERGY.md
// "Float and MX formats"). A PE's float MAC is a mantissa multiplier of the two significands (hidden bit
// included: E4M3 4×4 bits, E2M1 2×2), an exponent adder, and an alignment shifter into the column's exact
// fixed-point partial sum plus the add there, both as wide as that partial (a shifter costs an adder of
// its output width, the rule of scaling.ts); an integer element (MXINT8) is an integer multiplier and
// the partial's add. Per chunk and output the accumulator input adds the two E8M0 exponents (MX only),
// normalizes and rounds the partial to FP32 (a shifter of the partial's width and a 24-bit rounding add)
// and adds it to the FP32 sum (the table's FP32 adder). Not charged by the machine yet: no array mode
// runs these formats (the arithmetic is simulator/functional/format-accumulator.ts).
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
