// Static checks of an instruction stream against the machine it was compiled for: program shape,
// dependency tokens, every SRAM/DRAM range an instruction touches and every array/mode limit.
// The CONFIG state is statically known: CONFIG and every instruction that depends on it share the
// in-order compute queue, so walking the stream in order sees exactly the mode the machine will use.
import type { Diagnostic } from '../../core/diagnostics.js';
import type { AccCode } from '../../core/error-codes/accbin.js';
import { deriveHw, type DerivedHw, type HwConfig } from '../hw-config.js';
import { assertNever, fieldLimits, queueOf, type Instruction, type InstructionOf } from '../instruction.js';
import { isFloatMode, MODE_OPERAND_BITS, tileWeightVectors, type ArrayMode, type BufferName } from '../spec.js';
import { isMxMode } from '../float-opcodes.js';
import { computePixels, cvtInRows, mxScaleIndex, depthwiseOutputs, fp32Rows, depthwiseRowSpans, lutTableRows, poolOutputGrid, transferDramEnd, windowByteRangeInto } from './footprint.js';

type Config = InstructionOf<'CONFIG'>;
type Window = InstructionOf<'WINDOW'>;
type Report = (code: AccCode, message: string) => void;
/** The machine an instruction stream is checked against: a valid HwConfig and its derived values. */
interface Limits {
  readonly hw: HwConfig;
  readonly d: DerivedHw;
}

/**
 * Every problem found (empty when the stream is fine); messages name the instruction index and opcode.
 * `hw` must be valid (validateHwConfig).
 */
export function checkInstructions(instrs: readonly Instruction[], hw: HwConfig, file?: string): Diagnostic[] {
  const limits: Limits = { hw, d: deriveHw(hw) };
  const out: Diagnostic[] = [];
  let index = -1;
  const report: Report = (code, message) => {
    const text = index < 0 ? message : `instruction ${index} (${instrs[index]!.op}): ${message}`;
    out.push(file === undefined ? { code, message: text } : { code, message: text, file });
  };
  checkShape(instrs, report);
  let config: Config | undefined;
  let window: Window | undefined;
  for (index = 0; index < instrs.length; index++) {
    const i = instrs[index]!;
    checkTokenDirections(i, report);
    if (i.op === 'CONFIG') config = i;
    if (i.op === 'WINDOW') window = i;
    checkLimits(i, config, window, limits, report);
  }
  index = -1;
  checkTokenBalance(instrs, report);
  return out;
}

function checkShape(instrs: readonly Instruction[], report: Report): void {
  const halts: number[] = [];
  for (let k = 0; k < instrs.length; k++) if (instrs[k]!.op === 'HALT') halts.push(k);
  if (halts.length !== 1 || halts[0] !== instrs.length - 1) {
    report('ACC014', `the program must end with exactly one HALT (found ${halts.length}${halts.length > 0 ? ` at ${halts.join(', ')}` : ''} in ${instrs.length} instructions)`);
  }
}

/** The load queue has no previous neighbour and the store queue no next one. */
function checkTokenDirections(i: Instruction, report: Report): void {
  const q = queueOf(i.op);
  if (q === 'load' && (i.popPrev === 1 || i.pushPrev === 1)) report('ACC012', 'the load queue has no previous queue (popPrev/pushPrev must be 0)');
  if (q === 'store' && (i.popNext === 1 || i.pushNext === 1)) report('ACC012', 'the store queue has no next queue (popNext/pushNext must be 0)');
}

