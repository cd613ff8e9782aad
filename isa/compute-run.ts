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

/** Micro-op `j` (0 ≤ j < 2·tiles) of run `i` in issue order: per tile a LOAD_WEIGHTS, then a plain COMPUTE.
 *  The run's pops go with the first micro-op, its pushes with the last. */
export function runMicroOp(i: Compute, j: number): Instruction {
  const s = j >> 1;
  const first = s === 0;
  const last = s === i.tiles - 1;
  if ((j & 1) === 0) {
    return {
      op: 'LOAD_WEIGHTS', popPrev: first ? i.popPrev : 0, popNext: first ? i.popNext : 0, pushPrev: 0, pushNext: 0,
      weightRow: i.weightRow + s * i.tileRowStride, k: i.k, n: i.n,
    };
  }
  // Every field, in spec order (makeInstruction's shape: one object shape per opcode).
  return {
    op: 'COMPUTE', popPrev: 0, popNext: 0, pushPrev: last ? i.pushPrev : 0, pushNext: last ? i.pushNext : 0,
    window: i.window, kOffset: i.kOffset + s * i.k, inputByte: i.inputByte, firstPixel: i.firstPixel, tiles: 0, tileRowStride: 0, chunkEnd: i.chunkEnd, biasRow: i.biasRow,
    inputRow: i.inputRow, inputRowStride: i.inputRowStride, weightRow: 0, accRow: i.accRow, m: i.m, k: i.k, n: i.n,
    accumulate: first ? i.accumulate : 1,
  };
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

/**
 * A program as the machine issues it: every run replaced by its micro-ops, the layer table remapped.
 * `instructions` holds what the machine's step loop reads: every instruction that is not a run, and each run's
 * first micro-op (where the machine issues the whole run: runHeads); a run's other micro-ops are `undefined`
 * there, made on request by `issuedInstruction`, or all at once by `expandedInstructions` (traces, the PE
 * model, tests). Making ResNet-18's ~120 k micro-op objects up front cost ~0.1 s of a cold `accsim sim` per
 * thread (building them, and the collector copying them as they survived), and the fast model reads none.
 */
export interface IssuedProgram {
  readonly instructions: IssuedInstructions;
  readonly layers: readonly LayerEntry[];
}

/** An issued instruction array: a hole (undefined) at each run micro-op that is not made. Read an entry with
 *  issuedInstruction (or all with expandedInstructions) unless the index is known to hold one. */
export type IssuedInstructions = readonly (Instruction | undefined)[];

const issued = new WeakMap<readonly Instruction[], { layers: readonly LayerEntry[]; program: IssuedProgram }>();
/** Per issued instruction array made here: at each index, the run whose first micro-op it is (else undefined). */
const heads = new WeakMap<IssuedInstructions, readonly (Compute | undefined)[]>();
const expanded = new WeakMap<IssuedInstructions, readonly Instruction[]>();

/**
 * For an instruction array issuedProgram made: at the index of each run's first micro-op, the run (the
 * machine executes a run natively from there); undefined for an array with no runs or not made there.
 */
export function runHeads(issuedInstructions: IssuedInstructions): readonly (Compute | undefined)[] | undefined {
  return heads.get(issuedInstructions);
}

/** The instruction at index `n` of an issued instruction array (a run's micro-op is made afresh, not kept). */
export function issuedInstruction(issuedInstructions: IssuedInstructions, n: number): Instruction {
  const known = issuedInstructions[n];
  if (known !== undefined) return known;
  // A run's later micro-op: its run starts at the nearest instruction before it (2·tiles − 1 at most).
  let h = n - 1;
  while (issuedInstructions[h] === undefined) h--;
  return runMicroOp(heads.get(issuedInstructions)![h]!, n - h);
}

/** Every instruction of an issued instruction array, runs' micro-ops included (made once per array). */
export function expandedInstructions(issuedInstructions: IssuedInstructions): readonly Instruction[] {
  // (Without runs there is no hole.)
  if (runHeads(issuedInstructions) === undefined) return issuedInstructions as readonly Instruction[];
  let all = expanded.get(issuedInstructions);
  if (all === undefined) expanded.set(issuedInstructions, (all = issuedInstructions.map((_, n) => issuedInstruction(issuedInstructions, n))));
  return all;
}

/**
 * `instructions` and `layers` with every run expanded (the same arrays when there is none; see IssuedProgram
 * for which micro-ops are made). Memoized per instruction array and layer table: every simulation of a
 * program shares one expansion.
 */
export function issuedProgram(instructions: readonly Instruction[], layers: readonly LayerEntry[]): IssuedProgram {
  const known = issued.get(instructions);
  if (known !== undefined && known.layers === layers) return known.program;
  let runs = false;
  for (const i of instructions) if (runTiles(i) > 0) runs = true;
  let program: IssuedProgram = { instructions, layers };
  if (runs) {
    // Built by push (packed arrays: the step loop's reads stay fast), `undefined` where a micro-op is not made.
    const out: (Instruction | undefined)[] = [];
    const runAt: (Compute | undefined)[] = [];
    // firstOf[k]: index of instruction k's first micro-op (k = length: the end).
    const firstOf = new Int32Array(instructions.length + 1);
    for (let k = 0; k < instructions.length; k++) {
      const i = instructions[k]!;
      firstOf[k] = out.length;
      const tiles = runTiles(i);
      out.push(tiles > 0 ? runMicroOp(i as Compute, 0) : i);
      runAt.push(tiles > 0 ? (i as Compute) : undefined);
      for (let j = 1; j < 2 * tiles; j++) {
        out.push(undefined);
        runAt.push(undefined);
      }
    }
    firstOf[instructions.length] = out.length;
    heads.set(out, runAt);
    program = { instructions: out, layers: remapLayers(layers, firstOf) };
  }
  issued.set(instructions, { layers, program });
  return program;
}
