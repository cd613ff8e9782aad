// Lowering a float model (compiler/ptq/format-model.ts FormatModel; issue 18) to a program for the
// machine's float modes (fp8-e4m3; MX: mxint8, mxfp8, mxfp4): every activation between layers is FP32
// (4 bytes per element, NHWC), resident in the output buffer when it fits (planFp32Residency), else in DRAM;
// each conv2d/dense converts its input into the format's elements (MX: and its E8M0 block scales) as it enters
// the input buffer and writes FP32 outputs (format-gemm-layer.ts; a GEMM the preset runs in INT8 uses the int8
// mode on uint8 codes), max and average pools run as FPOOL (the exact-sum average; inside the conv before them
// when their windows tile its output: fusedPool), residual adds as FADD, flattens of one pixel or one channel
// move nothing. The stream is written with sequential meaning; sync.ts places the tokens.
import type { Attrs, Graph, Node } from '../ir/graph.js';
import { inferTypes } from '../ir/verify.js';
import { intsAttr, numAttr } from '../ir/op-spec.js';
import type { FormatModel } from '../reference/format-interpreter.js';
import { isMx } from '../quant/format-quantize.js';
import { deriveHw, requireValidHwConfig, type DerivedHw, type HwConfig } from '../../isa/hw-config.js';
import type { Program } from '../../isa/program-file.js';
import type { DramRegion, LayerEntry, TensorDescriptor } from '../../isa/program-tables.js';
import { FLOAT_MODE_ELEMENTS, type FloatClamp, type FloatMode } from '../../isa/float-opcodes.js';
import type { NumberFormat } from '../../core/number-formats.js';
import { DramImage } from './allocate-dram.js';
import type { LowerContext } from './context.js';
import { Emitter, newTile, push } from './emit.js';
import { emitGemm, formatConfig, fp32Rows, fusedPoolFits, gemmConstants, gemmMinRegion, type FormatGemm, type FusedPool, type GemmPlacement } from './format-gemm-layer.js';
import { mapFail } from './mapping-errors.js';
import { RowAllocator } from './residency.js';

/**
 * An activation: [c, h, w] NHWC, FP32 (uint8 codes: the input of an INT8 first GEMM), in DRAM at `addr` or
 * resident in the output buffer from row `res` (pixel p at res + p·span(c): the DRAM bytes, row-aligned).
 */
interface Act {
  readonly c: number; readonly h: number; readonly w: number;
  bytesPerElem: number;
  addr: number;
  res?: number;
  /** The layers (emission order) that write and read it; the program's input has no producer (−1). */
  readonly producer: number;
  readonly consumers: number[];
}

/** One layer as emitted: `need` is the fewest rows per working half of the output buffer it runs in. */
interface Step {
  readonly emit: (region: number) => void;
  readonly need: number;
}

/** The fused clamp of `attrs` (act_min/act_max) as CVT_OUT/FADD encode it. */
function clampOf(node: Node, attrs: Attrs): FloatClamp {
  const lo = 'act_min' in attrs ? numAttr(attrs, 'act_min') : -Infinity;
  const hi = 'act_max' in attrs ? numAttr(attrs, 'act_max') : Infinity;
  if (lo === -Infinity && hi === Infinity) return 'none';
  if (lo === 0 && hi === Infinity) return 'relu';
  if (lo === 0 && hi === 6) return 'relu6';
  return mapFail('MAP004', node.name, `the fused clamp [${lo}, ${hi}] is none of none, relu, relu6 (CVT_OUT/FADD clamps)`);
}

/** [c, h, w] of a value shape [1, c, h, w] or [1, f] (f channels of one pixel). */
function chw(shape: readonly number[], node: string): [number, number, number] {
  if (shape[0] !== 1) mapFail('MAP004', node, `batch ${shape[0]}: the float lowering runs one image`);
  if (shape.length === 4) return [shape[1]!, shape[2]!, shape[3]!];
  if (shape.length === 2) return [shape[1]!, 1, 1];
  return mapFail('MAP004', node, `a value of shape [${shape.join(', ')}]`);
}