/** A pop with no matching push anywhere in the program deadlocks the machine. */
function checkTokenBalance(instrs: readonly Instruction[], report: Report): void {
  // One pass over the program (it may hold 10^5 instructions and is checked on every load).
  let loadPushNext = 0, loadPopNext = 0, computePushPrev = 0, computePopPrev = 0, computePushNext = 0, computePopNext = 0, storePushPrev = 0, storePopPrev = 0;
  for (const i of instrs) {
    const q = queueOf(i.op);
    if (q === 'load') {
      loadPushNext += i.pushNext;
      loadPopNext += i.popNext;
    } else if (q === 'compute') {
      computePushPrev += i.pushPrev;
      computePopPrev += i.popPrev;
      computePushNext += i.pushNext;
      computePopNext += i.popNext;
    } else {
      storePushPrev += i.pushPrev;
      storePopPrev += i.popPrev;
    }
  }
  const channels = [
    ['load→compute', loadPushNext, computePopPrev],
    ['compute→load', computePushPrev, loadPopNext],
    ['compute→store', computePushNext, storePopPrev],
    ['store→compute', storePushPrev, computePopNext],
  ] as const;
  for (const [name, pushes, pops] of channels) {
    if (pops > pushes) report('ACC012', `${pops} tokens are popped from ${name} but only ${pushes} pushed: the machine would deadlock`);
  }
}

function rangeCheck(report: Report, what: string, last: number, limit: number, unit: string): void {
  if (last >= limit) report('ACC010', `${what} reaches ${unit} ${last} but has ${limit} ${unit}s`);
}

const BUFFER_LABEL: Record<BufferName, string> = {
  input: 'input buffer', weight: 'weight buffer', accumulator: 'accumulator buffer', param: 'param buffer', output: 'output buffer',
};

function rows(report: Report, buffer: BufferName, first: number, count: number, limits: Limits): void {
  rangeCheck(report, BUFFER_LABEL[buffer], first + count - 1, limits.d.bufferRows[buffer], 'row');
}

/** `name` = `v` must be a `bits`-bit value (signed when `signed` is 1). */
function valueRange(report: Report, bits: number, signed: number, name: string, v: number): void {
  const lo = signed === 1 ? -(2 ** (bits - 1)) : 0;
  const hi = signed === 1 ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (v < lo || v > hi) report('ACC011', `${name} = ${v} is outside the ${bits}-bit ${signed === 1 ? 'signed' : 'unsigned'} range [${lo}, ${hi}]`);
}

/** A clamp: both bounds `bits`-bit values, qmin <= qmax. (Argument lists, not an object per instruction: a cold
 *  start checks thousands of REQUANTs and ADDs, and building and walking an object each cost ~20 ms there.) */
function clampRange(report: Report, bits: number, signed: number, qmin: number, qmax: number): void {
  valueRange(report, bits, signed, 'qmin', qmin);
  valueRange(report, bits, signed, 'qmax', qmax);
  if (qmin > qmax) report('ACC011', `qmin (${qmin}) exceeds qmax (${qmax})`);
}

/** The last step of a 3-D walk (strides are unsigned) must end inside its buffer; a step may span rows. */
function checkSteps(buffer: BufferName, lastRow: number, byte: number, bytes: number, limits: Limits, report: Report): void {
  const rb = limits.d.rowBytes[buffer];
  const last = lastRow * rb + byte + bytes - 1;
  const size = limits.d.bufferRows[buffer] * rb;
  if (last >= size) report('ACC010', `${BUFFER_LABEL[buffer]} step ends at byte ${last} (row ${Math.floor(last / rb)}) but the buffer has ${size} bytes (${limits.d.bufferRows[buffer]} rows)`);
}

function checkTransfer(i: InstructionOf<'LOAD'> | InstructionOf<'STORE'>, limits: Limits, report: Report): void {
  const lastRow = i.sramRow + (i.repeat - 1) * i.sramOuterStride + (i.rows - 1) * i.sramRowStride;
  checkSteps(i.buffer, lastRow, i.sramByte, i.bytesPerRow, limits, report);
  if (i.op === 'LOAD' && i.fill === 1) return;
  rangeCheck(report, 'DRAM', transferDramEnd(i) - 1, limits.hw.dram.sizeBytes, 'byte');
}

function needConfig(config: Config | undefined, report: Report): config is Config {
  if (config === undefined) report('ACC011', 'compute instruction before any CONFIG');
  return config !== undefined;
}

