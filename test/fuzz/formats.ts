// The file formats accsim reads, for the fuzzer: for each, valid seed files, a mutation that knows the
// format's structure (besides raw byte mutations) and the reader a command would call on it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseQir } from '../../compiler/qir/load.js';
import { readSafetensors, writeSafetensors } from '../../compiler/qir/safetensors.js';
import { importOnnx } from '../../compiler/import/onnx/to-graph.js';
import { MODEL_PROTO } from '../../compiler/import/onnx/onnx-schema.js';
import { readNpy, writeNpy } from '../../compiler/io/npy.js';
import { readIdx } from '../../compiler/data/idx.js';
import { requireGraphWithinLimits } from '../../compiler/ir/resource-use.js';
import { makeTensor, type Tensor } from '../../compiler/ir/tensor.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { parseQuantConfig } from '../../compiler/quant/presets.js';
import { DEFAULT_RESOURCE_LIMITS } from '../../core/resource-limits.js';
import { readProgram, writeProgram } from '../../isa/program-file.js';
import { assemble } from '../../isa/assembly.js';
import { applyOverrides, defaultHwConfig } from '../../isa/hw-config.js';
import { hwConfigToJson, loadHwConfigJson } from '../../isa/hw-config-json.js';
import { loadEnergyTable } from '../../simulator/energy/energy-table.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { requireMachineWithinLimits, requireProgramWithinLimits } from '../../tools/resource-flags.js';
import { buildModel, floatTensor, int64Tensor, node, randomFloats } from '../compiler/import/onnx/onnx-builder.js';
import { quantized } from '../compiler/lower/models.js';
import { type Rand, below, mutateBytes, mutateText, mutateTree, oneOf } from './mutate.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (rel: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, rel)));
const text = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');
const list = (dir: string, ext: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => `${dir}/${f}`);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const fromUtf8 = (b: Uint8Array): string => new TextDecoder().decode(b);

/** One format: seeds, a structure-aware mutation, the reader, and how much a reader may allocate. */
export interface FuzzFormat {
  readonly name: string;
  /** Valid inputs the mutations start from (built lazily: some need a compile). */
  seeds(): readonly Uint8Array[];
  /** A mutation that knows the format (a header field, a JSON leaf, a token); raw byte mutations are added by the harness. */
  mutate(input: Uint8Array, r: Rand): Uint8Array;
  /** What a command does with the file: a value, or a UserError. */
  read(input: Uint8Array): unknown;
  /** Largest single typed-array allocation a reader may make, for an input of `n` bytes. */
  allocationBudget(n: number): number;
}

const MiB = 2 ** 20;
const proportional = (factor: number) => (n: number) => 16 * MiB + factor * n;

// ---- .qir: text, with a fixed sidecar for the constants declared without a literal ------------------

const QIR_VOCABULARY = ['f32', 'f64', 'i64', 'i32', 'i8', 'u8', 'i4', 'u4', 'b1', 'conv2d', 'dense', 'qconv2d', 'relu', 'add', 'concat', 'reshape', 'maxpool', 'global_avgpool',
  'pad', 'stride', 'kernel', 'groups', 'axis', 'shape', 'scale', 'zero', 'y_scale', 'x_zero', 'qmin', 'qmax', 'out_dtype', 'input', 'output', 'const', 'graph', 'weights'];

interface QirSeed { readonly text: string; readonly sidecar: Map<string, Tensor> }
let qirSeeds: QirSeed[] | undefined;
function qirSeedList(): QirSeed[] {
  return (qirSeeds ??= [...list('models', '.qir'), ...list('models/examples', '.qir')].map((path) => {
    const t = text(path);
    const weights = /\(weights "([^"]+)"\)/.exec(t)?.[1];
    const sidecar = weights === undefined ? new Map<string, Tensor>() : readSafetensors(read(join(path, '..', weights))).tensors;
    return { text: t, sidecar };
  }).concat(list('test/golden/qir/roundtrip', '.qir').map((path) => ({ text: text(path), sidecar: new Map() }))).filter((s) => !/\n\s*const @\S+: [^=\n]+\n/.test(s.text) || s.sidecar.size > 0));
}

/** The sidecar of the seed a mutated text came from: the one whose graph name it still carries. */
function sidecarFor(t: string): Map<string, Tensor> {
  const name = /graph\s+(\S+)/.exec(t)?.[1];
  return qirSeedList().find((s) => /graph\s+(\S+)/.exec(s.text)?.[1] === name)?.sidecar ?? new Map();
}