/** The array mode of a format's GEMMs: fp8-e4m3 for per-tensor/per-channel E4M3, the MX mode of its element; MAP004 for the rest. */
export function formatArrayMode(format: NumberFormat, graph: string): FloatMode {
  const mode = (Object.keys(FLOAT_MODE_ELEMENTS) as FloatMode[]).find((m) => FLOAT_MODE_ELEMENTS[m].element === format.element && FLOAT_MODE_ELEMENTS[m].mx === isMx(format));
  return mode ?? mapFail('MAP004', graph, `the ${format.name} format has no array mode (float modes: ${Object.keys(FLOAT_MODE_ELEMENTS).join(', ')})`);
}

/** The graph walked once before anything is emitted (planLayers): its activations by value name, its layers in order. */
interface LayerPlan {
  readonly model: FormatModel; readonly mode: FloatMode; readonly ctx: LowerContext; readonly dram: DramImage; readonly attrs: ReadonlyMap<string, Attrs>;
  readonly acts: Map<string, Act>;
  /** Each conv2d/dense with its constants' DRAM addresses and sizes ([weights, params]), its input and output. */
  readonly gemms: { g: FormatGemm; at: { weights: number; params: number }; bytes: [number, number]; x: Act; y: Act }[];
  readonly vectors: { name: string; ins: Act[]; y: Act }[];
  readonly steps: Step[];
  /** The GEMMs' shared tile counter. */
  readonly tiles: { count: number };
  /** The GEMM the preset runs in INT8 on the image: the program input is then its uint8 codes (the host's conversion). */
  int8First?: string;
}

/** Lowers `model` for `hw` (fp8-e4m3 and the MX modes; other formats: MAP004). */
export function lowerFormatModel(model: FormatModel, hw: HwConfig): Program {
  requireValidHwConfig(hw);
  const graph: Graph = model.graph;
  const mode = formatArrayMode(model.format, graph.name);
  if (graph.inputs.length !== 1) mapFail('MAP004', graph.name, 'the float lowering takes one input');
  const ctx: LowerContext = { hw, d: deriveHw(hw), emitter: new Emitter() };
  const dram = new DramImage(hw.dram.burstBytes);
  // Constants first (planLayers), then activations (placeActivations): their addresses are known before any instruction is made.
  const plan = planLayers(model, mode, ctx, dram);
  const regions = placeActivations(plan);
  plan.steps.forEach((step, i) => step.emit(regions[i]!));
  const emitted = ctx.emitter.finish(hw);
  const tensors = programTensors(plan);
  if (dram.size > hw.dram.sizeBytes) mapFail('MAP005', graph.name, `the program needs ${dram.size} bytes of DRAM, the machine has ${hw.dram.sizeBytes}`);
  return { hwConfig: structuredClone(hw), instructions: emitted.instructions, dramImage: dram.bytes(), tensors, layers: layerTable(plan, emitted.layers), regions: dramRegions(plan) };
}

/**
 * Walks the graph in order: each conv2d/dense (with the pool fused into it, when one tiles its output) packs its
 * constants into `dram` and becomes a step, each pool and add a vector step; flattens of one pixel or channel and
 * a softmax left to the host become nothing. Activation addresses are not set yet.
 */
