// The importer reads each op by the definition in force at the model's opset: attributes that became
// inputs, legacy broadcast and test-mode flags, Softmax's old 2-D coercion, Resize-10/Upsample; shape
// arithmetic on constants is evaluated at import; fixed-batch exports become per-image only when equivalent.
import { describe, expect, it } from 'vitest';
import { buildModel, floatTensor, int64Tensor, node, randomFloats } from './onnx-builder.js';
import { importAndRun, opsOf } from './run-imported.js';
import { importOnnxWithNotes } from '../../../../compiler/import/onnx/to-graph.js';
import { opVersionAt } from '../../../../compiler/import/onnx/op-versions.js';

const vec = { name: 'x', dims: [1, 2, 3] };

describe('op definitions by opset', () => {
  it('resolves the definition in force', () => {
    expect(opVersionAt('Clip', 10)).toBe(6);
    expect(opVersionAt('Clip', 13)).toBe(13);
    expect(opVersionAt('Pad', 17)).toBe(13);
    expect(opVersionAt('Pad', 28)).toBe(25);
    expect(opVersionAt('HardSwish', 13)).toBeUndefined();
  });

  it('Clip bounds: attributes at opset 6, inputs from 11', () => {
    const x = [-3, -1, 0, 1, 2, 5];
    const six = buildModel({ opset: 6, inputs: [vec], outputs: ['y'], nodes: [node('Clip', ['x'], ['y'], { min: { f: -1 }, max: { f: 2 } })] });
    expect(Array.from(importAndRun(six, x).y)).toEqual([-1, -1, 0, 1, 2, 2]);
  });

  it('Pad: paddings at opset 1, pads/value attributes at 2, inputs at 11, only listed axes at 18', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const want = [7, 1, 2, 3, 7, 4, 5, 6];
    const v1 = buildModel({ opset: 1, inputs: [vec], outputs: ['y'], nodes: [node('Pad', ['x'], ['y'], { paddings: { ints: [0, 0, 1, 0, 0, 0] }, value: { f: 7 } })] });
    const v2 = buildModel({ opset: 2, inputs: [vec], outputs: ['y'], nodes: [node('Pad', ['x'], ['y'], { pads: { ints: [0, 0, 1, 0, 0, 0] }, value: { f: 7 } })] });
    const v11 = buildModel({ opset: 11, inputs: [vec], outputs: ['y'], initializers: [int64Tensor('p', [6], [0, 0, 1, 0, 0, 0]), floatTensor('v', [], [7])], nodes: [node('Pad', ['x', 'p', 'v'], ['y'])] });
    const v18 = buildModel({ opset: 18, inputs: [vec], outputs: ['y'], initializers: [int64Tensor('p', [2], [1, 0]), floatTensor('v', [], [7]), int64Tensor('a', [1], [-1])], nodes: [node('Pad', ['x', 'p', 'v', 'a'], ['y'])] });
    for (const m of [v1, v2, v11, v18]) expect(Array.from(importAndRun(m, x).y)).toEqual(want);
  });

  it('Squeeze/Unsqueeze axes: attribute before opset 13, input from 13; both become reshapes', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const a = buildModel({ opset: 11, inputs: [vec], outputs: ['y'], nodes: [node('Unsqueeze', ['x'], ['u'], { axes: { ints: [0, -1] } }), node('Squeeze', ['u'], ['y'], { axes: { ints: [0] } })] });
    const b = buildModel({ opset: 13, inputs: [vec], outputs: ['y'], initializers: [int64Tensor('ua', [2], [0, -1]), int64Tensor('sa', [1], [0])], nodes: [node('Unsqueeze', ['x', 'ua'], ['u']), node('Squeeze', ['u', 'sa'], ['y'])] });
    for (const m of [a, b]) {
      const { graph, y } = importAndRun(m, x);
      expect(opsOf(graph)).toEqual(['reshape', 'reshape']);
      expect(graph.values.get('y')!.type.shape).toEqual([1, 2, 3, 1]);
      expect(Array.from(y)).toEqual(x);
    }
  });

  it('Add with a legacy broadcast (opset 6, broadcast=1, axis=1) means a per-channel constant', () => {
    const m = buildModel({ opset: 6, inputs: [vec], outputs: ['y'], initializers: [floatTensor('b', [2], [10, 20])], nodes: [node('Add', ['x', 'b'], ['y'], { broadcast: { i: 1 }, axis: { i: 1 } })] });
    expect(Array.from(importAndRun(m, [1, 2, 3, 4, 5, 6]).y)).toEqual([11, 12, 13, 24, 25, 26]);
  });

  it('Softmax before opset 13 normalises over the flattened trailing axes', () => {
    const x = randomFloats(6, 3);
    const m = buildModel({ opset: 11, inputs: [vec], outputs: ['y'], nodes: [node('Softmax', ['x'], ['y'], { axis: { i: 1 } })] });
    const { y } = importAndRun(m, x);
    const e = Array.from(x, Math.exp);
    const s = e.reduce((p, q) => p + q, 0);
    e.forEach((v, i) => expect(y[i]).toBeCloseTo(v / s, 6));
  });

  it('BatchNormalization-6 in test mode, Dropout-12 with training_mode false and Dropout-7 are identities or batchnorm', () => {
    const bn = ['s', 'b', 'm', 'v'].map((k) => floatTensor(k, [2], k === 'v' ? [1, 1] : k === 's' ? [1, 1] : [0, 0]));
    const m = buildModel({
      opset: 6, inputs: [vec], outputs: ['y'], initializers: bn,
      nodes: [node('BatchNormalization', ['x', 's', 'b', 'm', 'v'], ['n'], { is_test: { i: 1 }, epsilon: { f: 0 } }), node('Dropout', ['n'], ['y'], { is_test: { i: 1 } })],
    });
    expect(opsOf(importAndRun(m, [1, 2, 3, 4, 5, 6]).graph)).toEqual(['batchnorm']);
    const d12 = buildModel({ opset: 12, inputs: [vec], outputs: ['y'], initializers: [floatTensor('r', [], [0.5]), { name: 't', dims: [], data_type: 9, int32_data: [0] }], nodes: [node('Dropout', ['x', 'r', 't'], ['y'])] });
    expect(Array.from(importAndRun(d12, [1, 2, 3, 4, 5, 6]).y)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('Upsample-7 (scales attribute), Resize-10 (scales input) and Resize-13 with sizes', () => {
    const img = { name: 'x', dims: [1, 1, 1, 2] };
    const up7 = buildModel({ opset: 7, inputs: [img], outputs: ['y'], nodes: [node('Upsample', ['x'], ['y'], { scales: { floats: [1, 1, 2, 2] } })] });
    const r10 = buildModel({ opset: 10, inputs: [img], outputs: ['y'], initializers: [floatTensor('s', [4], [1, 1, 2, 2])], nodes: [node('Resize', ['x', 's'], ['y'])] });
    const r13 = buildModel({ opset: 13, inputs: [img], outputs: ['y'], initializers: [int64Tensor('z', [4], [1, 1, 2, 4])], nodes: [node('Resize', ['x', '', '', 'z'], ['y'], { mode: { s: 'nearest' }, coordinate_transformation_mode: { s: 'asymmetric' }, nearest_mode: { s: 'floor' } })] });
    for (const m of [up7, r10, r13]) expect(Array.from(importAndRun(m, [1, 2]).y)).toEqual([1, 1, 2, 2, 1, 1, 2, 2]);
  });

  it('ConvTranspose with output_shape gets the pads and output padding the ONNX reference computes', () => {
    const m = buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 3] }], outputs: ['y'], initializers: [floatTensor('w', [1, 1, 3], [1, 1, 1])],
      nodes: [node('ConvTranspose', ['x', 'w'], ['y'], { strides: { ints: [2] }, output_shape: { ints: [8] } })],
    });
    // Full output 2·2 + 3 = 7 positions: [1, 1, 1+2, 2, 2+3, 3, 3]; output_shape 8 adds one 0 at the end.
    expect(Array.from(importAndRun(m, [1, 2, 3]).y)).toEqual([1, 1, 3, 2, 5, 3, 3, 0]);
  });

  it('1-D windows become 2-D ones on a height-1 image; GlobalMaxPool is a whole-image max pool', () => {
    const m = buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 4] }], outputs: ['y'], initializers: [floatTensor('w', [1, 1, 2], [1, -1])],
      nodes: [node('Conv', ['x', 'w'], ['c']), node('MaxPool', ['c'], ['p'], { kernel_shape: { ints: [2] }, dilations: { ints: [2] } }), node('GlobalMaxPool', ['c'], ['y'])],
    });
    const { graph, y } = importAndRun(m, [1, 4, 2, 8]);
    expect(opsOf(graph).filter((o) => o !== 'reshape')).toEqual(['conv2d', 'maxpool', 'maxpool']);
    expect(Array.from(y)).toEqual([2]); // c = [−3, 2, −6]
  });
});

