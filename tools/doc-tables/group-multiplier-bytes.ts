// The storage the group multipliers of the w4a8-g presets add (QUANTIZATION.md, "What the multipliers cost
// in bytes"): per model, the conv/dense weights packed at 4 bits and one u8 multiplier per group, counted
// from the float weight shapes with the grouping rule of core/weight-groups.ts; depthwise and grouped convs
// are not grouped (layer-config.ts). Shapes only: no calibration, no quantization.
//   npm run build && node dist/tools/doc-tables/group-multiplier-bytes.js
import type { Graph } from '../../compiler/ir/graph.js';
import { loadQir } from '../../compiler/qir/load.js';
import { WEIGHT_GROUP_SIZES, weightGroupLayout } from '../../core/weight-groups.js';
import { resnet18Float } from '../bench/resnet18.js';

/** 4-bit weight bytes (each layer packed separately) and multiplier bytes per group size of one float graph. */
export function groupMultiplierBytes(g: Graph): { weightBytes: number; multBytes: Record<number, number> } {
  let weightBytes = 0;
  const multBytes: Record<number, number> = Object.fromEntries(WEIGHT_GROUP_SIZES.map((s) => [s, 0]));
  for (const n of g.nodes) {
    if (n.op !== 'conv2d' && n.op !== 'dense') continue;
    const shape = g.constants.get(n.operands[1]!.name)!.type.shape;
    weightBytes += Math.ceil(shape.reduce((a, b) => a * b, 1) / 2);
    if (n.op === 'conv2d' && ((n.attrs['groups'] as number | undefined) ?? 1) > 1) continue;
    for (const s of WEIGHT_GROUP_SIZES) multBytes[s]! += shape[0]! * weightGroupLayout(shape, s).count;
  }
  return { weightBytes, multBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const models: [string, Graph][] = ['fmnist_mlp', 'fmnist_cnn', 'fmnist_dwsep', 'fmnist_resnet'].map((m) => [m, loadQir(`models/${m}.qir`)]);
  models.push(['ResNet-18 (tools/bench/resnet18.ts, 224², 1000 classes)', resnet18Float()]);
  const fmt = (v: number) => v.toLocaleString('en-US').replace(/,/g, ' ');
  for (const [name, g] of models) {
    const { weightBytes, multBytes } = groupMultiplierBytes(g);
    const sizes = WEIGHT_GROUP_SIZES.map((s) => multBytes[s]!);
    process.stdout.write(`| ${name} | ${fmt(weightBytes)} | ${sizes.map(fmt).join(' / ')} | ${sizes.map((b) => ((100 * b) / weightBytes).toFixed(1)).join(' / ')} % |\n`);
  }
}
