// The hardware configuration: the ONLY place with hardware numbers. Type, defaults, validation (one
// Gemmini-style message per broken rule), command-line overrides, and every derived value (deriveHw).
import { fail, UserError, type Diagnostic } from '../core/diagnostics.js';
import { fieldLimits, fieldSpec } from './instruction.js';
import {
  ARRAY_MODES, BUFFERS, DATAFLOWS, MAX_ARRAY_DIM, MODE_ACC_PARTIAL_BITS, MODE_GROUP_MULT_BITS, MODE_OPERAND_BITS, OVERFLOW_POLICIES,
  type ArrayMode, type BufferName, type Dataflow, type Operand, type OverflowPolicy,
} from './spec.js';
import { fieldRange } from './spec-types.js';

/**
 * One on-chip SRAM. Its row width is derived from the array (see deriveHw), so it cannot disagree with it.
 * `sizeBytes` is the capacity asked for; the buffer has the whole rows that fit, in equal banks (usableRows).
 */
export interface MemoryConfig {
  sizeBytes: number;
  /** Rows are interleaved over banks (row r lives in bank r mod banks); a bank serves one row per port per cycle. */
  banks: number;
  /** 1 = single-port (read or write per cycle), 2 = one read and one write per cycle. */
  ports: number;
}

/** Every parameter of the simulated machine. The energy table is deliberately not here: it belongs to the simulator's energy model. */
export interface HwConfig {
  array: {
    rows: number;
    cols: number;
    dataflow: Dataflow;
    /**
     * Sub-word parallelism: reduction elements one PE handles per cycle, per mode. w4a8 = 2 splits a PE's
     * 8×8 multiplier into two 4×8 products (input vector R·2 bytes, weight vector C·2 nibbles: an int8
     * weight vector's bytes); 1 is allowed while every mode's vectors stay whole rows. w4a8-log packs its 4-bit
     * log codes the same way (default 2: two shift-add lanes per PE). w4a8-group and int8-group pack as w4a8
     * and int8 (their weight vector must also hold one u8 multiplier per column).
     */
    macsPerPePerCycle: Record<ArrayMode, number>;
  };
  /**
   * Widest accumulator the hardware has (CONFIG may select a narrower one per layer) and the default
   * overflow policy a lowering uses; CONFIG sets the policy per layer. Default wrap, as the integer
   * reference's default (two's complement adders, independent of how the reduction is tiled).
   */
  accumulator: { bits: number; overflow: OverflowPolicy };
  /**
   * The MX modes' E8M0 scale side buffer beside the input buffer: one byte per pixel and 32-channel block of
   * the converted input (CVT_IN writes it, an MX COMPUTE reads a row's block exponent from it; ISA.md).
   */
  mxScales: { sizeBytes: number };
  memories: Record<BufferName, MemoryConfig>;
  dram: { sizeBytes: number; bandwidthBytesPerCycle: number; latencyCycles: number; burstBytes: number };
  dma: { maxInflightBursts: number };
  /** Instruction queue depths and the depth of each dependency-token FIFO. */
  queues: { loadDepth: number; computeDepth: number; storeDepth: number; tokenDepth: number };
  vector: { lanes: number };
  clockHz: number;
}

const KIB = 1024;

/**
 * Defaults modelled on Gemmini's default configuration: a 16×16 array (Gemmini DIM = 16), a 128-bit DMA
 * bus (16 B/cycle), a 64 KiB accumulator in 2 banks; Gemmini's 256 KiB scratchpad holds inputs and
 * weights together, we split half of that into two 64 KiB buffers so double buffering fits either. Input
 * and weight buffers get 8 banks because a binary vector (16 PEs × 64 bits = 128 B) spans 8 rows of 16 B
 * and should be read in one cycle. 100 cycles DRAM latency at 1 GHz ≈ 100 ns, a typical DDR4 round trip.
 */
