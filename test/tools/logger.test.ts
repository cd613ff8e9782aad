// The CLI logger is built on its first use (pino loads lazily): --log-level and --log-format still decide
// what reaches stderr, in both formats, and the default level keeps stderr quiet.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'accsim-logger-'));
const quantize = (...flags: string[]) => runCli(['quantize', 'models/fmnist_mlp.qir', '-o', join(dir, 'q.qir'), '--input-range', '0,1', ...flags]);

describe('CLI logging', () => {
  it('writes JSON lines at --log-level info --log-format json', () => {
    const r = quantize('--log-level', 'info', '--log-format', 'json');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stderr.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(line['msg']).toBe('quantized');
    expect(line['level']).toBe(30);
  });

  it('writes human-readable lines with --log-format pretty', () => {
    const r = quantize('--log-level', 'info', '--log-format', 'pretty');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/INFO.*: quantized/);
  });

  it('logs nothing at the default level (warn)', () => {
    const r = quantize();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
