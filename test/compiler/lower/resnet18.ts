// A ResNet-18-shaped quantized graph (224×224×3 input, random int8 weights, u8 activations) built
// directly from q-ops, to measure what the lowering emits for a large network (instruction counts,
// DRAM traffic, static check time). Requantization parameters are arbitrary but valid: the values are
// not meaningful, the shapes are.
import { emptyGraph, type Attrs, type Graph } from '../../../compiler/ir/graph.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';

/** Builds the graph (batch 1); `side` scales the input (224 for the real shape). */
export function resnet18Graph(side = 224, classes = 1000): Graph {
  const g = emptyGraph('resnet18');
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 3, side, side] } });
  let seed = 1;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const act = { x_zero: 0, x_scale: 0.05, y_zero: 0, y_scale: 0.05, qmin: 0, qmax: 255, out_dtype: 'u8' };
  const weighted = (name: string, op: 'qconv2d' | 'qdense', input: string, shape: number[], attrs: Attrs) => {
    const n = shape.reduce((a, b) => a * b, 1);
    const w = new Int8Array(n).map(() => Math.floor(rand() * 255) - 127);
    g.constants.set(`${name}.w`, makeTensor('i8', shape, w));
    g.constants.set(`${name}.b`, makeTensor('i32', [shape[0]!], new Int32Array(shape[0]!)));
    g.constants.set(`${name}.m0`, makeTensor('i32', [shape[0]!], new Int32Array(shape[0]!).fill(2 ** 30)));
    g.constants.set(`${name}.s`, makeTensor('i32', [shape[0]!], new Int32Array(shape[0]!).fill(-12)));
    const operands = ['w', 'b', 'm0', 's'].map((k) => ({ ref: 'const' as const, name: `${name}.${k}` }));
    g.nodes.push({ name, op, operands: [{ ref: 'value', name: input }, ...operands], attrs: { ...act, ...attrs } });
    return name;
  };
  const conv = (name: string, input: string, cin: number, cout: number, k: number, stride: number) =>
    weighted(name, 'qconv2d', input, [cout, cin, k, k], { stride: [stride, stride], pad: Array(4).fill(Math.floor(k / 2)) });
  g.nodes.push({ name: 'xq', op: 'quantize', operands: [{ ref: 'value', name: 'x' }], attrs: { scale: 0.02, zero: 128, dtype: 'u8' } });
  let x = conv('conv1', 'xq', 3, 64, 7, 2);
  g.nodes.push({ name: 'pool1', op: 'qmaxpool', operands: [{ ref: 'value', name: x }], attrs: { kernel: [3, 3], stride: [2, 2], pad: [1, 1, 1, 1] } });
  x = 'pool1';
  let cin = 64;
  for (const [stage, cout] of [64, 128, 256, 512].entries()) {
    for (let b = 0; b < 2; b++) {
      const stride = b === 0 && stage > 0 ? 2 : 1;
      const p = `layer${stage + 1}.${b}`;
      const c1 = conv(`${p}.conv1`, x, cin, cout, 3, stride);
      const c2 = conv(`${p}.conv2`, c1, cout, cout, 3, 1);
      const short = stride !== 1 || cin !== cout ? conv(`${p}.down`, x, cin, cout, 1, stride) : x;
      const add = { a_zero: 0, a_scale: 0.05, a_m0: 2 ** 30, a_shift: 0, b_zero: 0, b_scale: 0.05, b_m0: 2 ** 30, b_shift: 0, y_zero: 0, y_scale: 0.05, y_m0: 2 ** 30, y_shift: -19, left_shift: 20, qmin: 0, qmax: 255, out_dtype: 'u8' };
      g.nodes.push({ name: `${p}.add`, op: 'qadd', operands: [{ ref: 'value', name: c2 }, { ref: 'value', name: short }], attrs: add });
      x = `${p}.add`;
      cin = cout;
    }
  }
  g.nodes.push({ name: 'gap', op: 'qglobal_avgpool', operands: [{ ref: 'value', name: x }], attrs: {} });
  g.nodes.push({ name: 'flat', op: 'flatten', operands: [{ ref: 'value', name: 'gap' }], attrs: {} });
  weighted('fc', 'qdense', 'flat', [classes, 512], {});
  g.nodes.push({ name: 'out', op: 'dequantize', operands: [{ ref: 'value', name: 'fc' }], attrs: { scale: 0.05, zero: 0 } });
  g.outputs.push('out');
  inferTypes(g);
  return g;
}
