// loc-budget: the ISA table is one job (the float opcodes already live in float-opcodes.ts); its mode tables and COMPUTE's semantics text belong together.
// THE instruction set as data. The encoder, decoder, assembler, disassembler, bounds checker, docs generator
// (tools/gen-isa-doc.ts → docs/ISA.md) and the simulator's dispatch all read this table; nothing repeats it.
import { OVERFLOW_POLICIES, REQUANT_MODES } from '../core/arithmetic-modes.js';
import { GROUP_MULT_BITS } from '../core/weight-groups.js';
import type { FieldSpec, IsaSpec, LegacyLayout } from './spec-types.js';
import { FLOAT_OPCODES, isMxMode } from './float-opcodes.js';
import { DRAM, POOL_WINDOW_FIELDS, ROW, ROW_BYTE, actValue, count, elemBits, flag, q31, row, shiftField } from './spec-fields.js';

export { OVERFLOW_POLICIES, REQUANT_MODES, type OverflowPolicy, type RequantMode } from '../core/arithmetic-modes.js';

/**
 * Array modes: the operand widths the array computes in. int2 weights run sign-extended in the int4 datapath
 * (with 4-bit activations) or in w4a8 (with 8-bit activations); w4a8 multiplies 4-bit weights, packed two per
 * byte everywhere, by 8-bit activations. w4a8-log packs 4-bit log-domain weight codes (sign + exponent, one
 * code for zero: isa/log-weight-code.ts) the same way; its PE shifts the activation by the exponent and adds
 * or subtracts (no multiplier). w4a8-group and int8-group are w4a8 and int8 with group-wise weight scales
 * (INTEGER-SEMANTICS §6c): a weight tile carries one u8 multiplier per column, applied to the column's partial
 * sum before it is added into the accumulator (MODE_GROUP_MULT_BITS). fp8-e4m3 multiplies OFP8 E4M3 element
 * codes (one per byte) exactly and accumulates per INTEGER-SEMANTICS §14: its accumulator entries are an FP32
 * sum and an exact chunk partial (MODE_ACC_PARTIAL_BITS), a COMPUTE with accumulate = 0 starts them at the
 * FP32 bias words of `biasRow` and one with `chunkEnd` folds the partial into the sum (HARDWARE.md §3). The
 * MX modes (mxint8: MXINT8 elements, mxfp8: E4M3, mxfp4: E2M1; one code per byte) are float modes whose fold
 * shifts the partial by 2^(Xa + Xw): Xa from the E8M0 scale side buffer (CVT_IN writes it), Xw from one more
 * weight vector after the tile (isMxMode). The order is the CONFIG encoding: new modes go at the end.
 */
export const ARRAY_MODES = ['int8', 'int4', 'binary', 'w4a8', 'w4a8-log', 'w4a8-group', 'int8-group', 'fp8-e4m3', 'mxint8', 'mxfp8', 'mxfp4'] as const;
export type ArrayMode = (typeof ARRAY_MODES)[number];
/** The two operands of the array: activations (input side) and weights. */
export type Operand = 'input' | 'weight';
/** Storage bits of one element of each operand in each array mode (a definition of the mode, not a tunable). */
export const MODE_OPERAND_BITS: Readonly<Record<ArrayMode, Readonly<Record<Operand, number>>>> = {
  int8: { input: 8, weight: 8 },
  int4: { input: 4, weight: 4 },
  binary: { input: 1, weight: 1 },
  w4a8: { input: 8, weight: 4 },
  'w4a8-log': { input: 8, weight: 4 },
  'w4a8-group': { input: 8, weight: 4 },
  'int8-group': { input: 8, weight: 8 },
  'fp8-e4m3': { input: 8, weight: 8 },
  // MX elements one code per byte: E2M1 codes are stored in a byte each, not packed (HARDWARE.md §3).
  mxint8: { input: 8, weight: 8 },
  mxfp8: { input: 8, weight: 8 },
  mxfp4: { input: 8, weight: 8 },
};
/** Bits of the exact chunk partial an accumulator entry keeps beside its FP32 sum in a float mode (0: integer
 *  modes). E4M3: 32 products of 229,376 steps each, with sign: 42; MXINT8 20; E2M1 14 (format-scaling.ts
 *  chunkPartialBits; tested). */