export const DEFAULT_HW_CONFIG: Readonly<HwConfig> = deepFreeze({
  array: { rows: 16, cols: 16, dataflow: 'ws', macsPerPePerCycle: { int8: 1, int4: 2, binary: 64, w4a8: 2, 'w4a8-log': 2, 'w4a8-group': 2, 'int8-group': 1, 'fp8-e4m3': 1, mxint8: 1, mxfp8: 1, mxfp4: 1 } },
  mxScales: { sizeBytes: 4 * KIB },
  accumulator: { bits: 32, overflow: 'wrap' },
  memories: {
    input: { sizeBytes: 64 * KIB, banks: 8, ports: 2 },
    weight: { sizeBytes: 64 * KIB, banks: 8, ports: 2 },
    accumulator: { sizeBytes: 64 * KIB, banks: 2, ports: 2 },
    param: { sizeBytes: 8 * KIB, banks: 1, ports: 2 },
    output: { sizeBytes: 32 * KIB, banks: 2, ports: 2 },
  },
  dram: { sizeBytes: 256 * KIB * KIB, bandwidthBytesPerCycle: 16, latencyCycles: 100, burstBytes: 64 },
  dma: { maxInflightBursts: 16 },
  queues: { loadDepth: 8, computeDepth: 8, storeDepth: 8, tokenDepth: 8 },
  vector: { lanes: 16 },
  clockHz: 1e9,
} satisfies HwConfig);

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v as object);
  return Object.freeze(o);
}

/** A deep copy of the defaults that callers may modify. */
export function defaultHwConfig(): HwConfig {
  return structuredClone(DEFAULT_HW_CONFIG) as HwConfig;
}

/** Values derived from a valid HwConfig; nobody else multiplies rows × cols × packing. */
export interface DerivedHw {
  /** rows × cols × packing: MACs per cycle with every PE busy. */
  peakMacsPerCycle: Record<ArrayMode, number>;
  /** ws: reduction elements one latched weight tile covers (rows × packing); os: per input vector. */
  reductionPerPass: Record<ArrayMode, number>;
  /** Storage bits of one element of each operand (w4a8: 8-bit activations, 4-bit weights). */
  elementBits: { input: Record<ArrayMode, number>; weight: Record<ArrayMode, number> };
  /** Bytes the array consumes per cycle from each operand buffer (one "vector"). */
  vectorBytes: { input: Record<ArrayMode, number>; weight: Record<ArrayMode, number> };
  /** Buffer rows per vector (vectorBytes / rowBytes). */
  rowsPerVector: { input: Record<ArrayMode, number>; weight: Record<ArrayMode, number> };
  rowBytes: Record<BufferName, number>;
  bufferRows: Record<BufferName, number>;
  bankDepthRows: Record<BufferName, number>;
  /** Bytes of one stored accumulator: 1, 2 or 4 (little-endian two's complement, sign-extended from bits). */
  accEntryBytes: number;
  /**
   * Bytes one accumulator entry takes in each mode: accEntryBytes in integer modes; a float mode's entry is
   * an FP32 sum and its exact chunk partial (fp8-e4m3: 4 + 6 bytes), so fewer of them fit (accRowsByMode).
   */
  accEntryBytesByMode: Record<ArrayMode, number>;
  /** Accumulator rows a COMPUTE may address in each mode: the rows of the buffer's capacity at that mode's entry width. */
  accRowsByMode: Record<ArrayMode, number>;
  secondsPerCycle: number;
}

function perMode(f: (m: ArrayMode) => number): Record<ArrayMode, number> {
  return Object.fromEntries(ARRAY_MODES.map((m) => [m, f(m)])) as Record<ArrayMode, number>;
}
function perBuffer(f: (b: BufferName) => number): Record<BufferName, number> {
  return Object.fromEntries(BUFFERS.map((b) => [b, f(b)])) as Record<BufferName, number>;
}

/** Bits of one `side` vector: `pes` PEs each taking `packing` elements of the mode's width for that operand. */
function vectorBits(pes: number, c: HwConfig, m: ArrayMode, side: Operand): number {
  return pes * c.array.macsPerPePerCycle[m] * MODE_OPERAND_BITS[m][side];
}

/**
 * Accumulators are stored in a power-of-two number of bytes (24-bit → 4 B) so accumulator rows, DRAM
 * partial sums and biases keep power-of-two strides; the arithmetic width is still `bits`.
 */
function accEntryBytes(bits: number): number {
  return bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
}

/** An accumulator entry's bytes in `m`: the integer entry, or (float modes) an FP32 sum and the chunk partial. */
function modeAccEntryBytes(c: HwConfig, m: ArrayMode): number {
  const partial = MODE_ACC_PARTIAL_BITS[m];
  return partial === 0 ? accEntryBytes(c.accumulator.bits) : 4 + Math.ceil(partial / 8);
}

