// ST: .safetensors weights files (compiler/qir/safetensors.ts), read for QIR sidecars and written by tools.
import type { ErrorArea } from './error-area.js';

/** Reading and writing .safetensors files. */
export const ST_AREA = {
  prefix: 'ST',
  title: 'safetensors weights files',
  source: 'compiler/qir/safetensors.ts',
  codes: {
    ST001: 'truncated file: the header length or the header runs past the end',
    ST002: 'the header is not a UTF-8 JSON object',
    ST003: 'a tensor entry is malformed: not an object, or dtype, shape or data_offsets missing or mistyped',
    ST004: 'a tensor has an unsupported dtype',
    ST005: "a tensor's data_offsets lie outside the data or do not match its dtype and shape",
    ST006: 'tensor data overlaps, or bytes of the data belong to no tensor',
    ST007: '__metadata__ is not an object of string values',
    ST008: 'writing: a tensor named __metadata__ (the format reserves the name)',
  },
} as const satisfies ErrorArea;

/** A code of the ST area. */
export type StCode = keyof typeof ST_AREA.codes;
