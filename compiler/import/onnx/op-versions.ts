// The ONNX operator version history the importer works from: for each supported op type, the default-
// domain opsets at which its definition changed ("since versions"), copied from the ONNX specification's
// operator table (onnx/onnx docs/Operators.md at ONNX 1.22 / opset 27, and main's opset 28). A model
// declaring opset N uses, for each op, the newest definition whose since-version is ≤ N; importers branch
// on that version (an attribute that became an input, a legacy broadcast rule), never on N itself.

/** The oldest and newest default-domain opsets the importer accepts (opset 28 is ONNX main's newest). */
export const MIN_OPSET = 1;
export const MAX_OPSET = 28;

/**
 * Since-versions per op type, newest first (the order of the ONNX operator table): the imported ops, and
 * the shape-arithmetic ops const-eval.ts evaluates on constants (Cast, ConstantOfShape, Expand, Gather,
 * Range, Shape, Size, Slice).
 */
export const ONNX_OP_VERSIONS: Readonly<Record<string, readonly number[]>> = {
  Abs: [13, 6, 1],
  Add: [14, 13, 7, 6, 1],
  AveragePool: [22, 19, 11, 10, 7, 1],
  BatchNormalization: [15, 14, 9, 7, 6, 1],
  Cast: [25, 24, 23, 21, 19, 13, 9, 6, 1],
  Ceil: [13, 6, 1],
  Celu: [28, 12],
  Clip: [13, 12, 11, 6, 1],
  Concat: [13, 11, 4, 1],
  Constant: [25, 24, 23, 21, 19, 13, 12, 11, 9, 1],
  ConstantOfShape: [25, 24, 23, 21, 20, 9],
  Conv: [22, 11, 1],
  ConvTranspose: [22, 11, 1],
  DepthToSpace: [13, 11, 1],
  Div: [14, 13, 7, 6, 1],
  Dropout: [22, 13, 12, 10, 7, 6, 1],
  Elu: [22, 6, 1],
  Erf: [13, 9],
  Exp: [13, 6, 1],
  Expand: [13, 8],
  Flatten: [25, 24, 23, 21, 13, 11, 9, 1],
  Floor: [13, 6, 1],
  Gather: [13, 11, 1],
  Gelu: [20],
  Gemm: [13, 11, 9, 7, 6, 1],
  GlobalAveragePool: [22, 1],
  GlobalMaxPool: [22, 1],
  HardSigmoid: [22, 6, 1],
  HardSwish: [22, 14],
  Identity: [25, 24, 23, 21, 19, 16, 14, 13, 1],
  InstanceNormalization: [22, 6, 1],
  LayerNormalization: [17],
  LeakyRelu: [16, 6, 1],
  Log: [13, 6, 1],
  LogSoftmax: [13, 11, 1],
  LRN: [13, 1],
  MatMul: [13, 9, 1],
  MaxPool: [22, 12, 11, 10, 8, 1],
  Mean: [13, 8, 6, 1],
  Mish: [22, 18],
  Mul: [14, 13, 7, 6, 1],
  Neg: [13, 6, 1],
  Pad: [25, 24, 23, 21, 19, 18, 13, 11, 2, 1],
  PRelu: [16, 9, 7, 6, 1],
  Range: [27, 11],
  Reciprocal: [13, 6, 1],
  ReduceL1: [18, 13, 11, 1],
  ReduceL2: [18, 13, 11, 1],
  ReduceLogSum: [18, 13, 11, 1],
  ReduceLogSumExp: [18, 13, 11, 1],
  ReduceMax: [20, 18, 13, 12, 11, 1],
  ReduceMean: [18, 13, 11, 1],
  ReduceMin: [20, 18, 13, 12, 11, 1],
  ReduceProd: [18, 13, 11, 1],
  ReduceSum: [13, 11, 1],
  ReduceSumSquare: [18, 13, 11, 1],
  Relu: [14, 13, 6, 1],
  Reshape: [25, 24, 23, 21, 19, 14, 13, 5, 1],
  Resize: [19, 18, 13, 11, 10],
  Round: [22, 11],
  Selu: [22, 6, 1],
  Shape: [25, 24, 23, 21, 19, 15, 13, 1],
  Shrink: [9],
  Sigmoid: [13, 6, 1],
  Sign: [13, 9],
  Size: [25, 24, 23, 21, 19, 13, 1],
  Slice: [13, 11, 10, 1],
  Softmax: [13, 11, 1],
  Softplus: [22, 1],
  Softsign: [22, 1],
  SpaceToDepth: [13, 1],
  Split: [18, 13, 11, 2, 1],
  Sqrt: [13, 6, 1],
  Squeeze: [25, 24, 23, 21, 13, 11, 1],
  Sub: [14, 13, 7, 6, 1],
  Sum: [13, 8, 6, 1],
  Swish: [24],
  Tanh: [13, 6, 1],
  ThresholdedRelu: [22, 10],
  Tile: [13, 6, 1],
  Transpose: [25, 24, 23, 21, 13, 1],
  Unsqueeze: [25, 24, 23, 21, 13, 11, 1],
  Upsample: [10, 9, 7],
};

/**
 * The version of `opType`'s definition in force at `opset`: the newest since-version ≤ opset, or undefined
 * when the op does not exist yet at that opset (or is not in the table).
 */
export function opVersionAt(opType: string, opset: number): number | undefined {
  return ONNX_OP_VERSIONS[opType]?.find((v) => v <= opset);
}
