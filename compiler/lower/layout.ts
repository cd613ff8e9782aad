// Data layout decisions of the lowering: how each activation is stored in DRAM (NHWC, channels
// innermost; 8-bit bytes, or packed int4 nibbles / binary bits when every consumer computes in that
// width), and the byte packing of weights (per array mode) and requantization parameters.
import type { Graph, Node } from '../ir/graph.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import type { ArrayMode } from '../../isa/spec.js';
import { encodeLogWeight, isLogLevel, LOG_MAX_WEIGHT } from '../../isa/log-weight-code.js';
import { mapFail } from './mapping-errors.js';
import { POOL_FIELD_MAX } from './field-limits.js';

/** An activation tensor as the machine sees it: NHWC in DRAM at `dramAddr`, `pixBytes` bytes per pixel. */
export interface ActTensor {
  readonly name: string;
  readonly h: number;
  readonly w: number;
  readonly c: number;
  readonly dtype: DType;
  /** Bits per stored element: 8, or the value width when packed (4 or 1). */
  readonly storageBits: number;
  readonly zero: number;
  readonly scale: number;
  /** Assigned when the DRAM image is laid out (after every layer's constants); −1 before. */
  dramAddr: number;
  readonly pixBytes: number;
}

/** Bytes of one pixel: channels × storage bits, rounded up to whole bytes. */
export function pixelBytes(c: number, storageBits: number): number {
  return Math.ceil((c * storageBits) / 8);
}

/** The byte LOAD writes into padding: the zero point (int4: both nibbles), +1 for binary (bit 1 / byte 1). */
export function padByte(t: Pick<ActTensor, 'dtype' | 'storageBits' | 'zero'>): number {
  if (t.dtype === 'b1') return t.storageBits === 1 ? 0xff : 0x01;
  if (t.storageBits === 4) return (t.zero & 0xf) * 0x11;
  return t.zero & 0xff;
}

/** Signedness of stored elements (b1 stored as bytes holds −1/+1). */
export function storageSigned(dtype: DType): boolean {
  return DTYPES[dtype].signed;
}

/**
 * Array mode of a weighted layer from its weight dtype and the input's storage width: 4-bit (and 2-bit,
 * sign-extended) weights run packed — int4 with 4-bit activations, w4a8 with 8-bit ones (the W4A8
 * datapath: half the weight bytes everywhere); binary weights on binary activations XNOR-popcount
 * (not for grouped convs: a block-diagonal tile needs zero weights, which ±1 cannot hold); log-domain weights
 * (`logWeights`: the layer's w_format is log) on 8-bit activations shift-add in w4a8-log; else int8 (log
 * weights on other inputs are plain int8 integers there: exact, but multiplied).
 */
export function arrayModeFor(weight: DType, inputStorageBits: number, grouped: boolean, logWeights = false): ArrayMode {
  if (logWeights && inputStorageBits === 8) return 'w4a8-log';
  if (!grouped && weight === 'b1' && inputStorageBits === 1) return 'binary';
  if ((weight === 'i4' || weight === 'i2') && inputStorageBits === 4) return 'int4';
  if ((weight === 'i4' || weight === 'i2') && inputStorageBits === 8) return 'w4a8';
  return 'int8';
}

/** Whether a consumer computes in the narrow width of a `bits`-wide value it reads (so it can stay packed). */
function consumerKeepsPacked(node: Node, graph: Graph, bits: number): boolean {
  switch (node.op) {
    case 'qconv2d':
    case 'qdense': {
      const w = graph.constants.get(node.operands[1]!.name)!.type.dtype;
      // The group modes read 8-bit activations: a group-scaled consumer gets its narrow input as bytes.
      if (Number(node.attrs['w_group'] ?? 0) > 0) return false;
      // Stryker disable next-line ConditionalExpression: a qdense has no groups attribute (so op === 'qconv2d' → true decides alike); the line's other forms are killed
      const depthwise = node.op === 'qconv2d' && Number(node.attrs['groups'] ?? 1) > 1;
      const mode = arrayModeFor(w, bits, depthwise);
      return mode === 'int4' || mode === 'binary';
    }
    case 'qmaxpool':
    case 'qavgpool':
    case 'qglobal_avgpool':
    case 'qadd':
    case 'qconcat':
    case 'qlut':
    case 'flatten':
    case 'reshape':
    case 'dequantize':
      return true;
    // Stryker disable next-line ConditionalExpression: an empty default falls off the end, and undefined reads as false at the caller's !
    default:
      return false;
  }
}

