// `npm run bench`: speed and memory figures, printed, never asserted. Choose parts with BENCH=float,gemm,...
import { benchFloatEval } from './float-eval.js';

const BENCHES: Record<string, () => Promise<unknown>> = {
  float: () => benchFloatEval(Number(process.env['BENCH_IMAGES'] ?? '1000')),
};

const selected = (process.env['BENCH'] ?? Object.keys(BENCHES).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
for (const name of selected) {
  const bench = BENCHES[name];
  if (!bench) {
    process.stderr.write(`unknown benchmark '${name}'; available: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exitCode = 2;
    break;
  }
  process.stdout.write(`== ${name}\n`);
  await bench();
}
