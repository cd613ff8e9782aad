// Acceptance sweep (issue 5): every model in models/ at every preset, at 4x4, 8x8, 16x16 and 32x32 in
// both dataflows, either lowers to a program that passes the static checker, or fails with a
// documented mapping error (MAP0xx). Calibration is a seeded random batch, to keep the sweep quick.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../core/diagnostics.js';
import type { Graph } from '../../../compiler/ir/graph.js';
import { checkProgram } from '../../../isa/check/index.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { MAP_AREA } from '../../../core/error-codes/mapping.js';
import { PRESETS } from '../../../compiler/quant/presets.js';
import { applyOverrides, defaultHwConfig } from '../../../isa/hw-config.js';
import { allModels, quantized } from './models.js';
import { expectedRefusal, machineRefusal } from './known-skips.js';

const ARRAYS = ['4x4', '8x8', '16x16', '32x32'];

function tryQuantize(model: string, preset: string): Graph | string {
  try {
    return quantized(model, preset);
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics[0]!.code;
    throw e;
  }
}

describe('every model × preset × array × dataflow', () => {
  for (const model of allModels()) {
    it(model, () => {
      for (const preset of Object.keys(PRESETS)) {
        const g = tryQuantize(model, preset);
        // The pairs the quantizer refuses are listed (known-skips.ts) with their code: nothing to lower.
        if (typeof g === 'string') {
          expect(g, `${model} ${preset} refused`).toBe(expectedRefusal(model, preset));
          continue;
        }
        expect(expectedRefusal(model, preset), `${model} ${preset} quantizes now: drop it from known-skips.ts`).toBeUndefined();
        for (const array of ARRAYS) {
          for (const dataflow of ['ws', 'os'] as const) {
            const hw = applyOverrides(defaultHwConfig(), { array, dataflow });
            const where = `${model} ${preset} ${array} ${dataflow}`;
            let program;
            try {
              program = lowerGraph(g, hw);
            } catch (e) {
              if (!(e instanceof UserError)) throw e;
              const code = e.diagnostics[0]!.code;
              expect(Object.keys(MAP_AREA.codes), where).toContain(code);
              // The only mapping failures the presets reach are stated per preset (known-skips.ts).
              expect(code, where).toBe(machineRefusal(preset));
              continue;
            }
            expect(machineRefusal(preset), `${where} lowers now: update machineRefusal`).toBeUndefined();
            expect(checkProgram(program), where).toEqual([]);
          }
        }
      }
      // Every preset lowers since the group modes (four more than before them): fmnist_resnet's 15 presets ×
      // 8 machines took 132 s on a loaded machine (load average 20 on 2 cores), over the 120 s default.
    }, 300_000);
  }
});
