// A COMPUTE run (tiles >= 1): one instruction word for a run of LOAD_WEIGHTS + COMPUTE pairs over
// consecutive weight tiles (isa/spec.ts, COMPUTE semantics). The decoder issues its micro-ops one per fetch
// cycle and queue slot, exactly as the unrolled pairs would be issued, so a run saves instruction words
// (decode, checks, .accbin bytes), not cycles. This file is that expansion, in one place: the simulator
// issues programs through it, the functional models read runs through it, and the lowering's fuser is
// its inverse (compiler/lower/fuse-runs.ts).
import type { Instruction, InstructionOf } from './instruction.js';
import type { LayerEntry } from './program-tables.js';

type Compute = InstructionOf<'COMPUTE'>;

/** Tiles of a COMPUTE run (0: not a run). */
export function runTiles(i: Instruction): number {
  return i.op === 'COMPUTE' ? i.tiles : 0;
}

/** The 2·tiles micro-ops of run `i` in issue order: per tile a LOAD_WEIGHTS, then a plain COMPUTE. The
 *  run's pops go with the first micro-op, its pushes with the last. */
export function runMicroOps(i: Compute): Instruction[] {
  const out: Instruction[] = [];
  for (let s = 0; s < i.tiles; s++) {
    const first = s === 0;
    const last = s === i.tiles - 1;
    out.push({
      op: 'LOAD_WEIGHTS', popPrev: first ? i.popPrev : 0, popNext: first ? i.popNext : 0, pushPrev: 0, pushNext: 0,
      weightRow: i.weightRow + s * i.tileRowStride, k: i.k, n: i.n,
    });
    // Every field, in spec order (makeInstruction's shape: one object shape per opcode).
    out.push({
      op: 'COMPUTE', popPrev: 0, popNext: 0, pushPrev: last ? i.pushPrev : 0, pushNext: last ? i.pushNext : 0,
      window: i.window, kOffset: i.kOffset + s * i.k, inputByte: i.inputByte, firstPixel: i.firstPixel, tiles: 0, tileRowStride: 0, chunkEnd: i.chunkEnd, biasRow: i.biasRow,
      inputRow: i.inputRow, inputRowStride: i.inputRowStride, weightRow: 0, accRow: i.accRow, m: i.m, k: i.k, n: i.n,
      accumulate: first ? i.accumulate : 1,
    });
  }
  return out;
}

/**
 * The layer table after a program's instructions moved: `newIndex[k]` is the new index of old instruction k
 * (`newIndex[length]` the new end). Used by the expansion here and by the lowering's fuser, its inverse.
 */
export function remapLayers(layers: readonly LayerEntry[], newIndex: Int32Array): LayerEntry[] {
  return layers.map((l) => {
    const first = newIndex[l.firstInstruction]!;
    return { ...l, firstInstruction: first, instructionCount: newIndex[l.firstInstruction + l.instructionCount]! - first };
  });
}

/** A program as the machine issues it: every run replaced by its micro-ops, the layer table remapped. */
export interface IssuedProgram {
  readonly instructions: readonly Instruction[];
  readonly layers: readonly LayerEntry[];
}

const issued = new WeakMap<readonly Instruction[], { layers: readonly LayerEntry[]; program: IssuedProgram }>();
/** Per expanded instruction array: at each index, the run whose first micro-op it is (else undefined). */
const heads = new WeakMap<readonly Instruction[], readonly (Compute | undefined)[]>();

/**
 * For an instruction array issuedProgram made: at the index of each run's first micro-op, the run (the
 * machine executes a run natively from there); undefined for an array with no runs or not made there.
 */
export function runHeads(issuedInstructions: readonly Instruction[]): readonly (Compute | undefined)[] | undefined {
  return heads.get(issuedInstructions);
}

/**
 * `instructions` and `layers` with every run expanded (the same arrays when there is none). Memoized per
 * instruction array and layer table: every simulation of a program shares one expansion.
 */
export function issuedProgram(instructions: readonly Instruction[], layers: readonly LayerEntry[]): IssuedProgram {
  const known = issued.get(instructions);
  if (known !== undefined && known.layers === layers) return known.program;
  let runs = false;
  for (const i of instructions) if (runTiles(i) > 0) runs = true;
  let program: IssuedProgram = { instructions, layers };
  if (runs) {
    const out: Instruction[] = [];
    // firstOf[k]: index of instruction k's first micro-op (k = length: the end).
    const firstOf = new Int32Array(instructions.length + 1);
    const runAt: (Compute | undefined)[] = [];
    instructions.forEach((i, k) => {
      firstOf[k] = out.length;
      if (i.op === 'COMPUTE' && runTiles(i) > 0) {
        runMicroOps(i).forEach((u, j) => {
          runAt.push(j === 0 ? i : undefined);
          out.push(u);
        });
      } else {
        runAt.push(undefined);
        out.push(i);
      }
    });
    firstOf[instructions.length] = out.length;
    heads.set(out, runAt);
    program = { instructions: out, layers: remapLayers(layers, firstOf) };
  }
  issued.set(instructions, { layers, program });
  return program;
}
