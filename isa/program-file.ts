// The .accbin program file: header, section table, HwConfig (JSON), instruction stream, DRAM image,
// tensor descriptors, layer table and DRAM regions. The reader turns the header's JSON into a validated HwConfig and
// checks every instruction against the machine the file was compiled for.
import { fail, UserError } from '../core/diagnostics.js';
import { decodeProgram } from './decode.js';
import { encodeProgram } from './encode.js';
import type { HwConfig } from './hw-config.js';
import { hwConfigFromJson, hwConfigToJson } from './hw-config-json.js';
import { READABLE_ISA_VERSIONS, type Instruction } from './instruction.js';
import { checkInstructions } from './check/bounds.js';
import { ISA } from './spec.js';
import { checkLayers, checkRegions, checkTensors, type DramRegion, type LayerEntry, type TensorDescriptor } from './program-tables.js';

export type { DramRegion, LayerEntry, TensorDescriptor } from './program-tables.js';

/** "ACCSIM", NUL, 0x1A (stops `type` on DOS and flags text-mode corruption, as PNG does). */
export const ACCBIN_MAGIC = Uint8Array.from([0x41, 0x43, 0x43, 0x53, 0x49, 0x4d, 0x00, 0x1a]);
/** Version of the container layout (independent of ISA.version, which the header also records). Version 2 adds the regions section. */
export const ACCBIN_FORMAT_VERSION = 2;
/** Container versions this accsim reads (version 1 has no regions section). */
const READABLE_FORMATS = [1, 2];

/** A compiled program: what the compiler's lowering produces and the simulator runs. */
export interface Program {
  /** The HwConfig the program was compiled for (validated; stored in the file as JSON). */
  readonly hwConfig: HwConfig;
  readonly instructions: readonly Instruction[];
  /** Initial DRAM contents from address 0: weights, int32 biases, requant params. */
  readonly dramImage: Uint8Array;
  readonly tensors: readonly TensorDescriptor[];
  readonly layers: readonly LayerEntry[];
  /** What the DRAM ranges hold (weights, params, activations, partial sums), sorted by address; absent = none known. */
  readonly regions?: readonly DramRegion[];
}

const SECTION_KINDS = { hwConfig: 1, instructions: 2, dramImage: 3, tensors: 4, layers: 5, regions: 6 } as const;
type SectionName = keyof typeof SECTION_KINDS;
const SECTION_NAMES = Object.keys(SECTION_KINDS) as SectionName[];
/** Sections a file may lack (it was written before they existed). */
const OPTIONAL_SECTIONS: readonly SectionName[] = ['regions'];
const HEADER_BYTES = 24; // magic 8, formatVersion u32, isaVersion u32, sectionCount u32, reserved u32
const ENTRY_BYTES = 12; // kind u32, offset u32, length u32
const ALIGN = 8;

