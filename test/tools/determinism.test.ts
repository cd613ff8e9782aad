// Issue 17 item 5: the same inputs give byte-identical outputs, JSON statistics, CSV rows and reports,
// across runs, across thread and worker counts (1 vs 2) and across --fidelity. Wall-clock figures are
// not part of any output file or report (they go to the log; the sweep's HTML takes its date from
// SOURCE_DATE_EPOCH when set), so everything here compares whole bytes;
// only `eval`'s throughput columns, which measure time by design, are left out of its comparison.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { writeNpy } from '../../compiler/io/npy.js';
import { makeTensor } from '../../compiler/ir/tensor.js';

let dir: string;
const at = (name: string) => join(dir, name);
const bytes = (name: string) => readFileSync(at(name));

/** Runs accsim and expects success. */
function ok(args: string[]): string {
  const r = runCli(args);
  expect(r.code, `accsim ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accsim-determinism-'));
  const x = Float32Array.from({ length: 3 * 784 }, (_, i) => Math.sin(i * 0.731) * 1.7);
  writeFileSync(at('x3.npy'), writeNpy(makeTensor('f32', [3, 1, 28, 28], x)));
  writeFileSync(at('x1.npy'), writeNpy(makeTensor('f32', [1, 1, 28, 28], x.slice(0, 784))));
});

describe('byte-identical results', () => {
  it('quantize and compile: the same .qir, .safetensors, .accbin and assembly twice', () => {
    // Same file names in two folders: the graph and its sidecar are named after the output file.
    for (const k of ['a', 'b']) {
      mkdirSync(at(k));
      ok(['quantize', 'models/examples/cnn_bn.qir', '--calib', 'models/data/fashion-mnist', '--calib-limit', '32', '-o', at(`${k}/q.qir`)]);
      ok(['compile', at(`${k}/q.qir`), '--array', '7x13', '-o', at(`${k}/p.accbin`), '--asm', at(`${k}/p.s`)]);
    }
    for (const f of ['q.qir', 'q.safetensors', 'p.accbin', 'p.s']) expect(Buffer.compare(bytes(`a/${f}`), bytes(`b/${f}`)), f).toBe(0);
  });

  it('sim: outputs, --json statistics and the report are the same for 1 and 2 threads', () => {
    const out1 = ok(['sim', at('a/p.accbin'), '--input', at('x3.npy'), '--output', at('y1.npy'), '--json', at('s1.json'), '--threads', '1']);
    const out2 = ok(['sim', at('a/p.accbin'), '--input', at('x3.npy'), '--output', at('y2.npy'), '--json', at('s2.json'), '--threads', '2']);
    expect(Buffer.compare(bytes('y1.npy'), bytes('y2.npy'))).toBe(0);
    expect(bytes('s1.json').toString()).toBe(bytes('s2.json').toString());
    expect(out1).toBe(out2);
  });

  it('sim: --fidelity pe gives the fast model\'s outputs, statistics and report byte for byte', () => {
    const fast = ok(['sim', at('a/p.accbin'), '--input', at('x1.npy'), '--output', at('yf.npy'), '--json', at('sf.json')]);
    const pe = ok(['sim', at('a/p.accbin'), '--input', at('x1.npy'), '--output', at('yp.npy'), '--json', at('sp.json'), '--fidelity', 'pe']);
    expect(Buffer.compare(bytes('yf.npy'), bytes('yp.npy'))).toBe(0);
    expect(bytes('sf.json').toString()).toBe(bytes('sp.json').toString());
    expect(fast).toBe(pe);
  });

  it('run: the report and its JSON are the same for 1 and 2 threads', () => {
    const base = ['run', 'models/fmnist_cnn.qir', '--array', '12x20', '--batch', '3', '--calib-limit', '32', '--calib', 'models/data/fashion-mnist'];
    const one = ok([...base, '--threads', '1', '--json', at('r1.json'), '--trace', at('t1.json')]);
    const two = ok([...base, '--threads', '2', '--json', at('r2.json'), '--trace', at('t2.json')]);
    expect(one).toBe(two);
    expect(bytes('r1.json').toString()).toBe(bytes('r2.json').toString());
    expect(Buffer.compare(bytes('t1.json'), bytes('t2.json'))).toBe(0);
  });

  it('eval: the same accuracy for 1 and 2 threads (throughput, a time measurement, aside)', () => {
    const run = (threads: string) => {
      const out = JSON.parse(ok(['eval', 'models/fmnist_mlp.qir', '--preset', 'fp32,w8a8', '--calib-limit', '32', '--limit', '300', '--threads', threads, '--json'])) as { results: Record<string, unknown>[] };
      return { ...out, results: out.results.map(({ imagesPerSecond: _i, seconds: _s, threads: _t, ...rest }) => rest) };
    };
    expect(run('1')).toEqual(run('2'));
  });

  it('sweep: the CSV, its per-point sidecar and the HTML report are the same for 1 and 2 jobs', () => {
    for (const jobs of ['1', '2']) {
      const r = runCli(['sweep', 'models/examples/cnn_bn.qir', '--preset', 'w8a8,w4a8', '--array', '4x4,8x8', '--dataflow', 'ws,os', '--jobs', jobs, '--csv', at(`sweep-${jobs}.csv`), '--html', at(`sweep-${jobs}.html`)], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(r.code, r.stderr).toBe(0);
    }
    for (const f of ['csv', 'csv.points.jsonl']) expect(bytes(`sweep-1.${f}`).toString(), f).toBe(bytes(`sweep-2.${f}`).toString());
    // The report quotes the command it was run with, which names the job count and the files: the rest is equal.
    const html = (jobs: string) => bytes(`sweep-${jobs}.html`).toString().replaceAll(`--jobs ${jobs}`, '--jobs J').replaceAll(`sweep-${jobs}.`, 'sweep-J.');
    expect(html('1')).toBe(html('2'));
  });
});
