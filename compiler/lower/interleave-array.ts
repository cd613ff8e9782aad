// An array layer computed in k-groups that follow its input's channel groups (a dense layer after a global
// pool: conv-search.ts inputGroupsOf, issue 13) can start each k-group once its own group is in its image,
// not behind the whole pool, if the pool hands each group over as soon as it is pooled. The pool's tile
// emits its POOLs and then its MOVEs (one per group, LowerContext.groupedHandOff), so this pass moves each
// of those hand-off transfers up to right behind the last item it conflicts with (a group's MOVE behind its
// POOL; footprints, interleave-vector.ts), in order. Only independent instructions trade places, so the
// stream keeps its sequential meaning, and the token pass (sync.ts) runs on the new order: the layer's
// COMPUTEs, which read only their k-group's channels, then pop the MOVE of their own group. Nothing moves
// across a layer boundary: the layer's figures count from the pool's last MOVE, as before.
import type { HwConfig } from '../../isa/hw-config.js';
import { queueOf } from '../../isa/instruction.js';
import { conflict, layerStarts, streamSpans, type Span } from './interleave-vector.js';
import type { StreamItem } from './sync.js';

/** The stream with the hand-off of the layer before each layer of `early` (layer indices) reordered (module comment). */
export function interleaveArrayLayers(items: readonly StreamItem[], early: ReadonlySet<number>, hw: HwConfig): StreamItem[] {
  if (early.size === 0) return [...items];
  const spans = streamSpans(items, hw);
  const start = layerStarts(items);
  const out: StreamItem[] = [];
  let done = 0;
  for (const a of [...early].sort((x, y) => x - y)) {
    if (a < 1 || a >= start.length - 1) continue;
    const [v0, a0] = [start[a - 1]!, start[a]!];
    // The hand-off: the previous layer's transfers after its last compute-queue instruction.
    let t0 = a0;
    while (t0 > v0 && isTransfer(items[t0 - 1]!)) t0--;
    const order: number[] = [];
    for (let k = v0; k < t0; k++) order.push(k);
    let floor = 0;
    for (let k = t0; k < a0; k++) floor = insertAfterConflicts(order, k, floor, spans);
    for (; done < v0; done++) out.push(items[done]!);
    for (const k of order) out.push(items[k]!);
    done = a0;
  }
  for (; done < items.length; done++) out.push(items[done]!);
  return out;
}

/** Inserts item k into `order` right after the last entry at or after `floor` it conflicts with (else at `floor`): the next floor. */
function insertAfterConflicts(order: number[], k: number, floor: number, spans: readonly Span[]): number {
  let at = floor;
  for (let j = order.length - 1; j >= floor; j--) {
    if (conflict(spans[order[j]!]!, spans[k]!)) {
      at = j + 1;
      break;
    }
  }
  order.splice(at, 0, k);
  return at + 1;
}

/** A transfer of the load or store queue (LOAD, STORE, MOVE): not the layer's own compute work. */
function isTransfer(it: StreamItem): boolean {
  const q = queueOf(it.instr.op);
  return q === 'load' || q === 'store';
}
