// The lowering's user errors: a layer that cannot be mapped onto the configured machine. Every message
// names the layer and the sizes involved, so an architect can see which buffer or limit to change.
import { fail } from '../../core/diagnostics.js';

/** Code → meaning (docs/LOWERING.md lists them with examples). */
export const MAPPING_ERROR_CODES = {
  MAP001: 'the smallest tile of a layer does not fit a buffer (the message gives rows needed and available)',
  MAP002: 'unsupported element width: activations or weights wider than 8 bits (e.g. the w16a16 preset)',
  MAP003: 'the layer needs a wider accumulator than the hardware has, or more than 32 bits',
  MAP004: 'unsupported graph structure: an op or layout the lowering cannot map (grouped conv, concat axis, ...)',
  MAP005: 'a window or shape exceeds an instruction field (pool kernel > 63, row counts, DRAM size)',
} as const;

/** A mapping error code. */
export type MappingErrorCode = keyof typeof MAPPING_ERROR_CODES;

/** Throws the UserError `code` about `layer`; the message starts with the layer name. */
export function mapFail(code: MappingErrorCode, layer: string, message: string): never {
  return fail(code, `cannot map layer ${layer}: ${message}`, { node: layer });
}
