// Vector layers run beside their producer (issue 13): a pool or residual add that reads its producer's
// result in place needs only the rows that producer has already requantized, so its POOL/ADD instructions
// need not wait behind the producer's whole stream. This pass moves each of them, in order, back into
// the stream of the array layer just before it, to the first place where (a) it conflicts with nothing it
// jumps over (SRAM rows read/written by footprint, isa/check/footprint.ts, bounding range per buffer; no
// CONFIG is crossed) and (b) the vector unit is predicted free by then, so that its in-order issue does
// not hold the array's next instruction. Only independent instructions trade places, so the stream keeps
// its sequential meaning (the functional model and the integer reference see the same results); the
// token pass (sync.ts) then runs on the new order. A moved instruction is counted in the layer whose
// range it now sits in (the layer table's ranges stay contiguous) and its comment names the layer it
// belongs to. The vector unit's costs are unchanged: the work is the same, it only overlaps the array's.
import type { HwConfig } from '../../isa/hw-config.js';
import { deriveHw } from '../../isa/hw-config.js';
import type { Instruction, InstructionOf } from '../../isa/instruction.js';
import type { ArrayMode, BufferName } from '../../isa/spec.js';
import { accessesOf, poolOutputGrid } from '../../isa/check/footprint.js';
import type { StreamItem } from './sync.js';

/**
 * Row bands of the producer conv of an in-place pool or add (conv-search.ts): band i of the vector layer
 * needs only the producer's first bands, so it can run beside the rest.
 */
export const VECTOR_BANDS = 8;

/**
 * Row bands an in-place pool or add is cut into: small enough that one fits in the vector unit's gaps
 * between the producer's REQUANTs (conv1's max pool at 32x32: 2 output rows = 2 k cycles per channel group).
 */
export const VECTOR_PIECES = 32;

/**
 * The fewest vector cycles a pool or add must keep for it to be cut at all, its producer to be banded for
 * it (lower-graph.ts) and its POOL/ADDs to move beside the producer (merge). It was 1,024 while the cost
 * model could not price the small gains; now the plan search scores the pool work a plan leaves after its
 * end (conv-search.ts besideTail) and the consumer's prediction starts its array behind the last piece
 * (cost-model.ts RunAhead.array; models/examples/cnn_bn.qir's conv2, which starts on pool1's first pieces,
 * was predicted 342 for 280 simulated cycles, now 272), so fmnist_cnn's pools (784 and 392 cycles) are cut
 * too. With every pool/add cut (threshold 0, measured before these two changes) a moved global pool shortened
 * the window the next layer's loads run ahead in (cnn_bn default 8x8 ws fc 346 → 395) and the residual
 * example's 8x8 add in one-row ADDs filled the 8-deep compute queue (+59 cycles); at 256 the ratchet went from
 * 35/202 to 33/202 layers beyond 10 % (lower values not tried).
 */
export const MIN_PIECED_CYCLES = 256;

/** Image rows per piece of an in-place pool or add over `h` rows, `rowCycles` vector cycles a row (all groups). */
export function pieceRows(h: number, rowCycles: number): number {
  if (h * rowCycles < MIN_PIECED_CYCLES) return h;
  return Math.ceil(h / VECTOR_PIECES);
}

/** Per buffer, the bounding row range read and the one written ([lo, hi], empty when lo > hi). */
export type Span = Map<BufferName, { r0: number; r1: number; w0: number; w1: number }>;

/** Instructions that may move: the vector unit's work of a pool or add. */
const MOVABLE = new Set<Instruction['op']>(['POOL', 'ADD']);

/** Bounding footprint of one instruction, from its exact accesses. */
function spanOf(i: Instruction, mode: ArrayMode, hw: HwConfig, d: ReturnType<typeof deriveHw>, window?: InstructionOf<'WINDOW'>): Span {
  const s: Span = new Map();
  for (const a of accessesOf(i, mode, hw, d, window).rows) {
    let e = s.get(a.buffer);
    if (e === undefined) s.set(a.buffer, (e = { r0: Infinity, r1: -Infinity, w0: Infinity, w1: -Infinity }));
    const last = a.first + a.count - 1;
    if (a.write) {
      e.w0 = Math.min(e.w0, a.first);
      e.w1 = Math.max(e.w1, last);
    } else {
      e.r0 = Math.min(e.r0, a.first);
      e.r1 = Math.max(e.r1, last);
    }
  }
  return s;
}

const meets = (a0: number, a1: number, b0: number, b1: number) => a0 <= b1 && b0 <= a1;

/** Whether two footprints touch a common row with at least one of them writing it. */
export function conflict(a: Span, b: Span): boolean {
  for (const [buf, x] of a) {
    const y = b.get(buf);
    if (y === undefined) continue;
    if (meets(x.w0, x.w1, y.w0, y.w1) || meets(x.w0, x.w1, y.r0, y.r1) || meets(x.r0, x.r1, y.w0, y.w1)) return true;
  }
  return false;
}

