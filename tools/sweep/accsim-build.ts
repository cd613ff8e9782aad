// Which build of accsim is running: the package version plus a fingerprint of the code itself, so two
// machines agree on a point's result only when they run the same code (two commits of one version
// number would not). Shard stamps and queue job ids include it; a queue worker refuses jobs of another build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from './input-bundle.js';

/** The folders holding accsim's code (tsconfig.build.json's include); tests and docs do not change results. */
const CODE_FOLDERS = ['core', 'compiler', 'isa', 'simulator', 'tools'];

function codeFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return codeFiles(root, rel);
    // Compiled code (.js under dist/) or the TypeScript sources when those run directly (tests).
    return e.isFile() && /\.(js|ts|wat|wasm)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

let cached: string | undefined;

/** "0.1.0+3f2a9c1b0d4e": package version and the first 12 hex digits of the SHA-256 over the code files. */
export function accsimBuild(): string {
  if (cached !== undefined) return cached;
  // This file is <root>/tools/sweep/accsim-build.{ts,js}; root is the repository or dist/.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = CODE_FOLDERS.flatMap((d) => codeFiles(root, d)).sort();
  const hash = sha256Hex(files.map((f) => `${f}\0${sha256Hex(readFileSync(join(root, f)))}\n`).join(''));
  cached = `${packageVersion(root)}+${hash.slice(0, 12)}`;
  return cached;
}

/** The version in the package.json at or above `root` (dist/ has none of its own). */
function packageVersion(root: string): string {
  for (const dir of [root, join(root, '..')]) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'accsim' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not here; try the parent.
    }
  }
  return '0.0.0';
}
