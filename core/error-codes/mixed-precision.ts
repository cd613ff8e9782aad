// MIX: choices made on data (AutoQuant, sensitivity, the mixed-precision search) and the data they read
// (compiler/data/choice-data.ts, compiler/ptq/, tools/search/, tools/commands/{sensitivity,search}.ts).
import type { ErrorArea } from './error-area.js';

/** Choice data, AutoQuant, sensitivity and search inputs. */
export const MIX_AREA = {
  prefix: 'MIX',
  title: 'choices on data: AutoQuant, sensitivity, mixed-precision search',
  source: 'compiler/data/choice-data.ts, compiler/ptq/, tools/search/, tools/commands/sensitivity.ts, tools/commands/search.ts',
  codes: {
    MIX001: 'the choice data names a test split (choices read calibration or training data only)',
    MIX002: 'the choice data is not a directory with a calibration or training split, nor a .npy batch',
    MIX003: 'too few choice samples to split into a calibration and a held-out part',
    MIX004: 'an unknown or repeated width in --widths',
    MIX005: 'search: --max-drop, --verify-samples, --max-steps, --held-out-limit or --probe-samples out of range',
    MIX006: 'the --held-out training split has fewer images that are not calibration images than asked for',
  },
} as const satisfies ErrorArea;

/** A code of the MIX area. */
export type MixCode = keyof typeof MIX_AREA.codes;
