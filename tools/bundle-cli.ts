// Build step after tsc (`npm run build`): bundles the compiled `accsim sim` entry and the batch worker it starts
// into dist/bundle/ with rolldown (a devDependency, like tsc). A cold `accsim sim` then loads two modules instead
// of ~180 (yargs and cli-table3 included): Node's ES module loader spends ~0.4 ms resolving, reading and linking
// each, ~70 ms of CPU per start (issue 13). The compiled modules stay where they are for every other command.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown, type Plugin } from 'rolldown';

const DIST = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(DIST, 'bundle');

/** The bundle's entries: output name → compiled module. The worker is one too, so that run-batch.ts starts the
 *  bundled worker (see keepModuleUrls) and a worker's start-up is as short as its parent's. */
const ENTRIES: Record<string, string> = {
  'accsim-sim': join(DIST, 'tools/accsim-sim.js'),
  'run-worker': join(DIST, 'simulator/run-worker.js'),
};

/** `new URL('./x.js', import.meta.url)` (groups: the relative path), or any other `import.meta.url`. */
const MODULE_URL = /new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)|import\.meta\.url/g;

/**
 * Every bundled module keeps the `import.meta.url` it had as a file (a worker script, a package's data files,
 * `createRequire` resolve from there), except that `new URL('./x.js', import.meta.url)` naming another entry of
 * the bundle points at that entry's bundled file.
 */
function keepModuleUrls(): Plugin {
  const entryOf = new Map(Object.entries(ENTRIES).map(([name, file]) => [file, `./${name}.js`]));
  return {
    name: 'keep-module-urls',
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
      const here = `new URL(${JSON.stringify(relative(OUT, id))}, import.meta.url).href`;
      return code.replace(MODULE_URL, (_whole: string, _quote: string | undefined, path: string | undefined) => {
        if (path === undefined) return here;
        const entry = entryOf.get(resolve(dirname(id), path));
        return entry === undefined ? `new URL(${JSON.stringify(path)}, ${here})` : `new URL(${JSON.stringify(entry)}, import.meta.url)`;
      });
    },
  };
}

const bundle = await rolldown({ input: ENTRIES, platform: 'node', plugins: [keepModuleUrls()], logLevel: 'warn' });
await bundle.write({ dir: OUT, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', cleanDir: true });
await bundle.close();