export const QIR: FuzzFormat = {
  name: 'qir',
  seeds: () => qirSeedList().map((s) => utf8(s.text)),
  mutate: (input, r) => utf8(mutateText(fromUtf8(input), r, QIR_VOCABULARY)),
  read: (input) => {
    const t = fromUtf8(input);
    const g = parseQir(t, 'fuzz.qir', sidecarFor(t));
    requireGraphWithinLimits(g, DEFAULT_RESOURCE_LIMITS, 'fuzz.qir');
    return g;
  },
  allocationBudget: proportional(16),
};

// ---- .safetensors: u64 header length, JSON header, data ---------------------------------------------

function safetensorsParts(b: Uint8Array): { header: unknown; data: Uint8Array } | undefined {
  if (b.length < 8) return undefined;
  const n = Number(new DataView(b.buffer, b.byteOffset).getBigUint64(0, true));
  if (n > b.length - 8) return undefined;
  try {
    return { header: JSON.parse(fromUtf8(b.subarray(8, 8 + n))), data: b.subarray(8 + n) };
  } catch {
    return undefined;
  }
}

function safetensorsBytes(headerText: string, data: Uint8Array, r: Rand): Uint8Array {
  const json = utf8(headerText);
  const out = new Uint8Array(8 + json.length + data.length);
  // Mostly the right length; sometimes one that disagrees with the header.
  const length = r() < 0.85 ? BigInt(json.length) : BigInt(oneOf(r, [0, json.length - 1, json.length + 1, 2 ** 32, 2 ** 53]));
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, length), true);
  out.set(json, 8);
  out.set(data, 8 + json.length);
  return out;
}

export const SAFETENSORS: FuzzFormat = {
  name: 'safetensors',
  seeds: () => [
    ...[...list('models', '.safetensors').filter((f) => !f.includes('mlp')), ...list('models/examples', '.safetensors')].map(read),
    writeSafetensors(new Map<string, Tensor>([
      ['a', makeTensor('f32', [2, 3], Float32Array.from([1, 2, 3, 4, 5, 6]))], ['b', makeTensor('i64', [2], BigInt64Array.from([1n, -1n]))],
      ['c', makeTensor('f16', [3], Float32Array.from([0.5, -2, 65504]))], ['d', makeTensor('u8', [], Uint8Array.from([7]))], ['e', makeTensor('i8', [0, 4], new Int8Array(0))],
    ]), { format: 'pt' }),
  ],
  mutate: (input, r) => {
    const parts = safetensorsParts(input);
    if (parts === undefined) return mutateBytes(input, r);
    const headerText = r() < 0.6 ? JSON.stringify(mutateTree(parts.header, r)) : mutateText(JSON.stringify(parts.header), r, ['F32', 'F16', 'I64', 'BF16', 'dtype', 'shape', 'data_offsets', '__metadata__']);
    return safetensorsBytes(headerText, parts.data, r);
  },
  read: (input) => readSafetensors(input, 'fuzz.safetensors'),
  allocationBudget: proportional(8),
};

// ---- .onnx: protobuf; structure-aware mutation through the importer's own schema --------------------

function smallOnnxModels(): Uint8Array[] {
  const w = randomFloats(8 * 3 * 9, 1);
  return [
    buildModel({
      inputs: [{ name: 'x', dims: ['N', 3, 8, 8] }], outputs: ['y'],
      initializers: [floatTensor('w', [8, 3, 3, 3], w), floatTensor('b', [8], randomFloats(8, 2)), floatTensor('fc', [10, 8], randomFloats(80, 3), 'float_data'), int64Tensor('shape', [2], [1, -1])],
      nodes: [
        node('Conv', ['x', 'w', 'b'], ['c'], { kernel_shape: { ints: [3, 3] }, pads: { ints: [1, 1, 1, 1] }, strides: { ints: [1, 1] } }),
        node('Relu', ['c'], ['r']), node('MaxPool', ['r'], ['p'], { kernel_shape: { ints: [2, 2] }, strides: { ints: [2, 2] } }),
        node('GlobalAveragePool', ['p'], ['g']), node('Reshape', ['g', 'shape'], ['f']), node('Gemm', ['f', 'fc'], ['l'], { transB: { i: 1 } }), node('Softmax', ['l'], ['y'], { axis: { i: 1 } }),
      ],
    }),
    buildModel({
      inputs: [{ name: 'x', dims: [1, 16] }], outputs: ['y'], opset: 11,
      initializers: [floatTensor('w', [16, 4], randomFloats(64, 4)), floatTensor('b', [4], randomFloats(4, 5))],
      nodes: [node('MatMul', ['x', 'w'], ['m']), node('Add', ['m', 'b'], ['a']), node('Clip', ['a'], ['y'], { min: { f: 0 }, max: { f: 6 } })],
    }),
  ];
}