function checkMove(i: InstructionOf<'MOVE'>, limits: Limits, report: Report): void {
  if (i.srcBuffer === 'accumulator' || i.dstBuffer === 'accumulator') return report('ACC011', 'MOVE cannot address the accumulator (it holds exact sums, not bytes)');
  checkSteps(i.srcBuffer, i.srcRow + (i.repeat - 1) * i.srcOuterStride + (i.rows - 1) * i.srcRowStride, i.srcByte, i.bytesPerRow, limits, report);
  checkSteps(i.dstBuffer, i.dstRow + (i.repeat - 1) * i.dstOuterStride + (i.rows - 1) * i.dstRowStride, i.dstByte, i.bytesPerRow, limits, report);
}

function checkLimits(i: Instruction, config: Config | undefined, window: Window | undefined, limits: Limits, report: Report): void {
  switch (i.op) {
    case 'HALT':
    case 'WINDOW':
      return;
    case 'LOAD':
    case 'STORE':
      return checkTransfer(i, limits, report);
    case 'MOVE':
      return checkMove(i, limits, report);
    case 'CONFIG': {
      if (i.dataflow !== limits.hw.array.dataflow) report('ACC011', `dataflow ${i.dataflow} but the hardware is ${limits.hw.array.dataflow}`);
      if (i.accBits > limits.hw.accumulator.bits) report('ACC011', `accBits ${i.accBits} exceeds the ${limits.hw.accumulator.bits}-bit accumulators`);
      const bits = MODE_OPERAND_BITS[i.mode];
      if (i.actBits > bits.input || i.weightBits > bits.weight) {
        report('ACC011', `actBits ${i.actBits} / weightBits ${i.weightBits} exceed the ${i.mode} datapath (${bits.input}-bit activations, ${bits.weight}-bit weights)`);
      }
      return;
    }
    case 'LOAD_WEIGHTS':
    case 'COMPUTE':
      if (needConfig(config, report)) checkArray(i, config, window, limits, report);
      return;
    case 'DEPTHWISE':
      if (needConfig(config, report)) checkDepthwise(i, config, limits, report);
      return;
    case 'REQUANT':
      if (i.n > limits.hw.array.cols) report('ACC011', `n = ${i.n} exceeds the ${limits.hw.array.cols} accumulators of a row`);
      rows(report, 'accumulator', i.accRow, i.rows, limits);
      rows(report, 'output', i.outRow, i.rows, limits);
      rows(report, 'param', i.paramRow, 3, limits);
      if (i.outByte * 8 + i.n * i.outBits > limits.d.rowBytes.output * 8) report('ACC010', `${i.n} ${i.outBits}-bit outputs at byte ${i.outByte} overflow a ${limits.d.rowBytes.output}-byte output row`);
      // A binary output is the sign of the sum; zero point and clamp do not apply.
      if (i.outBits > 1) {
        valueRange(report, i.outBits, i.outSigned, 'outZero', i.outZero);
        clampRange(report, i.outBits, i.outSigned, i.qmin, i.qmax);
      }
      return;
    case 'POOL': {
      const slackH = i.inH + i.padTop + i.padBottom - i.kernelH;
      const slackW = i.inW + i.padLeft + i.padRight - i.kernelW;
      if (slackH < 0 || slackW < 0) return report('ACC011', `the ${i.kernelH}x${i.kernelW} window is larger than the padded ${i.inH}x${i.inW} input`);
      if (Math.max(i.padTop, i.padBottom) >= i.kernelH || Math.max(i.padLeft, i.padRight) >= i.kernelW) report('ACC011', 'padding must be smaller than the window');
      if (i.channels * i.bits > limits.d.rowBytes.output * 8) report('ACC010', `${i.channels} ${i.bits}-bit channels overflow a ${limits.d.rowBytes.output}-byte output row`);
      rows(report, 'output', i.srcRow, i.inH * i.inW, limits);
      const grid = poolOutputGrid(i);
      return rows(report, 'output', i.dstRow, grid.outH * grid.outW, limits);
    }
    case 'ADD':
      for (const r of [i.aRow, i.bRow, i.dstRow]) rows(report, 'output', r, i.rows, limits);
      if (i.elems * i.bits > limits.d.rowBytes.output * 8) report('ACC010', `${i.elems} ${i.bits}-bit elements overflow a ${limits.d.rowBytes.output}-byte output row`);
      valueRange(report, i.bits, i.signed, 'aZero', i.aZero);
      valueRange(report, i.bits, i.signed, 'bZero', i.bZero);
      valueRange(report, i.bits, i.signed, 'outZero', i.outZero);
      return clampRange(report, i.bits, i.signed, i.qmin, i.qmax);
    case 'PACK':
      rows(report, 'output', i.srcRow, i.rows, limits);
      rows(report, 'output', i.dstRow, i.rows, limits);
      if (i.elems * i.srcBits > limits.d.rowBytes.output * 8) report('ACC010', `${i.elems} ${i.srcBits}-bit elements overflow a ${limits.d.rowBytes.output}-byte output row`);
      return;
    case 'LUT':
      rows(report, 'output', i.srcRow, i.rows, limits);
      rows(report, 'output', i.dstRow, i.rows, limits);
      rows(report, 'param', i.tableRow, lutTableRows(i.srcBits, limits.d.rowBytes.param), limits);
      if (i.elems * Math.max(i.srcBits, i.dstBits) > limits.d.rowBytes.output * 8) report('ACC010', `${i.elems} ${Math.max(i.srcBits, i.dstBits)}-bit elements overflow a ${limits.d.rowBytes.output}-byte output row`);
      return;
    case 'CVT_IN': {
      rows(report, 'output', i.srcRow, i.rows * fp32Rows(i.elems, limits.d.rowBytes.output), limits);
      if (i.pixelElems > 0) checkMxCvtIn(i, limits, report);
      const [lo, hi] = cvtInRows(i, limits.d.rowBytes.input);
      return rows(report, 'input', lo, hi - lo + 1, limits);
    }
    case 'CVT_OUT':
      if (i.n > limits.hw.array.cols) report('ACC011', `n = ${i.n} exceeds the ${limits.hw.array.cols} accumulators of a row`);
      if (i.kind === 'float') floatAccRows(i.accRow, i.rows, config !== undefined && isFloatMode(config.mode) ? config.mode : 'fp8-e4m3', limits, report);
      else rows(report, 'accumulator', i.accRow, i.rows, limits);
      rows(report, 'param', i.paramRow, i.kind === 'int' ? 2 : 1, limits);
      return rows(report, 'output', i.outRow, i.rows * fp32Rows(i.n, limits.d.rowBytes.output), limits);
    case 'FPOOL': {
      const span = fp32Rows(i.channels, limits.d.rowBytes.output);
      if (i.inH + i.padTop + i.padBottom < i.kernelH || i.inW + i.padLeft + i.padRight < i.kernelW) return report('ACC011', `the ${i.kernelH}x${i.kernelW} window is larger than the padded ${i.inH}x${i.inW} input`);
      if (Math.max(i.padTop, i.padBottom) >= i.kernelH || Math.max(i.padLeft, i.padRight) >= i.kernelW) report('ACC011', 'padding must be smaller than the window');
      rows(report, 'output', i.srcRow, i.inH * i.inW * span, limits);
      const grid = poolOutputGrid(i);
      return rows(report, 'output', i.dstRow, grid.outH * grid.outW * span, limits);
    }
    case 'FADD':
      for (const r of [i.aRow, i.bRow, i.dstRow]) rows(report, 'output', r, i.rows * fp32Rows(i.elems, limits.d.rowBytes.output), limits);
      return;
    default:
      return assertNever(i);
  }
}

