// Issue 13: the lowering's cost model (compiler/lower/cost-model.ts, conv-search.ts estimatePlan) against the
// simulator, for every conv/dense layer on the array, over every model in models/ and models/examples/ ×
// three presets × three array shapes × both dataflows, on the default machine and on the ample-memory one
// (models/hw/ample.json). The simulated figure is what the layer adds to the program: its last end minus
// the last end of every layer before it (its span would count the loads it prefetches while the previous
// layer runs, which the model prices as run-ahead instead).
//
// The goal is every layer within 10 %. Not met yet; the counted allowances below are the state of the
// model, each with why, and the test fails if any grows (COST_MODEL_REPORT=file.json writes every row):
// - ample: layers that run beside a sibling branch (residual's block.proj, concat's branch5) overlap the
//   layer before them in program order, which the per-layer model cannot see; fmnist_dwsep pw2 at 32x32
//   binary/w4a8 (the depthwise layer before it is priced at its element cycles only).
// - default (DRAM latency 100, 16 bursts in flight): how far a layer's loads run ahead of it depends on how
//   long the previous layers leave the load queue and the weight rows idle, estimated from the previous
//   layer's own prediction and an element-count estimate of the vector layers in between.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HwConfig } from '../../../isa/hw-config.js';
import { hwConfigFromFlags } from '../../../tools/hw-options.js';
import { deviation, layerAccuracy, type LayerAccuracy } from './cost-model-accuracy.js';
import { allModels, quantized } from './models.js';

const TARGET = 0.1;
const PRESETS = ['w8a8', 'w4a8', 'binary'];
const ARRAYS = ['16x16', '8x8', '32x32'];
/**
 * Per machine: layers allowed beyond TARGET, the largest deviation and the median allowed (measured 2026-12-05:
 * ample 39 of 696 beyond, worst 0.42, median 0.006; default 231 of 675, 0.99, 0.040. Of those, the trained
 * residual model models/fmnist_resnet.qir, shipped after the model was written, adds 11 (ample: its
 * layer2.proj, a sibling-branch layer) and 64 (default) of its 162 rows; without it 28 of 534 and 167 of 513.
 * Before this model, with the layer span as the measure: 745 of 1050 beyond, median 0.23). Default 231 → 229
 * with the token pass reusing a planned fence (branch sched3, 2026-12-05). Branch sched4 (2026-12-05): ws REQUANTs
 * behind the next tiles' COMPUTEs, each tile's weights priced as its own LOAD, and no load run-ahead past a
 * vector layer's padding fills: ample 39 → 35 (median 0.0054, worst 0.294), default 229 → 202 (median 0.0347,
 * worst 0.994). Branch sched6 (2026-12-05): banding priced by the pool/add work it leaves after its end, pools
 * and adds of 256+ vector cycles cut, the consumer's array starting behind the last piece: ample 35 → 33
 * (median 0.0061), default 202 (median 0.0362).
 */
const ALLOWED = { ample: { beyond: 33, worst: 0.3, median: 0.01 }, default: { beyond: 202, worst: 1.0, median: 0.04 } } as const;

function machines(): { kind: keyof typeof ALLOWED; name: string; hw: HwConfig }[] {
  const out: { kind: keyof typeof ALLOWED; name: string; hw: HwConfig }[] = [];
  for (const kind of ['default', 'ample'] as const) {
    const file = kind === 'ample' ? 'models/hw/ample.json' : undefined;
    for (const array of ARRAYS) for (const dataflow of ['ws', 'os'] as const) out.push({ kind, name: `${kind} ${array} ${dataflow}`, hw: hwConfigFromFlags({ hw: file, array, dataflow }) });
  }
  return out;
}

describe('cost model vs simulator (issue 13)', () => {
  it(`predicts conv/dense layers within ${100 * TARGET} %, but for the counted allowances`, () => {
    const rows = new Map<keyof typeof ALLOWED, LayerAccuracy[]>([['ample', []], ['default', []]]);
    for (const path of allModels()) {
      for (const preset of PRESETS) {
        const g = quantized(path, preset);
        for (const m of machines()) rows.get(m.kind)!.push(...layerAccuracy(g, m.hw, `${path} ${preset} ${m.name}`));
      }
    }
    if (process.env.COST_MODEL_REPORT !== undefined) writeFileSync(process.env.COST_MODEL_REPORT, JSON.stringify([...rows.values()].flat()));
    for (const [kind, list] of rows) {
      const allowed = ALLOWED[kind];
      const devs = list.map(deviation).sort((a, b) => a - b);
      expect(list.length, kind).toBeGreaterThan(500);
      expect(devs[Math.floor(devs.length / 2)]!, `${kind} median`).toBeLessThanOrEqual(allowed.median);
      const beyond = list.filter((r) => deviation(r) > TARGET);
      expect(beyond.length, `${kind}: layers beyond ${TARGET}: ${beyond.map((r) => `${r.point} ${r.layer} ${r.predicted}/${r.simulated}`).join('; ')}`).toBeLessThanOrEqual(allowed.beyond);
      expect(devs[devs.length - 1]!, `${kind} worst`).toBeLessThanOrEqual(allowed.worst);
    }
  });
});
