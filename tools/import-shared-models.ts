// Dev script, run by hand: imports the team's trained Fashion-MNIST ONNX models into the project.
//
//   npm run build && node dist/tools/import-shared-models.js <trainedModelsDir>
//
// Reads <trainedModelsDir>/fmnist_{mlp,cnn,dwsep}.onnx (the team's shared models folder, outside the
// repository), writes models/<m>.qir + models/<m>.safetensors with the importer, copies <m>.logits100.f32
// to models/reference/ and the .onnx to test/fixtures/onnx/ (the acceptance test imports those copies: the
// project never reads outside itself at run time or in tests). Before writing, it checks the float reference
// on test images 0..99 against the PyTorch logits, so a bad import never lands. Re-running it reproduces the
// same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importOnnx } from '../compiler/import/onnx/to-graph.js';
import { saveQir } from '../compiler/qir/load.js';
import { loadFashionMnist } from '../compiler/data/fashion-mnist.js';
import { runFloatBatched } from '../compiler/reference/float-interpreter.js';

const MODELS = ['fmnist_mlp', 'fmnist_cnn', 'fmnist_dwsep'] as const;
/** PyTorch and ONNX Runtime agree to ~1e-5 on these logits (shared RESULTS.md); we allow 1e-4. */
const TOLERANCE = 1e-4;

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function main(): void {
  if (process.argv[2] === undefined) {
    process.stderr.write('usage: node dist/tools/import-shared-models.js <trainedModelsDir>\n');
    process.exit(2);
  }
  const shared = resolve(process.argv[2]);
  const images = loadFashionMnist('models/data/fashion-mnist', 'test', 100).images;
  mkdirSync('models/reference', { recursive: true });
  mkdirSync('test/fixtures/onnx', { recursive: true });
  for (const m of MODELS) {
    const onnxPath = join(shared, `${m}.onnx`);
    const graph = importOnnx(new Uint8Array(readFileSync(onnxPath)), { file: onnxPath, name: m });
    const logitsBytes = readFileSync(join(shared, `${m}.logits100.f32`));
    const want = new Float32Array(logitsBytes.buffer.slice(logitsBytes.byteOffset, logitsBytes.byteOffset + logitsBytes.byteLength));
    const got = runFloatBatched(graph, images).data as Float32Array;
    const err = maxAbsDiff(got, want);
    if (!(err <= TOLERANCE)) throw new Error(`${m}: max |float reference − PyTorch logits| = ${err} > ${TOLERANCE}; not writing`);
    saveQir(graph, join('models', `${m}.qir`));
    // Written rather than copied: the shared files are read-only, and a copy would keep that mode.
    writeFileSync(join('models/reference', `${m}.logits100.f32`), logitsBytes);
    writeFileSync(join('test/fixtures/onnx', `${m}.onnx`), readFileSync(onnxPath));
    console.log(`${m}: ${graph.nodes.length} nodes, ${graph.constants.size} constants, max |Δlogits| on images 0..99 = ${err.toExponential(2)}`);
  }
}

main();
