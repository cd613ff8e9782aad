// The machine's float-datapath hooks (issue 18): which engine runs an array instruction in a float mode
// (float-array.ts) and the vector unit's float instructions (units/float-vector.ts), with the events the
// float datapath adds to a COMPUTE's (a bias row read at accumulate = 0, a chunk fold per output at
// chunkEnd). The machine calls these first; undefined means "an integer mode: yours".
import type { InstructionOf } from '../isa/instruction.js';
import { isFloatMode } from '../isa/spec.js';
import { FLOAT_MODE_ELEMENTS, type FloatMode } from '../isa/float-opcodes.js';
import { FloatArray, type FloatFidelity } from './float-array.js';
import type { ArrayModeState } from './functional/operands.js';
import type { Buffers } from './memory/sram.js';
import type { Counters } from './stats.js';
import { cvtIn, cvtOut, fadd, fpool } from './units/float-vector.js';
import type { ArrayEngine, ArrayGeometry, ArrayTiming } from './units/systolic-array.js';
import type { VectorState, VectorTiming } from './units/vector-unit.js';

/** A float-datapath vector instruction. */
export type FloatVectorInstruction = InstructionOf<'CVT_IN'> | InstructionOf<'CVT_OUT'> | InstructionOf<'FPOOL'> | InstructionOf<'FADD'>;

/** The float engine of one machine (made on the first float instruction). */
export class FloatUnits {
  private engine: FloatArray | undefined;
  /** The MX modes' E8M0 scale side buffer (HwConfig.mxScales), one byte per pixel and 32-channel block. */
  private readonly mxScales: Uint8Array;

  constructor(private readonly g: ArrayGeometry, private readonly buffers: Buffers, private readonly fidelity: FloatFidelity, private readonly array: ArrayEngine, mxScaleBytes: number) {
    this.mxScales = new Uint8Array(mxScaleBytes);
  }

  private float(): FloatArray {
    return (this.engine ??= new FloatArray(this.g, this.buffers, this.fidelity, this.mxScales));
  }

  /** LOAD_WEIGHTS in a float mode; undefined in an integer mode (whose latch replaces the float one). */
  loadWeights(i: InstructionOf<'LOAD_WEIGHTS'>, s: ArrayModeState): ArrayTiming | undefined {
    if (!isFloatMode(s.mode)) {
      this.engine?.clearLatch();
      return undefined;
    }
    return this.float().loadWeights(i, s);
  }

  /** COMPUTE in a float mode (its float events into `k`); undefined in an integer mode. */
  compute(i: InstructionOf<'COMPUTE'>, s: ArrayModeState, ports: number, window: InstructionOf<'WINDOW'> | undefined, k: Counters): ArrayTiming | undefined {
    if (!isFloatMode(s.mode)) return undefined;
    // Deferred integer work goes first (it may write the rows this COMPUTE reads or its bias row's neighbours).
    this.array.flush?.();
    if (i.accumulate === 0) k.sramReads.param += 1;
    // Events of modes other than fp8-e4m3 carry the mode (stats.ts): their entries and folds cost differently.
    const variant = s.mode === 'fp8-e4m3' ? undefined : s.mode;
    if (i.chunkEnd === 1) k.addFormat('fold', i.m * i.n, variant);
    // MX: each row's block exponent is read from the scale side buffer (one byte per row and COMPUTE).
    if (FLOAT_MODE_ELEMENTS[s.mode as FloatMode].mx) k.addFormat('mx-scale-read', i.m);
    k.addFormat('acc-entry', i.m * i.n * (i.accumulate === 1 ? 2 : 1), variant);
    return this.float().compute(i, s, ports, window);
  }

  /** CVT_IN, CVT_OUT, FPOOL, FADD (CVT_OUT's int kind reads the CONFIG's accumulator width and policy). */
  vector(i: FloatVectorInstruction, s: VectorState, lanes: number, k: Counters): VectorTiming {
    switch (i.op) {
      case 'CVT_IN': {
        // Deferred array reads of the input rows it overwrites go first.
        const rb = this.buffers.input.rowBytes;
        this.array.beforeWrite?.('input', i.dstRow * rb + i.dstByte, (i.dstRow + (i.rows - 1) * i.dstRowStride) * rb + i.dstByte + i.elems, undefined);
        return cvtIn(i, this.buffers, this.mxScales, lanes, k);
      }
      case 'CVT_OUT': return cvtOut(i, s, this.buffers, lanes, k);
      case 'FPOOL': return fpool(i, this.buffers, lanes, k);
      case 'FADD': return fadd(i, this.buffers, lanes, k);
    }
  }
}