export const MODE_ACC_PARTIAL_BITS: Readonly<Record<ArrayMode, number>> = {
  int8: 0, int4: 0, binary: 0, w4a8: 0, 'w4a8-log': 0, 'w4a8-group': 0, 'int8-group': 0, 'fp8-e4m3': 42, mxint8: 20, mxfp8: 42, mxfp4: 14,
};
/** Whether `mode` accumulates in FP32 with chunk folds (a float mode) rather than exactly in integers. */
export const isFloatMode = (mode: ArrayMode): boolean => MODE_ACC_PARTIAL_BITS[mode] > 0;
/**
 * Bits of the unsigned per-column group multiplier a mode's weight tiles carry (0: none). The multipliers of a
 * tile of k elements are the weight vector right after its ceil(k/P) weight vectors, one u8 per column
 * (byte c: column c); hw-config.ts requires a weight vector to hold cols of them.
 */
export const MODE_GROUP_MULT_BITS: Readonly<Record<ArrayMode, number>> = {
  int8: 0, int4: 0, binary: 0, w4a8: 0, 'w4a8-log': 0, 'w4a8-group': GROUP_MULT_BITS, 'int8-group': GROUP_MULT_BITS, 'fp8-e4m3': 0, mxint8: 0, mxfp8: 0, mxfp4: 0,
};
/** Weight vectors a tile of `k` elements reads (LOAD_WEIGHTS, an os COMPUTE): ceil(k/P), plus the multiplier or exponent vector. */
export function tileWeightVectors(mode: ArrayMode, k: number, packing: number): number {
  return Math.ceil(k / packing) + (MODE_GROUP_MULT_BITS[mode] > 0 || isMxMode(mode) ? 1 : 0);
}
/** The two dataflows of the systolic array. */
export const DATAFLOWS = ['ws', 'os'] as const;
export type Dataflow = (typeof DATAFLOWS)[number];
/** The on-chip buffers a LOAD/STORE can address. */
export const BUFFERS = ['input', 'weight', 'accumulator', 'param', 'output'] as const;
export type BufferName = (typeof BUFFERS)[number];
/** Pooling kinds of the vector unit. */
export const POOL_KINDS = ['max', 'avg'] as const;
/** Largest array side (rows or cols): the n/channels fields stop there and hw-config.ts validates against it. */
export const MAX_ARRAY_DIM = 64;

/** Bytes of one transfer step: 16 bits, so a step can carry a band of image rows (a step spans several SRAM rows). */
const STEP_BYTES = 16;

/** LOAD and STORE share their strided 3-D walk; LOAD adds the padding fill. */
const TRANSFER_FIELDS = [
  { name: 'buffer', bits: 3, enum: BUFFERS, unit: 'enum', doc: 'on-chip buffer' },
  row('sramRow', 'first SRAM row'),
  { name: 'sramByte', bits: ROW_BYTE, unit: 'bytes', doc: 'byte offset of each step from the start of its SRAM row (builds im2col rows piecewise)' },
  { name: 'bytesPerRow', bits: STEP_BYTES, min: 1, unit: 'bytes', doc: 'bytes moved per inner step; past the row end a step continues into the following SRAM rows' },
  count('rows', 16, 'inner steps'),
  { name: 'sramRowStride', bits: 16, unit: 'rows', doc: 'SRAM rows between inner steps' },
  { name: 'dramAddr', bits: DRAM, unit: 'bytes', doc: 'DRAM byte address of the first step' },
  { name: 'dramRowStride', bits: DRAM, unit: 'bytes', doc: 'DRAM bytes between inner steps' },
  count('repeat', 16, 'outer steps (1 = 2-D transfer)'),
  { name: 'sramOuterStride', bits: ROW, unit: 'rows', doc: 'SRAM rows between outer steps' },
  { name: 'dramOuterStride', bits: DRAM, unit: 'bytes', doc: 'DRAM bytes between outer steps' },
] as const satisfies readonly FieldSpec[];

const TRANSFER_WALK =
  'rb = row bytes of the buffer\n' +
  'for o < repeat: for r < rows:\n' +
  '  s = sramRow + o*sramOuterStride + r*sramRowStride      // SRAM row of the step\n' +
  '  a = s*rb + sramByte                                     // buffer byte: the step runs row-major past row s\n' +
  '  d = dramAddr + o*dramOuterStride + r*dramRowStride     // DRAM byte\n';