/**
 * Ops whose output shares the storage of their inputs (vector-unit ops keep one element width). A qlut
 * too: LUT reads and writes rows of one channel grouping, so a 4-bit table runs packed both ways (w4a4)
 * and an 8-bit member of the class keeps both sides bytes.
 */
const SAME_STORAGE = new Set(['qmaxpool', 'qavgpool', 'qglobal_avgpool', 'qadd', 'qconcat', 'qlut', 'flatten', 'reshape']);

/**
 * Chooses the storage width of every integer value: values joined by a pool/add/concat/flatten share
 * one width; a class of sub-byte values is packed when every producer can write it packed (whole
 * bytes per pixel; an output-channel tile of `cols` channels is whole bytes, or there is one tile)
 * and every consumer computes in that width; otherwise it is stored as bytes (int8 mode, sign-extended).
 */
export function chooseStorage(graph: Graph, cols: number): Map<string, number> {
  const parent = new Map<string, string>();
  const find = (v: string): string => {
    let r = v;
    // Stryker disable next-line ConditionalExpression: find() is given value names only (a node's name is its output value's), all in parent (the line's other forms are killed)
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const valueNames = [...graph.values.keys()];
  for (const v of valueNames) parent.set(v, v);
  for (const n of graph.nodes) {
    if (!SAME_STORAGE.has(n.op)) continue;
    for (const o of n.operands) if (o.ref === 'value') parent.set(find(o.name), find(n.name));
  }
  const packable = new Map<string, boolean>();
  const veto = (v: string) => packable.set(find(v), false);
  for (const v of valueNames) {
    const t = graph.values.get(v)!.type;
    const bits = DTYPES[t.dtype].bits;
    const root = find(v);
    if (DTYPES[t.dtype].isFloat || bits >= 8) { veto(v); continue; }
    if (!packable.has(root)) packable.set(root, true);
    const c = t.shape.length === 4 ? t.shape[1]! : t.shape[t.shape.length - 1]!;
    const pixels = t.shape.length === 4 ? t.shape[2]! * t.shape[3]! : 1;
    if ((c * bits) % 8 !== 0 && !(pixels === 1 && bits === 4)) veto(v);
    const producer = graph.nodes.find((n) => n.name === v);
    // resize and qpad copy whole bytes (spatial-copy.ts): their results are stored as bytes.
    if (producer === undefined || producer.op === 'quantize' || producer.op === 'resize' || producer.op === 'qpad') veto(v);
    else if ((producer.op === 'qconv2d' || producer.op === 'qdense' || producer.op === 'qbinarize') && c > cols && (cols * bits) % 8 !== 0) veto(v);
    else if (producer.op === 'qconcat') {
      let offset = 0;
      for (const o of producer.operands) {
        if ((offset * bits) % 8 !== 0) veto(v);
        const s = graph.values.get(o.name)!.type.shape;
        // Stryker disable next-line AssignmentOperator: −x·bits is a multiple of 8 exactly when x·bits is (offsets enter only through that test)
        offset += s[1]!;
      }
    }
    for (const n of graph.nodes) {
      if (n.operands.some((o) => o.ref === 'value' && o.name === v) && !consumerKeepsPacked(n, graph, bits)) veto(v);
      // A plane past POOL's window is summed by the tiled global pool, whose DEPTHWISE reads bytes.
      if (n.op === 'qglobal_avgpool' && n.operands[0]!.name === v && t.shape.slice(2).some((d) =>
        // Stryker disable next-line LogicalOperator,ConditionalExpression: POOL's kernelH and kernelW limits are equal (storage-choice.test.ts pins it), so either bound alone decides; the whole test → false is killed
        d > POOL_FIELD_MAX.kernelH || d > POOL_FIELD_MAX.kernelW)) veto(v);
    }
  }
  const out = new Map<string, number>();
  for (const v of valueNames) {
    const t = graph.values.get(v)!.type;
    const bits = DTYPES[t.dtype].bits;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: values of 8 bits or more veto their class above, so packable alone decides (the line's other forms are killed)
    out.set(v, bits < 8 && packable.get(find(v)) === true ? bits : 8);
  }
  return out;
}

/** Writes the low `bits` bits of `value` at element `index` of a LSB-first packed byte array. */
export function setElement(bytes: Uint8Array, byteOffset: number, index: number, bits: number, value: number): void {
  // Stryker disable next-line BlockStatement,ConditionalExpression: a fast path — the general path below writes the same byte for 8 bits (mask 0xff at bit 0)
  if (bits === 8) {
    bytes[byteOffset + index] = value & 0xff;
    return;
  }
  const bit = index * bits;
  const at = byteOffset + (bit >> 3);
  const mask = (1 << bits) - 1;
  bytes[at] = (bytes[at]! & ~(mask << (bit & 7))) | ((value & mask) << (bit & 7));
}

/** A weight value as stored in `bits`: binary ±1 → bit 1/0; others two's complement. */
export function weightCode(v: number, bits: number): number {
  // Stryker disable next-line EqualityOperator: binary weights are ±1 (binary.ts), and packWindowWeights skips zeros, so v = 0 never comes here (the line's other forms are killed)
  return bits === 1 ? (v > 0 ? 1 : 0) : v;
}

/**
 * The w4a8-log storage codes of a layer's integer weights (isa/log-weight-code.ts), element for element, so
 * the packers store them as 4-bit elements; MAP006 names the first weight off the log grid.
 */
export function logWeightCodes(layer: string, weights: ArrayLike<number>): Uint8Array {
  const codes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const v = weights[i]!;
    if (!isLogLevel(v)) mapFail('MAP006', layer, `weight element ${i} is ${v}, not a level of the log grid (0, ±1, ±2, …, ±${LOG_MAX_WEIGHT}); w_format log layers come from the w4a8-log preset`);
    codes[i] = encodeLogWeight(v);
  }
  return codes;
}

/** Little-endian int32 words into bytes at `offset`. */
export function writeInt32(bytes: Uint8Array, offset: number, values: ArrayLike<number>): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < values.length; i++) view.setInt32(offset + 4 * i, values[i]!, true);
}

/**
 * Requantization parameters of a layer as param-buffer blocks: per output-channel tile of `cols`
 * channels three rows of `cols` int32 words (bias, M0, shift); channels past the layer's are zero.
 */
export function packParams(bias: ArrayLike<number>, m0: ArrayLike<number>, shift: ArrayLike<number>, cols: number): Uint8Array {
  const n = bias.length;
  const tiles = Math.ceil(n / cols);
  const out = new Uint8Array(tiles * 3 * cols * 4);
  // Stryker disable next-line EqualityOperator: a tile past the last has an empty slice (hi − lo ≤ 0), so it writes nothing
  for (let j = 0; j < tiles; j++) {
    const lo = j * cols;
    // Stryker disable next-line MethodExpression: with max, a tile's rows spill past cols words into rows written later (so overwritten), and the last tile reads zeros past n
    const hi = Math.min(n, lo + cols);
    const slice = (a: ArrayLike<number>) => Array.from({ length: hi - lo }, (_, i) => a[lo + i]!);
    const base = j * 3 * cols * 4;
    writeInt32(out, base, slice(bias));
    writeInt32(out, base + cols * 4, slice(m0));
    writeInt32(out, base + 2 * cols * 4, slice(shift));
  }
  return out;
}
