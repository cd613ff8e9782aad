// Dev script, run by hand: writes the small example networks in models/examples/ (.qir + .safetensors).
//
//   npm run build && node dist/tools/gen-example-models.js [outDir]
//
// Weights are He-initialized from a seeded PRNG (mulberry32), so re-running reproduces the same bytes.
// Between them the five graphs use every op of the float op set; test/compiler/qir/examples.test.ts
// checks that each committed file parses and prints back to itself.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyGraph, type AttrValue, type Graph, type Operand } from '../compiler/ir/graph.js';
import { f32Tensor } from '../compiler/ir/tensor.js';
import { inferTypes } from '../compiler/ir/verify.js';
import { saveQir } from '../compiler/qir/load.js';
import { mulberry32 } from '../core/seeded-random.js';


/** Builds a graph node by node; weights come from one seeded stream in creation order. */
class ModelBuilder {
  readonly g: Graph;
  private readonly rand: () => number;
  private last = '';

  constructor(name: string, seed: number, input: number[]) {
    this.g = emptyGraph(name);
    this.rand = mulberry32(seed);
    this.g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: input } });
    this.last = 'x';
  }

  /** Standard normal by Box–Muller (1 - u keeps the log argument in (0, 1]). */
  private normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.rand())) * Math.cos(2 * Math.PI * this.rand());
  }

  /** A sidecar constant with He-normal values, std sqrt(2 / fanIn) (He et al. 2015). */
  he(name: string, shape: number[], fanIn: number): Operand {
    const n = shape.reduce((a, b) => a * b, 1);
    const std = Math.sqrt(2 / fanIn);
    this.g.constants.set(name, f32Tensor(shape, Array.from({ length: n }, () => this.normal() * std)));
    return { ref: 'const', name };
  }

  /** A sidecar constant uniform in [lo, hi). */
  uniform(name: string, shape: number[], lo: number, hi: number): Operand {
    const n = shape.reduce((a, b) => a * b, 1);
    this.g.constants.set(name, f32Tensor(shape, Array.from({ length: n }, () => lo + (hi - lo) * this.rand())));
    return { ref: 'const', name };
  }

  /** A constant written inline in the text (small, hand-chosen values). */
  inline(name: string, shape: number[], values: number[]): Operand {
    this.g.constants.set(name, f32Tensor(shape, values));
    this.g.inlineConstants.add(name);
    return { ref: 'const', name };
  }

  /** Appends `%name = op(operands) {attrs}`; a string operand is a value name, '_' the previous node. */
  op(name: string, op: string, operands: (Operand | string)[], attrs: Record<string, AttrValue> = {}): string {
    const ops = operands.map((o) => (typeof o === 'string' ? { ref: 'value' as const, name: o === '_' ? this.last : o } : o));
    this.g.nodes.push({ name, op, operands: ops, attrs });
    this.last = name;
    return name;
  }

  /** conv2d with He weights [cout, cin/groups, k, k] and a zero-mean small bias. */
  conv(name: string, x: string, cin: number, cout: number, k: number, attrs: Record<string, AttrValue> = {}): string {
    const groups = (attrs['groups'] as number | undefined) ?? 1;
    const w = this.he(`${name}.w`, [cout, cin / groups, k, k], (cin / groups) * k * k);
    const b = this.uniform(`${name}.b`, [cout], -0.05, 0.05);
    return this.op(name, 'conv2d', [x, w, b], attrs);
  }

  /** batchnorm with plausible trained statistics (gamma near 1, positive variance). */
  bn(name: string, x: string, c: number): string {
    const params = [
      this.uniform(`${name}.gamma`, [c], 0.8, 1.2), this.uniform(`${name}.beta`, [c], -0.1, 0.1),
      this.uniform(`${name}.mean`, [c], -0.1, 0.1), this.uniform(`${name}.var`, [c], 0.5, 1.5),
    ];
    return this.op(name, 'batchnorm', [x, ...params]);
  }

  dense(name: string, x: string, fin: number, fout: number): string {
    return this.op(name, 'dense', [x, this.he(`${name}.w`, [fout, fin], fin), this.uniform(`${name}.b`, [fout], -0.05, 0.05)]);
  }

  done(...outputs: string[]): Graph {
    this.g.outputs = outputs.length ? outputs : [this.last];
    inferTypes(this.g);
    return this.g;
  }
}

/** Normalize (sub/div by inline constants), flatten, dense, relu, then matmul + add for the second layer. */
function mlp(): Graph {
  const m = new ModelBuilder('mlp', 1, [1, 1, 28, 28]);
  m.op('centered', 'sub', ['x', m.inline('mean', [1], [0.2860])]);
  m.op('normalized', 'div', ['_', m.inline('std', [1], [0.3530])]);
  m.op('flat', 'flatten', ['_']);
  m.dense('fc1', '_', 784, 64);
  m.op('fc1.relu', 'relu', ['_']);
  m.op('fc2.mm', 'matmul', ['_', m.he('fc2.w', [10, 64], 64)], { trans_b: true });
  m.op('logits', 'add', ['_', m.uniform('fc2.b', [10], -0.05, 0.05)]);
  return m.done();
}