/**
 * Row widths: input/weight rows are the narrowest mode's vector (every mode's vector is then a whole
 * number of rows); an accumulator row holds `cols` accumulators; a param row `cols` int32 words; an
 * output row `cols` 8-bit elements (a requantized accumulator row).
 */
function rowBytesOf(c: HwConfig): Record<BufferName, number> {
  const narrowest = (pes: number, side: Operand) => Math.min(...ARRAY_MODES.map((m) => vectorBits(pes, c, m, side))) / 8;
  return {
    input: narrowest(c.array.rows, 'input'),
    weight: narrowest(c.array.cols, 'weight'),
    accumulator: c.array.cols * accEntryBytes(c.accumulator.bits),
    param: c.array.cols * 4,
    output: c.array.cols,
  };
}

/**
 * Rows a buffer really has: the whole rows of `rowBytes` that fit in its capacity, rounded down to a
 * multiple of its banks (rows are interleaved over equal banks). A 64 KiB input buffer of a 7-row array
 * (7-byte rows, 8 banks) has 9,360 rows = 65,520 B. Any array shape thus works with the default capacities;
 * reports list what was rounded (bufferRounding).
 */
function usableRows(m: MemoryConfig, rowBytes: number): number {
  return Math.floor(Math.floor(m.sizeBytes / rowBytes) / m.banks) * m.banks;
}

/** A buffer whose capacity is not a whole number of rows per bank, and what it really holds. */
export interface BufferRounding {
  readonly buffer: BufferName;
  readonly sizeBytes: number;
  readonly usableBytes: number;
  readonly rows: number;
  readonly rowBytes: number;
}

/** The buffers of a valid configuration whose usable capacity is below the capacity asked for. */
export function bufferRounding(c: HwConfig): BufferRounding[] {
  const rowBytes = rowBytesOf(c);
  return BUFFERS.flatMap((b) => {
    const rows = usableRows(c.memories[b], rowBytes[b]);
    const usableBytes = rows * rowBytes[b];
    return usableBytes === c.memories[b].sizeBytes ? [] : [{ buffer: b, sizeBytes: c.memories[b].sizeBytes, usableBytes, rows, rowBytes: rowBytes[b] }];
  });
}

/** Every derived quantity of a valid configuration (call validateHwConfig first). */
export function deriveHw(c: HwConfig): DerivedHw {
  const rowBytes = rowBytesOf(c);
  const { rows, cols } = c.array;
  const bufferRows = perBuffer((b) => usableRows(c.memories[b], rowBytes[b]));
  const vectorBytes = {
    input: perMode((m) => vectorBits(rows, c, m, 'input') / 8),
    weight: perMode((m) => vectorBits(cols, c, m, 'weight') / 8),
  };
  return {
    peakMacsPerCycle: perMode((m) => rows * cols * c.array.macsPerPePerCycle[m]),
    reductionPerPass: perMode((m) => rows * c.array.macsPerPePerCycle[m]),
    elementBits: { input: perMode((m) => MODE_OPERAND_BITS[m].input), weight: perMode((m) => MODE_OPERAND_BITS[m].weight) },
    vectorBytes,
    rowsPerVector: {
      input: perMode((m) => vectorBytes.input[m] / rowBytes.input),
      weight: perMode((m) => vectorBytes.weight[m] / rowBytes.weight),
    },
    rowBytes,
    bufferRows,
    bankDepthRows: perBuffer((b) => bufferRows[b] / c.memories[b].banks),
    accEntryBytes: accEntryBytes(c.accumulator.bits),
    accEntryBytesByMode: perMode((m) => modeAccEntryBytes(c, m)),
    accRowsByMode: perMode((m) => usableRows(c.memories.accumulator, cols * modeAccEntryBytes(c, m))),
    secondsPerCycle: 1 / c.clockHz,
  };
}

const SRAM_ROW_FIELD = fieldSpec('LOAD', 'sramRow');
const MAX_SRAM_ROWS = fieldRange(SRAM_ROW_FIELD).max + 1;
/** sramByte addresses a byte of one row, so a row is at most its range + 1 bytes. */
const MAX_ROW_BYTES = fieldLimits('LOAD', 'sramByte').max + 1;
const ACC_BITS = fieldLimits('CONFIG', 'accBits');
const BUFFER_LABEL: Record<BufferName, string> = {
  input: 'input buffer', weight: 'weight buffer', accumulator: 'accumulator buffer', param: 'param buffer', output: 'output buffer',
};

