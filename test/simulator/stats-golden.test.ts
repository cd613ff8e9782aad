// Pins everything the fast simulator reports for a few lowered example programs: total cycles, every
// counter in total and per layer, the layers' first/last cycles, the energy, a digest of every
// instruction's start/end stamps and of the outputs. The programs themselves are golden too (.accbin),
// so a change in the lowering cannot move these numbers: only a change in the simulator can. Any
// speed-up of the simulator must leave this file green (the counts are those of the cycle model).
// Regenerate (programs and statistics) with `npm run golden` and review why anything moved; a missing
// program or statistics file fails.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { readProgram, writeProgram, type Program } from '../../isa/program-file.js';
import { createInt8Gemm } from '../../simulator/fast/gemm-wasm.js';
import { writeTensor } from '../../simulator/functional/tensor-io.js';
import { applyOverrides, defaultHwConfig, deriveHw, type HwConfig } from '../../isa/hw-config.js';
import { Machine } from '../../simulator/machine.js';
import { dramFootprint, simulateProgram } from '../../simulator/simulate-program.js';
import { countersToJson } from '../../simulator/stats.js';
import { quantized } from '../compiler/lower/models.js';
import { expectGolden, readGolden } from '../golden.js';

const DIR = 'test/golden/sim';

interface Case {
  readonly name: string;
  readonly model: string;
  readonly preset: string;
  readonly array: string;
  readonly dataflow: 'ws' | 'os';
  /** Buffers shrunk to 512 rows (forces many tiles, token traffic and bank pressure). */
  readonly tiny: boolean;
}

const CASES: readonly Case[] = [
  { name: 'fmnist_cnn-w8a8-16x16-ws', model: 'models/fmnist_cnn.qir', preset: 'w8a8', array: '16x16', dataflow: 'ws', tiny: false },
  { name: 'residual-w8a8-4x4-os-tiny', model: 'models/examples/residual.qir', preset: 'w8a8', array: '4x4', dataflow: 'os', tiny: true },
  { name: 'fmnist_dwsep-w4a8-16x16-ws', model: 'models/fmnist_dwsep.qir', preset: 'w4a8', array: '16x16', dataflow: 'ws', tiny: false },
  { name: 'cnn_bn-w8a8-pow2-16x16-os', model: 'models/examples/cnn_bn.qir', preset: 'w8a8-pow2', array: '16x16', dataflow: 'os', tiny: false },
  { name: 'fmnist_mlp-binary-8x8-os', model: 'models/fmnist_mlp.qir', preset: 'binary', array: '8x8', dataflow: 'os', tiny: false },
  { name: 'fmnist_mlp-w4a4-16x4-ws-tiny', model: 'models/fmnist_mlp.qir', preset: 'w4a4', array: '16x4', dataflow: 'ws', tiny: true },
  { name: 'residual-w8a8-pc-16x16-ws-tiny', model: 'models/examples/residual.qir', preset: 'w8a8-pc', array: '16x16', dataflow: 'ws', tiny: true },
];

function machine(c: Case): HwConfig {
  const hw = applyOverrides(defaultHwConfig(), { array: c.array, dataflow: c.dataflow });
  if (!c.tiny) return hw;
  const d = deriveHw(hw);
  for (const b of ['input', 'weight', 'accumulator', 'output'] as const) {
    const banks = hw.memories[b].banks;
    hw.memories[b].sizeBytes = d.rowBytes[b] * Math.ceil(512 / banks) * banks;
  }
  return hw;
}

const RANGE: Record<string, [number, number]> = { u8: [0, 255], i8: [-128, 127], u4: [0, 15], i4: [-8, 7], i2: [-2, 1], b1: [-1, 1] };

/** Seeded input codes (LCG) in the input tensor's range. */
function inputsFor(p: Program): Map<string, number[]> {
  const t = p.tensors.find((x) => x.role === 'input')!;
  const [lo, hi] = RANGE[t.dtype] ?? [-100, 100];
  let s = 12345;
  const v = Array.from({ length: t.shape.reduce((a, b) => a * b, 1) }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  });
  return new Map([[t.name, v]]);
}

const digest = (parts: readonly (Uint8Array | string)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

/** Everything pinned for one program. */
function observe(p: Program): unknown {
  const inputs = inputsFor(p);
  const r = simulateProgram(p, inputs);
  // The stamps of every instruction, from a machine run on the same input.
  const m = new Machine(p.hwConfig, p, dramFootprint(p), { gemm: () => createInt8Gemm() });
  const t = p.tensors.find((x) => x.role === 'input')!;
  writeTensor(m.dram.bytes, t, inputs.get(t.name)!);
  const run = m.run();
  expect(run.cycles).toBe(r.stats.cycles);
  return {
    instructions: p.instructions.length,
    cycles: r.stats.cycles,
    utilization: r.stats.utilization,
    busyCycles: r.stats.busyCycles,
    totals: countersToJson(r.stats.totals),
    layers: r.stats.layers.map((l) => ({ name: l.name, firstCycle: l.firstCycle, lastCycle: l.lastCycle, counters: countersToJson(l.counters) })),
    energyPj: r.energy.total.totalPj,
    layerEnergyPj: r.energy.layers.map((l) => l.energy.totalPj),
    stampsSha256: digest([new Uint8Array(run.start.buffer), new Uint8Array(run.end.buffer)]),
    outputsSha256: digest([...r.outputs].flatMap(([k, v]) => [k, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)])),
  };
}

describe('simulator statistics (golden programs)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      // The program is pinned too: lowered again only when the goldens are regenerated.
      const bin = `${DIR}/${c.name}.accbin`;
      const p = readProgram(readGolden(bin, () => writeProgram(lowerGraph(quantized(c.model, c.preset), machine(c)))), bin);
      expectGolden(`${DIR}/${c.name}.json`, `${JSON.stringify(observe(p), null, 1)}\n`);
    });
  }
});
