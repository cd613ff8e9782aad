// Every user-error code of accsim, one table per area (the files next to this one), and the union
// type ErrorCode that fail(), Diagnostic and UserError take, so a mistyped code fails to compile.
// docs/ERRORS.md is generated from ERROR_AREAS (tools/gen-error-doc.ts); test/core/error-codes.test.ts
// checks that every code used in the source is in a table and every table entry is used.
import { ACC_AREA } from './accbin.js';
import { CAL_AREA } from './calibration.js';
import { CLI_AREA } from './cli.js';
import { DATA_AREA } from './data.js';
import { EN_AREA } from './energy.js';
import { FMN_AREA } from './fashion-mnist.js';
import { IO_AREA } from './file-io.js';
import { GRAPH_AREA } from './graph.js';
import { CHK_AREA } from './hazards.js';
import { HW_AREA } from './hw-config.js';
import { IDX_AREA } from './idx.js';
import { ISA_AREA } from './isa.js';
import { MAP_AREA } from './mapping.js';
import { NPY_AREA } from './npy.js';
import { ONNX_AREA } from './onnx.js';
import { PASS_AREA } from './passes.js';
import { QIR_AREA } from './qir.js';
import { QNT_AREA } from './quant.js';
import { QCFG_AREA } from './quant-config.js';
import { QREP_AREA } from './quant-report.js';
import { QMOD_AREA } from './quantize-model.js';
import { MIX_AREA } from './mixed-precision.js';
import { RUN_AREA } from './reference.js';
import { RES_AREA } from './resource-limits.js';
import { ST_AREA } from './safetensors.js';
import { SIM_AREA } from './simulator.js';
import { SWP_AREA } from './sweep.js';
import { TRN_AREA } from './train.js';
import { QAT_AREA } from './qat.js';

export type { ErrorArea } from './error-area.js';

/** Every area, in the order of the pipeline: inputs, graphs, quantization, lowering, target, simulation, tools. */
export const ERROR_AREAS = [
  QIR_AREA, ST_AREA, ONNX_AREA, NPY_AREA, IDX_AREA, FMN_AREA, IO_AREA, DATA_AREA,
  GRAPH_AREA, PASS_AREA, RUN_AREA, RES_AREA,
  QNT_AREA, QCFG_AREA, QMOD_AREA, CAL_AREA, QREP_AREA, MIX_AREA, TRN_AREA, QAT_AREA,
  MAP_AREA,
  ISA_AREA, ACC_AREA, CHK_AREA, HW_AREA,
  SIM_AREA, EN_AREA,
  CLI_AREA, SWP_AREA,
] as const;

/** The codes of one area, distributed over a union of areas. */
type CodesOf<A> = A extends { readonly codes: infer C } ? keyof C & string : never;

/** Any user-error code of accsim. */
export type ErrorCode = CodesOf<(typeof ERROR_AREAS)[number]>;