/** Checks every rule; returns one diagnostic (code HW010) per broken rule, empty when the config is valid. */
export function validateHwConfig(c: HwConfig, file?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const require = (ok: boolean, message: string) => {
    if (!ok) out.push(file === undefined ? { code: 'HW010', message } : { code: 'HW010', message, file });
  };
  const posInt = (v: number, what: string, max = Number.MAX_SAFE_INTEGER) =>
    require(Number.isInteger(v) && v >= 1 && v <= max, `${what} (${v}) must be an integer in [1, ${max}]`);
  posInt(c.array.rows, 'array rows', MAX_ARRAY_DIM);
  posInt(c.array.cols, 'array cols', MAX_ARRAY_DIM);
  require((DATAFLOWS as readonly string[]).includes(c.array.dataflow), `dataflow "${c.array.dataflow}" must be one of ${DATAFLOWS.join(', ')}`);
  for (const m of ARRAY_MODES) posInt(c.array.macsPerPePerCycle[m], `${m} MACs per PE per cycle`, 1024);
  require(
    Number.isInteger(c.accumulator.bits) && c.accumulator.bits >= ACC_BITS.min && c.accumulator.bits <= ACC_BITS.max,
    `accumulator bits (${c.accumulator.bits}) must be an integer in [${ACC_BITS.min}, ${ACC_BITS.max}]`,
  );
  require((OVERFLOW_POLICIES as readonly string[]).includes(c.accumulator.overflow), `accumulator overflow "${c.accumulator.overflow}" must be one of ${OVERFLOW_POLICIES.join(', ')}`);
  if (out.length > 0) return out; // the rules below derive from the array shape and packing
  validateVectors(c, require);
  for (const b of BUFFERS) validateMemory(c, b, require, posInt);
  posInt(c.dram.sizeBytes, 'DRAM size in bytes', 2 ** 32);
  require(Number.isFinite(c.dram.bandwidthBytesPerCycle) && c.dram.bandwidthBytesPerCycle > 0, `DRAM bandwidth (${c.dram.bandwidthBytesPerCycle} B/cycle) must be positive`);
  require(Number.isInteger(c.dram.latencyCycles) && c.dram.latencyCycles >= 0, `DRAM latency (${c.dram.latencyCycles} cycles) must be a non-negative integer`);
  posInt(c.dram.burstBytes, 'DRAM burst bytes', 4096);
  require((c.dram.burstBytes & (c.dram.burstBytes - 1)) === 0, `DRAM burst (${c.dram.burstBytes} B) must be a power of two`);
  posInt(c.dma.maxInflightBursts, 'DMA in-flight bursts');
  for (const q of ['loadDepth', 'computeDepth', 'storeDepth', 'tokenDepth'] as const) posInt(c.queues[q], `queue ${q}`);
  posInt(c.vector.lanes, 'vector lanes', 1024);
  posInt(c.mxScales.sizeBytes, 'MX scale side buffer size in bytes', 2 ** 24);
  require(Number.isFinite(c.clockHz) && c.clockHz > 0, `clock (${c.clockHz} Hz) must be positive`);
  return out;
}

type Require = (ok: boolean, message: string) => void;

function validateVectors(c: HwConfig, require: Require): void {
  for (const [buffer, pes, label] of [['input', c.array.rows, 'rows'], ['weight', c.array.cols, 'cols']] as const) {
    const bits = ARRAY_MODES.map((m) => vectorBits(pes, c, m, buffer));
    const narrowest = Math.min(...bits);
    ARRAY_MODES.forEach((m, i) => {
      const b = bits[i]!;
      require(b % 8 === 0, `${m} ${buffer} vector (${pes} array ${label} × ${c.array.macsPerPePerCycle[m]} MACs × ${MODE_OPERAND_BITS[m][buffer]} bits = ${b} bits) must be whole bytes`);
      require(b % narrowest === 0, `${m} ${buffer} vector (${b} bits) must be a multiple of the narrowest mode's vector (${narrowest} bits)`);
      // A group mode's tile carries its per-column multipliers as one weight vector (isa/spec.ts).
      if (buffer === 'weight' && MODE_GROUP_MULT_BITS[m] > 0) {
        require(b >= pes * MODE_GROUP_MULT_BITS[m], `${m} weight vector (${b} bits) must hold the ${pes} column multipliers of ${MODE_GROUP_MULT_BITS[m]} bits (raise its MACs per PE per cycle)`);
      }
    });
  }
}

