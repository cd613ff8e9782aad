// ONNX Pad in each of its opset forms: `paddings` (opset 1), `pads`/`mode`/`value` attributes (2-10), pads and
// the constant as inputs (11+), an `axes` input naming the padded axes (18+), and the wrap mode (19+). Every
// mode's values are written out by hand from the operator definition; errors name the node and the input or
// attribute at fault.
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, int64Tensor, node, type AttrIn, type TensorObj } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { firstDiagnostic } from '../../../user-error.js';

const X = [1, 2, 3, 4];
const row = { name: 'x', dims: [1, 1, 1, 4] };
/** X padded on W by 2 at the start and 1 at the end, per mode (the ONNX definition). */
const WANT: Record<string, number[]> = {
  constant: [0, 0, 1, 2, 3, 4, 0],
  reflect: [3, 2, 1, 2, 3, 4, 3],
  edge: [1, 1, 1, 2, 3, 4, 4],
  wrap: [3, 4, 1, 2, 3, 4, 1],
};
const W_PADS = [0, 0, 0, 2, 0, 0, 0, 1];

function padModel(opset: number, inputs: string[], attrs: Record<string, AttrIn>, initializers: TensorObj[] = []): Uint8Array {
  return buildModel({ opset, inputs: [row], outputs: ['y'], initializers, nodes: [node('Pad', inputs, ['y'], attrs, 'pad1')] });
}

describe('Pad forms by opset', () => {
  it('mode is an attribute in every opset: constant, reflect, edge (1, 2, 11, 13, 18), and wrap from 19', () => {
    for (const [opset, modes] of [[1, ['constant', 'reflect', 'edge']], [2, ['constant', 'reflect', 'edge']], [11, ['constant', 'reflect', 'edge']],
      [13, ['reflect']], [18, ['edge']], [19, ['constant', 'reflect', 'edge', 'wrap']]] as const) {
      for (const mode of modes) {
        const m = opset === 1 ? padModel(1, ['x'], { paddings: { ints: W_PADS }, mode: { s: mode } })
          : opset < 11 ? padModel(opset, ['x'], { pads: { ints: W_PADS }, mode: { s: mode } })
            : padModel(opset, ['x', 'p'], { mode: { s: mode } }, [int64Tensor('p', [8], W_PADS)]);
        const { graph, y } = importAndRun(m, X);
        expect(opsOf(graph), `${mode} at opset ${opset}`).toEqual(['pad']);
        expect(Array.from(y), `${mode} at opset ${opset}`).toEqual(WANT[mode]);
      }
    }
  });

  it('opset 18: the axes input picks the padded axes (begins of those axes, then their ends); without it every axis', () => {
    const x = [1, 2, 3, 4];
    const sq = { name: 'x', dims: [1, 1, 2, 2] };
    const withAxes = buildModel({
      opset: 18, inputs: [sq], outputs: ['y'], initializers: [int64Tensor('p', [4], [1, 0, 0, 1]), floatTensor('v', [], [9]), int64Tensor('a', [2], [2, -1])],
      nodes: [node('Pad', ['x', 'p', 'v', 'a'], ['y'])],
    });
    // H: 1 row on top; W: 1 column on the right.
    expect(Array.from(importAndRun(withAxes, x).y)).toEqual([9, 9, 9, 1, 2, 9, 3, 4, 9]);
    const allAxes = buildModel({
      opset: 18, inputs: [sq], outputs: ['y'], initializers: [int64Tensor('p', [8], [0, 0, 1, 0, 0, 0, 0, 1]), floatTensor('v', [], [9])],
      nodes: [node('Pad', ['x', 'p', 'v'], ['y'])],
    });
    expect(Array.from(importAndRun(allAxes, x).y)).toEqual([9, 9, 9, 1, 2, 9, 3, 4, 9]);
  });
});

describe('Pad errors name the node and what is wrong', () => {
  const expectError = (bytes: Uint8Array, code: string, ...parts: string[]) => {
    const d = firstDiagnostic(() => importOnnx(bytes));
    expect(d.code).toBe(code);
    expect(d.message).toContain('Pad pad1');
    for (const p of parts) expect(d.message).toContain(p);
    return d.message;
  };

  it('missing pads: the attribute before opset 11, the input after', () => {
    expectError(padModel(2, ['x'], {}), 'ONNX011', 'the pads are required');
    expectError(padModel(1, ['x'], {}), 'ONNX011', 'the pads are required');
    expectError(padModel(11, ['x'], {}), 'ONNX011', 'the pads are required');
  });

  it('the pads attribute is not read from opset 11 on, nor paddings after opset 1', () => {
    expectError(padModel(11, ['x', 'p'], { pads: { ints: W_PADS } }, [int64Tensor('p', [8], W_PADS)]), 'ONNX011', 'pads');
    expectError(padModel(2, ['x'], { paddings: { ints: W_PADS } }), 'ONNX011', 'paddings');
    expectError(padModel(11, ['x', 'p'], { value: { f: 1 } }, [int64Tensor('p', [8], W_PADS)]), 'ONNX011', 'value');
  });

  it('wrap before opset 19 lists the modes without it; an unknown mode at 19 lists wrap', () => {
    const m18 = expectError(padModel(18, ['x', 'p'], { mode: { s: 'wrap' } }, [int64Tensor('p', [8], W_PADS)]), 'ONNX011', 'mode', 'supported: constant, reflect, edge)');
    expect(m18).not.toContain('wrap)');
    expectError(padModel(19, ['x', 'p'], { mode: { s: 'circular' } }, [int64Tensor('p', [8], W_PADS)]), 'ONNX011', 'mode', 'supported: constant, reflect, edge, wrap)');
  });

  it('a computed constant value or axes input names that input', () => {
    // Computed: a second graph input instead of an initializer.
    const two = (second: { name: string; dims: number[] }, inputs: string[], opset: number, inits: TensorObj[]) =>
      buildModel({ opset, inputs: [row, second], outputs: ['y'], initializers: inits, nodes: [node('Pad', inputs, ['y'], {}, 'pad1')] });
    expectError(two({ name: 'v', dims: [] }, ['x', 'p', 'v'], 13, [int64Tensor('p', [8], W_PADS)]), 'ONNX012', 'the constant value');
    // (Graph inputs are float, so the computed axes here are a float tensor: the importer looks for a constant first.)
    expectError(two({ name: 'a', dims: [1] }, ['x', 'p', '', 'a'], 18, [int64Tensor('p', [2], [1, 1])]), 'ONNX012', 'the axes');
  });

  it('a constant data input is ONNX015 naming the input', () => {
    const bytes = buildModel({
      opset: 13, inputs: [row], outputs: ['y'], initializers: [floatTensor('c', [1, 1, 1, 4], X), int64Tensor('p', [8], W_PADS)],
      nodes: [node('Pad', ['c', 'p'], ['q'], {}, 'pad1'), node('Add', ['q', 'q'], ['y'])],
    });
    expectError(bytes, 'ONNX015', 'the input (input c)');
  });

  it('pads of the wrong length: twice the number of padded axes', () => {
    expectError(padModel(18, ['x', 'p', '', 'a'], {}, [int64Tensor('p', [2], [1, 1]), int64Tensor('a', [2], [2, 3])]), 'ONNX011', 'pads', '4 integers [begins..., ends...]');
    expectError(padModel(13, ['x', 'p'], {}, [int64Tensor('p', [4], [1, 1, 1, 1])]), 'ONNX011', 'pads', '8 integers');
  });
});
