// The lowering driver: a quantized graph (batch 1) + a hardware configuration → a Program (isa/program-
// file.ts). Three phases: every layer is planned (tiles chosen, constants packed); the DRAM image is laid
// out (all constants first, then the activations that live in DRAM, so the program image carries no
// activation bytes); then every layer emits its instructions, and the token pass (sync.ts) makes the
// sequential stream safe for the three decoupled queues.
import type { Graph } from '../ir/graph.js';
import { DTYPES } from '../ir/dtype.js';
import { deriveHw, requireValidHwConfig, type HwConfig } from '../../isa/hw-config.js';
import type { OverflowPolicy } from '../../core/arithmetic-modes.js';
import type { InstructionFields } from '../../isa/make-instruction.js';
import type { Program, TensorDescriptor } from '../../isa/program-file.js';
import type { DramRegion, LayerEntry, TensorDtype } from '../../isa/program-tables.js';
import { MODE_OPERAND_BITS, type ArrayMode } from '../../isa/spec.js';
import { DramImage } from './allocate-dram.js';
import type { LayerLowering, LowerContext } from './context.js';
import type { RequantSpec } from './requant.js';
import { lowerDepthwise } from './depthwise.js';
import { planConvLayer } from './conv-layer.js';
import { inputGroupsOf } from './conv-plan.js';
import type { ResidencyPlan } from './residency.js';
import { depthwiseOnArray, planNetworkResidency, weightedShape, type DepthwiseChoice } from './layer-kinds.js';
import { vectorGroup, type VectorTensor } from './vector-io.js';
import { lowerAdd, lowerConcat } from './add.js';
import { lowerPool } from './pool.js';
import { planBinarize } from './binarize.js';
import { planLut } from './lut.js';
import { planSpatialCopy, spatialMaps } from './spatial-copy.js';
import { globalPoolFitsPool, planTiledGlobalPool } from './global-pool-tiled.js';
import { Emitter, sameConfig } from './emit.js';
import { fuseComputeRuns } from './fuse-runs.js';
import { arrayModeFor, logWeightCodes, type ActTensor } from './layout.js';
import { mapFail } from './mapping-errors.js';
import { groupScalesOf } from './group-scales.js';
import { buildNetwork, type NetLayer, type Network } from './network.js';
import type { ConvShape } from './conv-geometry.js';
import type { DType } from '../ir/dtype.js';
import type { Attrs } from '../ir/graph.js';
import { MIN_PIECED_CYCLES, pieceRows } from './interleave-vector.js';

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

/** Choices a caller may force (the defaults are the cost model's). */
export interface LowerOptions {
  /** Where depthwise convolutions run (default 'auto': the cheaper per layer). */
  readonly depthwise?: DepthwiseChoice;
  /** Emit each chunk-by-chunk walk of a tile's reduction as one COMPUTE run (default true); false keeps the
   *  unrolled LOAD_WEIGHTS + COMPUTE pairs. Same machine behaviour either way (fuse-runs.ts). */
  readonly computeRuns?: boolean;
  /** Move pools' and adds' vector instructions into their producer's stream where independent (default
   *  true; interleave-vector.ts). Same results either way; false keeps every layer's stream as emitted. */
  readonly interleaveVector?: boolean;
}

