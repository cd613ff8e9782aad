// End-to-end checks of the CLI contract: exit codes, one-line errors without stack traces, help.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

describe('accsim CLI', () => {
  it('prints help with examples and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('accsim check');
    expect(r.stdout).toContain('Examples:');
  });

  it('rejects an unknown command with exit 2 and one line', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file as a user error', () => {
    const r = runCli(['check', 'no/such/net.qir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read QIR file 'no/such/net.qir': no such file");
  });

  it('reports a syntax error with file:line:col and a caret, exit 2, no stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accsim-cli-'));
    const file = join(dir, 'bad.qir');
    writeFileSync(file, 'qir 1\ngraph g {\n  input %x: f32[1,4]\n  %y = relu(%x\n  output %y\n}\n');
    const r = runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error QIR\\d+`));
    expect(r.stderr).toContain('^');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