function planLayers(model: FormatModel, mode: FloatMode, ctx: LowerContext, dram: DramImage): LayerPlan {
  const graph = model.graph;
  const attrs = inferTypes(graph);
  const plan: LayerPlan = { model, mode, ctx, dram, attrs, acts: new Map(), gemms: [], vectors: [], steps: [], tiles: { count: 0 } };
  const { acts, steps } = plan;
  const input = graph.inputs[0]!;
  const [ic, ih, iw] = chw(input.type.shape, input.name);
  acts.set(input.name, { c: ic, h: ih, w: iw, bytesPerElem: 4, addr: -1, producer: -1, consumers: [] });
  // Pools run inside the GEMM before them (fusedPool): skipped as layers of their own.
  const fused = new Set<string>();
  for (const node of graph.nodes) {
    if (fused.has(node.name)) continue;
    const a = attrs.get(node.name)!;
    const [c, h, w] = chw(graph.values.get(node.name)!.type.shape, node.name);
    const x = acts.get(node.operands[0]!.name);
    if (x === undefined) mapFail('MAP004', node.name, `its input ${node.operands[0]!.name} is not an activation`);
    // A softmax producing a graph output stays on the host, as after the integer pipeline's dequantize: the
    // program's output is its FP32 input (hostOutputs; the host applies the op's float semantics).
    if (node.op === 'softmax' && graph.outputs.includes(node.name)) continue;
    if (node.op === 'flatten' || node.op === 'reshape') {
      if (x.c > 1 && x.h * x.w > 1) mapFail('MAP004', node.name, 'a flatten of several channels and pixels (the NHWC → NCHW order) is not lowered for float models yet');
      acts.set(node.name, x);
      continue;
    }
    const y: Act = { c, h, w, bytesPerElem: 4, addr: -1, producer: steps.length, consumers: [] };
    for (const o of node.operands) acts.get(o.name)?.consumers.push(steps.length);
    if (node.op === 'conv2d' || node.op === 'dense') {
      const pool = planGemm(plan, node, x, y);
      if (pool !== undefined) fused.add(pool);
      continue;
    }
    acts.set(node.name, y);
    steps.push(vectorLayer(ctx, node, a, x, y, acts));
    plan.vectors.push({ name: node.name, ins: node.operands.flatMap((o) => acts.get(o.name) ?? []), y });
  }
  return plan;
}

/**
 * Plans conv2d/dense `node` reading `x` into `y` (in INT8 when the preset says so: on the image only): packs its
 * constants into the DRAM image, fuses the pool after it when that pool tiles its output and fits, adds its
 * step. Returns the fused pool's name.
 */
function planGemm(plan: LayerPlan, node: Node, x: Act, y: Act): string | undefined {
  const { model, mode, ctx, dram, attrs, tiles } = plan;
  const graph = model.graph;
  const a = attrs.get(node.name)!;
  const wt = model.weights.get(node.name)!;
  const kind = model.int8Inputs.has(node.name) ? 'int8' : mode;
  if (kind === 'int8') {
    if (x !== plan.acts.get(graph.inputs[0]!.name) || plan.int8First !== undefined) mapFail('MAP004', node.name, 'an INT8 GEMM not on the image (its input would need a uint8 conversion on the machine)');
    plan.int8First = node.name;
    x.bytesPerElem = 1;
  }
  const conv = node.op === 'conv2d';
  const [kh, kw] = conv ? [wt.shape[2]!, wt.shape[3]!] : [1, 1];
  const [sy, sx] = conv ? intsAttr(a, 'stride') : [1, 1];
  const [dy, dx] = conv ? intsAttr(a, 'dilation') : [1, 1];
  const pad = conv ? intsAttr(a, 'pad') : [0, 0, 0, 0];
  const grid = model.int8Inputs.get(node.name);
  const g: FormatGemm = {
    // A dense layer reads its input as one pixel of all its features (a flatten of one channel or pixel moved nothing).
    name: node.name, kind, ...(conv ? { cin: x.c, h: x.h, w: x.w } : { cin: x.c * x.h * x.w, h: 1, w: 1 }), cout: y.c, ho: y.h, wo: y.w, kh, kw, sy: sy!, sx: sx!, dy: dy!, dx: dx!,
    pads: [pad[0]!, pad[1]!, pad[2]!, pad[3]!], groups: conv ? numAttr(a, 'groups') : 1, weights: wt,
    actScale: grid?.scale ?? model.actScales.get(node.name) ?? 1, zero: grid?.zero ?? 0,
    bias: node.operands[2] === undefined ? undefined : (graph.constants.get(node.operands[2].name)!.data as Float32Array), clamp: clampOf(node, a),
  };
  const k = gemmConstants(ctx, g);
  const at = { weights: dram.add(k.weights), params: dram.add(k.params) };
  // The GEMM's output pooled on chip when its only reader is a pool that tiles it: DRAM sees the pooled output only.
  const pool = fusedPool(graph, node, attrs);
  const withPool: FormatGemm | undefined = pool === undefined ? undefined : { ...g, pool };
  const gp = withPool !== undefined && fusedPoolFits(ctx, withPool) ? withPool : g;
  const out: Act = gp.pool === undefined ? y : { ...y, h: gp.pool.ho, w: gp.pool.wo };
  plan.acts.set(gp.pool?.name ?? node.name, out);
  plan.gemms.push({ g: gp, at, bytes: [k.weights.length, k.params.length], x, y: out });
  plan.steps.push({
    need: gemmMinRegion(ctx, gp),
    emit: (region) => emitGemm(ctx, gp, { x: x.addr, y: out.addr, ...at, tiles, region, ...(x.res === undefined ? {} : { xRow: x.res }), ...(out.res === undefined ? {} : { yRow: out.res }) } satisfies GemmPlacement),
  });
  return gp.pool?.name;
}

