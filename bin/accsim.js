#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/tools/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('accsim: dist/ is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(70);
}
await import(cli.href);
