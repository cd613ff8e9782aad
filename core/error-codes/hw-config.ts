// HW: the hardware configuration (isa/hw-config.ts, isa/hw-config-json.ts).
import type { ErrorArea } from './error-area.js';

/** A hardware description that is not valid JSON or not a buildable machine. */
export const HW_AREA = {
  prefix: 'HW',
  title: 'hardware configuration',
  source: 'isa/hw-config.ts, isa/hw-config-json.ts',
  codes: {
    HW001: 'the hardware config is not valid JSON',
    HW002: 'unknown hardware config key',
    HW003: 'a hardware config value of the wrong type (or a section that is not an object)',
    HW010: 'a hardware parameter out of range or inconsistent with another',
    HW011: 'an array shape that is not ROWSxCOLS within the limits',
  },
} as const satisfies ErrorArea;

/** A code of the HW area. */
export type HwCode = keyof typeof HW_AREA.codes;