/** Lowers `qgraph` for `hw`; UserError MAP0xx when a layer cannot be mapped. */
export function lowerGraphWithComments(qgraph: Graph, hw: HwConfig, options: LowerOptions = {}): Lowered {
  requireValidHwConfig(hw);
  const d = deriveHw(hw);
  const net = buildNetwork(qgraph, hw.array.cols);
  const ctx: LowerContext = { hw, d, emitter: new Emitter() };
  const shapes = net.layers.map((l) => weightedShape(net, l));
  const choice = options.depthwise ?? 'auto';
  const res = planNetworkResidency(net, shapes, hw, choice);
  const planned = net.layers.map((l, k) => planLayer(ctx, net, l, k, shapes[k], res, choice));
  const dram = new DramImage(hw.dram.burstBytes);
  const addrs = planned.map((p) => p.constants.map((c) => dram.add(c)));
  for (const t of net.tensors.values()) t.dramAddr = dram.reserve(t.h * t.w * t.pixBytes);
  planned.forEach((p, k) => p.emit(addrs[k]!));
  const emitted = ctx.emitter.finish(hw, options.interleaveVector !== false);
  const { instructions, comments, layers } = options.computeRuns === false ? emitted : fuseComputeRuns(emitted.instructions, emitted.comments, emitted.layers);
  const descs = [...net.tensors.values()].map((t) => describe(t, t.role));
  if (dram.size > hw.dram.sizeBytes) mapFail('MAP005', qgraph.name, `the program needs ${dram.size} bytes of DRAM, the machine has ${hw.dram.sizeBytes}`);
  const traffic = dramRegions(net, planned, addrs);
  const withCompulsory = layers.map((e) => withNodeInfo({ ...e, compulsoryBytes: traffic.compulsory.get(e.name) ?? 0 }, qgraph));
  const program: Program = { hwConfig: structuredClone(hw), instructions, dramImage: dram.bytes(), tensors: descs, layers: withCompulsory, regions: traffic.regions };
  return { program, comments };
}

/**
 * What the simulator splits DRAM traffic by (contract item 7): each layer's packed weights and
 * requantization blocks (a weighted layer's constants are [weights, params]) and every activation
 * tensor's DRAM home (owned by its producer; the program input by none); and each layer's compulsory
 * bytes: its constants once, each input activation read once, its output written once (an activation
 * kept on chip still counts here, though it moves no DRAM byte).
 */
function dramRegions(net: Network, planned: readonly LayerLowering[], addrs: readonly (readonly number[])[]): { regions: DramRegion[]; compulsory: Map<string, number> } {
  const regions: DramRegion[] = [];
  const compulsory = new Map<string, number>();
  const bytesOf = (name: string) => {
    const t = net.tensors.get(name)!;
    return t.h * t.w * t.pixBytes;
  };
  planned.forEach((p, k) => {
    const layer = net.layers[k]!.node.name;
    p.constants.forEach((c, i) => {
      if (c.length > 0) regions.push({ addr: addrs[k]![i]!, bytes: c.length, kind: i === 0 ? 'weights' : 'params', layer });
    });
    const l = net.layers[k]!;
    const constBytes = p.constants.reduce((a, c) => a + c.length, 0);
    compulsory.set(layer, (compulsory.get(layer) ?? 0) + constBytes + l.inputs.reduce((a, n) => a + bytesOf(n), 0) + bytesOf(l.output));
  });
  for (const t of net.tensors.values()) {
    const bytes = t.h * t.w * t.pixBytes;
    const producer = t.producer >= 0 ? net.layers[t.producer]!.node.name : undefined;
    if (bytes > 0) regions.push({ addr: t.dramAddr, bytes, kind: 'activation', ...(producer === undefined ? {} : { layer: producer }) });
  }
  return { regions, compulsory };
}

/** A layer entry with its node's op and output type, so a report on the .accbin alone can show them. */
function withNodeInfo(layer: LayerEntry, g: Graph): LayerEntry {
  const node = g.nodes.find((n) => n.name === layer.name);
  const type = g.values.get(layer.name)?.type;
  if (node === undefined || type === undefined) return layer;
  return { ...layer, op: node.op, outputDtype: type.dtype, outputShape: [...type.shape] };
}

/** `lowerGraph(qgraph, hw) → Program`, the entry point the CLI and the simulator's tests use. */
export function lowerGraph(qgraph: Graph, hw: HwConfig, options: LowerOptions = {}): Program {
  return lowerGraphWithComments(qgraph, hw, options).program;
}

/** The tensor as a vector-unit layer sees it. */
function vectorTensor(t: ActTensor, res: ResidencyPlan): VectorTensor {
  const p = res.placement.get(t.name);
  return { t, out: p?.out, img: p?.img, dram: p === undefined };
}