/** Cycles an instruction keeps its unit busy (CYCLE-MODEL.md §3–4, element cycles; a placement estimate only). */
function unitCycles(i: Instruction, hw: HwConfig): { unit: 'array' | 'vector' | 'none'; cycles: number } {
  const lanes = hw.vector.lanes;
  switch (i.op) {
    case 'COMPUTE': {
      const tiles = Math.max(1, i.tiles);
      return { unit: 'array', cycles: tiles * (hw.array.dataflow === 'os' ? i.k : i.m) };
    }
    case 'LOAD_WEIGHTS': return { unit: 'none', cycles: 0 };
    case 'REQUANT': return { unit: 'vector', cycles: i.rows * Math.ceil(i.n / lanes) };
    case 'ADD': return { unit: 'vector', cycles: i.rows * Math.ceil(i.elems / lanes) };
    case 'POOL': {
      const g = poolOutputGrid(i);
      return { unit: 'vector', cycles: g.outH * g.outW * i.kernelH * i.kernelW * Math.ceil(i.channels / lanes) };
    }
    case 'PACK':
    case 'LUT': return { unit: 'vector', cycles: i.rows * Math.ceil(i.elems / lanes) };
    default: return { unit: 'none', cycles: 0 };
  }
}

/**
 * The stream with the POOL/ADD instructions of every pool or add layer moved into the array layer before
 * it where they are independent of what they pass (module comment). `layerNames[k]` names layer k; a layer
 * whose movable work is below `minMoved` vector cycles stays.
 */
export function interleaveVectorLayers(items: readonly StreamItem[], layerNames: readonly string[], hw: HwConfig, minMoved = MIN_PIECED_CYCLES): StreamItem[] {
  const spans = streamSpans(items, hw);
  const start = layerStarts(items);
  const out: StreamItem[] = [];
  let done = 0;
  for (let v = 1; v + 1 < start.length; v++) {
    const p = v - 1;
    const vItems = items.slice(start[v], start[v + 1]);
    const pHasArray = items.slice(start[p], start[v]).some((it) => it.instr.op === 'COMPUTE');
    if (!pHasArray || !vItems.some((it) => MOVABLE.has(it.instr.op))) continue;
    // Emit everything before the producer unchanged, then the merged producer + vector layer.
    for (; done < start[p]!; done++) out.push(items[done]!);
    out.push(...merge(items, spans, start[p]!, start[v]!, start[v + 1]!, layerNames, hw, minMoved));
    done = start[v + 1]!;
  }
  for (; done < items.length; done++) out.push(items[done]!);
  return out;
}

/** Each item's bounding footprint, under the mode and window in effect at it. */
export function streamSpans(items: readonly StreamItem[], hw: HwConfig): Span[] {
  const d = deriveHw(hw);
  const spans: Span[] = [];
  let mode: ArrayMode = 'int8';
  let window: InstructionOf<'WINDOW'> | undefined;
  for (const it of items) {
    const i = it.instr;
    if (i.op === 'CONFIG') mode = i.mode;
    if (i.op === 'WINDOW') window = i;
    spans.push(spanOf(i, mode, hw, d, window));
  }
  return spans;
}

/** Layer k's items occupy [start[k], start[k + 1]) (the last entry is the stream's length). */
export function layerStarts(items: readonly StreamItem[]): number[] {
  const start: number[] = [];
  items.forEach((it, k) => {
    const l = it.layer ?? 0;
    while (start.length <= l) start.push(k);
  });
  start.push(items.length);
  return start;
}

