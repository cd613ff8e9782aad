// How many ws COMPUTEs (K tiles × output-channel tiles) the float/MX datapath needs per GEMM layer, against
// the same count without chunk cuts (an integer mode's K tiling), and the closed-form streaming cycles
// Σ COMPUTEs · (m + R + C) (CYCLE-MODEL §3, one read cycle per vector); plus the activation bytes the
// GEMM inputs take stored as §14 requires (FP32) and as codes (1 byte), and the array's MAC energy of int8
// against E4M3's MACs plus chunk folds (simulator/energy/format-scaling.ts). Planning figures from the
// layer shapes (compiler/lower/format-tiles.ts), not a simulation: the datapath is not an array mode yet.
// `rule` picks the chunk rule: MX's ('pixel': taps, pixel blocks, 32nd K) or per-tensor FP8's ('k32': every
// 32nd K only, so on 8- and 16-row arrays its COMPUTEs are the integer mode's).
//   npm run build && node dist/tools/format-tile-counts.js fmnist_cnn [16 8]
import { fileURLToPath } from 'node:url';
import { loadQir } from '../compiler/qir/load.js';
import { runPipeline } from '../compiler/passes/index.js';
import { floatPassNames } from '../compiler/ptq/quantize-model.js';
import { inferTypes } from '../compiler/ir/verify.js';
import { numAttr } from '../compiler/ir/op-spec.js';
import { convChunkStarts, cutFormatTiles, k32ChunkStarts } from '../compiler/lower/format-tiles.js';
import type { ChunkRule } from '../compiler/reference/format-gemm.js';
import { ELEMENT_TYPES } from '../core/number-formats.js';
import { formatEnergy, formatVectorEnergy } from '../simulator/energy/format-scaling.js';
import { energyCosts } from '../simulator/energy/scaling.js';

/** Per-layer counts at one array size. */
export interface LayerCounts { name: string; m: number; k: number; o: number; groups: number; intComputes: number; fmtComputes: number; inElems: number; folds: number }

/** The counts of every conv2d/dense of models/<model>.qir (after the float passes) on a side×side ws array under `rule`. */
export function layerCounts(model: string, side: number, rule: ChunkRule = 'pixel'): LayerCounts[] {
  const g = runPipeline(loadQir(`models/${model}.qir`), floatPassNames(false)).graph;
  const attrs = inferTypes(g);
  const rows: LayerCounts[] = [];
  for (const node of g.nodes) {
    if (node.op !== 'conv2d' && node.op !== 'dense') continue;
    const inShape = g.values.get(node.operands[0]!.name)!.type.shape;
    const wShape = g.constants.get(node.operands[1]!.name)!.type.shape;
    const outShape = g.values.get(node.name)!.type.shape;
    const groups = node.op === 'conv2d' ? numAttr(attrs.get(node.name)!, 'groups') : 1;
    const o = wShape[0]!;
    const cinG = wShape[1]!;
    const taps = node.op === 'conv2d' ? wShape[2]! * wShape[3]! : 1;
    const m = node.op === 'conv2d' ? outShape[2]! * outShape[3]! : outShape[0]!;
    const nTiles = Math.ceil(o / groups / side) * groups;
    let fmt = 0;
    let folds = 0;
    for (let gi = 0; gi < groups; gi++) {
      const starts = node.op === 'conv2d' && rule === 'pixel' ? convChunkStarts(taps, cinG, gi * cinG) : k32ChunkStarts(taps * cinG);
      fmt += cutFormatTiles(starts, side).length * Math.ceil(o / groups / side);
      // one fold per chunk of every output of the group
      folds += starts.reduce((a, b) => a + b, 0) * m * (o / groups);
    }
    rows.push({ name: node.name, m, k: taps * cinG, o, groups, intComputes: Math.ceil((taps * cinG) / side) * nTiles, fmtComputes: fmt, folds, inElems: inShape.reduce((a, b) => a * b, 1) });
  }
  return rows;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [model = 'fmnist_cnn', ...sides] = process.argv.slice(2);
  for (const side of (sides.length > 0 ? sides : ['16', '8']).map(Number)) {
    const rows = layerCounts(model, side);
    const fp8Rows = layerCounts(model, side, 'k32');
    console.log(`${model} ${side}x${side} ws | layer | m | K | O | groups | COMPUTEs int | COMPUTEs MX | COMPUTEs FP8 | stream cycles int | stream cycles MX | stream cycles FP8`);
    let [ci, cf, c8, si, sf, s8, el] = [0, 0, 0, 0, 0, 0, 0];
    rows.forEach((r, j) => {
      const f8 = fp8Rows[j]!.fmtComputes;
      const [a, b, c] = [r.intComputes, r.fmtComputes, f8].map((n) => n * (r.m + 2 * side)) as [number, number, number];
      console.log(`| ${r.name} | ${r.m} | ${r.k} | ${r.o} | ${r.groups} | ${r.intComputes} | ${r.fmtComputes} | ${f8} | ${a} | ${b} | ${c} |`);
      [ci, cf, c8, si, sf, s8, el] = [ci + r.intComputes, cf + r.fmtComputes, c8 + f8, si + a, sf + b, s8 + c, el + r.inElems];
    });
    console.log(`| total | | | | | ${ci} | ${cf} | ${c8} | ${si} | ${sf} | ${s8} |`);
    console.log(`GEMM input elements ${el}: ${el} B as 8-bit codes, ${4 * el} B as FP32`);
    const costs = energyCosts();
    const mxfp8 = formatEnergy(costs, ELEMENT_TYPES.e4m3, ELEMENT_TYPES.e4m3, true);
    const fp8 = formatEnergy(costs, ELEMENT_TYPES.e4m3, ELEMENT_TYPES.e4m3, false);
    const macs = rows.reduce((a, r) => a + r.m * r.k * (r.o / r.groups), 0);
    const folds = rows.reduce((a, r) => a + r.folds, 0);
    const fp8Folds = fp8Rows.reduce((a, r) => a + r.folds, 0);
    const int8 = macs * costs.macPj('int8', 8, 8);
    const v = formatVectorEnergy(costs, ELEMENT_TYPES.e4m3);
    const outs = rows.reduce((a, r) => a + r.m * r.o, 0);
    console.log(`FP8 vector-unit conversions: ${el} inputs × ${v.inputPerTensorPj.toFixed(3)} pJ + ${outs} outputs × ${v.outputPj.toFixed(3)} pJ = ${((el * v.inputPerTensorPj + outs * v.outputPj) / 1e6).toFixed(3)} µJ`);
    console.log(`array MAC energy (${macs} MACs): int8 ${(int8 / 1e6).toFixed(3)} µJ; FP8 E4M3 ${((macs * fp8.macPj + fp8Folds * fp8.chunkFoldPj) / 1e6).toFixed(3)} µJ (${fp8Folds} chunk folds); MXFP8 ${((macs * mxfp8.macPj + folds * mxfp8.chunkFoldPj) / 1e6).toFixed(3)} µJ (${folds} chunk folds)`);
  }
}
