// The residency planner (compiler/lower/residency.ts): which tensors stay on chip, in which rows, for
// how long — decided from the buffer sizes.
import { describe, expect, it } from 'vitest';
import { defaultHwConfig, deriveHw, type HwConfig } from '../../../isa/hw-config.js';
import { buildNetwork } from '../../../compiler/lower/network.js';
import { planNetworkResidency, weightedShape } from '../../../compiler/lower/layer-kinds.js';
import { outRows } from '../../../compiler/lower/onchip-layout.js';
import { quantized } from './models.js';

function plan(model: string, hw: HwConfig) {
  const net = buildNetwork(quantized(model, 'w8a8'), hw.array.cols);
  const res = planNetworkResidency(net, net.layers.map((l) => weightedShape(net, l)), hw);
  return { net, res };
}

describe('planResidency', () => {
  it('keeps every activation of fmnist_cnn on chip with the default buffers, each in the layout its consumers read', () => {
    const { net, res } = plan('models/fmnist_cnn.qir', defaultHwConfig());
    const kept = [...res.placement.keys()];
    const inner = [...net.tensors.values()].filter((t) => t.role === 'activation').map((t) => t.name);
    expect(kept.sort()).toEqual(inner.sort());
    // conv1's output feeds a pool (output buffer); pool1's feeds a conv (input buffer, padded by 1).
    expect(res.placement.get('conv1/Conv')!.out).toBeDefined();
    expect(res.placement.get('conv1/Conv')!.img).toBeUndefined();
    const pool1 = res.placement.get('pool1/MaxPool')!;
    expect(pool1.out).toBeUndefined();
    expect(pool1.img!.pads).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(pool1.img!.h * pool1.img!.w).toBe(14 * 14);
  });

  it('keeps only what fits half of small buffers, and the program input and output never', () => {
    const hw = defaultHwConfig();
    hw.memories.output.sizeBytes = 2048;
    hw.memories.input.sizeBytes = 2048;
    const { net, res } = plan('models/fmnist_cnn.qir', hw);
    // 1 KiB per half: only the 64-byte global-pool result (4 input-buffer rows for the dense layer) fits.
    expect([...res.placement.keys()]).toEqual(['gap/GlobalAveragePool']);
    const big = plan('models/fmnist_cnn.qir', defaultHwConfig()).res;
    for (const t of net.tensors.values()) if (t.role !== 'activation') expect(big.placement.has(t.name)).toBe(false);
  });

  it('never lets two live tensors share rows, and stays in the top half of each buffer', () => {
    const hw = defaultHwConfig();
    const d = deriveHw(hw);
    for (const model of ['models/fmnist_cnn.qir', 'models/examples/residual.qir', 'models/fmnist_dwsep.qir']) {
      const { net, res } = plan(model, hw);
      const regions = [...res.placement].flatMap(([name, p]) => {
        const t = net.tensors.get(name)!;
        const life = [t.producer, Math.max(...t.consumers)];
        return [
          ...(p.out ? [{ buf: 'out', lo: p.out.base, hi: p.out.base + outRows(p.out), life }] : []),
          ...(p.img ? [{ buf: 'in', lo: p.img.base, hi: p.img.base + p.img.rows, life }] : []),
        ];
      });
      for (const r of regions) expect(r.lo, model).toBeGreaterThanOrEqual((r.buf === 'out' ? d.bufferRows.output : d.bufferRows.input) / 2);
      for (const a of regions) for (const b of regions) {
        if (a === b || a.buf !== b.buf || a.life[1]! < b.life[0]! || b.life[1]! < a.life[0]!) continue;
        expect(a.hi <= b.lo || b.hi <= a.lo, model).toBe(true);
      }
      // The working space of each layer ends below every tensor live during it.
      net.layers.forEach((_, k) => {
        for (const r of regions) if (r.life[0]! <= k && k <= r.life[1]!) expect(r.lo).toBeGreaterThanOrEqual(r.buf === 'out' ? res.workOutput[k]! : res.workInput[k]!);
      });
    }
  });
});