/** A float mode's accumulator rows: its entries are wider (an FP32 sum and a chunk partial), so fewer rows exist. */
function floatAccRows(first: number, count: number, mode: ArrayMode, limits: Limits, report: Report): void {
  rangeCheck(report, `accumulator buffer (${mode} entries)`, first + count - 1, limits.d.accRowsByMode[mode], 'row');
}

/** An MX CVT_IN: whole pixels per row, their scale bytes inside the scale side buffer (ISA.md CVT_IN). */
function checkMxCvtIn(i: InstructionOf<'CVT_IN'>, limits: Limits, report: Report): void {
  const c = i.pixelElems;
  if (i.elems % c !== 0) return report('ACC011', `elems = ${i.elems} is not a whole number of ${c}-element pixels (MX CVT_IN)`);
  const rb = limits.d.rowBytes.input;
  const last = (i.dstRow + (i.rows - 1) * i.dstRowStride) * rb + i.dstByte + i.elems - c;
  const end = (Math.floor(last / c) + 1) * Math.ceil(c / 32);
  if (end > limits.hw.mxScales.sizeBytes) report('ACC010', `the MX CVT_IN writes scale bytes up to ${end - 1} but the scale side buffer has ${limits.hw.mxScales.sizeBytes}`);
}

/** An MX COMPUTE: through the window only (a row's scale is its pixel's), every row's scale byte inside the side buffer. */
function checkMxCompute(i: InstructionOf<'COMPUTE'>, window: Window | undefined, limits: Limits, report: Report): void {
  if (i.window !== 1 || window === undefined) return report('ACC011', 'an MX COMPUTE reads its rows\' block scales through the window: window must be 1');
  let at = 0;
  for (let r = 0; r < i.m; r++) at = Math.max(at, mxScaleIndex(i, window, limits.d.rowBytes.input, r));
  if (at >= limits.hw.mxScales.sizeBytes) report('ACC010', `the MX COMPUTE reads scale byte ${at} but the scale side buffer has ${limits.hw.mxScales.sizeBytes}`);
}