/** Plans one layer (its emission starts with beginLayer, so layers stay contiguous in the stream). */
function planLayer(ctx: LowerContext, net: Network, l: NetLayer, k: number, s: ConvShape | undefined, res: ResidencyPlan, choice: DepthwiseChoice): LayerLowering {
  const { hw } = ctx;
  const x = (i = 0) => net.tensors.get(l.inputs[i]!)!;
  const y = net.tensors.get(l.output)!;
  const { node, attrs: a } = l;
  const work = res.workOutput[k]!;
  const vector = (begin: () => void): LayerLowering => ({ constants: [], emit: begin });
  const v = (t: ActTensor) => vectorTensor(t, res);
  const img = v(y).img;
  passRunAhead(ctx, node.op, x(), img !== undefined && img.pads.top + img.pads.bottom + img.pads.left + img.pads.right > 0);
  if (ctx.runAhead !== undefined && img !== undefined && l.inputs.every((t) => res.placement.get(t)?.out !== undefined) && (node.op !== 'qadd' || v(y).out !== undefined)) {
    const cycles = lastPieceCycles(ctx, l, x(), y);
    if (cycles > 0) ctx.runAhead = { ...ctx.runAhead, array: { cycles, config: config(hw, 'int8', a, x(), 8) } };
  }
  const grouped = node.op === 'qglobal_avgpool' && v(x()).out !== undefined ? groupedPoolOutput(ctx, x()) : undefined;
  if (ctx.runAhead !== undefined && img !== undefined && grouped !== undefined) ctx.runAhead = { ...ctx.runAhead, inputGroups: { ...grouped, config: config(hw, 'int8', a, x(), 8) } };
  switch (node.op) {
    case 'qconv2d':
    case 'qdense':
      return planWeighted(ctx, net, l, x(), y, s!, res, k, choice);
    case 'qglobal_avgpool':
      // A plane POOL cannot hold at once is summed in chunks (global-pool-tiled.ts).
      if (v(x()).out === undefined && !globalPoolFitsPool(v(x()), v(y), work)) {
        return planTiledGlobalPool(ctx, node.name, v(x()), v(y), config(hw, 'int8', a, x(), 8), res.workInput[k]!, work);
      }
      return vector(() => lowerPool(ctx, node.name, node.op, a, v(x()), v(y), config(hw, 'int8', a, x(), 8), work));
    case 'qmaxpool':
    case 'qavgpool':
      return vector(() => lowerPool(ctx, node.name, node.op, a, v(x()), v(y), config(hw, 'int8', a, x(), 8), work));
    case 'qlut':
      return planLut(ctx, node.name, net.constant(l, 1).data as ArrayLike<number>, v(x()), v(y), config(hw, 'int8', a, x(), 8), work);
    case 'resize':
    case 'qpad': {
      const maps = spatialMaps(node.name, node.op, net.graph.values.get(l.inputs[0]!)!.type.shape, a);
      return planSpatialCopy(ctx, node.name, node.op, maps, maps.fillByte, v(x()), v(y), config(hw, 'int8', a, x(), 8), work);
    }
    case 'qadd':
      return vector(() => lowerAdd(ctx, node.name, a, v(x(0)), v(x(1)), v(y), config(hw, 'int8', a, x(), 8), work));
    case 'qbinarize':
      return planBinarize(ctx, node.name, a, v(x()), v(y), config(hw, 'int8', a, x(), 8), { inputRows: res.workInput[k]!, outputRows: work });
    default:
      return vector(() => lowerConcat(ctx, node.name, a, l.inputs.map((_, i) => v(x(i))), v(y), config(hw, 'int8', a, x(), 8), work));
  }
}

/**
 * The cost model's prefetch across layers (cost-model.ts RunAhead): a pool, add or concat leaves the weight
 * and parameter buffers alone while it reads at least its input once, `lanes` elements per cycle, so the next
 * array layer's loads may run that much further ahead; a LUT or binarize fills buffers of its own (none).
 * One that writes its consumer's on-chip image first fills the image's padding by LOADs into input rows the
 * layers before it read, which wait for them to end and hold the in-order load queue meanwhile (fmnist_cnn
 * pool2 at 16x16 ws: the fills wait for conv2's end, conv3's first weight LOAD behind them): the next
 * layer's loads then run ahead of it by this layer's own cycles only.
 */
