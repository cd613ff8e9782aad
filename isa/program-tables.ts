// The .accbin's descriptive tables: tensor descriptors (where each input/output/parameter lives in DRAM,
// its type, layout and quantization), the layer table (instruction ranges and compulsory DRAM bytes for
// reports and traces) and the DRAM regions (what each DRAM range holds, for the traffic split).
import { fail } from '../core/diagnostics.js';
import type { AccCode } from '../core/error-codes/accbin.js';

/** A JSON object (the HwConfig travels as one). */
export type JsonObject = { [key: string]: unknown };

/** Element types a tensor may have in DRAM (sub-byte types are packed LSB-first). */
export const TENSOR_DTYPES = ['f32', 'i32', 'i16', 'i8', 'u8', 'i4', 'u4', 'i2', 'b1'] as const;
export type TensorDtype = (typeof TENSOR_DTYPES)[number];
const DTYPE_BITS: Record<TensorDtype, number> = { f32: 32, i32: 32, i16: 16, i8: 8, u8: 8, i4: 4, u4: 4, i2: 2, b1: 1 };
/** What a tensor is for; parameters must lie inside the DRAM image (they are initialised by it). */
export const TENSOR_ROLES = ['input', 'output', 'weight', 'bias', 'params', 'activation'] as const;
export type TensorRole = (typeof TENSOR_ROLES)[number];

/** Where a tensor lives in DRAM and how to read it. */
export interface TensorDescriptor {
  readonly name: string;
  readonly role: TensorRole;
  readonly dramAddr: number;
  readonly dtype: TensorDtype;
  readonly shape: readonly number[];
  /** Dimension order, e.g. "NHWC" for activations, "OHWI" for conv weights, "NC" for dense. */
  readonly layout: string;
  /** Quantization (x ≈ scale·(q − zeroPoint)); one entry per tensor, or one per channel. */
  readonly scale?: readonly number[];
  readonly zeroPoint?: readonly number[];
}

/** A layer's instructions: [firstInstruction, firstInstruction + instructionCount). */
export interface LayerEntry {
  readonly name: string;
  readonly firstInstruction: number;
  readonly instructionCount: number;
  /**
   * The DRAM bytes any schedule of the layer must move (the compiler's count): its weights and parameters
   * once, each input activation read once, its output written once. An activation kept on chip still counts.
   */
  readonly compulsoryBytes?: number;
}

/** What a DRAM region holds: the simulator splits DRAM traffic by it (docs/HARDWARE.md §6). */
export const DRAM_REGION_KINDS = ['weights', 'params', 'activation', 'partialSums'] as const;
export type DramRegionKind = (typeof DRAM_REGION_KINDS)[number];

/** A DRAM byte range [addr, addr + bytes) and what it holds; `layer` names the layer that owns or produces it. */
export interface DramRegion {
  readonly addr: number;
  readonly bytes: number;
  readonly kind: DramRegionKind;
  readonly layer?: string;
}

/** Bytes a tensor occupies in DRAM (packed). */
export function tensorBytes(t: Pick<TensorDescriptor, 'dtype' | 'shape'>): number {
  return Math.ceil((t.shape.reduce((a, b) => a * b, 1) * DTYPE_BITS[t.dtype]) / 8);
}

const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the tensors section (ACC005 for malformed entries, ACC013 for inconsistent ones). */
export function checkTensors(value: unknown, imageBytes: number, file: string): TensorDescriptor[] {
  const bad = (code: AccCode, msg: string): never => fail(code, `tensors: ${msg}`, { file });
  if (!Array.isArray(value)) bad('ACC005', 'section must be a JSON array');
  const names = new Set<string>();
  (value as unknown[]).forEach((t, k) => {
    if (!isObj(t) || typeof t['name'] !== 'string') return bad('ACC005', `entry ${k} must be an object with a string name`);
    const name = t['name'];
    const at = `tensor "${name}"`;
    if (names.has(name)) bad('ACC013', `${at} is described twice`);
    names.add(name);
    if (!(TENSOR_ROLES as readonly unknown[]).includes(t['role'])) bad('ACC005', `${at}: role must be one of ${TENSOR_ROLES.join(', ')}`);
    if (!(TENSOR_DTYPES as readonly unknown[]).includes(t['dtype'])) bad('ACC005', `${at}: dtype must be one of ${TENSOR_DTYPES.join(', ')}`);
    if (!isNat(t['dramAddr'])) bad('ACC005', `${at}: dramAddr must be a non-negative integer`);
    const shape = t['shape'];
    if (!Array.isArray(shape) || !shape.every((d) => isNat(d) && d > 0)) bad('ACC005', `${at}: shape must be a list of positive integers`);
    if (typeof t['layout'] !== 'string') bad('ACC005', `${at}: layout must be a string`);
    checkQuant(t, at, bad);
    const end = (t['dramAddr'] as number) + tensorBytes(t as unknown as TensorDescriptor);
    const initialised = t['role'] === 'weight' || t['role'] === 'bias' || t['role'] === 'params';
    if (initialised && end > imageBytes) bad('ACC013', `${at} (${t['role']}) ends at byte ${end}, past the ${imageBytes}-byte DRAM image`);
  });
  return value as TensorDescriptor[];
}

