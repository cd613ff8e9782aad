// The step loop's per-instruction tables (simulator/program-index.ts): on an issued program, which holds each
// COMPUTE run's first micro-op only, the tables equal those read from every micro-op made (the expansion).
import { describe, expect, it } from 'vitest';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { expandedInstructions, issuedProgram, runHeads } from '../../isa/compute-run.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { programIndex } from '../../simulator/program-index.js';
import { quantized } from '../compiler/lower/models.js';

describe('programIndex', () => {
  it('of an issued program with runs equals the one read from its expansion (fmnist_cnn and fmnist_resnet, 8x8 and 16x16 ws)', () => {
    for (const model of ['models/fmnist_cnn.qir', 'models/fmnist_resnet.qir']) {
      for (const array of ['8x8', '16x16']) {
        const p = lowerGraph(quantized(model, 'w8a8'), applyOverrides(defaultHwConfig(), { array, dataflow: 'ws' }));
        const issued = issuedProgram(p.instructions, p.layers).instructions;
        expect(runHeads(issued), `${model} ${array}`).toBeDefined();
        // (A copy: the expansion as a program of its own, no runs known, every instruction read.)
        const all = [...expandedInstructions(issued)];
        expect(programIndex(issued), `${model} ${array}`).toEqual(programIndex(all));
      }
    }
  });
});