function passRunAhead(ctx: LowerContext, op: string, x: ActTensor, fillsImg: boolean): void {
  if (op === 'qconv2d' || op === 'qdense' || ctx.runAhead === undefined) return;
  if (op === 'qlut' || op === 'qbinarize') {
    ctx.runAhead = undefined;
    return;
  }
  const cycles = x.h * x.w * Math.ceil(x.c / ctx.hw.vector.lanes);
  extendRunAhead(ctx, cycles);
  if (fillsImg) ctx.runAhead = { ...ctx.runAhead, loads: Math.min(ctx.runAhead.loads, cycles) };
}

/**
 * A pool or add working in place writes its consumer's image in pieces of whole rows (pool.ts, add.ts
 * pieceRows), each POOL/ADD followed by its MOVE: the cycles of the last piece (its vector work plus a MOVE
 * step per pixel and channel group; cost-model.ts RunAhead.array), 0 when it is not cut.
 */
function lastPieceCycles(ctx: LowerContext, l: NetLayer, x: ActTensor, y: ActTensor): number {
  const op = l.node.op;
  if (op !== 'qmaxpool' && op !== 'qavgpool' && op !== 'qadd') return 0;
  const groups = Math.ceil(x.c / vectorGroup(x, ctx));
  const k = op === 'qadd' ? [1, 1] : (l.attrs['kernel'] as number[]);
  const rowCycles = y.w * k[0]! * k[1]! * groups;
  const rows = pieceRows(y.h, rowCycles);
  if (rows >= y.h) return 0;
  const lastRows = y.h - Math.floor((y.h - 1) / rows) * rows;
  return lastRows * (rowCycles + y.w * groups);
}

/**
 * A global pool over a resident input writes its one output pixel a channel group at a time (pool.ts: a POOL
 * per group, h·w taps per lane group), each group MOVEd into the consumer's image right behind its POOL when the
 * consumer computes it group by group (cost-model.ts RunAhead.inputGroups, interleave-array.ts): group g is in
 * the image G − 1 − g POOLs before the pool's last MOVE ends, and the consumer's array work issues behind the
 * last POOL, its cycles and that MOVE's (one row: the read, then the write a cycle later; CYCLE-MODEL.md §2)
 * before the pool's end. Only for a pool that stays in its own range (below MIN_PIECED_CYCLES).
 */
function groupedPoolOutput(ctx: LowerContext, x: ActTensor): { channels: number; ready: number[]; lead: number } | undefined {
  const gc = vectorGroup(x, ctx);
  const groups = Math.ceil(x.c / gc);
  const pool = x.h * x.w * Math.ceil(gc / ctx.hw.vector.lanes);
  const move = 2;
  // A pool of MIN_PIECED_CYCLES or more moves its POOLs into its producer's stream (interleave-vector.ts), ahead
  // of its MOVEs, which then follow every POOL (fmnist_cnn at 8x8: 8 groups, 392 cycles; ResNet-18's 512 channels).
  if (groups * pool >= MIN_PIECED_CYCLES) return undefined;
  return { channels: gc, ready: Array.from({ length: groups }, (_, g) => -(groups - 1 - g) * pool), lead: pool + move };
}

/** A layer of about `cycles` that leaves the load queue and the weight and parameter rows alone. */
function extendRunAhead(ctx: LowerContext, cycles: number): void {
  const r = ctx.runAhead;
  if (r !== undefined) ctx.runAhead = { loads: r.loads + cycles, weights: r.weights + cycles, params: r.params + cycles };
}

