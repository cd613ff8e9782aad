// The last step of the lowering: consecutive LOAD_WEIGHTS + window COMPUTE pairs that walk a tile's
// reduction chunk by chunk (conv-emit.ts, ws) become one COMPUTE run (isa/compute-run.ts). The machine
// issues a run as exactly those pairs (same fetch cycles, queue slots, cycles and results), so this only
// shortens the program: ResNet-18 has ~60 k such pairs, each of which cost a word to decode, check and
// simulate. Exactly the inverse of isa/compute-run.ts's expansion (a test holds expand(fuse(p)) == p).
import type { Instruction, InstructionOf } from '../../isa/instruction.js';
import { fieldLimits } from '../../isa/instruction.js';
import type { LayerEntry } from '../../isa/program-tables.js';
import { remapLayers } from '../../isa/compute-run.js';

type Pair = [InstructionOf<'LOAD_WEIGHTS'>, InstructionOf<'COMPUTE'>];

const MAX_TILES = fieldLimits('COMPUTE', 'tiles').max;
const MAX_STRIDE = fieldLimits('COMPUTE', 'tileRowStride').max;

/** The pair at `at` if the instructions there are a LOAD_WEIGHTS and a plain ws window COMPUTE of its tile. */
function pairAt(instrs: readonly Instruction[], at: number): Pair | undefined {
  const w = instrs[at];
  const c = instrs[at + 1];
  if (w?.op !== 'LOAD_WEIGHTS' || c?.op !== 'COMPUTE') return undefined;
  if (c.window !== 1 || c.tiles !== 0 || c.weightRow !== 0 || c.k !== w.k || c.n !== w.n) return undefined;
  // The run's pops go with its first micro-op and its pushes with its last (isa/compute-run.ts).
  if (w.pushPrev !== 0 || w.pushNext !== 0 || c.popPrev !== 0 || c.popNext !== 0) return undefined;
  return [w, c];
}

/** Does pair `p`, as tile s of the run that `head` starts with tile row stride `stride`, continue it? */
function continues(head: Pair, p: Pair, s: number, stride: number): boolean {
  const [w0, c0] = head;
  const [w, c] = p;
  if (w.popPrev !== 0 || w.popNext !== 0 || w.weightRow !== w0.weightRow + s * stride) return false;
  return c.accumulate === 1 && c.kOffset === c0.kOffset + s * c0.k && c.k === c0.k && c.n === c0.n && c.m === c0.m
    && c.inputRow === c0.inputRow && c.inputByte === c0.inputByte && c.inputRowStride === c0.inputRowStride
    && c.firstPixel === c0.firstPixel && c.accRow === c0.accRow;
}

/**
 * `instructions` with every maximal run of continuing pairs (one pair or more, in one layer, no token between
 * them) as one COMPUTE run; comments (instruction index → lines) and layer ranges follow the new indices.
 * Only the weight-stationary dataflow has LOAD_WEIGHTS, so os programs come back unchanged.
 */
export function fuseComputeRuns(
  instructions: readonly Instruction[], comments: ReadonlyMap<number, string[]>, layers: readonly LayerEntry[],
): { instructions: Instruction[]; comments: Map<number, string[]>; layers: LayerEntry[] } {
  const layerEnd = new Int32Array(instructions.length);
  for (const l of layers) layerEnd.fill(l.firstInstruction + l.instructionCount, l.firstInstruction, l.firstInstruction + l.instructionCount);
  const out: Instruction[] = [];
  const outComments = new Map<number, string[]>();
  const newIndex = new Int32Array(instructions.length + 1);
  let k = 0;
  while (k < instructions.length) {
    const head = pairAt(instructions, k);
    let tiles = 0;
    let stride = 0;
    const end = layerEnd[k] || instructions.length;
    if (head !== undefined && k + 1 < end) {
      tiles = 1;
      // The last tile of a run may push: nothing may follow it.
      while (head[1].pushPrev === 0 && head[1].pushNext === 0 && tiles < MAX_TILES && k + 2 * tiles + 1 < end) {
        const p = pairAt(instructions, k + 2 * tiles);
        if (p === undefined) break;
        if (tiles === 1) stride = p[0].weightRow - head[0].weightRow;
        if (stride < 0 || stride > MAX_STRIDE || !continues(head, p, tiles, stride)) break;
        tiles++;
        if (p[1].pushPrev !== 0 || p[1].pushNext !== 0) break;
      }
    }
    const lines: string[] = [];
    const span = tiles === 0 ? 1 : 2 * tiles;
    for (let j = k; j < k + span; j++) {
      newIndex[j] = out.length;
      lines.push(...(comments.get(j) ?? []));
    }
    if (lines.length > 0) outComments.set(out.length, lines);
    if (head === undefined || tiles === 0) {
      out.push(instructions[k]!);
    } else {
      const [w0, c0] = head;
      const last = instructions[k + span - 1] as InstructionOf<'COMPUTE'>;
      out.push({
        ...c0, popPrev: w0.popPrev, popNext: w0.popNext, pushPrev: last.pushPrev, pushNext: last.pushNext,
        weightRow: w0.weightRow, tiles, tileRowStride: tiles > 1 ? stride : 0,
      });
    }
    k += span;
  }
  newIndex[instructions.length] = out.length;
  return { instructions: out, comments: outComments, layers: remapLayers(layers, newIndex) };
}
