// A small two-block ResNet (identity block, then a stride-2 block with a 1x1 projection) with seeded
// weights and batchnorm: the shape of network whose residual adds feed binary convolutions.
import { type Graph, emptyGraph } from '../../../compiler/ir/graph.js';
import { graphInCode } from '../../../compiler/ir/graph-in-code.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { mulberry32 } from '../../../core/seeded-random.js';

/** The graph: stem conv+bn+relu (c channels, side×side), two basic blocks, global average pool, dense 10. */
export function tinyResnet(c = 8, side = 12, seed = 5): Graph {
  const g = emptyGraph('tiny_resnet');
  const rand = mulberry32(seed);
  g.inputs.push({ name: 'x', type: { dtype: 'f32', shape: [1, 1, side, side] } });
  const { constant, op } = graphInCode(g);
  const uniform = (lo: number, hi: number) => () => lo + (hi - lo) * rand();
  const conv = (name: string, x: string, cin: number, cout: number, k: number, stride: number): string => {
    const s = Math.sqrt(3 / (cin * k * k));
    op(name, 'conv2d', [x, constant(`${name}.w`, [cout, cin, k, k], uniform(-s, s)), constant(`${name}.b`, [cout], uniform(-0.05, 0.05))], { stride: [stride, stride], pad: k === 3 ? [1, 1, 1, 1] : [0, 0, 0, 0] });
    return op(`${name}.bn`, 'batchnorm', [name, constant(`${name}.gamma`, [cout], uniform(0.8, 1.2)), constant(`${name}.beta`, [cout], uniform(-0.1, 0.1)),
      constant(`${name}.mean`, [cout], uniform(-0.1, 0.1)), constant(`${name}.var`, [cout], uniform(0.5, 1.5))]);
  };
  const stem = op('stem.relu', 'relu', [conv('stem', 'x', 1, c, 3, 1)]);
  const b1 = conv('b1.conv2', op('b1.relu1', 'relu', [conv('b1.conv1', stem, c, c, 3, 1)]), c, c, 3, 1);
  const out1 = op('b1.relu', 'relu', [op('b1.add', 'add', [b1, stem])]);
  const b2 = conv('b2.conv2', op('b2.relu1', 'relu', [conv('b2.conv1', out1, c, 2 * c, 3, 2)]), 2 * c, 2 * c, 3, 1);
  const proj = conv('b2.proj', out1, c, 2 * c, 1, 2);
  const out2 = op('b2.relu', 'relu', [op('b2.add', 'add', [b2, proj])]);
  const flat = op('flat', 'flatten', [op('gap', 'global_avgpool', [out2])]);
  op('fc', 'dense', [flat, constant('fc.w', [10, 2 * c], uniform(-0.5, 0.5)), constant('fc.b', [10], uniform(-0.05, 0.05))]);
  g.outputs = ['fc'];
  inferTypes(g);
  return g;
}
