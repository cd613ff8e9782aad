// What the .accbin loader needs to know about the machine to check a program statically. Defined here (isa/
// must not import the simulator); simulator/hw-config.ts fills it from a validated HwConfig (programLimits).
import type { ArrayMode, BufferName, Dataflow } from './spec.js';

/** Machine bounds an instruction stream is checked against. */
export interface ProgramLimits {
  readonly arrayRows: number;
  readonly arrayCols: number;
  readonly dataflow: Dataflow;
  /** Physical accumulator width; CONFIG.accBits may not exceed it. */
  readonly maxAccBits: number;
  /** Sub-word parallelism: reduction elements a PE handles per cycle, per mode. */
  readonly macsPerPePerCycle: Readonly<Record<ArrayMode, number>>;
  /** Reduction elements one latched weight tile covers (ws: rows × packing). */
  readonly reductionPerPass: Readonly<Record<ArrayMode, number>>;
  readonly rowsPerVector: {
    readonly input: Readonly<Record<ArrayMode, number>>;
    readonly weight: Readonly<Record<ArrayMode, number>>;
  };
  readonly rowBytes: Readonly<Record<BufferName, number>>;
  readonly bufferRows: Readonly<Record<BufferName, number>>;
  readonly dramSizeBytes: number;
}
