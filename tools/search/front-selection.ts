// Which scored configurations the search verifies: the front (no other point has both a lower objective and
// a higher held-out accuracy) and the cheapest configuration within the budget (drop + 1 SE ≤ --max-drop),
// which the chosen one is. The two differ when a point is as accurate as a cheaper one whose larger
// standard error fails the bound: the cheaper point dominates it on the front, yet only it is within budget.

/** A scored point as the selection sees it. */
export interface SelectionPoint {
  readonly objective: number;
  /** Held-out accuracy (or −loss without labels): higher is better. */
  readonly accuracy: number;
  /** Held-out drop plus one standard error. */
  readonly bound: number;
}

/** Per point whether it is on the front; the index of the cheapest point within `maxDrop` (undefined when none). */
export function frontAndBudget(points: readonly SelectionPoint[], maxDrop: number): { onFront: boolean[]; cheapestWithin: number | undefined } {
  const onFront = points.map((p) => !points.some((q) => q !== p && q.objective <= p.objective && q.accuracy >= p.accuracy
    && (q.objective < p.objective || q.accuracy > p.accuracy)));
  const within = points.map((_, i) => i).filter((i) => points[i]!.bound <= maxDrop).sort((x, y) => points[x]!.objective - points[y]!.objective);
  return { onFront, cheapestWithin: within[0] };
}