/** Two conv + batchnorm + relu stages with max pooling, global average pooling, dense and softmax. */
function cnnBn(): Graph {
  const m = new ModelBuilder('cnn_bn', 2, [1, 1, 28, 28]);
  m.conv('conv1', 'x', 1, 8, 3, { pad: [1, 1, 1, 1] });
  m.bn('bn1', '_', 8);
  m.op('relu1', 'relu', ['_']);
  m.op('pool1', 'maxpool', ['_'], { kernel: [2, 2], stride: [2, 2] });
  m.conv('conv2', '_', 8, 16, 3, { stride: [2, 2], pad: [1, 1, 1, 1] });
  m.bn('bn2', '_', 16);
  m.op('relu2', 'relu', ['_']);
  m.op('gap', 'global_avgpool', ['_']);
  m.op('flat', 'flatten', ['_']);
  m.dense('fc', '_', 16, 10);
  m.op('probs', 'softmax', ['_']);
  return m.done();
}

/** MobileNet-style: conv + relu6, depthwise (groups = C) + relu6, pointwise + relu6, average pooling, clip. */
function dwsepRelu6(): Graph {
  const m = new ModelBuilder('dwsep_relu6', 3, [1, 3, 16, 16]);
  m.conv('stem', 'x', 3, 8, 3, { pad: [1, 1, 1, 1] });
  m.op('stem.relu6', 'relu6', ['_']);
  m.conv('dw', '_', 8, 8, 3, { pad: [1, 1, 1, 1], groups: 8 });
  m.op('dw.relu6', 'relu6', ['_']);
  m.conv('pw', '_', 8, 16, 1);
  m.op('pw.relu6', 'relu6', ['_']);
  m.op('pool', 'avgpool', ['_'], { kernel: [2, 2], stride: [2, 2] });
  m.op('pool.clip', 'clip', ['_'], { min: 0, max: 4 });
  m.op('gap', 'global_avgpool', ['_']);
  m.op('flat', 'flatten', ['_']);
  m.dense('fc', '_', 16, 10);
  return m.done();
}

/** A ResNet basic block with a 1x1 stride-2 projection shortcut, after a conv + relu stem. */
function residual(): Graph {
  const m = new ModelBuilder('residual', 4, [1, 3, 16, 16]);
  const stem = m.conv('stem', 'x', 3, 8, 3, { pad: [1, 1, 1, 1] });
  const block = m.op('stem.relu', 'relu', [stem]);
  m.conv('block.conv1', block, 8, 16, 3, { stride: [2, 2], pad: [1, 1, 1, 1] });
  m.bn('block.bn1', '_', 16);
  m.op('block.relu1', 'relu', ['_']);
  m.conv('block.conv2', '_', 16, 16, 3, { pad: [1, 1, 1, 1] });
  const main = m.bn('block.bn2', '_', 16);
  const shortcut = m.conv('block.proj', block, 8, 16, 1, { stride: [2, 2] });
  m.op('block.add', 'add', [main, shortcut]);
  m.op('block.relu2', 'relu', ['_']);
  m.op('gap', 'global_avgpool', ['_']);
  m.op('flat', 'flatten', ['_']);
  m.dense('fc', '_', 16, 10);
  return m.done();
}

/** Two branches (3x3 and 5x5 convs) concatenated on channels, scaled per channel, reshaped, dense. */
function concat(): Graph {
  const m = new ModelBuilder('concat', 5, [1, 1, 28, 28]);
  m.conv('branch3', 'x', 1, 4, 3, { pad: [1, 1, 1, 1] });
  const a = m.op('branch3.relu', 'relu', ['_']);
  m.conv('branch5', 'x', 1, 4, 5, { pad: [2, 2, 2, 2] });
  const b = m.op('branch5.relu', 'relu', ['_']);
  m.op('cat', 'concat', [a, b], { axis: 1 });
  m.op('pool', 'maxpool', ['_'], { kernel: [2, 2], stride: [2, 2] });
  m.op('scaled', 'mul', ['_', m.inline('channel_scale', [1, 8, 1, 1], [1, 0.5, 2, 1, 0.25, 1.5, 1, 0.75])]);
  m.op('flat', 'reshape', ['_'], { shape: [1, -1] });
  m.dense('fc', '_', 8 * 14 * 14, 10);
  m.op('probs', 'softmax', ['_'], { axis: 1 });
  return m.done();
}

/** Every example, by file name. */
const EXAMPLES: Readonly<Record<string, () => Graph>> = { mlp, cnn_bn: cnnBn, dwsep_relu6: dwsepRelu6, residual, concat };

function main(): void {
  const outDir = resolve(process.argv[2] ?? 'models/examples');
  mkdirSync(outDir, { recursive: true });
  for (const [name, build] of Object.entries(EXAMPLES)) {
    saveQir(build(), join(outDir, `${name}.qir`));
    console.log(`wrote ${join(outDir, name)}.qir`);
  }
}

main();