/** The ISA, version 4: 256-bit words, opcode in bits [0,6), dependency tokens in bits [6,10), fields above. */
export const ISA = {
  version: 4,
  wordBits: 256,
  opcodeBits: 6,
  commonFields: [
    flag('popPrev', 'wait for and consume a token from the previous queue (compute: load; store: compute)'),
    flag('popNext', 'wait for and consume a token from the next queue (load: compute; compute: store)'),
    flag('pushPrev', 'after completion, send a token to the previous queue'),
    flag('pushNext', 'after completion, send a token to the next queue'),
  ],
  opcodes: {
    CONFIG: {
      code: 0x01, queue: 'compute', unit: 'control', summary: 'set the array and vector-unit mode for the following compute instructions',
      fields: [
        { name: 'mode', bits: 4, enum: ARRAY_MODES, unit: 'enum', doc: 'array operand mode (int2 weights use int4 or w4a8; w4a8-log: shift-add on log-domain weight codes; *-group: a u8 multiplier per column and tile)' },
        { name: 'dataflow', bits: 1, enum: DATAFLOWS, unit: 'enum', doc: 'must equal the hardware dataflow' },
        { name: 'accBits', bits: 6, min: 2, max: 32, unit: 'bits', doc: 'accumulator width; <= the hardware width' },
        { name: 'overflow', bits: 1, enum: OVERFLOW_POLICIES, unit: 'enum', doc: 'accumulator overflow policy' },
        { name: 'requantMode', bits: 1, enum: REQUANT_MODES, unit: 'enum', doc: 'REQUANT arithmetic' },
        elemBits('actBits', 'logical activation bits (<= the mode\'s activation storage bits; energy and range checks)'),
        flag('actSigned', 'activations are signed (else unsigned with a zero point)'),
        elemBits('weightBits', 'logical weight bits (<= the mode\'s weight storage bits; weights are always signed)'),
      ],
      semantics:
        'cfg = {mode, dataflow, accBits, overflow, requantMode, actBits, actSigned, weightBits}\n' +
        'acc_fit(v) = v fits accBits ? v : (overflows++, overflow == saturate ? saturateToBits(v, accBits) : wrapToBits(v, accBits))\n' +
        '// applied once per output, by REQUANT, to the exact sum (bias included): partial sums carry guard bits',
    },
    LOAD: {
      code: 0x02, queue: 'load', unit: 'dma-load', summary: 'DRAM → buffer, strided 3-D, with optional padding fill',
      fields: [
        ...TRANSFER_FIELDS,
        flag('fill', 'write fillByte instead of reading DRAM (padding with the zero point)'),
        { name: 'fillByte', bits: 8, unit: 'value', doc: 'byte written when fill = 1 (e.g. 0x88 for int4 zero point 8)' },
      ],
      semantics: TRANSFER_WALK + '  buf[a : a+bytesPerRow] = fill ? fillByte : dram[d : d+bytesPerRow]',
    },
    STORE: {
      code: 0x03, queue: 'store', unit: 'dma-store', summary: 'buffer → DRAM, strided 3-D',
      fields: [...TRANSFER_FIELDS],
      semantics: TRANSFER_WALK + '  dram[d : d+bytesPerRow] = buf[a : a+bytesPerRow]',
    },
    LOAD_WEIGHTS: {
      code: 0x04, queue: 'compute', unit: 'array', summary: 'ws: latch a weight tile from the weight buffer into the PEs',
      fields: [
        row('weightRow', 'first weight-buffer row of the tile (vector j at weightRow + j*rowsPerVector)'),
        count('k', 13, 'reduction elements in the tile (<= rows*packing); PEs past k hold zero / are masked'),
        count('n', 7, 'output channels in the tile (<= array cols)', MAX_ARRAY_DIM),
      ],
      semantics:
        'P = packing[mode]                      // elements per PE per cycle\n' +
        'for r < rows, c < cols, p < P:          // weight vector r holds array row r\n' +
        '  kk = r*P + p\n' +
        '  pe[r][c].w[p] = (kk < k && c < n) ? wbuf.vector(weightRow, r)[c*P + p] : masked\n' +
        'group modes (w4a8-group, int8-group): for c < n: mult[c] = u8 byte c of wbuf.vector(weightRow, ceil(k/P))   // the vector after the tile\n' +
        'MX modes (mxint8, mxfp8, mxfp4): for c < n: xw[c] = E8M0 byte c of wbuf.vector(weightRow, ceil(k/P)) - 127     // the same place',
    },
    COMPUTE: {
      code: 0x05, queue: 'compute', unit: 'array', summary: 'matrix multiply on the array into accumulator rows (ws or os)',
      fields: [
        row('inputRow', 'first input-buffer vector (window: the band\'s first row)'),
        { name: 'inputRowStride', bits: 16, unit: 'rows', doc: 'input-buffer rows between consecutive vectors (window: must be 0)' },
        row('weightRow', 'os: first weight-buffer vector (ignored in ws: weights are latched)'),
        row('accRow', 'first accumulator row (one row = cols accumulators)'),
        count('m', 16, 'output rows (ws: any; os: <= array rows)'),
        count('k', 13, 'reduction elements (ws: <= rows*packing, the latched tile)'),
        count('n', 7, 'output channels (<= array cols)', MAX_ARRAY_DIM),
        flag('accumulate', '1: add to the accumulator rows; 0: overwrite them'),
        { ...flag('window', '1: input elements come through the window (im2col) path, shaped by the last WINDOW'), optional: true },
        { name: 'kOffset', bits: 16, unit: 'elements', optional: true, doc: 'window: reduction element index of the step\'s first element (else 0)' },
        { name: 'inputByte', bits: ROW_BYTE, unit: 'bytes', optional: true, doc: 'window: byte offset added to inputRow*rowBytes (else 0)' },
        { name: 'firstPixel', bits: 16, unit: 'count', optional: true, doc: 'window: output pixel of the walk\'s first row (else 0)' },
        { name: 'tiles', bits: 12, unit: 'count', optional: true, doc: 'ws, window: 0 = use the latched tile; t >= 1 = a run over t weight tiles, each latched by the sequencer (see the run below)' },
        { name: 'tileRowStride', bits: ROW, unit: 'rows', optional: true, doc: 'run (tiles >= 1): weight-buffer rows between consecutive tiles, the first at weightRow' },
        { ...flag('chunkEnd', 'float modes: after this COMPUTE, fold each entry\'s chunk partial into its FP32 sum (0 in integer modes)'), optional: true },
        { name: 'biasRow', bits: ROW, unit: 'rows', optional: true, doc: 'float modes, accumulate = 0: param-buffer row of the FP32 bias words the sums start at (word c: column c)' },
      ],
      semantics:
        'P = packing[mode]; vector j of a buffer spans rowsPerVector[mode] rows\n' +
        'window = 0:\n' +
        '  ws: x(i,kk) = input vector at inputRow + i*inputRowStride, element kk\n' +
        '  os: x(i,kk) = input vector at inputRow + (kk/P)*inputRowStride, element i*P + kk%P   (i < array rows)\n' +
        'window = 1 (W = the last WINDOW, ab = activation storage bits of the mode; ws and os alike):\n' +
        '  p = firstPixel + i;  oy = p / W.outW;  ox = p % W.outW          // output pixel walk, row-major\n' +
        '  e = kOffset + kk;  t = e / W.cinTap;  c = e % W.cinTap;  ky = t / W.kernelW;  kx = t % W.kernelW\n' +
        '  byte = inputRow*rowBytes + inputByte + (oy*W.strideH + ky*W.dilationH)*W.pitch\n' +
        '                                       + (ox*W.strideW + kx*W.dilationW)*W.pixelBytes\n' +
        '  x(i,kk) = element (W.chanOffset + c) of width ab counted from byte (bit 8*byte + (W.chanOffset + c)*ab)\n' +
        'ws: w(kk,c) = latched pe[kk/P][c].w[kk%P]\n' +
        'os: w(kk,c) = weight vector at weightRow + (kk/P)*rowsPerVector, element c*P + kk%P\n' +
        'w4a8-log: a weight element is a 4-bit code e, w = (e&7) == 0 ? 0 : (e&8 ? -1 : 1) * 2^((e&7) - 1)   // x*w = ±(x << m-1)\n' +
        'for i < m, c < n:\n' +
        '  dot = binary ? k - 2*popcount(x(i,0:k) XOR w(0:k,c))   // bits, 1 <-> +1\n' +
        '               : sum_{kk<k} x(i,kk) * w(kk,c)             // exact integers\n' +
        '  g = group mode ? (ws: latched mult[c]; os: u8 byte c of the weight vector at weightRow + ceil(k/P)*rowsPerVector) : 1\n' +
        '  acc[accRow+i][c] = (accumulate ? acc[accRow+i][c] : 0) + g * dot      // exact; acc_fit comes at REQUANT\n' +
        'float modes (x, w are the element values of the bytes): an entry is {sum: FP32, part: exact}\n' +
        '  if !accumulate: sum = fp32 word c of param[biasRow]; part = 0\n' +
        '  part += dot                                                          // exact (a chunk is <= 32 products)\n' +
        '  if chunkEnd: sum = fp32(sum + fp32(part * 2^(xa(i) + xw(c)))); part = 0   // INTEGER-SEMANTICS §14, round to nearest even twice\n' +
        '  fp8-e4m3: xa = xw = 0.  MX modes (window = 1 only; x: MXINT8 / E4M3 / E2M1 codes, one per byte):\n' +
        '    xw(c) = latched xw[c] (ws) or E8M0 byte c of the weight vector at weightRow + ceil(k/P)*rowsPerVector (os), minus 127\n' +
        '    xa(i) = mxscale[floor(pix(i) / W.pixelBytes) * ceil(W.pixelBytes / 32) + floor((W.chanOffset + c0) / 32)] - 127\n' +
        '      pix(i) = the byte of row i\'s pixel at element kOffset (byte above without the channel), c0 = kOffset % W.cinTap\n' +
        'run (tiles >= 1; ws and window = 1 only): the decoder issues 2*tiles micro-ops, one per fetch cycle and queue slot,\n' +
        '  exactly as the unrolled instructions would be (same cycles; the program is shorter, not faster):\n' +
        '  for s < tiles:\n' +
        '    LOAD_WEIGHTS {weightRow: weightRow + s*tileRowStride, k, n}          // pops of the run: on s = 0\n' +
        '    COMPUTE {this, weightRow: 0, kOffset: kOffset + s*k, accumulate: s == 0 ? accumulate : 1, tiles: 0}   // pushes: on s = tiles-1',
    },
    REQUANT: {
      code: 0x06, queue: 'compute', unit: 'vector', summary: 'vector unit: accumulator rows → requantized outputs in the output buffer',
      fields: [
        row('accRow', 'first accumulator row'),
        row('outRow', 'first output-buffer row'),
        { name: 'outByte', bits: ROW_BYTE, unit: 'bytes', doc: 'byte offset inside each output row (concat into a channel offset)' },
        count('rows', 16, 'rows to requantize'),
        count('n', 7, 'channels per row (<= array cols)', MAX_ARRAY_DIM),
        row('paramRow', 'param-buffer block: bias at +0, M0 at +1, shift at +2 (one int32 word per channel)'),
        flag('addBias', 'add the int32 bias word before scaling'),
        actValue('outZero', 'output zero point'),
        actValue('qmin', 'clamp low (fused ReLU sets it to outZero)'),
        actValue('qmax', 'clamp high'),
        elemBits('outBits', 'output element bits (packed LSB-first when < 8)'),
        flag('outSigned', 'output elements are signed'),
      ],
      semantics:
        'for i < rows, c < n:\n' +
        '  v = acc_fit(acc[accRow+i][c] + (addBias ? param[paramRow][c] : 0))   // the exact sum, then the width\n' +
        '  e = param[paramRow+2][c]                                            // shift, positive = left\n' +
        '  if outBits == 1: y = v >= 0 ? 1 : 0                                 // binary output: bit 1 <-> +1\n' +
        '  else: y = clamp((requantMode == m0shift ? multiplyByQuantizedMultiplier(v, param[paramRow+1][c], e)\n' +
        '                                          : multiplyByPowerOfTwoHalfUp(v, e)) + outZero, qmin, qmax)\n' +
        '  out[outRow+i].elem(outByte*8/outBits + c) = y',
    },
    POOL: {
      code: 0x07, queue: 'compute', unit: 'vector', summary: 'vector unit: max or average pooling over output-buffer pixels',
      fields: [
        { name: 'kind', bits: 1, enum: POOL_KINDS, unit: 'enum', doc: 'max or avg' },
        row('srcRow', 'first source pixel row (pixel (y,x) at srcRow + y*inW + x)'),
        row('dstRow', 'first destination pixel row (row-major over the output grid)'),
        count('channels', 8, 'elements per pixel row'),
        ...POOL_WINDOW_FIELDS,
        elemBits('bits', 'element bits'),
        flag('signed', 'elements are signed'),
      ],
      semantics:
        'outH = (inH + padTop + padBottom - kernelH)/strideH + 1   (same for W)\n' +
        'for oy, ox, c: window = valid (non-pad) input pixels under the kernel\n' +
        '  max: out = max(window)                        // padding never wins\n' +
        '  avg: s = sum(window), n = |window|; out = roundHalfAwayFromZero(s / n)   // padding not counted',
    },
    ADD: {
      code: 0x08, queue: 'compute', unit: 'vector', summary: 'vector unit: rescaled elementwise add of two output-buffer regions (TFLite add)',
      fields: [
        row('aRow', 'first row of input a'), row('bRow', 'first row of input b'), row('dstRow', 'first result row'),
        count('rows', 12, 'rows'),
        count('elems', 8, 'elements per row'),
        q31('aMultiplier', 'Q31 multiplier of a'), shiftField('aShift', 'exponent of a'),
        q31('bMultiplier', 'Q31 multiplier of b (0: a alone is rescaled, e.g. a concat branch)'), shiftField('bShift', 'exponent of b'),
        q31('outMultiplier', 'Q31 multiplier of the sum'), shiftField('outShift', 'exponent of the sum'),
        { name: 'leftShift', bits: 5, max: 30, unit: 'shift', doc: 'fraction bits kept before rescaling (TFLite: 20)' },
        actValue('aZero', 'zero point of a'), actValue('bZero', 'zero point of b'), actValue('outZero', 'output zero point'),
        actValue('qmin', 'clamp low'), actValue('qmax', 'clamp high'),
        elemBits('bits', 'element bits of a, b and the result'),
        flag('signed', 'elements are signed'),
      ],
      semantics:
        'MBQM = multiplyByQuantizedMultiplier (TFLite; shift positive = left)\n' +
        'for i < rows, j < elems:\n' +
        '  a1 = MBQM(wrapToBits((a[aRow+i][j] - aZero) << leftShift, 32), aMultiplier, aShift)\n' +
        '  b1 = MBQM(wrapToBits((b[bRow+i][j] - bZero) << leftShift, 32), bMultiplier, bShift)\n' +
        '  dst[dstRow+i][j] = clamp(MBQM(wrapToBits(a1 + b1, 32), outMultiplier, outShift) + outZero, qmin, qmax)',
    },
    PACK: {
      code: 0x09, queue: 'compute', unit: 'vector', summary: 'vector unit: sign-binarize output-buffer elements into packed bits',
      fields: [
        row('srcRow', 'first source row'), row('dstRow', 'first destination row'),
        count('rows', 16, 'rows'),
        count('elems', 10, 'elements per source row'),
        actValue('threshold', 'bit = 1 when element >= threshold (the zero point: real value >= 0)'),
        elemBits('srcBits', 'source element bits'),
        flag('srcSigned', 'source elements are signed'),
      ],
      semantics: 'for i < rows, j < elems: dst[dstRow+i].bit(j) = src[srcRow+i][j] >= threshold   // bit j = byte j/8, bit j%8 (LSB first)',
    },
    DEPTHWISE: {
      code: 0x0a, queue: 'compute', unit: 'vector', summary: 'vector unit MAC path: depthwise convolution (no padding: LOAD fills it)',
      fields: [
        row('srcRow', 'input-buffer row of pixel (0,0); pixel p at srcRow + p*pixelRows'),
        row('weightRow', 'weight-buffer row of tap (0,0); tap t at weightRow + t*tapRows'),
        row('accRow', 'accumulator row of output pixel 0 (one row per output pixel)'),
        count('channels', 7, 'channels (<= array cols)', MAX_ARRAY_DIM),
        count('inH', 10, 'input height (padding included)'), count('inW', 10, 'input width (padding included)'),
        count('kernelH', 6, 'kernel height'), count('kernelW', 6, 'kernel width'),
        count('strideH', 6, 'vertical stride'), count('strideW', 6, 'horizontal stride'),
        flag('accumulate', '1: add to the accumulator rows; 0: overwrite them'),
      ],
      semantics:
        'ab, wb = activation and weight storage bits of the mode (w4a8, w4a8-log: 8 and 4; w4a8-log weights decode as in COMPUTE)\n' +
        'pixelRows = ceil(channels*ab/8 / inputRowBytes); tapRows = ceil(channels*wb/8 / weightRowBytes)\n' +
        'for oy, ox, c < channels:\n' +
        '  dot = sum_{ky,kx} in[(oy*strideH+ky)*inW + ox*strideW+kx][c] * w[ky*kernelW+kx][c]\n' +
        '  acc[accRow + oy*outW + ox][c] = (accumulate ? acc[..][c] : 0) + dot   // exact, as COMPUTE',
    },
    WINDOW: {
      code: 0x0c, queue: 'compute', unit: 'control', summary: 'set the window (im2col) shape that COMPUTE window=1 reads its input through',
      fields: [
        { name: 'pitch', bits: 16, unit: 'bytes', doc: 'bytes between consecutive input rows of the band' },
        { name: 'pixelBytes', bits: 16, unit: 'bytes', doc: 'bytes between horizontally adjacent input pixels' },
        count('cinTap', 16, 'reduction elements per kernel tap (the reduction is tap-major)'),
        { name: 'chanOffset', bits: 16, unit: 'elements', doc: 'element offset of the first reduction channel inside a pixel (grouped tiles)' },
        count('kernelW', 8, 'kernel width (taps per kernel row)'),
        count('strideH', 6, 'vertical stride'),
        count('strideW', 6, 'horizontal stride'),
        count('dilationH', 6, 'vertical dilation (1 = dense)'),
        count('dilationW', 6, 'horizontal dilation (1 = dense)'),
        count('outW', 16, 'output pixels per output row of the pixel walk'),
      ],
      semantics:
        'window = {pitch, pixelBytes, cinTap, chanOffset, kernelW, strideH, strideW, dilationH, dilationW, outW}\n' +
        '// state only: each COMPUTE window=1 uses the window set last before it in the compute queue',
    },
    MOVE: {
      code: 0x0d, queue: 'store', unit: 'dma-store', summary: 'buffer → buffer, strided 3-D (hands results on chip to the next layer)',
      fields: [
        { name: 'srcBuffer', bits: 3, enum: BUFFERS, unit: 'enum', doc: 'source buffer (not the accumulator)' },
        row('srcRow', 'first source row'),
        { name: 'srcByte', bits: ROW_BYTE, unit: 'bytes', doc: 'byte offset of each step from the start of its source row' },
        { name: 'dstBuffer', bits: 3, enum: BUFFERS, unit: 'enum', doc: 'destination buffer (not the accumulator)' },
        row('dstRow', 'first destination row'),
        { name: 'dstByte', bits: ROW_BYTE, unit: 'bytes', doc: 'byte offset of each step from the start of its destination row' },
        { name: 'bytesPerRow', bits: STEP_BYTES, min: 1, unit: 'bytes', doc: 'bytes moved per inner step (row-major past the row end, as LOAD)' },
        count('rows', 16, 'inner steps'),
        { name: 'srcRowStride', bits: 16, unit: 'rows', doc: 'source rows between inner steps' },
        { name: 'dstRowStride', bits: 16, unit: 'rows', doc: 'destination rows between inner steps' },
        count('repeat', 16, 'outer steps (1 = 2-D move)'),
        { name: 'srcOuterStride', bits: ROW, unit: 'rows', doc: 'source rows between outer steps' },
        { name: 'dstOuterStride', bits: ROW, unit: 'rows', doc: 'destination rows between outer steps' },
      ],
      semantics:
        'for o < repeat: for r < rows:                          // steps in order; each step copies as a whole\n' +
        '  a = (srcRow + o*srcOuterStride + r*srcRowStride)*rb(srcBuffer) + srcByte\n' +
        '  b = (dstRow + o*dstOuterStride + r*dstRowStride)*rb(dstBuffer) + dstByte\n' +
        '  dstBuf[b : b+bytesPerRow] = srcBuf[a : a+bytesPerRow]',
    },
    LUT: {
      code: 0x0e, queue: 'compute', unit: 'vector', summary: 'vector unit: elementwise table lookup (an activation function on 8-bit codes) over output-buffer rows',
      fields: [
        row('srcRow', 'first source row'), row('dstRow', 'first destination row (may equal srcRow: in place)'),
        count('rows', 16, 'rows'),
        count('elems', 12, 'elements per row'),
        row('tableRow', 'param-buffer row of the table: 2^srcBits one-byte entries, row-major past the row end'),
        elemBits('srcBits', 'source element bits (the table has 2^srcBits entries)'),
        flag('srcSigned', 'source elements are signed (index = element - min of the source type)'),
        elemBits('dstBits', 'destination element bits (each entry holds a dstBits code in its low bits)'),
        flag('dstSigned', 'destination elements are signed (the entry is sign-extended from dstBits)'),
      ],
      semantics:
        'lo = srcSigned ? -2^(srcBits-1) : 0;  T(e) = byte e of the param buffer from row tableRow, entry e at tableRow*rb + e\n' +
        'for i < rows, j < elems:\n' +
        '  dst[dstRow+i].elem(j) = ext(T(src[srcRow+i].elem(j) - lo) mod 2^dstBits, dstBits, dstSigned)   // packed LSB-first when < 8 bits',
    },
    HALT: {
      code: 0x0b, queue: 'compute', unit: 'control', summary: 'end of program: the machine stops once every queue has drained',
      fields: [],
      semantics: 'stop fetching; finish when load, compute and store queues are empty and no transfer is in flight',
    },
    // The float datapath's vector instructions (isa/float-opcodes.ts).
    ...FLOAT_OPCODES,
  },
} as const satisfies IsaSpec;

