// `npm run onnx-conformance`: runs the ONNX backend tests of Debian's libonnx-testdata for every operator the
// importer claims, prints one line per test and a summary, and writes docs/ONNX.md (generated).
//   --data DIR     the package's data folder (default /usr/share/libonnx-testdata/data, or $ONNX_TESTDATA_DIR)
//   --filter RE    only tests whose "suite/name" matches
//   --check        compare docs/ONNX.md with what this run would write instead of writing it
//   --quiet        only the summary
// Exit status: 0 when no test of a claimed operator fails (and, with --check, the doc is current), 1 otherwise,
// 2 when the data folder is missing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { DEFAULT_TESTDATA_DIR, discoverTestCases } from './test-cases.js';
import { type CaseResult, runCase } from './run-case.js';
import { generateOnnxDoc, summarize } from './onnx-doc.js';

const DOC_PATH = fileURLToPath(new URL('../../../docs/ONNX.md', import.meta.url));

function main(): number {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, filter: { type: 'string' }, check: { type: 'boolean' }, quiet: { type: 'boolean' } },
  });
  const root = values.data ?? process.env['ONNX_TESTDATA_DIR'] ?? DEFAULT_TESTDATA_DIR;
  if (!existsSync(root)) {
    process.stderr.write(`onnx-conformance: no test data at ${root} (apt-get install libonnx-testdata, or give --data DIR)\n`);
    return 2;
  }
  const filter = values.filter === undefined ? undefined : new RegExp(values.filter);
  const cases = discoverTestCases(root).filter((c) => filter === undefined || filter.test(`${c.suite}/${c.name}`));
  const results: CaseResult[] = [];
  for (const c of cases) {
    const r = runCase(c);
    results.push(r);
    if (!values.quiet && r.status !== 'not-run') process.stdout.write(`${r.status.padEnd(8)} ${r.suite}/${r.name}: ${r.detail}\n`);
  }
  const s = summarize(results);
  process.stdout.write(`${s.claimed} tests of claimed operators: ${s.pass} pass, ${s.rejected} rejected (unsupported), ${s.fail} fail; `
    + `pass rate ${(100 * s.pass / Math.max(1, s.claimed)).toFixed(1)}%; ${s.notRun} tests of other operators not run\n`);
  let status = s.fail > 0 ? 1 : 0;
  if (filter === undefined) {
    const doc = generateOnnxDoc(results, root);
    if (values.check) {
      const current = existsSync(DOC_PATH) ? readFileSync(DOC_PATH, 'utf8') : '';
      if (current !== doc) {
        process.stderr.write('onnx-conformance: docs/ONNX.md is not current; run npm run onnx-conformance and commit it\n');
        status = 1;
      }
    } else {
      writeFileAtomic(DOC_PATH, doc);
      process.stdout.write(`wrote ${DOC_PATH}\n`);
    }
  }
  return status;
}

process.exitCode = main();
