#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (npm ci builds dist/ through the prepare script). A plain
// `accsim sim …` runs the bundle of the sim entry when the build made it (dist/bundle/: one module instead of
// ~180, ~70 ms less CPU per start; tools/bundle-cli.ts), everything else the compiled modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/tools/accsim.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('accsim: dist/ is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(70);
}
const { singleCommand } = await import(new URL('../dist/tools/commands/index.js', import.meta.url).href);
const simBundle = new URL('../dist/bundle/accsim-sim.js', import.meta.url);
const useBundle = singleCommand(process.argv.slice(2)) === 'sim' && existsSync(fileURLToPath(simBundle));
await import((useBundle ? simBundle : cli).href);
