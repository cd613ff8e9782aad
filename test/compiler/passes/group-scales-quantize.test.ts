// The group presets end to end on the shipped models: every plain conv and dense layer gets w_group and a
// u8 w_mult in the tap-major layout, depthwise layers stay per-channel, the quantized graph survives the
// QIR text + safetensors round trip bit for bit (reference outputs equal), and the lowering puts the grouped
// layers in the group modes (bit-exactness on the machine: test/simulator/group-scales-sim.test.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQir, saveQir } from '../../../compiler/qir/load.js';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { runIntGraph } from '../../../compiler/reference/int-interpreter.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { weightGroupLayout } from '../../../core/weight-groups.js';
import { quantized, seededBatch } from '../lower/models.js';

describe('group presets on the shipped models', () => {
  it('w4a8-g32 marks plain convs and dense layers, not depthwise ones; multipliers in [1, 255], 255 in every row', () => {
    const g = quantized('models/fmnist_dwsep.qir', 'w4a8-g32');
    const weighted = g.nodes.filter((n) => n.op === 'qconv2d' || n.op === 'qdense');
    let grouped = 0;
    for (const n of weighted) {
      const depthwise = n.op === 'qconv2d' && ((n.attrs['groups'] as number | undefined) ?? 1) > 1;
      if (depthwise) {
        expect(n.attrs['w_group'], n.name).toBeUndefined();
        expect(n.operands.length, n.name).toBe(6);
        continue;
      }
      grouped++;
      expect(n.attrs['w_group'], n.name).toBe(32);
      const w = g.constants.get(n.operands[1]!.name)!;
      const m = g.constants.get(n.operands[6]!.name)!;
      const count = weightGroupLayout(w.type.shape, 32).count;
      expect(m.type).toEqual({ dtype: 'u8', shape: [w.type.shape[0], count] });
      expect(w.type.dtype).toBe('i4');
      for (let r = 0; r < w.type.shape[0]!; r++) {
        const row = [...(m.data as Uint8Array).subarray(r * count, (r + 1) * count)];
        expect(row.every((v) => v >= 1)).toBe(true);
        expect(Math.max(...row)).toBe(255);
      }
    }
    expect(grouped).toBeGreaterThan(1);
  });

  it('survives save/load (QIR + safetensors sidecar): the reference gives the same codes', () => {
    const g = quantized('models/fmnist_cnn.qir', 'w4a8-g128');
    const dir = mkdtempSync(join(tmpdir(), 'accsim-group-'));
    saveQir(g, join(dir, 'g.qir'));
    const back = loadQir(join(dir, 'g.qir'));
    const decl = g.inputs[0]!;
    const x = seededBatch(decl.type.shape.slice(1), decl.type.shape[0]!, 3);
    const run = (graph: typeof g) => runIntGraph(graph, new Map([[decl.name, { type: decl.type, data: x.data }]])).values.get(graph.outputs[0]!)!.data;
    expect([...run(back)]).toEqual([...run(g)]);
    expect(back.nodes.filter((n) => n.attrs['w_group'] === 128).length).toBe(g.nodes.filter((n) => n.attrs['w_group'] === 128).length);
  });

  it('the lowering runs group-wise layers in w4a8-group (4-bit weights) and int8-group (8-bit)', () => {
    for (const [preset, mode] of [['w4a8-g64', 'w4a8-group'], ['w8a8-g128', 'int8-group']] as const) {
      const g = quantized('models/fmnist_mlp.qir', preset);
      const p = lowerGraph(g, defaultHwConfig());
      const modes = p.instructions.filter((i) => i.op === 'CONFIG').map((i) => (i as { mode: string }).mode);
      expect(modes.length, preset).toBeGreaterThan(0);
      expect(modes.every((m) => m === mode), `${preset}: ${modes.join(', ')}`).toBe(true);
    }
  });
});
