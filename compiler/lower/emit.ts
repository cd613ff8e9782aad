// The emitter: collects the program in stream order, with its comments and layer table. The stream has
// sequential meaning (each instruction sees the effects of every earlier one); the tokens that let the
// three queues run in parallel without changing that meaning are placed afterwards by sync.ts, from
// the instructions' footprints. The emitter's only scheduling decision is the stream order itself:
// tiles are software-pipelined (the loads of tile j+1 come before the computes of tile j, so the load
// queue fills another buffer region while the array works), and a layer's first loads follow the
// previous layer's last stores, free to run ahead of its computes.
import type { HwConfig } from '../../isa/hw-config.js';
import type { Instruction, InstructionOf } from '../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../isa/make-instruction.js';
import type { LayerEntry } from '../../isa/program-tables.js';
import { assert } from '../../core/diagnostics.js';
import { placeTokens, type StreamItem, type SyncStats } from './sync.js';
import { interleaveVectorLayers } from './interleave-vector.js';
import { interleaveArrayLayers } from './interleave-array.js';

/** One instruction and the comment lines printed before it in the disassembly. */
interface Item {
  readonly instr: Instruction;
  readonly comments: string[];
}

/** A tile: its loads, its compute-queue instructions and its stores, each with comments. */
export interface Tile {
  readonly label: string;
  readonly loads: Item[];
  readonly computes: Item[];
  readonly stores: Item[];
  /** Its loads overwrite what the previous tile reads: they must not move ahead of its computes. */
  inPlace?: boolean;
}

/** Builds an empty tile; fill it with `push(tile.loads, ...)` etc. */
export function newTile(label: string): Tile {
  return { label, loads: [], computes: [], stores: [] };
}

/** Appends an instruction to a tile part, with an optional comment. */
export function push<Op extends Instruction['op']>(list: Item[], op: Op, fields: InstructionFields<Op>, comment?: string): InstructionOf<Op> {
  const instr = makeInstruction(op, fields);
  list.push({ instr: instr as Instruction, comments: comment === undefined ? [] : [comment] });
  return instr;
}

export const sameConfig = (a: InstructionFields<'CONFIG'>, b: InstructionFields<'CONFIG'>) =>
  (Object.keys(a) as (keyof InstructionFields<'CONFIG'>)[]).every((k) => a[k] === b[k]);

/** Collects the program: instructions, comments, layer table. */
export class Emitter {
  private readonly items: StreamItem[] = [];
  private readonly layerNames: string[] = [];
  private header: string[] = [];
  private pending: Tile | undefined;
  private config: InstructionFields<'CONFIG'> | undefined;
  /** Layers whose previous layer hands its channel groups over one by one (interleave-array.ts). */
  private readonly early = new Set<number>();

  /** Starts a layer: closes the previous one and emits a CONFIG when the layer's differs from the one in effect. */
  beginLayer(name: string, config: InstructionFields<'CONFIG'>, comment: string): void {
    this.endLayer();
    this.layerNames.push(name);
    this.header = [`layer ${name}: ${comment}`];
    if (this.config === undefined || !sameConfig(this.config, config)) {
      this.config = config;
      this.append({ instr: makeInstruction('CONFIG', config), comments: [] });
    }
  }

  /** Adds the next tile of the current layer (needs at least one compute-queue instruction). */
  addTile(tile: Tile): void {
    assert(tile.computes.length > 0, `tile ${tile.label} has no compute instructions`);
    if (tile.loads.length > 0) tile.loads[0]!.comments.unshift(`tile ${tile.label}`);
    if (tile.inPlace === true && this.pending !== undefined) this.flushPending();
    for (const it of tile.loads) this.append(it);
    if (this.pending !== undefined) this.flushPending();
    this.pending = tile;
  }

  private append(it: Item): void {
    const layer = this.layerNames.length - 1;
    assert(layer >= 0, 'an instruction outside any layer');
    const comments = this.header.length > 0 ? [...this.header, ...it.comments] : it.comments;
    this.header = [];
    this.items.push({ instr: it.instr, comments, layer });
  }

  private flushPending(): void {
    const t = this.pending!;
    t.computes[0]!.comments.unshift(`compute tile ${t.label}`);
    for (const it of t.computes) this.append(it);
    if (t.stores.length > 0) t.stores[0]!.comments.unshift(`store tile ${t.label}`);
    for (const it of t.stores) this.append(it);
    this.pending = undefined;
  }

  /** The current layer computes k-groups that follow its input's channel groups: the previous layer hands each group over as it is done. */
  startInPrevious(): void {
    this.early.add(this.layerNames.length - 1);
  }

  /** Closes the current layer (its last tile's computes and stores). */
  endLayer(): void {
    if (this.pending !== undefined) this.flushPending();
  }

  /**
   * Ends the program with HALT, places the tokens for `hw`, and returns instructions, comments (for
   * disassemble), the layer table (contiguous instruction ranges) and what the token pass did. With
   * `interleave`, pools and adds first move into their producer's stream (interleave-vector.ts).
   */
  finish(hw: HwConfig, interleave = true): { instructions: Instruction[]; comments: Map<number, string[]>; layers: LayerEntry[]; sync: SyncStats } {
    this.endLayer();
    this.items.push({ instr: makeInstruction('HALT', {}), comments: ['end of program'], layer: Math.max(0, this.layerNames.length - 1) });
    const ordered = interleaveArrayLayers(interleave ? interleaveVectorLayers(this.items, this.layerNames, hw) : this.items, this.early, hw);
    const { stream, stats } = placeTokens(ordered, hw);
    const comments = new Map<number, string[]>();
    stream.forEach((it, k) => {
      if (it.comments.length > 0) comments.set(k, it.comments);
    });
    const layers: LayerEntry[] = [];
    stream.forEach((it, k) => {
      const l = it.layer ?? 0;
      if (l === layers.length) layers.push({ name: this.layerNames[l]!, firstInstruction: k, instructionCount: 0 });
      assert(l === layers.length - 1, 'layers are contiguous in the stream');
      (layers[l] as { instructionCount: number }).instructionCount++;
    });
    return { instructions: stream.map((it) => it.instr), comments, layers, sync: stats };
  }
}