const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Serialises a program; all integers little-endian, sections 8-byte aligned. */
export function writeProgram(p: Program): Uint8Array {
  const utf8 = new TextEncoder();
  const payloads: Record<SectionName, Uint8Array> = {
    hwConfig: utf8.encode(JSON.stringify(hwConfigToJson(p.hwConfig))),
    instructions: encodeProgram(p.instructions),
    dramImage: p.dramImage,
    tensors: utf8.encode(JSON.stringify(p.tensors)),
    layers: utf8.encode(JSON.stringify(p.layers)),
    regions: utf8.encode(JSON.stringify(p.regions ?? [])),
  };
  let offset = align(HEADER_BYTES + ENTRY_BYTES * SECTION_NAMES.length);
  const placed = SECTION_NAMES.map((name) => {
    const at = offset;
    offset = align(offset + payloads[name].length);
    return { name, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  out.set(ACCBIN_MAGIC, 0);
  view.setUint32(8, ACCBIN_FORMAT_VERSION, true);
  view.setUint32(12, ISA.version, true);
  view.setUint32(16, SECTION_NAMES.length, true);
  placed.forEach(({ name, at }, k) => {
    const entry = HEADER_BYTES + k * ENTRY_BYTES;
    view.setUint32(entry, SECTION_KINDS[name], true);
    view.setUint32(entry + 4, at, true);
    view.setUint32(entry + 8, payloads[name].length, true);
    out.set(payloads[name], at);
  });
  return out;
}

/** How readProgram may use the bytes it is given. */
export interface ReadProgramOptions {
  /** The caller gives the bytes up (a file it just read): the DRAM image is a view of them, not a copy
   *  (12 MB for ResNet-18, on a cold CLI start's critical path). Default: copied, the caller keeps its bytes. */
  readonly adopt?: boolean;
  /** false: the instructions are not checked against the machine (a batch worker reading the bytes its parent
   *  reads and checks: ~60 ms of a cold worker's CPU). The file's structure and every field are still checked. */
  readonly check?: boolean;
}

/**
 * Reads and checks an .accbin: the header's HwConfig is validated (HW0xx) and every instruction is
 * checked against it; throws UserError (ACC0xx / ISA00x / HW0xx) saying precisely what is wrong.
 */
export function readProgram(bytes: Uint8Array, file: string, options: ReadProgramOptions = {}): Program {
  const where = { file };
  if (bytes.length < HEADER_BYTES) fail('ACC001', `file is ${bytes.length} bytes, shorter than the ${HEADER_BYTES}-byte header`, where);
  const magic = bytes.subarray(0, 8);
  if (!magic.every((b, k) => b === ACCBIN_MAGIC[k])) {
    fail('ACC002', `bad magic ${hex(magic)}: not an .accbin file (expected ${hex(ACCBIN_MAGIC)})`, where);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  const isa = view.getUint32(12, true);
  if (!READABLE_FORMATS.includes(format)) fail('ACC003', `.accbin format version ${format} is not supported (this accsim reads ${READABLE_FORMATS.join(', ')})`, where);
  if (!READABLE_ISA_VERSIONS.includes(isa)) {
    fail('ACC003', `program uses ISA version ${isa}; this accsim implements ISA version ${ISA.version} and reads versions ${READABLE_ISA_VERSIONS.join(', ')}`, where);
  }
  const sections = readSectionTable(bytes, view, file);
  const json = (name: SectionName): unknown => {
    const text = new TextDecoder('utf-8', { fatal: true });
    try {
      return JSON.parse(text.decode(sections[name] ?? utf8Empty));
    } catch (e) {
      return fail('ACC005', `section ${name} is not valid UTF-8 JSON: ${(e as Error).message}`, where);
    }
  };
  const hwJson = json('hwConfig');
  if (typeof hwJson !== 'object' || hwJson === null || Array.isArray(hwJson)) fail('ACC005', 'section hwConfig must hold a JSON object', where);
  const stream = sections.instructions!;
  const instructions = decodeProgram(stream, { file, baseOffset: stream.byteOffset - bytes.byteOffset, isaVersion: isa });
  const dramImage = options.adopt === true ? sections.dramImage! : sections.dramImage!.slice();
  const tensors = checkTensors(json('tensors'), dramImage.length, file);
  const layers = checkLayers(json('layers'), instructions.length, file);
  const regions = checkRegions(json('regions'), file);
  const hwConfig = hwConfigFromJson(hwJson, file);
  const problems = options.check === false ? [] : checkInstructions(instructions, hwConfig, file);
  if (dramImage.length > hwConfig.dram.sizeBytes) {
    problems.push({ code: 'ACC010', message: `DRAM image of ${dramImage.length} bytes exceeds the ${hwConfig.dram.sizeBytes}-byte DRAM`, file });
  }
  const lastRegion = regions[regions.length - 1];
  if (lastRegion !== undefined && lastRegion.addr + lastRegion.bytes > hwConfig.dram.sizeBytes) {
    problems.push({ code: 'ACC010', message: `the ${lastRegion.kind} region at ${lastRegion.addr} ends past the ${hwConfig.dram.sizeBytes}-byte DRAM`, file });
  }
  if (problems.length > 0) throw new UserError(problems.slice(0, 20));
  return { hwConfig, instructions, dramImage, tensors, layers, ...(regions.length > 0 ? { regions } : {}) };
}

/** The JSON text of a missing optional section: an empty list. */
const utf8Empty = new TextEncoder().encode('[]');

function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

function readSectionTable(bytes: Uint8Array, view: DataView, file: string): Partial<Record<SectionName, Uint8Array>> {
  const where = { file };
  const count = view.getUint32(16, true);
  const tableEnd = HEADER_BYTES + count * ENTRY_BYTES;
  if (tableEnd > bytes.length) fail('ACC001', `section table of ${count} entries runs past the end of the ${bytes.length}-byte file`, where);
  const found: Partial<Record<SectionName, Uint8Array>> = {};
  for (let k = 0; k < count; k++) {
    const entry = HEADER_BYTES + k * ENTRY_BYTES;
    const kind = view.getUint32(entry, true);
    const offset = view.getUint32(entry + 4, true);
    const length = view.getUint32(entry + 8, true);
    const name = SECTION_NAMES.find((n) => SECTION_KINDS[n] === kind);
    if (name === undefined) fail('ACC004', `section table entry ${k} has unknown kind ${kind}`, where);
    if (found[name] !== undefined) fail('ACC004', `section ${name} appears twice`, where);
    if (offset < tableEnd || offset + length > bytes.length) {
      fail('ACC001', `section ${name} (offset ${offset}, ${length} bytes) lies outside the ${bytes.length}-byte file's data area`, where);
    }
    found[name] = bytes.subarray(offset, offset + length);
  }
  for (const name of SECTION_NAMES) if (found[name] === undefined && !OPTIONAL_SECTIONS.includes(name)) fail('ACC004', `section ${name} is missing`, where);
  return found;
}