const actBytes = (t: Act): number => t.c * t.h * t.w * t.bytesPerElem;

/** Places the activations: resident in the output buffer (planFp32Residency; not the program's input and outputs), else in DRAM. Returns each step's working-half rows. */
function placeActivations({ model: { graph }, acts, steps, ctx, dram }: LayerPlan): number[] {
  const pinned = new Set([graph.inputs[0]!.name, ...graph.outputs.map((o) => programOutputOf(graph, o))].map((n) => acts.get(n)!));
  const regions = planFp32Residency([...new Set(acts.values())].filter((t) => !pinned.has(t)), steps, ctx.d);
  for (const t of new Set(acts.values())) if (t.res === undefined) t.addr = dram.reserve(actBytes(t));
  return regions;
}

/** The program's input (FP32, or the INT8 first GEMM's uint8 codes with their grid) and output descriptors. */
function programTensors(plan: LayerPlan): TensorDescriptor[] {
  const { model, model: { graph } } = plan;
  const input = graph.inputs[0]!;
  const x = plan.acts.get(input.name)!;
  const grid = plan.int8First === undefined ? undefined : model.int8Inputs.get(plan.int8First)!;
  const tensors: TensorDescriptor[] = [{
    name: input.name, role: 'input', dramAddr: x.addr, dtype: x.bytesPerElem === 1 ? 'u8' : 'f32', shape: [...input.type.shape], layout: 'NHWC',
    ...(grid === undefined ? {} : { scale: [grid.scale], zeroPoint: [grid.zero] }),
  }];
  for (const out of graph.outputs) {
    const name = programOutputOf(graph, out);
    tensors.push({ name, role: 'output', dramAddr: plan.acts.get(name)!.addr, dtype: 'f32', shape: [...graph.values.get(name)!.type.shape], layout: 'NHWC' });
  }
  return tensors;
}

/** The DRAM regions: each GEMM's weights and parameters, then every activation not resident on chip. */
function dramRegions(plan: LayerPlan): DramRegion[] {
  return [
    ...plan.gemms.flatMap(({ g, at, bytes }) => [{ addr: at.weights, bytes: bytes[0], kind: 'weights' as const, layer: g.name }, { addr: at.params, bytes: bytes[1], kind: 'params' as const, layer: g.name }]),
    ...[...new Set(plan.acts.values())].filter((t) => t.res === undefined).map((t) => ({ addr: t.addr, bytes: actBytes(t), kind: 'activation' as const })),
  ];
}