export const ONNX: FuzzFormat = {
  name: 'onnx',
  seeds: () => [...smallOnnxModels(), read('test/fixtures/onnx/fmnist_cnn.onnx'), read('test/fixtures/onnx/fmnist_dwsep.onnx')],
  mutate: (input, r) => {
    let obj: unknown;
    try {
      obj = MODEL_PROTO.toObject(MODEL_PROTO.decode(input), { longs: Number, bytes: Uint8Array as unknown as StringConstructor });
    } catch {
      return mutateBytes(input, r);
    }
    try {
      return MODEL_PROTO.encode(MODEL_PROTO.fromObject(mutateTree(obj, r) as Record<string, unknown>)).finish();
    } catch {
      // The mutation made a value protobuf cannot encode (a string where a number goes): mutate the bytes.
      return mutateBytes(input, r);
    }
  },
  read: (input) => {
    const g = importOnnx(input, { file: 'fuzz.onnx', name: 'fuzz' });
    requireGraphWithinLimits(g, DEFAULT_RESOURCE_LIMITS, 'fuzz.onnx');
    return g;
  },
  allocationBudget: proportional(16),
};

// ---- .npy: magic, version, header length, Python dict header, data ----------------------------------

function npyParts(b: Uint8Array): { major: number; header: string; data: Uint8Array } | undefined {
  if (b.length < 10 || b[0] !== 0x93) return undefined;
  const major = b[6]!;
  const lengthBytes = major === 1 ? 2 : 4;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 8 + lengthBytes) return undefined;
  const n = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = 8 + lengthBytes;
  if (start + n > b.length) return undefined;
  return { major, header: Buffer.from(b.subarray(start, start + n)).toString('latin1'), data: b.subarray(start + n) };
}

function npyBytes(major: number, header: string, data: Uint8Array): Uint8Array {
  const h = Buffer.from(header, major === 3 ? 'utf8' : 'latin1');
  const lengthBytes = major === 1 ? 2 : 4;
  const out = new Uint8Array(8 + lengthBytes + h.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0]);
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, Math.min(h.length, 0xffff), true);
  else view.setUint32(8, h.length, true);
  out.set(h, 8 + lengthBytes);
  out.set(data, 8 + lengthBytes + h.length);
  return out;
}

export const NPY: FuzzFormat = {
  name: 'npy',
  seeds: () => [
    writeNpy(makeTensor('f32', [2, 1, 4, 4], randomFloats(32, 9))), writeNpy(makeTensor('f64', [], Float64Array.from([Math.PI]))),
    writeNpy(makeTensor('i64', [3], BigInt64Array.from([1n, -2n, 3n]))), writeNpy(makeTensor('u8', [2, 3], Uint8Array.from([0, 1, 2, 253, 254, 255]))),
    writeNpy(makeTensor('i8', [4], Int8Array.from([-128, -1, 0, 127]))), writeNpy(makeTensor('f16', [2], Float32Array.from([1.5, -0]))),
    writeNpy(makeTensor('i32', [0, 5], new Int32Array(0))), writeNpy(makeTensor('i16', [1, 2], Int16Array.from([-32768, 32767]))),
  ],
  mutate: (input, r) => {
    const parts = npyParts(input);
    if (parts === undefined) return mutateBytes(input, r);
    const header = mutateText(parts.header, r, ["'<f4'", "'<f8'", "'>f4'", "'|b1'", "'|O'", "'<U3'", "'<c8'", 'True', 'False', 'None', "'descr'", "'shape'", "'fortran_order'"]);
    return npyBytes(r() < 0.9 ? parts.major : oneOf(r, [0, 1, 2, 3, 4, 255]), header, parts.data);
  },
  read: (input) => readNpy(input, 'fuzz.npy'),
  allocationBudget: proportional(8),
};

// ---- .accbin: header, section table, JSON sections, instruction words, DRAM image ------------------