/** CONFIG fields of a layer. */
function config(hw: HwConfig, mode: ArrayMode, a: Attrs, x: ActTensor, weightBits: number): InstructionFields<'CONFIG'> {
  const modeBits = MODE_OPERAND_BITS[mode].input;
  const accBits = (a['acc_bits'] as number | undefined) ?? hw.accumulator.bits;
  return {
    mode, dataflow: hw.array.dataflow, accBits: Math.min(accBits, hw.accumulator.bits),
    overflow: (a['acc_overflow'] as OverflowPolicy | undefined) ?? hw.accumulator.overflow,
    requantMode: a['requant'] === 'pow2' ? 'pow2' : 'm0shift',
    actBits: Math.min(DTYPES[x.dtype].bits, modeBits), actSigned: DTYPES[x.dtype].signed ? 1 : 0, weightBits: Math.min(weightBits, MODE_OPERAND_BITS[mode].weight),
  };
}

/**
 * The vector cycles of the pools and adds beside a layer (0: none): its result stays in the output buffer and
 * only pools and adds read it (in place there), enough of it (MIN_PIECED_CYCLES, reading it once) that they
 * run in pieces beside it: a smaller one is not cut, and bands would only cost (models/examples/dwsep_relu6.qir
 * binary 8x8 os pw: 1,041 → 1,049 cycles). A pool's cycles are its outputs × taps, an add's its elements,
 * per lane group (CYCLE-MODEL.md §4).
 */
function vectorBeside(net: Network, l: NetLayer, res: ResidencyPlan, lanes: number): number {
  const y = net.tensors.get(l.output)!;
  const vectorOps = new Set(['qmaxpool', 'qavgpool', 'qadd']);
  const groups = Math.ceil(y.c / lanes);
  if (y.h * y.w * groups < MIN_PIECED_CYCLES) return 0;
  if (res.placement.get(y.name)?.out === undefined || y.consumers.length === 0 || !y.consumers.every((c) => vectorOps.has(net.layers[c]!.node.op))) return 0;
  return y.consumers.reduce((sum, c) => {
    const layer = net.layers[c]!;
    const out = net.tensors.get(layer.output)!;
    const k = layer.node.op === 'qadd' ? [1, 1] : (layer.attrs['kernel'] as number[]);
    return sum + out.h * out.w * k[0]! * k[1]! * groups;
  }, 0);
}