/** The emitted layers with each one's op, output type and compulsory DRAM bytes (its constants once, each input read once, its output written once). */
function layerTable(plan: LayerPlan, emitted: readonly LayerEntry[]): LayerEntry[] {
  const graph = plan.model.graph;
  const compulsory = new Map<string, number>([
    ...plan.gemms.map(({ g, bytes, x, y }) => [g.name, bytes[0] + bytes[1] + actBytes(x) + actBytes(y)] as const),
    ...plan.vectors.map((v) => [v.name, v.ins.reduce((s, t) => s + actBytes(t), 0) + actBytes(v.y)] as const),
  ]);
  return emitted.map((l) => {
    const type = graph.values.get(l.name)?.type;
    const op = graph.nodes.find((nd) => nd.name === l.name)?.op;
    return { ...l, ...(op === undefined || type === undefined ? {} : { op, outputDtype: type.dtype, outputShape: [...type.shape] }), compulsoryBytes: compulsory.get(l.name) ?? 0 };
  });
}

/**
 * Which FP32 activations stay in the output buffer (their producer writes and their consumers read them in
 * place) and, per layer, the rows of its two working halves. Greedy by DRAM bytes saved (the write and every
 * read), first fit from the top over lifetimes (residency.ts's RowAllocator); a tensor is kept only when every
 * layer of its lifetime keeps working halves of its `need` below the resident rows, and only when a pixel is
 * whole rows (4·C a multiple of the row bytes: the DRAM bytes, row-aligned, so CVT_IN reads image rows).
 */
function planFp32Residency(candidates: readonly Act[], steps: readonly Step[], d: DerivedHw): number[] {
  const rb = d.rowBytes.output;
  const alloc = new RowAllocator(d.bufferRows.output, 0);
  const saved = (t: Act) => t.c * t.h * t.w * (1 + t.consumers.length);
  const kept = candidates.filter((t) => t.producer >= 0 && t.consumers.length > 0 && t.bytesPerElem === 4 && (4 * t.c) % rb === 0).sort((a, b) => saved(b) - saved(a));
  const region = (i: number) => Math.floor(alloc.floorAt(i) / 2);
  for (const t of kept) {
    const last = Math.max(...t.consumers);
    const base = alloc.alloc(t.h * t.w * fp32Rows(t.c, rb), t.producer, last);
    if (base === undefined) continue;
    if (steps.slice(t.producer, last + 1).every((s, k) => region(t.producer + k) >= s.need)) t.res = base;
    else alloc.free(base);
  }
  return steps.map((_, i) => region(i));
}

/**
 * The pool that may run on conv2d `node`'s output blocks (FusedPool): its only reader, not a graph output
 * itself, a max or average pool whose windows tile the image (kernel = stride, no padding or dilation, the
 * floor rule) or a global average pool.
 */
function fusedPool(graph: Graph, node: Node, attrs: ReadonlyMap<string, Attrs>): FusedPool | undefined {
  if (node.op !== 'conv2d' || graph.outputs.includes(node.name)) return undefined;
  const readers = graph.nodes.filter((n) => n.operands.some((o) => o.name === node.name));
  const p = readers[0];
  if (readers.length !== 1 || p!.operands.length !== 1) return undefined;
  const [, , ho, wo] = graph.values.get(p!.name)!.type.shape;
  const [, , h, w] = graph.values.get(node.name)!.type.shape;
  if (p!.op === 'global_avgpool') return h! <= 63 && w! <= 63 ? { name: p!.name, kind: 'avg', kh: h!, kw: w!, ho: 1, wo: 1 } : undefined;
  if (p!.op !== 'maxpool' && p!.op !== 'avgpool') return undefined;
  const a = attrs.get(p!.name)!;
  const [kh, kw] = intsAttr(a, 'kernel');
  const stride = intsAttr(a, 'stride');
  const tiles = stride[0] === kh && stride[1] === kw && intsAttr(a, 'pad').every((v) => v === 0)
    && (!('dilation' in a) || intsAttr(a, 'dilation').every((v) => v === 1)) && !(a['ceil_mode'] === true);
  return tiles && kh! <= 63 && kw! <= 63 ? { name: p!.name, kind: p!.op === 'maxpool' ? 'max' : 'avg', kh: kh!, kw: kw!, ho: ho!, wo: wo! } : undefined;
}

