// The search verifies the front and the cheapest configuration within the budget; they differ when an
// equally accurate cheaper point fails the bound (the fmnist_cnn case of the paired-SE search).
import { describe, expect, it } from 'vitest';
import { frontAndBudget } from '../../../tools/search/front-selection.js';

describe('frontAndBudget', () => {
  it('finds the cheapest point within the budget even when it is off the front', () => {
    const points = [
      { objective: 7.881, accuracy: 88.53, bound: 0.56 }, // uniform w4a8: on the front, over the budget
      { objective: 9.82, accuracy: 88.53, bound: 0.47 }, // as accurate, dearer: dominated, within the budget
      { objective: 12.868, accuracy: 88.7, bound: 0.36 }, // on the front, within the budget, dearer
      { objective: 7.415, accuracy: 80.03, bound: 9.47 },
    ];
    const { onFront, cheapestWithin } = frontAndBudget(points, 0.5);
    expect(onFront).toEqual([true, false, true, true]);
    expect(cheapestWithin).toBe(1);
  });

  it('has no cheapest point when none is within the budget; equal points are both on the front', () => {
    const r = frontAndBudget([{ objective: 1, accuracy: 50, bound: 1 }, { objective: 1, accuracy: 50, bound: 2 }], 0.5);
    expect(r.cheapestWithin).toBeUndefined();
    expect(r.onFront).toEqual([true, true]);
  });
});