/** The float fields of a COMPUTE: chunkEnd and biasRow only in a float mode, no runs there, the bias row in the param buffer. */
function checkFloatCompute(i: InstructionOf<'COMPUTE'>, c: Config, window: Window | undefined, limits: Limits, report: Report): void {
  if (!isFloatMode(c.mode)) {
    if (i.chunkEnd !== 0 || i.biasRow !== 0) report('ACC011', `chunkEnd and biasRow must be 0 in the ${c.mode} mode (they belong to the float modes)`);
    return;
  }
  if (i.tiles > 0) report('ACC011', `a COMPUTE run (tiles = ${i.tiles}) is not available in the ${c.mode} mode: each tile has its own chunkEnd`);
  floatAccRows(i.accRow, i.m, c.mode, limits, report);
  if (i.accumulate === 0) rows(report, 'param', i.biasRow, 1, limits);
  if (isMxMode(c.mode)) checkMxCompute(i, window, limits, report);
}

function checkArray(i: InstructionOf<'LOAD_WEIGHTS'> | InstructionOf<'COMPUTE'>, c: Config, window: Window | undefined, limits: Limits, report: Report): void {
  const packing = limits.hw.array.macsPerPePerCycle[c.mode];
  const vectors = Math.ceil(i.k / packing);
  const rpvIn = limits.d.rowsPerVector.input[c.mode];
  const rpvW = limits.d.rowsPerVector.weight[c.mode];
  if (i.n > limits.hw.array.cols) report('ACC011', `n = ${i.n} exceeds the ${limits.hw.array.cols} array columns`);
  const ws = c.dataflow === 'ws';
  if (i.op === 'LOAD_WEIGHTS') {
    if (!ws) report('ACC011', 'LOAD_WEIGHTS needs the weight-stationary dataflow');
    if (i.k > limits.d.reductionPerPass[c.mode]) report('ACC011', `k = ${i.k} exceeds the ${limits.d.reductionPerPass[c.mode]} reduction elements a ${c.mode} weight tile holds`);
    return rows(report, 'weight', i.weightRow, tileWeightVectors(c.mode, i.k, packing) * rpvW, limits);
  }
  rows(report, 'accumulator', i.accRow, i.m, limits);
  checkFloatCompute(i, c, window, limits, report);
  if (i.tiles > 0) checkRun(i, ws, tileWeightVectors(c.mode, i.k, packing) * rpvW, limits, report);
  if (ws && i.k > limits.d.reductionPerPass[c.mode]) report('ACC011', `k = ${i.k} exceeds the latched ${c.mode} tile (${limits.d.reductionPerPass[c.mode]})`);
  if (!ws && i.m > limits.hw.array.rows) report('ACC011', `m = ${i.m} exceeds the ${limits.hw.array.rows} array rows (output-stationary)`);
  if (i.window === 1) {
    checkWindowInput(i, c, window, limits, report);
  } else {
    if (i.kOffset !== 0 || i.inputByte !== 0 || i.firstPixel !== 0) report('ACC011', 'kOffset, inputByte and firstPixel must be 0 unless window = 1');
    rows(report, 'input', i.inputRow, (ws ? i.m - 1 : vectors - 1) * i.inputRowStride + rpvIn, limits);
  }
  if (!ws) rows(report, 'weight', i.weightRow, tileWeightVectors(c.mode, i.k, packing) * rpvW, limits);
}

