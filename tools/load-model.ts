// Loads a network for any command: a .qir file (with its sidecar) or an .onnx model imported on the fly.
import { basename, extname } from 'node:path';
import type { Graph } from '../compiler/ir/graph.js';
import { loadQir } from '../compiler/qir/load.js';
import { importOnnxWithNotes } from '../compiler/import/onnx/to-graph.js';
import { fail } from '../core/diagnostics.js';
import { readInputFile } from './read-input-file.js';

/** Reads a file or fails with a one-line user error naming it (tools/read-input-file.ts). */
export { readInputFile };

/** Loads `.qir` or `.onnx` by extension; the import's notes (a fixed batch made per-image, …) go to stderr. */
export function loadModel(path: string): Graph {
  const ext = extname(path).toLowerCase();
  if (ext === '.onnx') {
    const { graph, notes } = importOnnxWithNotes(new Uint8Array(readInputFile(path, 'ONNX model')), { file: path, name: basename(path, ext) });
    for (const note of notes) process.stderr.write(`accsim: note: ${path}: ${note}\n`);
    return graph;
  }
  if (ext === '.qir') {
    readInputFile(path, 'QIR file');
    return loadQir(path);
  }
  fail('IO002', `don't know how to read '${path}': expected a .qir or .onnx file`, { file: path });
}
