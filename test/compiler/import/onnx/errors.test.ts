// Bad input to the importer: each case is a UserError with a stable code and a one-line message.
import { describe, expect, it } from 'vitest';
import { buildModel, encodeModel, floatTensor, int64Tensor, modelObject, node, type ModelSpec } from './onnx-builder.js';
import { importOnnx } from '../../../../compiler/import/onnx/to-graph.js';
import { UserError } from '../../../../core/diagnostics.js';

/** The single diagnostic of the UserError that `f` throws. */
function diagnosticOf(f: () => unknown): { code: string; message: string; file?: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    expect(err.diagnostics).toHaveLength(1);
    expect(err.message).not.toContain('\n');
    return err.diagnostics[0]!;
  }
  throw new Error('expected a UserError');
}

const vec = (name: string): ModelSpec['inputs'][number] => ({ name, dims: [1, 4] });
const reluModel: ModelSpec = { inputs: [vec('x')], outputs: ['y'], nodes: [node('Relu', ['x'], ['y'])] };

describe('file-level errors', () => {
  it('non-ONNX bytes', () => {
    const d = diagnosticOf(() => importOnnx(new TextEncoder().encode('this is not a model\n'), { file: 'notes.txt' }));
    expect(d.code).toBe('ONNX001');
    expect(d.message).toMatch(/^not a valid ONNX model: /);
    expect(d.file).toBe('notes.txt');
  });

  it('an empty file', () => {
    expect(diagnosticOf(() => importOnnx(new Uint8Array(0)))).toMatchObject({ code: 'ONNX001', message: 'not a valid ONNX model: no ir_version' });
  });

  it('a truncated file', () => {
    const bytes = buildModel({ ...reluModel, initializers: [floatTensor('unused', [64], new Float32Array(64))] });
    const d = diagnosticOf(() => importOnnx(bytes.subarray(0, bytes.length - 40)));
    expect(d.code).toBe('ONNX001');
    expect(d.message).toMatch(/^not a valid ONNX model: .*index out of range/);
  });

  it('an external-data initializer', () => {
    const ext = { name: 'big.weight', dims: [4], data_type: 1, data_location: 1, external_data: [{ key: 'location', value: 'weights.bin' }] };
    const bytes = buildModel({ ...reluModel, initializers: [ext] });
    expect(diagnosticOf(() => importOnnx(bytes))).toMatchObject({
      code: 'ONNX004',
      message: 'external data initializer big.weight is not supported; re-export with all tensors inside the model',
    });
  });

  it.each([0, 29])('opset %i is outside 1-28', (opset) => {
    expect(diagnosticOf(() => importOnnx(buildModel({ ...reluModel, opset })))).toMatchObject({
      code: 'ONNX003', message: `opset ${opset} is not supported: the importer knows the ONNX operator sets 1 to 28`,
    });
  });

  it('an op that does not exist yet at the model\'s opset', () => {
    const hs = buildModel({ opset: 13, inputs: [{ name: 'x', dims: [1, 4] }], outputs: ['y'], nodes: [node('HardSwish', ['x'], ['y'], {}, 'hs')] });
    expect(diagnosticOf(() => importOnnx(hs))).toMatchObject({ code: 'ONNX010', message: 'HardSwish hs: HardSwish does not exist at opset 13 (it was added in opset 14)' });
  });

  it('a symbolic non-batch input dim; a non-float input', () => {
    expect(diagnosticOf(() => importOnnx(buildModel({ ...reluModel, inputs: [{ name: 'x', dims: [1, 'features'] }] }))))
      .toMatchObject({ code: 'ONNX006', message: 'graph input x: dim 1 is unknown or symbolic; only the batch dim (0) may be' });
    expect(diagnosticOf(() => importOnnx(buildModel({ ...reluModel, inputs: [{ name: 'x', dims: [1, 4], elemType: 7 }] }))).code).toBe('ONNX006');
  });

  it('an int64 dim beyond 2^53', () => {
    const obj = modelObject({ ...reluModel, initializers: [int64Tensor('s', [1], [1])] });
    const graph = obj['graph'] as { initializer: { dims: unknown[] }[] };
    graph.initializer[0]!.dims = ['9007199254740993']; // 2^53 + 1, as a decimal string protobufjs encodes exactly
    expect(diagnosticOf(() => importOnnx(encodeModel(obj)))).toMatchObject({
      code: 'ONNX007', message: 'a dim of initializer s is 9007199254740993, beyond the ±2^53 that can be represented exactly',
    });
  });
});

