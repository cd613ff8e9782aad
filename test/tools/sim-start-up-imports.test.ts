// `accsim sim` starts in a fresh process for every call (the cold start counts, issue 13): it must not load
// what a simulation does not use. Records every module the built CLI loads (ES modules through a loader
// hook, CommonJS ones from require.cache at exit) and checks that the logger's packages, the model importers,
// the compiler's op registry and the sweep queue stay out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** Every module `accsim ...args` loads (URLs and CommonJS paths), and its exit code. */
function modulesOf(args: string[]): { code: number; modules: string[] } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, join(REPO_ROOT, 'bin/accsim.js'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, modules: r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)) };
}

describe('accsim sim start-up', () => {
  it('loads the simulator but not the logger, the importers, the op registry or the sweep queue', () => {
    const x = join(dir, 'x.npy');
    saveNpy(x, makeTensor('u8', [1, 28, 28, 1], Uint8Array.from({ length: 784 }, (_, j) => (j * 7) & 255)));
    const { code, modules } = modulesOf(['sim', 'test/golden/sim/fmnist_cnn-w8a8-16x16-ws.accbin', '--input', x]);
    expect(code).toBe(0);
    // The recording works: the simulator and yargs (CommonJS parts included) are seen.
    expect(modules.some((m) => m.endsWith('/dist/simulator/machine.js'))).toBe(true);
    expect(modules.some((m) => m.includes('/node_modules/cli-table3/'))).toBe(true);
    const unwanted = modules.filter((m) => /\/node_modules\/(pino|pino-pretty|protobufjs|chevrotain|fast-check|bullmq|ioredis)\/|\/dist\/compiler\/(ir\/op-registry|ir\/ops\/|import\/|qir\/|lower\/|passes\/|ptq\/)/.test(m));
    expect(unwanted).toEqual([]);
  });
});