let programSeeds: Uint8Array[] | undefined;
function accbinSeeds(): Uint8Array[] {
  return (programSeeds ??= [
    writeProgram(lowerGraph(quantized('models/examples/cnn_bn.qir', 'w8a8'), defaultHwConfig())),
    writeProgram(lowerGraph(quantized('models/examples/residual.qir', 'w4a4'), applyOverrides(defaultHwConfig(), { array: '7x13', dataflow: 'os' }))),
    writeProgram({ hwConfig: defaultHwConfig(), instructions: assemble(text('test/isa/golden/matmul-tile.s'), 'm.s').instructions, dramImage: new Uint8Array(0x1100 + 192), tensors: [], layers: [] }),
  ]);
}

/** The section table: [kind, offset, length] at 24 + 12·k. */
function sections(b: Uint8Array): { kind: number; offset: number; length: number; entry: number }[] {
  if (b.length < 24) return [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const count = Math.min(view.getUint32(16, true), 16);
  const out = [];
  for (let k = 0; k < count && 24 + 12 * k + 12 <= b.length; k++) {
    const entry = 24 + 12 * k;
    out.push({ kind: view.getUint32(entry, true), offset: view.getUint32(entry + 4, true), length: view.getUint32(entry + 8, true), entry });
  }
  return out;
}

/** Replaces one section's bytes (appended at the end of the file) and points its table entry there. */
function replaceSection(b: Uint8Array, entry: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length + payload.length);
  out.set(b);
  out.set(payload, b.length);
  const view = new DataView(out.buffer);
  view.setUint32(entry + 4, b.length, true);
  view.setUint32(entry + 8, payload.length, true);
  return out;
}

export const ACCBIN: FuzzFormat = {
  name: 'accbin',
  seeds: accbinSeeds,
  mutate: (input, r) => {
    const all = sections(input).filter((s) => s.offset + s.length <= input.length);
    if (all.length === 0) return mutateBytes(input, r);
    const s = oneOf(r, all);
    const payload = input.subarray(s.offset, s.offset + s.length);
    if (s.kind === 2 || s.kind === 3) {
      // Instruction words or the DRAM image: flip bits inside, in place.
      const out = input.slice();
      out.set(mutateBytes(payload, r).subarray(0, payload.length), s.offset);
      return out;
    }
    let json: unknown;
    try {
      json = JSON.parse(fromUtf8(payload));
    } catch {
      return mutateBytes(input, r);
    }
    const mutated = r() < 0.7 ? JSON.stringify(mutateTree(json, r)) : mutateText(JSON.stringify(json), r, ['NHWC', 'input', 'output', 'weight', 'i4', 'b1', 'f32']);
    return replaceSection(input, s.entry, utf8(mutated));
  },
  read: (input) => {
    const p = readProgram(input, 'fuzz.accbin');
    requireProgramWithinLimits(p, DEFAULT_RESOURCE_LIMITS, 'fuzz.accbin');
    return p;
  },
  allocationBudget: proportional(64),
};

// ---- hardware and energy JSON, quantization configs: JSON trees ------------------------------------

function jsonFormat(name: string, seeds: () => readonly unknown[], vocabulary: readonly string[], reader: (t: string) => unknown): FuzzFormat {
  return {
    name,
    seeds: () => seeds().map((v) => utf8(JSON.stringify(v, null, 1))),
    mutate: (input, r) => {
      let v: unknown;
      try {
        v = JSON.parse(fromUtf8(input));
      } catch {
        return utf8(mutateText(fromUtf8(input), r, vocabulary));
      }
      return utf8(r() < 0.85 ? JSON.stringify(mutateTree(v, r)) : mutateText(JSON.stringify(v), r, vocabulary));
    },
    read: (input) => reader(fromUtf8(input)),
    allocationBudget: proportional(16),
  };
}

export const HARDWARE_JSON = jsonFormat('hardware JSON', () => [
  hwConfigToJson(defaultHwConfig()), hwConfigToJson(applyOverrides(defaultHwConfig(), { array: '12x20', dataflow: 'os' })),
  { array: { rows: 8, cols: 32 }, memories: { accumulator: { sizeBytes: 32768, banks: 4 } } }, { dram: { latencyCycles: 50, bandwidthBytesPerCycle: 8 } },
], ['rows', 'cols', 'dataflow', 'ws', 'os', 'sizeBytes', 'banks', 'ports', 'wrap', 'saturate', 'int8', 'binary'], (t) => {
  const hw = loadHwConfigJson(t, 'hw.json');
  requireMachineWithinLimits(hw, DEFAULT_RESOURCE_LIMITS, 'hw.json');
  return hw;
});

