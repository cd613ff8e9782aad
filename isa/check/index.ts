// Every static check of a program, in one folder: bounds.ts (shape, tokens, every range and array/mode
// limit against the HwConfig), hazards.ts (the token protocol orders every cross-queue conflict), both
// reading the per-opcode footprint in footprint.ts.
export { checkInstructions } from './bounds.js';
export { checkProgram } from './hazards.js';