describe('node-level errors', () => {
  it('an unknown op names the op type, the node and the supported set', () => {
    const bytes = buildModel({ inputs: [vec('x')], outputs: ['y'], nodes: [node('LpNormalization', ['x'], ['y'], {}, '/norm/LpNormalization')] });
    const d = diagnosticOf(() => importOnnx(bytes));
    expect(d.code).toBe('ONNX010');
    expect(d.message).toMatch(/^LpNormalization \/norm\/LpNormalization: unsupported op LpNormalization; supported ops: Abs, Add, AveragePool, BatchNormalization, /);
    expect(d.message).toContain(', LeakyRelu, ');
  });

  it('an op from another domain', () => {
    const n = { ...node('Relu', ['x'], ['y'], {}, 'r'), domain: 'com.microsoft' };
    expect(diagnosticOf(() => importOnnx(buildModel({ ...reluModel, nodes: [n] }))).message).toMatch(/^Relu r: unsupported op com\.microsoft\.Relu;/);
  });

  it('a Reshape whose shape is computed', () => {
    const bytes = buildModel({
      inputs: [vec('x')], outputs: ['y'],
      nodes: [node('Relu', ['x'], ['s']), node('Reshape', ['x', 's'], ['y'], {}, '/head/Reshape')],
    });
    expect(diagnosticOf(() => importOnnx(bytes))).toMatchObject({
      code: 'ONNX012',
      message: 'Reshape /head/Reshape: the target shape (input s) comes from a computed tensor; only constants are supported',
    });
  });

  it('a Reshape with allowzero=1 to a zero-sized dim of a non-empty tensor', () => {
    const bytes = buildModel({ opset: 14, inputs: [vec('x')], outputs: ['y'], initializers: [int64Tensor('s', [2], [0, 4])], nodes: [node('Reshape', ['x', 's'], ['y'], { allowzero: { i: 1 } }, 'rs')] });
    expect(diagnosticOf(() => importOnnx(bytes))).toMatchObject({ code: 'GRAPH010', message: 'reshape %y: cannot reshape [1,4] (4 elements) to shape=[0,4]: the target has 0 elements' });
  });

  it('an unsupported attribute value names the attribute', () => {
    const img = { name: 'x', dims: [1, 1, 4, 4] };
    const pool = (attrs: Parameters<typeof node>[3]) => buildModel({ inputs: [img], outputs: ['y'], nodes: [node('MaxPool', ['x'], ['y'], { kernel_shape: { ints: [2, 2] }, ...attrs }, 'mp')] });
    expect(diagnosticOf(() => importOnnx(pool({ storage_order: { i: 1 } })))).toMatchObject({
      code: 'ONNX011', message: 'MaxPool mp: attribute storage_order=1 is not supported (only 0 (row-major indices) is supported)',
    });
    expect(diagnosticOf(() => importOnnx(pool({ dilations: { ints: [2, 0] } }))).message).toMatch(/attribute dilations=\[2,0\] is not supported/);
    expect(diagnosticOf(() => importOnnx(pool({ auto_pad: { s: 'SAME_MIDDLE' } }))).message).toMatch(/attribute auto_pad="SAME_MIDDLE"/);
    expect(diagnosticOf(() => importOnnx(pool({ frobnicate: { i: 1 } }))).message).toMatch(/^MaxPool mp: attribute frobnicate is not supported; MaxPool-12 takes auto_pad,/);
  });

  it('BatchNormalization training outputs and a Dropout mask that are used', () => {
    const bnInits = ['s', 'b', 'm', 'v'].map((n) => floatTensor(n, [2], [1, 1]));
    const bn = buildModel({
      inputs: [{ name: 'x', dims: [1, 2, 2, 2] }], outputs: ['y', 'running_mean'], initializers: bnInits,
      nodes: [node('BatchNormalization', ['x', 's', 'b', 'm', 'v'], ['y', 'running_mean', 'running_var'], {}, 'bn')],
    });
    expect(diagnosticOf(() => importOnnx(bn))).toMatchObject({ code: 'ONNX014', message: 'BatchNormalization bn: output 2 (running_mean) is used, but the running mean/variance outputs exist only in training mode' });
    const drop = buildModel({ inputs: [vec('x')], outputs: ['y', 'mask'], nodes: [node('Dropout', ['x'], ['y', 'mask'], {}, 'dr')] });
    expect(diagnosticOf(() => importOnnx(drop)).code).toBe('ONNX014');
  });

  it('a Clip bound computed at run time', () => {
    const clip = buildModel({ inputs: [vec('x')], outputs: ['y'], nodes: [node('Relu', ['x'], ['r']), node('Clip', ['x', 'r'], ['y'], {}, 'c')] });
    expect(diagnosticOf(() => importOnnx(clip))).toMatchObject({ code: 'ONNX012', message: 'Clip c: the min bound (input r) comes from a computed tensor; only constants are supported' });
  });

  it('an input that no earlier node produces; a graph output that is a constant', () => {
    const dangling = buildModel({ inputs: [vec('x')], outputs: ['y'], nodes: [node('Add', ['x', 'ghost'], ['y'], {}, 'a')] });
    expect(diagnosticOf(() => importOnnx(dangling))).toMatchObject({ code: 'ONNX013', message: 'Add a: input ghost is neither a graph input, an initializer nor the output of an earlier node' });
    const constOut = buildModel({ ...reluModel, outputs: ['y', 'w'], initializers: [floatTensor('w', [1], [1])] });
    expect(diagnosticOf(() => importOnnx(constOut))).toMatchObject({ code: 'ONNX018', message: 'graph output w is a constant; accsim graph outputs must be computed' });
  });

  it('Clip bounds as attributes after opset 11, a 4-D Conv window, an op that refuses its old definition', () => {
    const clip = buildModel({ inputs: [vec('x')], outputs: ['y'], nodes: [node('Clip', ['x'], ['y'], { min: { f: 0 } }, 'c')] });
    expect(diagnosticOf(() => importOnnx(clip))).toMatchObject({ code: 'ONNX011', message: 'Clip c: attribute min is not supported; Clip-13 takes no attributes' });
    const conv4d = buildModel({ inputs: [{ name: 'x', dims: [1, 1, 2, 2, 2, 8] }], outputs: ['y'], initializers: [floatTensor('w', [1, 1, 1, 1, 1, 3], [1, 2, 3])], nodes: [node('Conv', ['x', 'w'], ['y'], {}, 'cv')] });
    expect(diagnosticOf(() => importOnnx(conv4d))).toMatchObject({ code: 'ONNX016', message: 'Conv cv: input x is [1,1,2,2,2,8]; windows need [N, C, spatial...] with 1 to 3 spatial axes' });
    const wrap = buildModel({ opset: 18, inputs: [vec('x')], outputs: ['y'], initializers: [int64Tensor('p', [4], [0, 1, 0, 1])], nodes: [node('Pad', ['x', 'p'], ['y'], { mode: { s: 'wrap' } }, 'pd')] });
    expect(diagnosticOf(() => importOnnx(wrap))).toMatchObject({ code: 'ONNX011', message: 'Pad pd: attribute mode="wrap" is not supported (supported: constant, reflect, edge)' });
  });
});
