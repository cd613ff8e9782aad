// The emitter: collects instructions with their comments and places the dependency tokens (the
// protocol is described in docs/LOWERING.md §Synchronisation). A layer is an "epoch": its tiles are
// software-pipelined (the loads of tile j+1 are emitted before the computes of tile j, so the load
// queue fills the other buffer half while the array works), and a barrier at the next layer's start
// drains the stores, because the next layer reads from DRAM what this one wrote.
//
// Tokens per tile j of an epoch (s counts the tiles that store):
//   load→compute   last LOAD of j pushes; first compute instruction of j pops          ("data ready")
//   compute→load   last compute of j pushes iff tile j+2 exists; first LOAD of j+2 pops ("half free")
//   compute→store  last compute of a storing tile pushes; its first STORE pops           ("tile done")
//   store→compute  last STORE pushes; first compute of storing tile s+2 pops, or the barrier does
//   compute→load   the barrier pushes one "epoch" token; the first LOAD of the next epoch pops it
// The program ends with the same drain (without the push), so every pushed token is popped.
// Every pop is matched by a push earlier in the instruction stream, so in-order fetch cannot deadlock.
import { assert } from '../../core/diagnostics.js';
import type { Instruction, InstructionOf } from '../../isa/instruction.js';
import { makeInstruction, type InstructionFields } from '../../isa/make-instruction.js';
import type { LayerEntry } from '../../isa/program-tables.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Flags = Mutable<Pick<Instruction, 'popPrev' | 'popNext' | 'pushPrev' | 'pushNext'>>;

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
}

/** Builds an empty tile; fill it with `at(tile).load(...)` etc. */
export function newTile(label: string): Tile {
  return { label, loads: [], computes: [], stores: [] };
}

/** Appends an instruction to a tile part, with an optional comment. */
export function push<Op extends Instruction['op']>(list: Item[], op: Op, fields: InstructionFields<Op>, comment?: string): InstructionOf<Op> {
  const instr = makeInstruction(op, fields);
  list.push({ instr: instr as Instruction, comments: comment === undefined ? [] : [comment] });
  return instr;
}

const flags = (i: Instruction): Flags => i as unknown as Flags;

/** Collects the program: instructions, comments, layer table. */
export class Emitter {
  private readonly items: Item[] = [];
  private readonly layers: LayerEntry[] = [];
  private layerName = '';
  private layerStart = 0;
  private epoch = -1;
  private tilesInEpoch = 0;
  private storingTiles = 0;
  private pending: Tile | undefined;
  /** Last compute instruction of each tile of the epoch (its compute→load credit is set two tiles later). */
  private lastComputes: Instruction[] = [];
  private config: InstructionFields<'CONFIG'> | undefined;

  /** Starts a layer: closes the previous one, emits the barrier and the layer's CONFIG. */
  beginLayer(name: string, config: InstructionFields<'CONFIG'>, comment: string): void {
    this.endLayer();
    this.config = config;
    this.epoch++;
    this.layerName = name;
    this.layerStart = this.items.length;
    const outstanding = Math.min(2, this.storingTiles);
    const head = [`layer ${name}: ${comment}`];
    if (this.epoch > 0) {
      assert(outstanding > 0, 'every layer stores at least one tile');
      for (let k = 0; k < outstanding; k++) {
        const last = k === outstanding - 1;
        this.items.push({
          instr: makeInstruction('CONFIG', { ...config, popNext: 1, pushPrev: last ? 1 : 0 }),
          comments: k === 0 ? [...head, `barrier: wait for the previous layer's stores (${outstanding}), then release the loads`] : [],
        });
      }
    } else {
      this.items.push({ instr: makeInstruction('CONFIG', config), comments: head });
    }
    this.tilesInEpoch = 0;
    this.storingTiles = 0;
    this.lastComputes = [];
  }

  /** Adds the next tile of the current layer (needs at least one load and one compute instruction). */
  addTile(tile: Tile): void {
    assert(tile.loads.length > 0 && tile.computes.length > 0, `tile ${tile.label} has no loads or no computes`);
    const j = this.tilesInEpoch++;
    const firstLoad = flags(tile.loads[0]!.instr);
    if (j >= 2) {
      firstLoad.popNext = 1;
      flags(this.lastComputes[j - 2]!).pushPrev = 1;
    } else if (j === 0 && this.epoch > 0) {
      firstLoad.popNext = 1;
    }
    flags(tile.loads[tile.loads.length - 1]!.instr).pushNext = 1;
    const firstCompute = flags(tile.computes[0]!.instr);
    const lastCompute = flags(tile.computes[tile.computes.length - 1]!.instr);
    firstCompute.popPrev = 1;
    if (tile.stores.length > 0) {
      const s = this.storingTiles++;
      if (s >= 2) firstCompute.popNext = 1;
      lastCompute.pushNext = 1;
      flags(tile.stores[0]!.instr).popPrev = 1;
      flags(tile.stores[tile.stores.length - 1]!.instr).pushPrev = 1;
    }
    this.lastComputes.push(tile.computes[tile.computes.length - 1]!.instr);
    tile.loads[0]!.comments.unshift(`tile ${tile.label}`);
    this.items.push(...tile.loads);
    if (this.pending !== undefined) this.flushPending();
    this.pending = tile;
  }

  private flushPending(): void {
    const t = this.pending!;
    t.computes[0]!.comments.unshift(`compute tile ${t.label}`);
    this.items.push(...t.computes);
    if (t.stores.length > 0) t.stores[0]!.comments.unshift(`store tile ${t.label}`);
    this.items.push(...t.stores);
    this.pending = undefined;
  }

  /** Closes the current layer (its last tile's computes and stores) and records its instruction range. */
  endLayer(): void {
    if (this.pending !== undefined) this.flushPending();
    if (this.epoch >= 0 && this.layers.length === this.epoch) {
      this.layers.push({ name: this.layerName, firstInstruction: this.layerStart, instructionCount: this.items.length - this.layerStart });
    }
  }

  /** Ends the program with HALT; returns instructions, comments (for disassemble) and the layer table. */
  finish(): { instructions: Instruction[]; comments: Map<number, string[]>; layers: LayerEntry[] } {
    this.endLayer();
    // Pop the last stores' tokens: a push waits for room in its FIFO (HARDWARE.md Clarifications 7),
    // so no channel may be left holding tokens, whatever queues.tokenDepth is.
    const outstanding = Math.min(2, this.storingTiles);
    for (let k = 0; k < outstanding && this.config !== undefined; k++) {
      this.items.push({ instr: makeInstruction('CONFIG', { ...this.config, popNext: 1 }), comments: k === 0 ? ['drain: wait for the last stores'] : [] });
    }
    this.items.push({ instr: makeInstruction('HALT', {}), comments: ['end of program'] });
    const comments = new Map<number, string[]>();
    this.items.forEach((it, k) => {
      if (it.comments.length > 0) comments.set(k, it.comments);
    });
    return { instructions: this.items.map((it) => it.instr), comments, layers: this.layers };
  }
}