function checkQuant(t: JsonObject, at: string, bad: (code: AccCode, msg: string) => never): void {
  const scale = t['scale'];
  const zero = t['zeroPoint'];
  if (scale !== undefined && (!Array.isArray(scale) || !scale.every((s) => typeof s === 'number' && s > 0 && Number.isFinite(s)))) {
    bad('ACC005', `${at}: scale must be a list of positive numbers`);
  }
  if (zero !== undefined && (!Array.isArray(zero) || !zero.every((z) => Number.isInteger(z)))) bad('ACC005', `${at}: zeroPoint must be a list of integers`);
  if (Array.isArray(scale) && Array.isArray(zero) && scale.length !== zero.length) {
    bad('ACC013', `${at}: ${scale.length} scales but ${zero.length} zero points`);
  }
}

/** Validates the layer table against the instruction count. */
export function checkLayers(value: unknown, instructionCount: number, file: string): LayerEntry[] {
  const bad = (code: AccCode, msg: string): never => fail(code, `layers: ${msg}`, { file });
  if (!Array.isArray(value)) bad('ACC005', 'section must be a JSON array');
  (value as unknown[]).forEach((l, k) => {
    if (!isObj(l) || typeof l['name'] !== 'string' || !isNat(l['firstInstruction']) || !isNat(l['instructionCount'])) {
      return bad('ACC005', `entry ${k} needs a string name and non-negative integer firstInstruction/instructionCount`);
    }
    if (l['compulsoryBytes'] !== undefined && !isNat(l['compulsoryBytes'])) bad('ACC005', `layer "${l['name']}": compulsoryBytes must be a non-negative integer`);
    const end = l['firstInstruction'] + l['instructionCount'];
    if (end > instructionCount) bad('ACC013', `layer "${l['name']}" covers instructions up to ${end - 1} but the program has ${instructionCount}`);
  });
  return value as LayerEntry[];
}

/** Validates the DRAM regions (ACC005 malformed entries, ACC013 overlapping ones); returns them sorted by address. */
export function checkRegions(value: unknown, file: string): DramRegion[] {
  const bad = (code: AccCode, msg: string): never => fail(code, `regions: ${msg}`, { file });
  if (!Array.isArray(value)) bad('ACC005', 'section must be a JSON array');
  (value as unknown[]).forEach((r, k) => {
    if (!isObj(r) || !isNat(r['addr']) || !isNat(r['bytes']) || (r['bytes'] as number) === 0) {
      return bad('ACC005', `entry ${k} needs a non-negative integer addr and a positive integer bytes`);
    }
    if (!(DRAM_REGION_KINDS as readonly unknown[]).includes(r['kind'])) bad('ACC005', `entry ${k}: kind must be one of ${DRAM_REGION_KINDS.join(', ')}`);
    if (r['layer'] !== undefined && typeof r['layer'] !== 'string') bad('ACC005', `entry ${k}: layer must be a string`);
  });
  const sorted = [...(value as DramRegion[])].sort((a, b) => a.addr - b.addr);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    if (b.addr < a.addr + a.bytes) bad('ACC013', `the ${a.kind} region at ${a.addr} (${a.bytes} bytes) overlaps the ${b.kind} region at ${b.addr}`);
  }
  return sorted;
}