/** The program output that graph output `name` comes from: itself, or the input of a softmax left to the host. */
export function programOutputOf(graph: Graph, name: string): string {
  const node = graph.nodes.find((n) => n.name === name);
  return node?.op === 'softmax' ? node.operands[0]!.name : name;
}

/**
 * A pool or add as FPOOL/FADD tiles over bands of whole output rows (both working halves of the output buffer
 * alternate). A resident operand is read, a resident result written, in place (no LOAD, no STORE).
 */
function vectorLayer(ctx: LowerContext, node: Node, a: Attrs, x: Act, y: Act, acts: ReadonlyMap<string, Act>): Step {
  const { hw, d } = ctx;
  const rb = d.rowBytes.output;
  const cfg = formatConfig('fp8-e4m3', hw.array.dataflow);
  // Pixels `first` … of channels [c0, c0 + cn) between DRAM (NHWC) and output rows of `span` rows per pixel.
  const loadPixels = (list: ReturnType<typeof newTile>['loads'], t: Act, span: number, row: number, first: number, count: number, c0 = 0, cn = t.c) =>
    push(list, 'LOAD', { buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: 4 * cn, rows: count, sramRowStride: span, dramAddr: t.addr + 4 * (t.c * first + c0), dramRowStride: 4 * t.c, repeat: 1, sramOuterStride: 0, dramOuterStride: 0, fill: 0, fillByte: 0 });
  const storePixels = (list: ReturnType<typeof newTile>['stores'], span: number, row: number, first: number, count: number, c0 = 0, cn = y.c) =>
    push(list, 'STORE', { buffer: 'output', sramRow: row, sramByte: 0, bytesPerRow: 4 * cn, rows: count, sramRowStride: span, dramAddr: y.addr + 4 * (y.c * first + c0), dramRowStride: 4 * y.c, repeat: 1, sramOuterStride: 0, dramOuterStride: 0 });
  const span = fp32Rows(x.c, rb);
  if (node.op === 'add') {
    const b = acts.get(node.operands[1]!.name);
    if (b === undefined || b.c !== x.c || b.h * b.w !== x.h * x.w) mapFail('MAP004', node.name, 'an add of two activations of one shape');
    const clamp = clampOf(node, a);
    return {
      need: 3 * span,
      emit: (half) => {
        const band = Math.min(x.h * x.w, Math.floor(half / (3 * span)), 4095);
        if (band < 1) mapFail('MAP001', node.name, `one pixel of ${x.c} FP32 channels needs ${3 * span} output rows, the buffer has ${2 * half}`);
        ctx.emitter.beginLayer(node.name, cfg, `FP32 add of ${x.c}x${x.h}x${x.w}, ${band} pixels per band`);
        for (let p = 0, n = 0; p < x.h * x.w; p += band, n++) {
          const count = Math.min(band, x.h * x.w - p);
          const base = (n % 2) * half;
          const t = newTile(`${node.name} p${p}`);
          // Operand k's rows: in place when resident, else LOADed into the band's k-th third.
          const rowOf = (u: Act, k: number) => (u.res !== undefined ? u.res + p * span : base + k * count * span);
          for (const [u, k] of [[x, 0], [b, 1]] as const) if (u.res === undefined) loadPixels(t.loads, u, span, rowOf(u, k), p, count);
          push(t.computes, 'FADD', { aRow: rowOf(x, 0), bRow: rowOf(b, 1), dstRow: rowOf(y, 2), rows: count, elems: x.c, clamp });
          if (y.res === undefined) storePixels(t.stores, span, rowOf(y, 2), p, count);
          ctx.emitter.addTile(t);
        }
      },
    };
  }
  const global = node.op === 'global_avgpool';
  if (!global && node.op !== 'maxpool' && node.op !== 'avgpool') return mapFail('MAP004', node.name, `op ${node.op} has no float lowering`);
  const [kh, kw] = global ? [x.h, x.w] : intsAttr(a, 'kernel');
  const [sy, sx] = global ? [1, 1] : intsAttr(a, 'stride');
  const [pt, pl, pb, pr] = global ? [0, 0, 0, 0] : intsAttr(a, 'pad');
  if (!global && ('ceil_mode' in a && a['ceil_mode'] === true)) mapFail('MAP004', node.name, 'ceil_mode pools');
  if (!global && 'dilation' in a && intsAttr(a, 'dilation').some((v) => v !== 1)) mapFail('MAP004', node.name, 'a dilated pool (FPOOL has no dilation)');
  if (!global && node.op === 'avgpool' && pt! + pl! + pb! + pr! > 0) mapFail('MAP004', node.name, 'a padded average pool (the reference\'s count_include_pad rule is not checked here)');
  if (kh! > 63 || kw! > 63 || x.c > 255) mapFail('MAP005', node.name, `an FPOOL window ${kh}x${kw} over ${x.c} channels (fields: ≤ 63, ≤ 255)`);
  const inRowsPer = (ob: number) => Math.min(x.h, (ob - 1) * sy! + kh!);
  const kind = node.op === 'maxpool' ? 'max' : 'avg';
  return {
    // Every channel in one group: a resident operand's pixels are span(C) rows apart.
    need: (inRowsPer(1) * x.w + y.w) * span,
    emit: (half) => {
      // Bands of whole output rows over groups of channels (pools are per channel): the widest group whose one-row
      // band fits (every channel when an operand is resident; its rows then take no room in the half).
      let cg = x.c;
      const fits = (ob: number) => ((x.res === undefined ? inRowsPer(ob) * x.w : 0) + (y.res === undefined ? ob * y.w : 0)) * fp32Rows(cg, rb) <= half;
      while (cg > 1 && !fits(1) && x.res === undefined && y.res === undefined) cg = Math.ceil(cg / 2);
      if (!fits(1)) mapFail('MAP001', node.name, `a band of one output row of ${cg} channel(s) needs ${(inRowsPer(1) * x.w + y.w) * fp32Rows(cg, rb)} output rows, half the buffer is ${half}`);
      const sp = fp32Rows(cg, rb);
      let ob = y.h;
      while (ob > 1 && !fits(ob)) ob--;
      ctx.emitter.beginLayer(node.name, cfg, `FP32 ${kind} pool ${kh}x${kw}/${sy} over ${x.c}x${x.h}x${x.w}, ${ob} output rows × ${cg} channels per band`);
      for (let c0 = 0, n = 0; c0 < x.c; c0 += cg) for (let oy0 = 0; oy0 < y.h; oy0 += ob, n++) {
        const cn = Math.min(cg, x.c - c0);
        const rows = Math.min(ob, y.h - oy0);
        const iy0 = oy0 * sy! - pt!;
        const iy1 = (oy0 + rows - 1) * sy! - pt! + kh!;
        const lo = Math.max(0, iy0), hi = Math.min(x.h, iy1);
        const base = (n % 2) * half;
        const src = x.res !== undefined ? x.res + lo * x.w * sp : base;
        const dst = y.res !== undefined ? y.res + oy0 * y.w * sp : base + (x.res === undefined ? (hi - lo) * x.w * sp : 0);
        const t = newTile(`${node.name} c${c0} y${oy0}`);
        if (x.res === undefined) loadPixels(t.loads, x, sp, src, lo * x.w, (hi - lo) * x.w, c0, cn);
        push(t.computes, 'FPOOL', {
          kind, srcRow: src, dstRow: dst, channels: cn, inH: hi - lo, inW: x.w, kernelH: kh!, kernelW: kw!, strideH: sy!, strideW: sx!,
          padTop: lo - iy0, padLeft: pl!, padBottom: iy1 - hi, padRight: pr!,
        });
        if (y.res === undefined) storePixels(t.stores, sp, dst, oy0 * y.w, rows * y.w, c0, cn);
        ctx.emitter.addTile(t);
      }
    },
  };
}
