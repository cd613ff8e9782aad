// The input files of a sweep (model with its weights, data directory, calibration data, hardware JSON)
// as content-addressed bundles: every file's SHA-256, and one hash over the bundle. Points are identified
// by these hashes, not by paths (point-hash.ts), so a shard or a queue worker can prove it evaluates the
// very files the sweep was started with, wherever they live on its machine.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fail } from '../../core/diagnostics.js';

/** One file of a bundle: its path inside the bundle (POSIX separators), size and SHA-256 (hex). */
export interface BundleFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A content-addressed input: the files, the path to hand the evaluator (relative to the bundle root), and the bundle's hash. */
export interface InputBundle {
  /** Where the files were read on the machine that made the bundle (absolute). */
  root: string;
  /** The path the evaluator is given, relative to `root` ("." for a directory bundle). */
  entry: string;
  files: BundleFile[];
  /** SHA-256 over entry and files (hex). */
  hash: string;
}

/** SHA-256 of bytes, hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileEntry(root: string, rel: string): BundleFile {
  const data = readFileSync(join(root, rel));
  return { path: rel.split(sep).join('/'), bytes: data.length, sha256: sha256Hex(data) };
}

function sealed(root: string, entry: string, files: BundleFile[]): InputBundle {
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, entry, files, hash: sha256Hex(JSON.stringify([entry, files.map((f) => [f.path, f.bytes, f.sha256])])) };
}

/** Every regular file under `dir`, relative to it, recursively. */
function listFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) => {
    const rel = under === '' ? e.name : join(under, e.name);
    if (e.isDirectory()) return listFiles(dir, rel);
    return e.isFile() ? [rel] : [];
  });
}

/** A file or a directory (every file in it) as a bundle. */
export function pathBundle(path: string): InputBundle {
  const abs = resolve(path);
  if (statSync(abs).isDirectory()) return sealed(abs, '.', listFiles(abs).map((rel) => fileEntry(abs, rel)));
  return sealed(dirname(abs), basename(abs), [fileEntry(dirname(abs), basename(abs))]);
}

/** The weights file a .qir names in its graph header, `graph NAME (weights "FILE")` (docs/QIR.md), if any. */
export function qirWeightsFile(qirText: string): string | undefined {
  return /^\s*graph\s+[^\s(]+\s*\(\s*weights\s+"((?:[^"\\]|\\.)*)"\s*\)/m.exec(qirText)?.[1];
}

/**
 * A model as a bundle: an .onnx file alone, a .qir file with the weights file it names (which must sit
 * at or below the .qir's folder, so the bundle can be laid out again anywhere).
 */
export function modelBundle(path: string): InputBundle {
  const weightsFile = extname(path).toLowerCase() === '.qir' ? qirWeightsFile(readFileSync(path, 'utf8')) : undefined;
  if (weightsFile === undefined) return pathBundle(path);
  const abs = resolve(path);
  const root = dirname(abs);
  const weights = normalize(relative(root, resolve(root, weightsFile)));
  if (weights.startsWith('..') || isAbsolute(weights)) fail('SWP041', `the weights file '${weightsFile}' of ${path} lies outside the model's folder; a sweep on shards or a queue ships the model with its weights, so keep them together`, { file: path });
  return sealed(root, basename(abs), [fileEntry(root, basename(abs)), fileEntry(root, weights)]);
}
