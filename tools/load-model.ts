// Loads a network for any command: a .qir file (with its sidecar) or an .onnx model imported on the fly.
import { basename, extname } from 'node:path';
import type { Graph } from '../compiler/ir/graph.js';
import { loadQir } from '../compiler/qir/load.js';
import { importOnnxWithNotes } from '../compiler/import/onnx/to-graph.js';
import { fail } from '../core/diagnostics.js';
import { DEFAULT_RESOURCE_LIMITS, type ResourceLimits } from '../core/resource-limits.js';
import { requireGraphWithinLimits } from '../compiler/ir/resource-use.js';
import { readInputFile } from './read-input-file.js';

/** Reads a file or fails with a one-line user error naming it (tools/read-input-file.ts). */
export { readInputFile };

/**
 * Loads `.qir` or `.onnx` by extension, refusing a network whose tensors or MACs per sample exceed
 * `limits` (RES001/RES002) before anything runs it.
 */
export function loadModel(path: string, limits: ResourceLimits = DEFAULT_RESOURCE_LIMITS): Graph {
  const ext = extname(path).toLowerCase();
  let graph: Graph;
  if (ext === '.onnx') {
    const imported = importOnnxWithNotes(new Uint8Array(readInputFile(path, 'ONNX model')), { file: path, name: basename(path, ext) });
    for (const note of imported.notes) process.stderr.write(`accsim: note: ${path}: ${note}\n`);
    graph = imported.graph;
  } else if (ext === '.qir') {
    readInputFile(path, 'QIR file');
    graph = loadQir(path);
  } else {
    fail('IO002', `don't know how to read '${path}': expected a .qir or .onnx file`, { file: path });
  }
  requireGraphWithinLimits(graph, limits, path);
  return graph;
}
