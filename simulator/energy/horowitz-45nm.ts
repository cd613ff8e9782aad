// The default energy table (data only): per-operation energies at 45 nm, 0.9 V.
// Source: M. Horowitz, "Computing's energy problem (and what we can do about it)", ISSCC 2014, 45 nm, 0.9 V;
// 32-bit register-file access from S. Han et al., "Learning both weights and connections for efficient
// neural networks", NeurIPS 2015 (same node). Widths the paper does not list come from scaling.ts.
import type { EnergyTable } from './energy-table.js';

/** Horowitz ISSCC 2014 (45 nm, 0.9 V), the table every report uses unless --energy replaces it. */
export const HOROWITZ_45NM: EnergyTable = Object.freeze({
  name: 'horowitz-45nm',
  source:
    'M. Horowitz, "Computing\'s energy problem (and what we can do about it)", ISSCC 2014, 45 nm, 0.9 V; ' +
    'register file: Han et al., NeurIPS 2015',
  /** Integer add, by operand width in bits. */
  intAddPj: { '8': 0.03, '16': 0.05, '32': 0.1 },
  /** Integer multiply, by operand width (both operands that wide). */
  intMultPj: { '8': 0.2, '32': 3.1 },
  fpAddPj: { '16': 0.4, '32': 0.9 },
  fpMultPj: { '16': 1.1, '32': 3.7 },
  /** SRAM read or write of 64 bits, by array capacity in bytes (8 KB, 32 KB, 1 MB). */
  sramPer64BitPj: { '8192': 10, '32768': 20, '1048576': 100 },
  /** DRAM access per 32 bits (the paper's 1.3–2.6 nJ per 64-bit access, 640 pJ per 32 bits). */
  dramPer32BitPj: 640,
  /** Register-file access per 32 bits. */
  registerPer32BitPj: 1,
});