export const ENERGY_JSON = jsonFormat('energy JSON', () => [
  { ...HOROWITZ_45NM, name: 'copy' }, { name: 'cheap DRAM', dramPer32BitPj: 100 }, { name: 'sram', sramPer64BitPj: { 8192: 10, 32768: 20, 1048576: 100 } },
], ['name', 'intAddPj', 'intMultPj', 'sramPer64BitPj', 'dramPer32BitPj', '8', '32'], (t) => loadEnergyTable(t, 'energy.json'));

export const QUANT_CONFIG_JSON = jsonFormat('quantization config JSON', () => [
  { preset: 'w4a8', recipe: { adaround: true }, layers: { conv1: { weightBits: 8 } } }, { preset: 'binary', default: { actRange: 'percentile', percentile: 99.9 } },
  { preset: 'w4a8-log', layers: { fc1: { weightFormat: 'int', weightBits: 8 } } },
  { preset: 'w4a8-g128', layers: { fc1: { weightGroup: 32 } } },
], ['preset', 'w8a8', 'binary', 'weightBits', 'actBits', 'accBits', 'layers', 'recipe', 'weightFormat', 'log', 'weightGroup'], (t) => parseQuantConfig(t, 'layers.json'));

// ---- IDX, raw and gzip-compressed -------------------------------------------------------------------

function idx(shape: number[], data: Uint8Array): Uint8Array {
  const head = new Uint8Array(4 + 4 * shape.length);
  head[2] = 0x08;
  head[3] = shape.length;
  shape.forEach((d, i) => new DataView(head.buffer).setUint32(4 + 4 * i, d, false));
  const out = new Uint8Array(head.length + data.length);
  out.set(head);
  out.set(data, head.length);
  return out;
}

export const IDX: FuzzFormat = {
  name: 'IDX',
  seeds: () => {
    const images = idx([5, 28, 28], Uint8Array.from({ length: 5 * 784 }, (_, i) => (i * 37) % 256));
    const labels = idx([5], Uint8Array.from([9, 2, 1, 1, 6]));
    return [images, labels, new Uint8Array(gzipSync(images)), new Uint8Array(gzipSync(labels))];
  },
  mutate: (input, r) => {
    // A gzip file: either its compressed bytes or the IDX inside, recompressed.
    if (input[0] === 0x1f && input[1] === 0x8b && r() < 0.5) {
      try {
        return new Uint8Array(gzipSync(mutateBytes(new Uint8Array(gunzipSync(input)), r)));
      } catch {
        return mutateBytes(input, r);
      }
    }
    return mutateBytes(input, r);
  },
  read: (input) => readIdx(input, 'fuzz-idx3-ubyte'),
  // Deflate expands at most ~1032:1.
  allocationBudget: proportional(1100),
};

// ---- assembly text ----------------------------------------------------------------------------------

export const ASSEMBLY: FuzzFormat = {
  name: 'assembly',
  seeds: () => [...list('test/isa/golden', '.s'), ...list('test/golden/isa', '.s').slice(0, 3)].map((p) => read(p)),
  mutate: (input, r) => utf8(mutateText(fromUtf8(input), r, ['LOAD', 'STORE', 'COMPUTE', 'CONFIG', 'HALT', 'buffer=', 'rows=', 'popPrev=1', 'mode=int4', 'dataflow=os'])),
  read: (input) => assemble(fromUtf8(input), 'fuzz.s'),
  allocationBudget: proportional(16),
};

/** Every format the fuzzer covers: the eight readers, then assembly and quantization configs. */
export const FORMATS: readonly FuzzFormat[] = [QIR, SAFETENSORS, ONNX, NPY, ACCBIN, HARDWARE_JSON, ENERGY_JSON, IDX, ASSEMBLY, QUANT_CONFIG_JSON];

/**
 * 1..4 stacked mutations: in 15% of the cases raw byte mutations only (which mostly break the
 * syntax and test the first checks), else the format's own (which mostly keep it parseable and reach the
 * checks behind), with an occasional raw one among them.
 */
export function mutateCase(format: FuzzFormat, seed: Uint8Array, r: Rand): Uint8Array {
  const raw = r() < 0.15;
  let out = seed;
  for (let k = 1 + below(r, 4); k > 0; k--) out = raw || r() < 0.1 ? mutateBytes(out, r) : format.mutate(out, r);
  return out;
}
