// Layers that cannot be mapped fail with a MAP0xx UserError naming the layer and the sizes.
import { describe, expect, it } from 'vitest';
import { lowerGraph } from '../../../compiler/lower/lower-graph.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { quantized } from './models.js';
import { layerGraph } from './random-layers.js';
import { firstDiagnostic as diagnostic } from '../../user-error.js';

describe('mapping errors', () => {
  it('rejects 16-bit activations (w16a16) naming the layer', () => {
    const d = diagnostic(() => lowerGraph(quantized('models/fmnist_mlp.qir', 'w16a16'), defaultHwConfig()));
    expect(d).toMatchObject({ code: 'MAP002', node: 'input_q' });
    expect(d.message).toBe('cannot map layer input_q: i16 activations: the machine\'s activations are at most 8 bits (HARDWARE.md §7)');
  });

  it('rejects a layer whose accumulator is wider than the hardware’s', () => {
    const hw = defaultHwConfig();
    hw.accumulator.bits = 16;
    const d = diagnostic(() => lowerGraph(quantized('models/fmnist_mlp.qir', 'w8a8'), hw));
    expect(d.code).toBe('MAP003');
    expect(d.message).toBe('cannot map layer fc1/Gemm: the layer accumulates in 32 bits but the hardware accumulators have 16');
  });

  it('rejects a flatten whose NHWC order would show (not read by a dense layer)', () => {
    const g = layerGraph({ h: 2, w: 3, c0: 1, cin: 4, cout: 5, mid: 'u8', kind: 'dense', groups: 1, weight: 'i8', k: [1, 1], stride: [1, 1], dilation: [1, 1], pad: [0, 0, 0, 0], seed: 3 });
    g.nodes = g.nodes.filter((n) => n.name !== 'b').map((n) => (n.op === 'dequantize' ? { ...n, operands: [{ ref: 'value' as const, name: 'flat' }] } : n));
    inferTypes(g);
    const d = diagnostic(() => lowerGraph(g, defaultHwConfig()));
    expect(d).toMatchObject({ code: 'MAP004', node: 'flat' });
    expect(d.message).toBe('cannot map layer flat: flatten of a 6-pixel tensor feeds dequantize y: only a dense layer can read it without a transpose (activations are NHWC)');
  });

  it('rejects a weight buffer too small for one reduction chunk, with the rows needed', () => {
    const hw = defaultHwConfig();
    hw.memories.weight = { sizeBytes: 128, banks: 1, ports: 2 }; // 8 rows < one 16-row chunk
    const d = diagnostic(() => lowerGraph(quantized('models/fmnist_mlp.qir', 'w8a8'), hw));
    expect(d.code).toBe('MAP001');
    expect(d.message).toContain('one chunk of one channel tile 16 weight rows (the buffer has 8)');
  });
});
