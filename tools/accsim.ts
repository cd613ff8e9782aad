// The accsim CLI with every command (bin/accsim.js runs it, or accsim-sim.ts for a plain `accsim sim`).
import { runCli } from './cli.js';
import { commandsFor } from './commands/index.js';

await runCli(commandsFor);
