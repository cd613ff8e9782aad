// `accsim run --preset fp8|fp8-pc`: the float-format design point (tools/pipeline/format-design-point.ts)
// with run's inputs, calibration, report and exit code; the simulator is checked against the format
// reference (runFormat) bit for bit instead of the integer reference.
import { basename } from 'node:path';
import type { Graph } from '../../compiler/ir/graph.js';
import type { HwConfig } from '../../isa/hw-config.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { HOROWITZ_45NM } from '../../simulator/energy/horowitz-45nm.js';
import { FORMAT_PRESETS } from '../../compiler/quant/format-presets.js';
import { loadCalibration } from '../calibration-data.js';
import { energyTableFromFlag } from '../input-files.js';
import { log } from '../logger.js';
import { pick } from '../pick-flags.js';
import type { chooseRunInputs } from '../pipeline/run-inputs.js';
import { runFormatDesignPoint } from '../pipeline/format-design-point.js';
import { type RunContext, renderRunReport, runReportJson } from '../report/run-report.js';
import type { RunArgs } from './run.js';

/** Runs the design point, prints the report, sets exit code 1 when the machine differs from the format reference. */
export async function runFormatRun(args: RunArgs, graph: Graph, hw: HwConfig, inputs: ReturnType<typeof chooseRunInputs>, started: number): Promise<void> {
  const loaded = args.calib === undefined ? undefined : loadCalibration(args.calib, args['calib-limit'], { ...pick(args, ['normalize']), sampleShape: graph.inputs[0]!.type.shape.slice(1) });
  const energyTable = energyTableFromFlag(args.energy);
  const result = await runFormatDesignPoint({
    floatGraph: graph, preset: args.preset, calib: loaded?.batch ?? inputs.calib, hw, batch: inputs.batch, ...(inputs.labels ? { labels: inputs.labels } : {}),
    ...(energyTable ? { energyTable } : {}), trace: args.trace !== undefined, ...pick(args, ['threads']),
  });
  const context: RunContext = {
    model: args.model, name: basename(args.model), preset: `${args.preset} (${FORMAT_PRESETS[args.preset]!.doc})`, inputs: inputs.source,
    calibration: loaded?.description ?? inputs.calibSource, warnings: loaded === undefined && inputs.calibWarning ? [inputs.calibWarning] : [],
    energyTable: (energyTable ?? HOROWITZ_45NM).name,
  };
  if (args.trace !== undefined) writeFileAtomic(args.trace, JSON.stringify(result.first.trace));
  if (args.json !== undefined) writeFileAtomic(args.json, `${JSON.stringify(runReportJson(context, result), null, 2)}\n`);
  process.stdout.write(renderRunReport(context, result));
  log().info({ seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }, 'run done');
  if (!result.fidelity.bitExact) process.exitCode = 1;
}
