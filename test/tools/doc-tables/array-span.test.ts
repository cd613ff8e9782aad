// The per-layer array figures the SCALE-Sim table compares: the array span (hull of a layer's array groups in
// the trace) and the array cycles after the layers before it had ended.
import { describe, expect, it } from 'vitest';
import { arrayCyclesAfter, arrayRanges, arraySpans } from '../../../tools/doc-tables/array-span.js';
import type { Trace } from '../../../simulator/trace.js';

const span = (name: string, cat: string, startCycle: number, cycles: number) => ({ name, ph: 'X' as const, pid: 1, tid: 2, cat, args: { startCycle, cycles } });

describe('array spans', () => {
  it('takes the hull of a layer\'s array groups and ignores the other tracks', () => {
    const trace: Trace = { displayTimeUnit: 'ns', traceEvents: [
      span('conv', 'systolic array', 100, 50), span('pool', 'vector unit', 0, 400), span('conv', 'systolic array', 300, 20), span('conv', 'load DMA', 0, 900),
    ] };
    expect([...arrayRanges(trace)]).toEqual([['conv', { from: 100, to: 320 }]]);
    expect(arraySpans(trace).get('conv')).toBe(220);
  });

  it('counts the array cycles after the layers before it: a hoisted start waiting for them is left out, nothing else', () => {
    // LOAD_WEIGHTS hoisted to 100, the previous layer's output complete at 250: 320 − 250.
    expect(arrayCyclesAfter({ from: 100, to: 320 }, 250)).toBe(70);
    // Starting after the layers before it: the whole span.
    expect(arrayCyclesAfter({ from: 300, to: 320 }, 250)).toBe(20);
    // Wholly overlapped by the layers before it, and no array work at all.
    expect(arrayCyclesAfter({ from: 100, to: 200 }, 250)).toBe(0);
    expect(arrayCyclesAfter(undefined, 0)).toBe(0);
  });
});