function planWeighted(ctx: LowerContext, net: Network, l: NetLayer, x: ActTensor, y: ActTensor, s: ConvShape, res: ResidencyPlan, k: number, choice: DepthwiseChoice): LayerLowering {
  const { node, attrs: a } = l;
  const w = net.constant(l, 1);
  const wBits = DTYPES[w.type.dtype].bits;
  if (wBits > 8) mapFail('MAP002', node.name, `${w.type.dtype} weights: the array multiplies at most 8-bit weights`);
  const accBits = num(a, 'acc_bits');
  if (accBits > ctx.hw.accumulator.bits) mapFail('MAP003', node.name, `the layer accumulates in ${accBits} bits but the hardware accumulators have ${ctx.hw.accumulator.bits}`);
  const r: RequantSpec = {
    bias: net.constant(l, 2).data as Int32Array, m0: net.constant(l, 3).data as Int32Array, shift: net.constant(l, 4).data as Int32Array,
    yZero: num(a, 'y_zero'), qmin: num(a, 'qmin'), qmax: num(a, 'qmax'),
  };
  const grouped = s.groups > 1;
  if (grouped && s.cin % s.groups !== 0) mapFail('MAP004', node.name, `${s.groups} groups do not divide ${s.cin} input channels`);
  const gs = num(a, 'w_group') > 0
    ? groupScalesOf(node.name, num(a, 'w_group'), { dtype: w.type.dtype as DType, shape: w.type.shape }, net.constant(l, 6).data as ArrayLike<number>, s.groups, x.storageBits)
    : undefined;
  const mode = gs?.mode ?? arrayModeFor(w.type.dtype as DType, x.storageBits, grouped, a['w_format'] === 'log');
  const cfg = config(ctx.hw, mode, a, x, mode === 'w4a8-log' ? MODE_OPERAND_BITS[mode].weight : wBits);
  // The array's early start behind a pieced pool/add holds only when no new CONFIG comes between (RunAhead.array).
  const ra = ctx.runAhead;
  const lead = ra?.array ?? ra?.inputGroups;
  if (ra !== undefined && lead !== undefined && !sameConfig(lead.config, cfg)) ctx.runAhead = { loads: ra.loads, weights: ra.weights, params: ra.params };
  // The packers store what the weight buffer holds: w4a8-log's 4-bit codes, else the integers themselves.
  const stored = mode === 'w4a8-log' ? logWeightCodes(node.name, w.data as ArrayLike<number>) : (w.data as ArrayLike<number>);
  const what = `${node.op} ${x.h}x${x.w}x${x.c} → ${y.h}x${y.w}x${y.c}${grouped ? `, ${s.groups} groups` : ''}, ${mode} (weights ${w.type.dtype}, input ${x.dtype}${x.storageBits < 8 ? ' packed' : ''}), ${ctx.hw.array.dataflow}`;
  const begin = (label: string, inner: LayerLowering): LayerLowering => ({
    constants: inner.constants,
    emit: (addrs) => {
      ctx.emitter.beginLayer(node.name, cfg, label);
      inner.emit(addrs);
    },
  });
  const onArray = !grouped || depthwiseOnArray(net, l, s, ctx.hw, choice);
  if (!onArray) {
    if (s.groups !== x.c || y.c !== x.c) mapFail('MAP004', node.name, `grouped convolution with ${s.groups} groups, ${x.c} input and ${y.c} output channels on the vector unit: only depthwise`);
    const space = { inputRows: res.workInput[k]!, outputRows: res.workOutput[k]! };
    // Its DEPTHWISE instructions keep the vector unit busy (outputs · taps · channel groups of `lanes`) while the
    // next array layer's first loads may run ahead.
    extendRunAhead(ctx, y.h * y.w * s.kh * s.kw * Math.ceil(y.c / ctx.hw.vector.lanes));
    return begin(`depthwise ${what} on the vector unit (${choice === 'auto' ? 'the cost model predicts it faster than the array' : 'forced'})`, lowerDepthwise(ctx, node.name, s, mode, x, vectorTensor(y, res), stored, r, space));
  }
  const groupLead = ctx.runAhead?.inputGroups;
  const layer = planConvLayer(ctx, {
    name: node.name, s, mode, weightBits: ctx.d.elementBits.weight[mode], x, xImg: res.placement.get(x.name)?.img, y, yPlace: res.placement.get(y.name),
    weights: stored, r, space: { inputRows: res.workInput[k]!, outputRows: res.workOutput[k]! }, groupScales: gs,
    vectorBeside: vectorBeside(net, l, res, ctx.hw.vector.lanes),
  });
  const p = layer.scored.plan;
  // k-groups that follow the input's channel groups: the producer MOVEs each group on its own, and the stream
  // puts each k-group behind its group's MOVE (interleave-array.ts).
  const byGroup = groupLead !== undefined && p.kGroups > 1 && inputGroupsOf(layer.geo, p.source, { loads: 0, weights: 0, params: 0, inputGroups: groupLead }) !== undefined;
  if (byGroup) (ctx.groupedHandOff ??= new Set()).add(x.name);
  const where = `${grouped ? 'on the array (block-diagonal tiles), ' : ''}${p.source.kind === 'img' ? 'input on chip' : p.inputOnce === true ? `input from DRAM once, computed in ${p.bands.length} band(s)` : `input from DRAM in ${p.bands.length} band(s)`}, ${p.nGroups} channel group(s), ${p.kGroups} k-group(s), ${p.order} outer`;
  const lowered = begin(`${what}; ${where}${byGroup ? ', k-groups behind the input\'s channel groups' : ''}; predicted ${Math.round(layer.scored.cycles)} cycles`, layer);
  return byGroup ? { constants: lowered.constants, emit: (addrs) => { lowered.emit(addrs); ctx.emitter.startInPrevious(); } } : lowered;
}
