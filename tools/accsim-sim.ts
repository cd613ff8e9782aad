// `accsim sim …` alone: the same CLI (parse, flags, errors and exit codes) with only the sim command, the one a
// user starts once per simulation. The build bundles this entry into one file (tools/bundle-cli.ts), which
// bin/accsim.js runs for `accsim sim` without --help: one module to load instead of ~180 (issue 13).
import { runCli } from './cli.js';
import { simCommand } from './commands/sim.js';

await runCli(async () => [simCommand]);
