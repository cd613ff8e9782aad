// Issue 17 item 2: the CLI on the same mutated files, as a user runs it (child processes of the built CLI):
// exit 0 or 2, a user error as exactly one line on stderr, never exit 70, never a stack trace, within the
// time limit. ACCSIM_FUZZ_CLI_CASES files per format (a few in `npm test`, 100 in `npm run fuzz`).
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ACCBIN, ASSEMBLY, ENERGY_JSON, HARDWARE_JSON, IDX, NPY, ONNX, QIR, QUANT_CONFIG_JSON, SAFETENSORS, type FuzzFormat } from './formats.js';
import { caseInput } from './harness.js';
import { saveQir } from '../../compiler/qir/load.js';
import { writeNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import { writeProgram } from '../../isa/program-file.js';
import { defaultHwConfig } from '../../isa/hw-config.js';
import { loadFashionMnist } from '../../compiler/data/fashion-mnist.js';
import { quantized } from '../compiler/lower/models.js';
import { PROPERTY_SEED } from '../property-runs.js';

const CASES = Number(process.env['ACCSIM_FUZZ_CLI_CASES'] ?? '2');
const TIME_LIMIT_MS = 90_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/accsim.js');

let dir: string;

/** What a command needs besides the fuzzed file, made once. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-cli-fuzz-'));
  // Every sidecar a mutated .qir may name, next to it.
  for (const d of ['models', 'models/examples']) for (const f of readdirSync(join(ROOT, d)).filter((x) => x.endsWith('.safetensors'))) copyFileSync(join(ROOT, d, f), join(dir, f));
  const q = quantized('models/examples/cnn_bn.qir', 'w8a8');
  saveQir({ ...q, name: 'cnn_q', weightsFile: 'cnn_q.safetensors' }, join(dir, 'cnn_q.qir'));
  writeFileSync(join(dir, 'cnn.accbin'), writeProgram(lowerGraph(q, defaultHwConfig())));
  const images = loadFashionMnist(join(ROOT, 'models/data/fashion-mnist'), 'test', 4);
  writeFileSync(join(dir, 'x.npy'), writeNpy(images.images));
  writeFileSync(join(dir, 'x1.npy'), writeNpy(makeTensor('f32', [1, 1, 28, 28], (images.images.data as Float32Array).slice(0, 784))));
  mkdirSync(join(dir, 'idx'));
}, 120_000);

/**
 * Each diagnostic is one `accsim: … error CODE: …` line; text diagnostics may add the source line and a
 * caret under it (two indented lines), as a compiler does. Nothing else: no trace, no wrapped message.
 */
function oneLinePerDiagnostic(lines: readonly string[]): boolean {
  const coded = /^accsim: .*error [A-Z]+\d+: /;
  if (lines.length === 0 || !coded.test(lines[0]!)) return false;
  for (let i = 1; i < lines.length; i++) {
    if (coded.test(lines[i]!)) continue;
    // A source line and its caret line, right after a coded line.
    if (i + 1 < lines.length && lines[i]!.startsWith('  ') && /^ +\^$/.test(lines[i + 1]!) && coded.test(lines[i - 1]!)) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** A CLI target: the fuzzed format, the file name it is written to, and the command line that reads it. */
interface Target {
  readonly format: FuzzFormat;
  readonly file: (k: number) => string;
  readonly args: (file: string) => string[];
}

const TARGETS: readonly Target[] = [
  { format: QIR, file: (k) => `fuzz-${k}.qir`, args: (f) => ['check', f] },
  // The weights of cnn_bn.qir, mutated: the model names the sidecar, so it is written under that name in a folder of its own.
  { format: SAFETENSORS, file: (k) => `st-${k}/cnn_bn.safetensors`, args: (f) => ['check', join(f, '..', 'cnn_bn.qir')] },
  { format: ONNX, file: (k) => `fuzz-${k}.onnx`, args: (f) => ['check', f] },
  { format: NPY, file: (k) => `fuzz-${k}.npy`, args: (f) => ['infer', join(ROOT, 'models/examples/cnn_bn.qir'), '--input', f, '--output', join(dir, 'y.npy')] },
  { format: ACCBIN, file: (k) => `fuzz-${k}.accbin`, args: (f) => ['disasm', f, '-o', join(dir, 'out.s')] },
  { format: HARDWARE_JSON, file: (k) => `hw-${k}.json`, args: (f) => ['compile', join(dir, 'cnn_q.qir'), '--hw', f, '-o', join(dir, 'out.accbin')] },
  { format: ENERGY_JSON, file: (k) => `energy-${k}.json`, args: (f) => ['sim', join(dir, 'cnn.accbin'), '--input', join(dir, 'x1.npy'), '--energy', f] },
  { format: IDX, file: (k) => `idx-${k}/t10k-images-idx3-ubyte`, args: (f) => ['eval', join(ROOT, 'models/fmnist_mlp.qir'), '--data', join(f, '..'), '--limit', '3'] },
  { format: ASSEMBLY, file: (k) => `fuzz-${k}.s`, args: (f) => ['asm', f, '-o', join(dir, 'out.accbin')] },
  { format: QUANT_CONFIG_JSON, file: (k) => `layers-${k}.json`, args: (f) => ['quantize', join(ROOT, 'models/examples/cnn_bn.qir'), '--config', f, '--calib', join(dir, 'x.npy'), '-o', join(dir, 'q.qir')] },
];

/** Writes case k's input where the target expects it (with the files that go along: the .qir of a sidecar, IDX labels). */
function writeCase(t: Target, k: number, input: Uint8Array): string {
  const path = join(dir, t.file(k));
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, input);
  if (t.format === SAFETENSORS) copyFileSync(join(ROOT, 'models/examples/cnn_bn.qir'), join(path, '..', 'cnn_bn.qir'));
  if (t.format === IDX) writeFileSync(join(path, '..', 't10k-labels-idx1-ubyte.gz'), gzipSync(Buffer.from([0, 0, 8, 1, 0, 0, 0, 3, 9, 2, 1])));
  return path;
}

describe.each(TARGETS.map((t) => [t.format.name, t] as const))('the CLI on mutated %s files', (_name, target) => {
  it(`${CASES} case(s): exit 0 or 2, one coded line per diagnostic, no trace, no exit 70`, () => {
    const seeds = target.format.seeds();
    const problems: string[] = [];
    for (let k = 0; k < CASES; k++) {
      const path = writeCase(target, k, caseInput(target.format, seeds, PROPERTY_SEED + 17, k));
      const args = target.args(path);
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: TIME_LIMIT_MS, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
      const stderr = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('accsim: warning:'));
      const what = `case ${k} (${path}): accsim ${args.join(' ')} → status ${r.status} signal ${r.signal}\n${r.stderr.slice(0, 2000)}`;
      if (r.error !== undefined || r.signal !== null) problems.push(`did not finish within ${TIME_LIMIT_MS} ms: ${what}`);
      else if (r.status !== 0 && r.status !== 2) problems.push(`exit ${r.status}: ${what}`);
      else if (/\n\s+at /.test(r.stderr)) problems.push(`stack trace: ${what}`);
      else if (r.status === 2 && !oneLinePerDiagnostic(stderr)) problems.push(`not one coded line per diagnostic: ${what}`);
      else if (r.status === 0 && stderr.length !== 0) problems.push(`stderr on success: ${what}`);
    }
    expect(problems).toEqual([]);
  }, Math.max(180_000, CASES * TIME_LIMIT_MS));
});
