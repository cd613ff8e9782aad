// Binary networks with residual adds: the adds stay 8-bit and every binary convolution reading one
// gets a qbinarize at its input (PACK, or the exact 1x1 depthwise form); the simulator equals the
// integer reference bit for bit on every array shape and dataflow.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../compiler/ir/graph.js';
import { runPipeline } from '../../../compiler/passes/index.js';
import { quantizeModel } from '../../../compiler/ptq/quantize-model.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { checkProgram } from '../../../isa/check/index.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { applyOverrides, defaultHwConfig, deriveHw, type HwConfig } from '../../../isa/hw-config.js';
import { simulateProgram } from '../../../simulator/simulate-program.js';
import { nchwToNhwc } from '../../../tools/pipeline/host-io.js';
import { seededBatch } from './models.js';
import { tinyResnet } from './resnet-model.js';

function binaryResnet(): Graph {
  const g = runPipeline(tinyResnet(), ['fold-batchnorm', 'fuse-activations']).graph;
  return quantizeModel(g, { preset: 'binary', calib: seededBatch([1, 12, 12], 8, 3) }).graph;
}

/** `array` and `dataflow` on the defaults, every buffer resized to whole rows and banks (as sim-vs-reference does). */
function machine(array: string, dataflow: 'ws' | 'os'): HwConfig {
  const c = applyOverrides(defaultHwConfig(), { array, dataflow });
  const d = deriveHw(c);
  for (const b of ['input', 'weight', 'accumulator', 'param', 'output'] as const) {
    const banks = c.memories[b].banks;
    c.memories[b].sizeBytes = d.rowBytes[b] * Math.max(1, Math.floor(c.memories[b].sizeBytes / d.rowBytes[b] / banks)) * banks;
  }
  return c;
}

describe('binary ResNet (residual adds feeding binary convolutions)', () => {
  it('quantizes: adds stay 8-bit, every 1-bit-weight layer reads 1-bit activations', () => {
    const q = binaryResnet();
    const dtype = (name: string) => q.values.get(name)!.type.dtype;
    for (const n of q.nodes.filter((n) => n.op === 'qadd')) expect(dtype(n.name), n.name).toBe('u8');
    const binaryLayers = q.nodes.filter((n) => (n.op === 'qconv2d' || n.op === 'qdense') && q.constants.get(n.operands[1]!.name)!.type.dtype === 'b1');
    expect(binaryLayers.map((n) => n.name)).toEqual(['b1.conv1', 'b1.conv2', 'b2.conv1', 'b2.conv2', 'b2.proj']);
    for (const n of binaryLayers) expect(dtype(n.operands[0]!.name), n.name).toBe('b1');
    // The block output is binarized once for both of its binary readers.
    const signs = q.nodes.filter((n) => n.op === 'qbinarize');
    expect(signs.map((n) => n.operands[0]!.name)).toEqual(['stem', 'b1.add']);
    const reader = (name: string) => q.nodes.find((n) => n.name === name)!.operands[0]!.name;
    expect(reader('b2.conv1')).toBe(reader('b2.proj'));
  });

  it('simulates bit for bit on every array shape and dataflow (PACK, and the depthwise form where PACK cannot write bits)', () => {
    const q = binaryResnet();
    const decl = q.inputs[0]!;
    let packs = 0;
    let fallbacks = 0;
    for (const array of ['1x1', '2x3', '4x4', '3x8', '8x8', '16x16', '16x4']) {
      for (const dataflow of ['ws', 'os'] as const) {
        const program = lowerGraph(q, machine(array, dataflow));
        expect(checkProgram(program), `${array} ${dataflow}`).toEqual([]);
        const ops = program.instructions.map((i) => i.op);
        if (ops.includes('PACK')) packs++;
        else fallbacks++;
        for (const seed of [1, 2]) {
          const x = seededBatch(decl.type.shape.slice(1), 1, seed);
          const run = runIntGraph(q, new Map([[decl.name, { type: decl.type, data: x.data }]]));
          const inDesc = program.tensors.find((t) => t.role === 'input')!;
          const outDesc = program.tensors.find((t) => t.role === 'output')!;
          const qin = run.values.get(inDesc.name)!;
          const r = simulateProgram(program, new Map([[inDesc.name, Array.from(nchwToNhwc(qin.type.shape, qin.data as ArrayLike<number>))]]));
          const want = run.values.get(outDesc.name)!;
          expect(Array.from(r.outputs.get(outDesc.name)!), `${array} ${dataflow} seed ${seed}`).toEqual(Array.from(nchwToNhwc(want.type.shape, want.data as ArrayLike<number>)));
        }
      }
    }
    expect(packs).toBeGreaterThan(0);
    expect(fallbacks).toBeGreaterThan(0);
  });
});
