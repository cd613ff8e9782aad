// Where accsim is installed. The files it ships (the Fashion-MNIST data the reference models were
// trained on) are found from there, so commands work the same from any working directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert } from '../core/diagnostics.js';

let root: string | undefined;

/**
 * The directory holding accsim's package.json, searched upward from this module (it runs from tools/ in
 * the sources and from dist/tools/ when built, so the depth differs).
 */
export function installRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'accsim') return (root = dir);
    const parent = dirname(dir);
    assert(parent !== dir, `no accsim package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The Fashion-MNIST directory accsim ships (models/data/fashion-mnist of the installation). */
export function shippedDataDir(): string {
  return join(installRoot(), 'models', 'data', 'fashion-mnist');
}

/** A path for messages: relative to the working directory when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}