describe('constant evaluation and fixed batches', () => {
  it('evaluates Shape → Gather → Unsqueeze → Concat → Reshape on the static shapes', () => {
    const m = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 2, 2] }], outputs: ['y'],
      initializers: [int64Tensor('zero', [], [0]), int64Tensor('neg', [1], [-1])],
      nodes: [node('Shape', ['x'], ['s']), node('Gather', ['s', 'zero'], ['n']), node('Unsqueeze', ['n', 'zero'], ['n1']), node('Concat', ['n1', 'neg'], ['shape'], { axis: { i: 0 } }), node('Reshape', ['x', 'shape'], ['y'])],
    });
    const { graph } = importAndRun(m, randomFloats(8, 1));
    expect(opsOf(graph)).toEqual(['reshape']);
    expect(graph.nodes[0]!.attrs['shape']).toEqual([1, -1]);
  });

  it('keeps a fixed batch that the model mixes (a softmax over axis 0), with a note saying why', () => {
    const m = buildModel({ inputs: [{ name: 'x', dims: [3, 2] }], outputs: ['y'], nodes: [node('Softmax', ['x'], ['y'], { axis: { i: 0 } })] });
    const { graph, notes } = importOnnxWithNotes(m);
    expect(graph.inputs[0]!.type.shape).toEqual([3, 2]);
    expect(notes).toEqual(['the model was exported with a fixed batch of 3 and keeps it: softmax %y normalises across the images (axis 0); it runs exactly 3 images at a time']);
  });
});