function validateMemory(c: HwConfig, b: BufferName, require: Require, posInt: (v: number, what: string, max?: number) => void): void {
  const m = c.memories[b];
  const label = BUFFER_LABEL[b];
  const rowBytes = rowBytesOf(c)[b];
  posInt(m.sizeBytes, `${label} size in bytes`);
  posInt(m.banks, `${label} banks`, 64);
  require(m.ports === 1 || m.ports === 2, `${label} ports (${m.ports}) must be 1 or 2`);
  require(Number.isInteger(rowBytes) && rowBytes <= MAX_ROW_BYTES, `${label} row width (${rowBytes} B) must be whole bytes and at most ${MAX_ROW_BYTES} B (LOAD.sramByte addresses one row)`);
  if (!Number.isInteger(rowBytes) || !Number.isInteger(m.sizeBytes) || !Number.isInteger(m.banks) || m.banks < 1) return;
  // Capacities are rounded down to whole rows per bank (usableRows); what is left must be something.
  const rows = usableRows(m, rowBytes);
  require(rows >= m.banks, `${label} (${m.sizeBytes} B) must hold at least one ${rowBytes}-B row per bank (${m.banks} banks: ${rowBytes * m.banks} B)`);
  require(rows <= MAX_SRAM_ROWS, `${label} has ${rows} rows but instructions address at most ${MAX_SRAM_ROWS} (${SRAM_ROW_FIELD.bits}-bit row fields)`);
}

/** Parses "RxC" (e.g. "16x16", "8x32") into array rows and cols; HW011 on anything else. */
export function parseArrayShape(text: string, where: Omit<Diagnostic, 'code' | 'message'> = {}): { rows: number; cols: number } {
  const m = /^\s*(\d+)\s*[xX×]\s*(\d+)\s*$/.exec(text);
  if (m === null) fail('HW011', `array shape "${text}" must look like 16x16 (rows x cols)`, where);
  const rows = Number(m[1]);
  const cols = Number(m[2]);
  if (rows < 1 || cols < 1 || rows > MAX_ARRAY_DIM || cols > MAX_ARRAY_DIM) {
    fail('HW011', `array shape ${rows}x${cols} must have rows and cols in [1, ${MAX_ARRAY_DIM}]`, where);
  }
  return { rows, cols };
}

/** Command-line overrides (all optional); units are in the names. */
export interface HwOverrides {
  array?: string;
  dataflow?: Dataflow;
  accumulatorBits?: number;
  overflow?: OverflowPolicy;
  dramBandwidthBytesPerCycle?: number;
  dramLatencyCycles?: number;
  vectorLanes?: number;
  clockHz?: number;
}

/** A new config with the overrides applied (the input is not modified); validate the result. */
export function applyOverrides(config: HwConfig, o: HwOverrides): HwConfig {
  const c = structuredClone(config);
  if (o.array !== undefined) Object.assign(c.array, parseArrayShape(o.array));
  if (o.dataflow !== undefined) c.array.dataflow = o.dataflow;
  if (o.accumulatorBits !== undefined) c.accumulator.bits = o.accumulatorBits;
  if (o.overflow !== undefined) c.accumulator.overflow = o.overflow;
  if (o.dramBandwidthBytesPerCycle !== undefined) c.dram.bandwidthBytesPerCycle = o.dramBandwidthBytesPerCycle;
  if (o.dramLatencyCycles !== undefined) c.dram.latencyCycles = o.dramLatencyCycles;
  if (o.vectorLanes !== undefined) c.vector.lanes = o.vectorLanes;
  if (o.clockHz !== undefined) c.clockHz = o.clockHz;
  return c;
}

/** Throws a UserError carrying every broken rule, or returns the config unchanged when valid. */
export function requireValidHwConfig(c: HwConfig, file?: string): HwConfig {
  const diagnostics = validateHwConfig(c, file);
  if (diagnostics.length > 0) throw new UserError(diagnostics);
  return c;
}
