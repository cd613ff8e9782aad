// The lowering's user errors: a layer that cannot be mapped onto the configured machine. Every message
// names the layer and the sizes involved, so an architect can see which buffer or limit to change.
// The MAP codes and their meanings are in core/error-codes/mapping.ts (docs/LOWERING.md gives examples).
import { fail } from '../../core/diagnostics.js';
import type { MapCode } from '../../core/error-codes/mapping.js';

/** Throws the UserError `code` about `layer`; the message starts with the layer name. */
export function mapFail(code: MapCode, layer: string, message: string): never {
  return fail(code, `cannot map layer ${layer}: ${message}`, { node: layer });
}
