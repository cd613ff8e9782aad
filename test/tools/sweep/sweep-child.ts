// Entry of the child process the interrupt tests spawn (through ts-register.mjs, so it runs the TS
// sources): `accsim sweep ...` as the CLI would run it, with the CLI's error-to-exit-code mapping, but
// built with the fake evaluator (SWEEP_CHILD_FAKE_DELAY_MS per point) instead of the simulating one.
// With SWEEP_CHILD_TS_WORKERS=1 the sweep runs on worker threads (the TS worker through the loader)
// instead of in-process, calling runSweep directly with the command's settings for the rest.
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { UserError, formatDiagnostic } from '../../../core/diagnostics.js';
import { toYargsModule } from '../../../tools/commands/command.js';
import { makeSweepCommand } from '../../../tools/commands/sweep.js';
import { buildGrid } from '../../../tools/sweep/grid.js';
import { runSweep, sweepVerdict } from '../../../tools/sweep/run-sweep.js';
import { fakeEvaluatorModule } from './fake-evaluator.js';

const evaluator = fakeEvaluatorModule({ delayMs: Number(process.env['SWEEP_CHILD_FAKE_DELAY_MS'] ?? '0') });

async function viaWorkers(argv: string[]): Promise<number> {
  const [model, preset, array, csv, graceMs] = argv;
  const run = {
    specs: buildGrid({ model: model!, preset: preset!, array: array!, dataflow: 'ws', seed: 0 }),
    csv: csv!, resume: argv.includes('--resume'), overwrite: false, graceMs: Number(graceMs), jobs: 2, evaluator,
    report: { title: 't', command: 'c', hwBase: {}, energyTable: 'e' },
    pool: { worker: { url: new URL('../../../tools/sweep/sweep-worker.ts', import.meta.url), execArgv: ['--import', fileURLToPath(new URL('./ts-register.mjs', import.meta.url))] } },
  };
  const outcome = await runSweep(run);
  const verdict = sweepVerdict(run, outcome);
  process.stderr.write(`${verdict.message}\n`);
  return outcome.interrupted ? 130 : 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    if (process.env['SWEEP_CHILD_TS_WORKERS'] === '1') return await viaWorkers(argv);
    await yargs(argv).command(toYargsModule(makeSweepCommand(evaluator))).strict().fail((msg, err) => {
      throw err ?? new UserError({ code: 'CLI001', message: msg });
    }).parseAsync();
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    process.stderr.write(`accsim: ${formatDiagnostic(e.diagnostics[0]!)}\n`);
    return e.exitCode;
  }
}

process.exitCode = await main(process.argv.slice(2));
