// `accsim sim` starts in a fresh process for every call (the cold start counts, issue 13): it must not load
// what a simulation does not use. Records every module the built CLI loads (ES modules through a loader
// hook, CommonJS ones from require.cache at exit) and checks that the logger's packages, the model importers,
// the compiler's op registry and the sweep queue stay out: of the compiled entry's modules, and of the modules
// bundled into the sim entry that bin/accsim.js runs (tools/bundle-cli.ts; the bundle names each module it
// holds in a `// path` comment).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { saveNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { REPO_ROOT } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'accsim-start-up-'));
const hooks = join(dir, 'hooks.mjs');
writeFileSync(hooks, "export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n");
const register = join(dir, 'register.mjs');
writeFileSync(register, [
  "import { createRequire, register } from 'node:module';",
  `register(${JSON.stringify(pathToFileURL(hooks).href)});`,
  'const require = createRequire(import.meta.url);',
  "process.on('exit', () => { for (const k of Object.keys(require.cache)) process.stderr.write(`LOADED ${k}\\n`); });",
].join('\n'));

/** Every module `node entry ...args` loads (URLs and CommonJS paths), and its exit code. */
function modulesOf(entry: string, args: string[]): { code: number; modules: string[] } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, join(REPO_ROOT, entry), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, modules: r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)) };
}

const UNWANTED = /\/?node_modules\/(pino|pino-pretty|protobufjs|chevrotain|fast-check|bullmq|ioredis)\/|\/?dist\/compiler\/(ir\/op-registry|ir\/ops\/|import\/|qir\/|lower\/|passes\/|ptq\/)/;

describe('accsim sim start-up', () => {
  const x = join(dir, 'x.npy');
  saveNpy(x, makeTensor('u8', [1, 28, 28, 1], Uint8Array.from({ length: 784 }, (_, j) => (j * 7) & 255)));
  const args = ['sim', 'test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin', '--input', x];

  it('the compiled entry loads the simulator but not the logger, the importers, the op registry or the sweep queue', () => {
    const { code, modules } = modulesOf('dist/tools/accsim.js', args);
    expect(code).toBe(0);
    // The recording works: the simulator and yargs (CommonJS parts included) are seen.
    expect(modules.some((m) => m.endsWith('/dist/simulator/machine.js'))).toBe(true);
    expect(modules.some((m) => m.includes('/node_modules/cli-table3/'))).toBe(true);
    expect(modules.filter((m) => UNWANTED.test(m))).toEqual([]);
  });

  it('bin/accsim.js runs the bundle, which holds the same modules and loads none of the compiled ones', () => {
    const { code, modules } = modulesOf('bin/accsim.js', args);
    expect(code).toBe(0);
    const own = modules.filter((m) => m.includes('/dist/'));
    // (bin/accsim.js reads commands/index.js to decide.)
    expect(own.filter((m) => !m.includes('/dist/bundle/') && !m.endsWith('/dist/tools/commands/index.js'))).toEqual([]);
    expect(own.some((m) => m.endsWith('/dist/bundle/accsim-sim.js'))).toBe(true);
    const bundled = own.filter((m) => m.includes('/dist/bundle/')).flatMap((m) => [...readFileSync(new URL(m), 'utf8').matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)].map((g) => g[1]!));
    expect(bundled).toContain('dist/simulator/machine.js');
    expect(bundled.some((m) => m.startsWith('node_modules/cli-table3/'))).toBe(true);
    expect(bundled.filter((m) => UNWANTED.test(m))).toEqual([]);
  });
});