/** Producer items [p0, v0) and vector-layer items [v0, v1), merged (see interleaveVectorLayers). */
function merge(items: readonly StreamItem[], spans: readonly Span[], p0: number, v0: number, v1: number, layerNames: readonly string[], hw: HwConfig, minMoved: number): StreamItem[] {
  // The vector layer's POOL/ADDs that may leave it: each independent of the items of its own layer that
  // stay (it passes them) and passing no CONFIG; the layer keeps at least one instruction of its own.
  const moving: number[] = [];
  const staying: number[] = [];
  for (let k = v0; k < v1; k++) {
    const free = MOVABLE.has(items[k]!.instr.op) && staying.every((s) => items[s]!.instr.op !== 'CONFIG' && !conflict(spans[s]!, spans[k]!));
    (free ? moving : staying).push(k);
  }
  if (staying.length === 0) staying.push(moving.pop()!);
  // Only where the moved work is at least `minMoved` cycles (MIN_PIECED_CYCLES): a small global pool moved
  // beside its producer shortens the window the next layer's loads run ahead in by as much as it saves
  // (models/examples/cnn_bn.qir default 8x8 ws: gap 101 → 3 cycles, conv2 +49, fc +49, no faster).
  const work = moving.reduce((sum, k) => sum + unitCycles(items[k]!.instr, hw).cycles, 0);
  if (moving.length === 0 || work < minMoved) return items.slice(p0, v1) as StreamItem[];
  // Earliest producer position each mover may sit before: after the last producer item it conflicts with
  // (or any CONFIG). Movers may pass each other where they are independent (a later channel group's piece
  // ahead of an earlier one that waits for the producer's last tile).
  const earliest: number[] = [];
  for (const k of moving) {
    let e = p0;
    for (let j = v0 - 1; j >= p0; j--) {
      if (items[j]!.instr.op === 'CONFIG' || conflict(spans[j]!, spans[k]!)) {
        e = j + 1;
        break;
      }
    }
    earliest.push(e);
  }
  // Issue times of the producer alone: a mover must also be done before the producer's next vector
  // instruction (its REQUANT) would issue, or that REQUANT would wait and the array behind it.
  const alone = new IssueModel(hw);
  const aloneIssue: number[] = [];
  for (let j = p0; j < v0; j++) aloneIssue.push(alone.issue(items[j]!.instr));
  const nextVector: number[] = new Array<number>(v0 - p0).fill(Infinity);
  for (let j = v0 - 1, at = Infinity; j >= p0; j--) {
    nextVector[j - p0] = at;
    if (unitCycles(items[j]!.instr, hw).unit === 'vector') at = aloneIssue[j - p0]!;
  }
  const model = new IssueModel(hw);
  const out: StreamItem[] = [];
  const pending = moving.map((_, n) => n);
  const place = (k: number) => {
    const it = items[k]!;
    const moved: StreamItem = { ...it, comments: [`(${layerNames[it.layer ?? 0]}: issued inside the previous layer's stream, its operands are ready here)`, ...it.comments.filter((c) => !c.startsWith('layer '))], layer: items[p0]!.layer };
    model.issue(moved.instr);
    out.push(moved);
  };
  for (let j = p0; j < v0; j++) {
    const it = items[j]!;
    if (it.instr.op === 'COMPUTE') {
      const lag = Math.max(0, model.now() - aloneIssue[j - p0]!);
      for (let q = 0; q < pending.length && model.vectorIdleBy(it.instr); q++) {
        const n = pending[q]!;
        const k = moving[n]!;
        const ready = earliest[n]! <= j && model.vectorEndWith(items[k]!.instr) <= nextVector[j - p0]! + lag;
        // It passes the movers before it that are still pending: only when independent of them.
        if (!ready || pending.slice(0, q).some((o) => conflict(spans[moving[o]!]!, spans[k]!))) continue;
        place(k);
        pending.splice(q--, 1);
      }
    }
    model.issue(it.instr);
    out.push(it);
  }
  for (const n of pending) place(moving[n]!);
  // The producer's prediction grows by what the moved work adds to its end (the lowering's cost model
  // priced the layer alone; the moved work is no longer the vector layer's).
  const grow = Math.max(0, Math.round(model.end() - alone.end()));
  const h = Math.max(0, out.findIndex((it) => it.comments.some((c) => c.startsWith('layer '))));
  out[h] = { ...out[h]!, comments: out[h]!.comments.map((c) => c.replace(/^(layer .*\bpredicted )(\d+)( cycles)/, (_, a: string, n: string, b: string) => `${a}${Number(n) + grow}${b} (${grow} for the POOL/ADD of ${layerNames[items[v0]!.layer ?? 0]} issued in its stream)`)) };
  // The layer header stays on the vector layer's first remaining item.
  const header = moving[0] === v0 ? items[v0]!.comments.filter((c) => c.startsWith('layer ')) : [];
  staying.forEach((k, n) => out.push(n === 0 && header.length > 0 ? { ...items[k]!, comments: [...header, ...items[k]!.comments] } : items[k]!));
  return out;
}

/**
 * In-order issue to the array and the vector unit with each instruction's element cycles (a placement
 * estimate: no DRAM, no bank conflicts). A REQUANT reads what the array drained, R + C after its stream.
 */
class IssueModel {
  private t = 0;
  private arrayFree = 0;
  private vectorFree = 0;
  constructor(private readonly hw: HwConfig) {}

  private get drain(): number {
    return this.arrayFree + this.hw.array.rows + this.hw.array.cols;
  }

  /** Whether a vector instruction issued now would be done before `next` (an array instruction) could start. */
  vectorIdleBy(next: Instruction): boolean {
    return unitCycles(next, this.hw).unit === 'array' && this.vectorFree <= Math.max(this.t, this.arrayFree);
  }

  /** When the vector unit would be done with `i` issued now. */
  vectorEndWith(i: Instruction): number {
    return Math.max(this.t, this.vectorFree) + unitCycles(i, this.hw).cycles;
  }

  /** The last issue cycle. */
  now(): number {
    return this.t;
  }

  /** Issues `i`; returns its issue cycle. */
  issue(i: Instruction): number {
    const { unit, cycles } = unitCycles(i, this.hw);
    if (unit === 'none') return this.t;
    const s = Math.max(this.t, unit === 'array' ? this.arrayFree : this.vectorFree, i.op === 'REQUANT' ? this.drain : 0);
    this.t = s;
    if (unit === 'array') this.arrayFree = s + cycles;
    else this.vectorFree = s + cycles;
    return s;
  }

  /** When the last issued work ends. */
  end(): number {
    return Math.max(this.drain, this.vectorFree);
  }
}
