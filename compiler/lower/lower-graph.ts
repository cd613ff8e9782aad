// The lowering driver: a quantized graph (batch 1) + a hardware configuration → a Program (isa/program-
// file.ts). Layer by layer through DRAM: every q-op loads its operands from DRAM, computes, and stores
// its output (NHWC); flatten/reshape are free (the dense layer reads the NHWC tensor with permuted
// weights). The program's input is the tensor after the graph's `quantize`, its output the integer
// tensor fed to the last `dequantize`; ops after that (softmax) stay on the host.
import type { Attrs, Graph, Node } from '../ir/graph.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import type { Tensor } from '../ir/tensor.js';
import { inferTypes } from '../ir/verify.js';
import { readWindow2d } from '../ir/ops/conv-geometry.js';
import { deriveHw, requireValidHwConfig, type HwConfig } from '../../isa/hw-config.js';
import type { OverflowPolicy } from '../../core/arithmetic-modes.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { Program, TensorDescriptor } from '../../isa/program-file.js';
import type { TensorDtype } from '../../isa/program-tables.js';
import { DramImage } from './allocate-dram.js';
import type { LowerContext } from './context.js';
import { lowerGemm, type RequantSpec } from './conv.js';
import { lowerDepthwise } from './depthwise.js';
import { lowerAdd, lowerConcat } from './add.js';
import { lowerBinarize } from './binarize.js';
import { lowerPool } from './pool.js';
import { Emitter } from './emit.js';
import { arrayModeFor, chooseStorage, pixelBytes, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { planGemm, type ConvShape } from './tiling.js';

/** A lowered program and what the reports and golden files print next to it. */
export interface Lowered {
  readonly program: Program;
  /** Disassembly comments (instruction index → lines). */
  readonly comments: Map<number, string[]>;
}

const num = (a: Attrs, k: string) => a[k] as number;

/** The storage dtype of a tensor (a sub-byte value kept as bytes is u8/i8). */
function storageDtype(t: ActTensor): TensorDtype {
  if (t.storageBits === 8 && DTYPES[t.dtype].bits < 8) return DTYPES[t.dtype].signed ? 'i8' : 'u8';
  return t.dtype as TensorDtype;
}

function describe(t: ActTensor, role: TensorDescriptor['role']): TensorDescriptor {
  const spatial = t.h * t.w > 1;
  return {
    name: t.name, role, dramAddr: t.dramAddr, dtype: storageDtype(t), shape: spatial ? [1, t.h, t.w, t.c] : [1, t.c],
    layout: spatial ? 'NHWC' : 'NC', scale: [t.scale], zeroPoint: [t.zero],
  };
}

/** Lowers `qgraph` for `hw`; UserError MAP0xx when a layer cannot be mapped. */
export function lowerGraphWithComments(qgraph: Graph, hw: HwConfig): Lowered {
  requireValidHwConfig(hw);
  const attrs = inferTypes(qgraph);
  const d = deriveHw(hw);
  if (qgraph.inputs.length !== 1 || qgraph.inputs[0]!.type.shape[0] !== 1) mapFail('MAP004', qgraph.name, 'the lowering needs one input with batch 1');
  const storage = chooseStorage(qgraph, hw.array.cols);
  const dram = new DramImage(hw.dram.burstBytes);
  const tensors = new Map<string, ActTensor>();
  const alias = new Map<string, string>();
  for (const node of qgraph.nodes) allocate(node, qgraph, attrs, storage, dram, tensors, alias);
  const ctx: LowerContext = { hw, d, emitter: new Emitter(), dram };
  const get = (name: string) => tensors.get(alias.get(name) ?? name)!;
  let outputName: string | undefined;
  for (const node of qgraph.nodes) {
    const a = attrs.get(node.name)!;
    const x = (k = 0) => get(node.operands[k]!.name);
    switch (node.op) {
      case 'quantize':
      case 'flatten':
      case 'reshape':
        break;
      case 'dequantize':
        outputName = alias.get(node.operands[0]!.name) ?? node.operands[0]!.name;
        break;
      case 'qconv2d':
      case 'qdense':
        lowerWeighted(ctx, node, a, qgraph, x(), get(node.name));
        break;
      case 'qmaxpool':
      case 'qavgpool':
      case 'qglobal_avgpool':
        lowerPool(ctx, node.name, node.op, a, x(), get(node.name), config(hw, 'int8', a, x(), 8));
        break;
      case 'qadd':
        lowerAdd(ctx, node.name, a, x(0), x(1), get(node.name), config(hw, 'int8', a, x(), 8));
        break;
      case 'qbinarize':
        lowerBinarize(ctx, node.name, a, x(), get(node.name), config(hw, 'int8', a, x(), 8));
        break;
      case 'qconcat':
        lowerConcat(ctx, node.name, a, node.operands.map((_, k) => x(k)), get(node.name), config(hw, 'int8', a, x(), 8));
        break;
      default:
        if (!DTYPES[qgraph.values.get(node.name)!.type.dtype].isFloat) mapFail('MAP004', node.name, `op ${node.op} has no lowering`);
    }
  }
  const input = qgraph.nodes.find((n) => n.op === 'quantize' && n.operands[0]!.name === qgraph.inputs[0]!.name);
  if (input === undefined) mapFail('MAP004', qgraph.name, 'the graph input must go through one quantize node');
  if (outputName === undefined) mapFail('MAP004', qgraph.name, 'the graph has no dequantize: there is no integer output to return');
  const { instructions, comments, layers } = ctx.emitter.finish();
  const descs = [...tensors.values()].map((t) => describe(t, t.name === input.name ? 'input' : t.name === outputName ? 'output' : 'activation'));
  if (dram.size > hw.dram.sizeBytes) mapFail('MAP005', qgraph.name, `the program needs ${dram.size} bytes of DRAM, the machine has ${hw.dram.sizeBytes}`);
  const program: Program = { hwConfig: structuredClone(hw), instructions, dramImage: dram.bytes(), tensors: descs, layers };
  return { program, comments };
}

/** `lowerGraph(qgraph, hw) → Program`, the entry point the CLI and the simulator's tests use. */
export function lowerGraph(qgraph: Graph, hw: HwConfig): Program {
  return lowerGraphWithComments(qgraph, hw).program;
}

function allocate(node: Node, g: Graph, attrs: Map<string, Attrs>, storage: Map<string, number>, dram: DramImage, tensors: Map<string, ActTensor>, alias: Map<string, string>): void {
  const type = g.values.get(node.name)!.type;
  if (DTYPES[type.dtype].isFloat) return;
  if (node.op === 'flatten' || node.op === 'reshape') {
    // Free only where the NHWC order does not show: a dense layer reads the tensor with permuted
    // weights, and a one-pixel tensor is the same in both orders. Anything else would need a transpose.
    const src = node.operands[0]!.name;
    const pixels = (g.values.get(src)!.type.shape.slice(2) as number[]).reduce((p, d) => p * d, 1);
    for (const user of g.nodes.filter((n) => n.operands.some((o) => o.ref === 'value' && o.name === node.name))) {
      if (user.op !== 'qdense' && pixels > 1) mapFail('MAP004', node.name, `${node.op} of a ${pixels}-pixel tensor feeds ${user.op} ${user.name}: only a dense layer can read it without a transpose (activations are NHWC)`);
    }
    alias.set(node.name, alias.get(src) ?? src);
    return;
  }
  const bits = DTYPES[type.dtype].bits;
  if (bits > 8) mapFail('MAP002', node.name, `${type.dtype} activations: the machine's activations are at most 8 bits (HARDWARE.md §7)`);
  const a = attrs.get(node.name)!;
  const scale = node.op === 'quantize' ? num(a, 'scale') : 'y_scale' in a ? num(a, 'y_scale') : tensors.get(alias.get(node.operands[0]!.name) ?? node.operands[0]!.name)?.scale ?? 1;
  const zero = node.op === 'quantize' ? num(a, 'zero') : node.op === 'qbinarize' ? 0 : 'y_zero' in a ? num(a, 'y_zero') : tensors.get(alias.get(node.operands[0]!.name) ?? node.operands[0]!.name)?.zero ?? 0;
  const s = type.shape;
  const [c, h, w] = s.length === 4 ? [s[1]!, s[2]!, s[3]!] : [s[s.length - 1]!, 1, 1];
  const sb = storage.get(node.name) ?? 8;
  const pixBytes = pixelBytes(c, sb);
  tensors.set(node.name, { name: node.name, h, w, c, dtype: type.dtype, storageBits: sb, zero, scale, dramAddr: dram.reserve(h * w * pixBytes), pixBytes });
}

/** CONFIG fields of a layer. */
function config(hw: HwConfig, mode: 'int8' | 'int4' | 'binary', a: Attrs, x: ActTensor, weightBits: number): InstructionFields<'CONFIG'> {
  const modeBits = mode === 'int8' ? 8 : mode === 'int4' ? 4 : 1;
  const accBits = (a['acc_bits'] as number | undefined) ?? hw.accumulator.bits;
  return {
    mode, dataflow: hw.array.dataflow, accBits: Math.min(accBits, hw.accumulator.bits),
    overflow: (a['acc_overflow'] as OverflowPolicy | undefined) ?? hw.accumulator.overflow,
    requantMode: a['requant'] === 'pow2' ? 'pow2' : 'm0shift',
    actBits: Math.min(DTYPES[x.dtype].bits, modeBits), actSigned: DTYPES[x.dtype].signed ? 1 : 0, weightBits: Math.min(weightBits, modeBits),
  };
}

function lowerWeighted(ctx: LowerContext, node: Node, a: Attrs, g: Graph, x: ActTensor, y: ActTensor): void {
  const constant = (k: number): Tensor => g.constants.get(node.operands[k]!.name)!;
  const w = constant(1);
  const wBits = DTYPES[w.type.dtype].bits;
  if (wBits > 8) mapFail('MAP002', node.name, `${w.type.dtype} weights: the array multiplies at most 8-bit weights`);
  const accBits = num(a, 'acc_bits');
  if (accBits > ctx.hw.accumulator.bits) mapFail('MAP003', node.name, `the layer accumulates in ${accBits} bits but the hardware accumulators have ${ctx.hw.accumulator.bits}`);
  const r: RequantSpec = {
    bias: constant(2).data as Int32Array, m0: constant(3).data as Int32Array, shift: constant(4).data as Int32Array,
    yZero: num(a, 'y_zero'), qmin: num(a, 'qmin'), qmax: num(a, 'qmax'),
  };
  const groups = node.op === 'qconv2d' ? num(a, 'groups') : 1;
  const depthwise = groups > 1;
  const mode = arrayModeFor(w.type.dtype as DType, x.storageBits, depthwise);
  const cfg = config(ctx.hw, mode, a, x, wBits);
  let s: ConvShape;
  if (node.op === 'qdense') {
    const k = w.type.shape[1]!;
    if (x.h * x.w * x.c !== k) mapFail('MAP004', node.name, `dense input has ${x.h * x.w * x.c} elements, the weights expect ${k}`);
    s = { h: x.h, w: x.w, cin: x.c, cout: w.type.shape[0]!, kh: x.h, kw: x.w, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pl: 0, oh: 1, ow: 1 };
  } else {
    const win = readWindow2d(a, [w.type.shape[2]!, w.type.shape[3]!]);
    s = {
      h: x.h, w: x.w, cin: x.c, cout: y.c, kh: win.h.kernel, kw: win.w.kernel, sh: win.h.stride, sw: win.w.stride,
      dh: win.h.dilation, dw: win.w.dilation, pt: win.h.padBegin, pl: win.w.padBegin, oh: y.h, ow: y.w,
    };
  }
  const what = `${node.op} ${x.h}x${x.w}x${x.c} → ${y.h}x${y.w}x${y.c}, ${mode} (weights ${w.type.dtype}, input ${x.dtype}${x.storageBits < 8 ? ' packed' : ''}), ${ctx.hw.array.dataflow}`;
  if (depthwise) {
    if (groups !== x.c || y.c !== x.c) mapFail('MAP004', node.name, `grouped convolution with ${groups} groups, ${x.c} input and ${y.c} output channels: only depthwise (groups = channels) is supported`);
    ctx.emitter.beginLayer(node.name, cfg, `depthwise ${what}`);
    lowerDepthwise(ctx, node.name, s, mode, x, y, w.data as ArrayLike<number>, r);
    return;
  }
  ctx.emitter.beginLayer(node.name, cfg, what);
  const plan = planGemm(node.name, s, mode, x.pixBytes, ctx.hw, ctx.d);
  lowerGemm(ctx, s, plan, x, y, w.data as ArrayLike<number>, r);
}