/**
 * A COMPUTE run (tiles >= 1, isa/compute-run.ts): ws window COMPUTEs only; every tile's weight rows lie in the
 * buffer (the last tile is the furthest: the stride is unsigned) and its micro-ops' kOffset fits its field.
 * The window read over every tile is checked by checkWindowInput on the run's whole reduction range.
 */
function checkRun(i: InstructionOf<'COMPUTE'>, ws: boolean, tileRows: number, limits: Limits, report: Report): void {
  if (!ws || i.window !== 1) return report('ACC011', 'a COMPUTE run (tiles >= 1) needs the weight-stationary dataflow and window = 1');
  rows(report, 'weight', i.weightRow + (i.tiles - 1) * i.tileRowStride, tileRows, limits);
  const lastOffset = i.kOffset + (i.tiles - 1) * i.k;
  if (lastOffset > RUN_K_OFFSET_MAX) report('ACC011', `the run's last tile starts at reduction element ${lastOffset}, past the ${RUN_K_OFFSET_MAX} a kOffset holds`);
}
const RUN_K_OFFSET_MAX = fieldLimits('COMPUTE', 'kOffset').max;

/** Scratch of checkWindowInput (a cold start checks thousands of window COMPUTEs: no array or object per call). */
const WINDOW_RANGE = new Float64Array(2);

/** A window COMPUTE reads through the last WINDOW; every element it reads must lie in the input buffer. */
function checkWindowInput(i: InstructionOf<'COMPUTE'>, c: Config, window: Window | undefined, limits: Limits, report: Report): void {
  if (window === undefined) return report('ACC011', 'window = 1 before any WINDOW');
  if (i.inputRowStride !== 0) report('ACC011', 'inputRowStride must be 0 when window = 1 (the WINDOW shapes the walk)');
  // A run reads the reduction range of all its tiles.
  windowByteRangeInto(WINDOW_RANGE, i, computePixels(i, limits.hw), window, MODE_OPERAND_BITS[c.mode].input, limits.d.rowBytes.input, i.tiles > 0 ? i.tiles * i.k : i.k);
  const hi = WINDOW_RANGE[1]!;
  const size = limits.d.bufferRows.input * limits.d.rowBytes.input;
  if (hi > size) report('ACC010', `the window reads up to input byte ${hi - 1} (row ${Math.floor((hi - 1) / limits.d.rowBytes.input)}) but the buffer has ${size} bytes`);
}

function checkDepthwise(i: InstructionOf<'DEPTHWISE'>, c: Config, limits: Limits, report: Report): void {
  if (c.mode === 'binary') return report('ACC011', 'DEPTHWISE has no binary mode');
  if (i.channels > limits.hw.array.cols) report('ACC011', `channels = ${i.channels} exceeds the ${limits.hw.array.cols} accumulators of a row`);
  if (i.kernelH > i.inH || i.kernelW > i.inW) return report('ACC011', `the ${i.kernelH}x${i.kernelW} kernel is larger than the ${i.inH}x${i.inW} input`);
  const bits = MODE_OPERAND_BITS[c.mode];
  const { pixelRows, tapRows } = depthwiseRowSpans(i.channels, bits.input, bits.weight, limits.d.rowBytes.input, limits.d.rowBytes.weight);
  rows(report, 'input', i.srcRow, i.inH * i.inW * pixelRows, limits);
  rows(report, 'weight', i.weightRow, i.kernelH * i.kernelW * tapRows, limits);
  rows(report, 'accumulator', i.accRow, depthwiseOutputs(i), limits);
}