/** Every mnemonic, in spec order. */
export type Opcode = keyof typeof ISA.opcodes;
/** The opcode names as a list (spec order), for iteration. */
export const OPCODES = Object.keys(ISA.opcodes) as Opcode[];

/**
 * Older ISA versions this accsim still reads (.accbin files written before a change): how each one's words
 * differ from the current layout. Version 1 had 13-bit transfer steps (bytesPerRow <= 4096, inside one row),
 * no WINDOW and MOVE, and no COMPUTE window fields (they read as 0); its semantics equal version 2's on
 * every version-1 program. Versions 1 and 2 had a 2-bit CONFIG mode (the first four modes); version 3 widens
 * it to 4 bits for the number-format modes (w4a8-log, ...), which moves every later CONFIG field. Version 4
 * adds the COMPUTE run fields (tiles, tileRowStride; 0 in older files: no runs), later the float datapath's
 * (COMPUTE chunkEnd and biasRow, reading 0 in files without them, and the opcodes of isa/float-opcodes.ts).
 */
export const LEGACY_ISA_LAYOUTS = {
  1: {
    missingOpcodes: ['WINDOW', 'MOVE', 'CVT_IN', 'CVT_OUT', 'FPOOL', 'FADD'],
    fieldBits: { LOAD: { bytesPerRow: 13 }, STORE: { bytesPerRow: 13 }, CONFIG: { mode: 2 } },
    missingFields: { COMPUTE: ['window', 'kOffset', 'inputByte', 'firstPixel', 'tiles', 'tileRowStride', 'chunkEnd', 'biasRow'] },
  },
  2: {
    missingOpcodes: ['CVT_IN', 'CVT_OUT', 'FPOOL', 'FADD'],
    fieldBits: { CONFIG: { mode: 2 } },
    missingFields: { COMPUTE: ['tiles', 'tileRowStride', 'chunkEnd', 'biasRow'] },
  },
  3: {
    missingOpcodes: ['CVT_IN', 'CVT_OUT', 'FPOOL', 'FADD'],
    fieldBits: {},
    missingFields: { COMPUTE: ['tiles', 'tileRowStride', 'chunkEnd', 'biasRow'] },
  },
} as const satisfies Readonly<Record<number, LegacyLayout>>;

