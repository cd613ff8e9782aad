// The layering of the whole repository, checked on every import: core/ (leaf) < isa/ (the target
// machine) < compiler/ and simulator/ (which meet only at isa/) < tools/ (the CLI) < test/. Inside
// compiler/, quant/ (leaf math) < passes/ < ptq/ (the post-training quantization drivers).
// Imports are found with TypeScript's own pre-processor (import/export-from, side-effect and dynamic
// imports; comments and strings are not mistaken for them).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_FOLDERS = ['core', 'isa', 'compiler', 'simulator', 'tools', 'test'];

/** Repository-relative path with forward slashes. */
const repoPath = (abs: string) => relative(ROOT, abs).split(sep).join('/');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(abs);
    return e.name.endsWith('.ts') ? [repoPath(abs)] : [];
  });
}

/** The top folder of a repository path, and for compiler/ its sub-folder ('compiler/quant'). */
function areaOf(path: string): string {
  const [top, sub] = path.split('/');
  return top === 'compiler' && sub !== undefined && !sub.endsWith('.ts') ? `compiler/${sub}` : top!;
}
const inFolder = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/**
 * Why `from` may not import `specifier`, or undefined when it may. Relative specifiers are resolved
 * against `from`; anything else is a package or a node: builtin.
 */
function ruleBroken(from: string, specifier: string): string | undefined {
  const relativeSpec = specifier.startsWith('./') || specifier.startsWith('../');
  const target = relativeSpec ? posix.normalize(posix.join(posix.dirname(from), specifier)) : undefined;
  const top = from.split('/')[0]!;
  if (top === 'isa' && (target === undefined || !(inFolder(target, 'isa') || inFolder(target, 'core')))) {
    return 'isa/ imports only isa/ and core/';
  }
  if (top === 'core' && target !== undefined && !inFolder(target, 'core')) return 'core/ imports nothing outside core/ (node: builtins and packages allowed)';
  if (target === undefined) return undefined;
  if (top === 'simulator' && (inFolder(target, 'compiler') || inFolder(target, 'tools'))) return 'simulator/ imports neither compiler/ nor tools/';
  if (top === 'compiler' && (inFolder(target, 'simulator') || inFolder(target, 'tools'))) return 'compiler/ imports neither simulator/ nor tools/';
  const area = areaOf(from);
  if (area === 'compiler/quant' && (inFolder(target, 'compiler/passes') || inFolder(target, 'compiler/ptq'))) return 'compiler/quant imports neither compiler/passes nor compiler/ptq';
  if (area === 'compiler/passes' && inFolder(target, 'compiler/ptq')) return 'compiler/passes imports no compiler/ptq';
  if (inFolder(target, 'tools') && top !== 'tools' && top !== 'test') return 'only tools/ and test/ import tools/';
  return undefined;
}

/** Every broken rule in the repository, as `file:line: import 'x' (rule)`. */
function violations(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
      const why = ruleBroken(file, ref.fileName);
      if (why === undefined) continue;
      const line = text.slice(0, ref.pos).split('\n').length;
      out.push(`${file}:${line}: import '${ref.fileName}' (${why})`);
    }
  }
  return out;
}

describe('import rules', () => {
  const files = SOURCE_FOLDERS.flatMap((f) => tsFiles(join(ROOT, f)));

  it('hold for every .ts file of the repository', () => {
    // Not vacuous: every layer has files, and the walk sees the imports.
    for (const f of ['core', 'isa', 'compiler/quant', 'compiler/passes', 'compiler/ptq', 'simulator', 'tools']) {
      expect(files.some((p) => inFolder(p, f)), `${f}/ has .ts files`).toBe(true);
    }
    expect(files.length).toBeGreaterThan(300);
    expect(violations(files)).toEqual([]);
  });

  it('catch each kind of upward or sideways import', () => {
    const broken: [string, string][] = [
      ['simulator/machine.ts', '../compiler/ir/graph.js'],
      ['simulator/units/dma.ts', '../../tools/cli.js'],
      ['compiler/lower/conv.ts', '../../simulator/machine.js'],
      ['compiler/lower/conv.ts', '../../tools/logger.js'],
      ['isa/spec.ts', '../simulator/stats.js'],
      ['isa/check/bounds.ts', '../../compiler/ir/graph.js'],
      ['isa/spec.ts', 'yargs'],
      ['core/rounding.ts', '../isa/spec.js'],
      ['compiler/quant/layer-walk.ts', '../passes/index.js'],
      ['compiler/quant/multiplier.ts', '../ptq/calibration.js'],
      ['compiler/passes/adaround.ts', '../ptq/quantize-model.js'],
      ['compiler/ir/graph.ts', '../../tools/logger.js'],
    ];
    for (const [from, spec] of broken) expect(ruleBroken(from, spec), `${from} → ${spec}`).toBeDefined();
    const allowed: [string, string][] = [
      ['simulator/machine.ts', '../isa/spec.js'],
      ['simulator/machine.ts', '../core/diagnostics.js'],
      ['compiler/lower/conv.ts', '../../isa/hw-config.js'],
      ['isa/check/bounds.ts', '../hw-config.js'],
      ['isa/spec.ts', '../core/arithmetic-modes.js'],
      ['core/rounding.ts', './diagnostics.js'],
      ['core/x.ts', 'node:fs'],
      ['compiler/passes/adaround.ts', '../quant/layer-walk.js'],
      ['compiler/ptq/quantize-model.ts', '../passes/index.js'],
      ['tools/cli.ts', '../simulator/machine.js'],
      ['test/tools/cli.test.ts', '../../tools/cli.js'],
    ];
    for (const [from, spec] of allowed) expect(ruleBroken(from, spec), `${from} → ${spec}`).toBeUndefined();
  });
});
