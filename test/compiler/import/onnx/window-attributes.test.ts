// ONNX window attributes the importer must refuse, each with its code and the exact one-line message that
// names the node, the attribute, the value and what is supported, and the nearby values it must accept
// (what the mutation run found unpinned in compiler/import/onnx/ops/conv-pool.ts).
import { describe, expect, it } from 'vitest';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { UserError } from '../../../../core/diagnostics.js';
import { buildModel, floatTensor, node, type AttrIn, type NodeObj } from './onnx-builder.js';

const X = { name: 'x', dims: [1, 2, 5, 5] };
const W = floatTensor('w', [3, 2, 3, 3], new Float32Array(54).fill(0.1));

/** `code: message` of importing one node over x [1,2,5,5] (and the 3x3 weight `w`), or 'ok'. */
function verdict(n: NodeObj, outputs = ['y'], extra: { initializers?: ReturnType<typeof floatTensor>[] } = {}): string {
  try {
    importOnnx(buildModel({ inputs: [X], outputs, initializers: [W, ...(extra.initializers ?? [])], nodes: [n] }));
    return 'ok';
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
  }
}

const conv = (attrs: Record<string, AttrIn>, inputs = ['x', 'w']) => node('Conv', inputs, ['y'], attrs, 'c');
const maxPool = (attrs: Record<string, AttrIn>) => node('MaxPool', ['x'], ['y'], { kernel_shape: { ints: [2, 2] }, ...attrs }, 'mp');
const avgPool = (attrs: Record<string, AttrIn>) => node('AveragePool', ['x'], ['y'], { kernel_shape: { ints: [2, 2] }, ...attrs }, 'ap');

describe('window attributes: refusals and the values next to them', () => {
  it.each([
    ['MaxPool without kernel_shape', node('MaxPool', ['x'], ['y'], {}, 'mp'), 'ONNX011: MaxPool mp: attribute kernel_shape is required'],
    ['strides of one value', maxPool({ strides: { ints: [2] } }), 'ONNX011: MaxPool mp: attribute strides=[2] is not supported (2 positive integers, one per spatial axis)'],
    ['a zero stride', maxPool({ strides: { ints: [2, 0] } }), 'ONNX011: MaxPool mp: attribute strides=[2,0] is not supported (2 positive integers, one per spatial axis)'],
    ['strides 1, 1', maxPool({ strides: { ints: [1, 1] } }), 'ok'],
    ['three pads', conv({ pads: { ints: [1, 1, 1] } }), 'ONNX011: Conv c: attribute pads=[1,1,1] is not supported (4 non-negative integers [begins..., ends...])'],
    ['a negative pad', conv({ pads: { ints: [0, 1, -1, 0] } }), 'ONNX011: Conv c: attribute pads=[0,1,-1,0] is not supported (4 non-negative integers [begins..., ends...])'],
    ['pads with auto_pad', conv({ auto_pad: { s: 'SAME_UPPER' }, pads: { ints: [0, 1, 0, 0] } }), 'ONNX011: Conv c: attribute pads=[0,1,0,0] is not supported (pads cannot be combined with auto_pad=SAME_UPPER)'],
    ['zero pads with auto_pad', conv({ auto_pad: { s: 'SAME_LOWER' }, pads: { ints: [0, 0, 0, 0] } }), 'ok'],
    ['an unknown auto_pad', conv({ auto_pad: { s: 'SAME' } }), 'ONNX011: Conv c: attribute auto_pad="SAME" is not supported (supported: NOTSET, VALID, SAME_UPPER, SAME_LOWER)'],
    ['a declared kernel that is not the weight\'s', conv({ kernel_shape: { ints: [3, 2] } }), 'ONNX011: Conv c: attribute kernel_shape=[3,2] is not supported (the weight w is [3,2,3,3], so the kernel is [3,3])'],
    ['a declared kernel wrong in its first value', conv({ kernel_shape: { ints: [2, 3] } }), 'ONNX011: Conv c: attribute kernel_shape=[2,3] is not supported (the weight w is [3,2,3,3], so the kernel is [3,3])'],
    ['a declared kernel of three values', conv({ kernel_shape: { ints: [3, 3, 1] } }), 'ONNX011: Conv c: attribute kernel_shape=[3,3,1] is not supported (the weight w is [3,2,3,3], so the kernel is [3,3])'],
    ['a declared kernel of one value', conv({ kernel_shape: { ints: [3] } }), 'ONNX011: Conv c: attribute kernel_shape=[3] is not supported (the weight w is [3,2,3,3], so the kernel is [3,3])'],
    ['the weight\'s kernel declared', conv({ kernel_shape: { ints: [3, 3] } }), 'ok'],
    ['group 0', conv({ group: { i: 0 } }), 'ONNX011: Conv c: attribute group=0 is not supported (a positive integer)'],
    ['pool dilations 2, 1 (imported since opset-aware pooling)', maxPool({ dilations: { ints: [2, 1] } }), 'ok'],
    ['pool dilations 1, 1', maxPool({ dilations: { ints: [1, 1] } }), 'ok'],
    ['average pool dilations 1, 1', avgPool({ dilations: { ints: [1, 1] } }), 'ok'],
    ['ceil_mode 2', maxPool({ ceil_mode: { i: 2 } }), 'ONNX011: MaxPool mp: attribute ceil_mode=2 is not supported (0 or 1)'],
    ['count_include_pad 2', avgPool({ count_include_pad: { i: 2 } }), 'ONNX011: AveragePool ap: attribute count_include_pad=2 is not supported (0 or 1)'],
    ['GlobalAveragePool with a window attribute', node('GlobalAveragePool', ['x'], ['y'], { kernel_shape: { ints: [5, 5] } }, 'g'), 'ONNX011: GlobalAveragePool g: attribute kernel_shape is not supported; GlobalAveragePool-1 takes no attributes'],
  ])('%s', (_what, n, want) => {
    expect(verdict(n)).toBe(want);
  });

  it('a weight that is not 4-D (ONNX016)', () => {
    const w3 = floatTensor('w3', [3, 2, 9], new Float32Array(54));
    expect(verdict(conv({}, ['x', 'w3']), ['y'], { initializers: [w3] })).toBe('ONNX016: Conv c: weight w3 must have 4 dims for a 2-D window, got [3,2,9]');
  });

  it('MaxPool argmax indices in use are refused; the windows\' data input must be a value, not a constant', () => {
    const withIndices = node('MaxPool', ['x'], ['y', 'idx'], { kernel_shape: { ints: [2, 2] } }, 'mp');
    expect(verdict(withIndices, ['y', 'idx'])).toMatch(/^ONNX\d{3}: MaxPool mp: .*argmax indices output is not supported/);
    const c = floatTensor('c', [1, 2, 5, 5], new Float32Array(50));
    const ops = [['MaxPool', 'the pooling input'], ['AveragePool', 'the pooling input'], ['GlobalAveragePool', 'the pooling input'], ['Conv', 'the convolution input']] as const;
    for (const [op, what] of ops) {
      const n = node(op, op === 'Conv' ? ['c', 'w'] : ['c'], ['y'], op === 'Conv' || op === 'GlobalAveragePool' ? {} : { kernel_shape: { ints: [2, 2] } }, 'k');
      expect(verdict(n, ['y'], { initializers: [c] })).toContain(what);
    }
  });
});
