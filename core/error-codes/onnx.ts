// ONNX: importing an .onnx model (compiler/import/onnx/).
import type { ErrorArea } from './error-area.js';

/** A model the ONNX importer cannot read or map onto accsim ops. */
export const ONNX_AREA = {
  prefix: 'ONNX',
  title: 'ONNX import',
  source: 'compiler/import/onnx/',
  codes: {
    ONNX001: 'not a valid ONNX model: protobuf decode error, truncated file, no graph, ir_version or opset_import',
    ONNX003: 'the default-domain operator set is missing or outside 1..28 (compiler/import/onnx/op-versions.ts)',
    ONNX004: 'an initializer with external data',
    ONNX005: 'a tensor with an unsupported element type, or data that does not fit its type, shape or float32',
    ONNX006: 'a graph input that is not a float32/float16 tensor with a static shape (the batch dim may be symbolic)',
    ONNX007: 'an int64 field beyond ±2^53',
    ONNX010: 'an unsupported op, or one that does not exist at the model\'s opset',
    ONNX011: 'an unsupported, missing or mistyped attribute, or an op definition the importer refuses',
    ONNX012: 'a computed tensor where a constant is needed (Reshape shape, Clip bounds, Pad pads, Resize scales)',
    ONNX013: 'a missing or undefined node input',
    ONNX014: 'an output the importer does not produce is used (BatchNormalization statistics, Dropout mask, MaxPool indices), or training mode is on',
    ONNX015: 'a constant where a computed tensor is needed, or a non-float32 constant operand',
    ONNX016: 'an operand of a rank or shape the mapping does not handle (e.g. a 4-D Conv window)',
    ONNX018: 'a graph output that is a constant or that no node produces',
  },
} as const satisfies ErrorArea;

/** A code of the ONNX area. */
export type OnnxCode = keyof typeof ONNX_AREA.codes;
