// `npm run bench`: speed and memory figures, printed, never asserted. Choose parts with BENCH=gemm,float,search,train,...
// (BENCH=cli: only the sim part's `accsim sim` lines);
// BENCH_QUICK=1 shortens the GEMM runs, BENCH_IMAGES=N sets the float-eval image count, BENCH_TRAIN_STEPS=N
// the timed QAT training steps (BENCH=train), BENCH_TRAIN_FINETUNE=1 adds the full W4A4 fine-tune of the CNN
// (minutes; otherwise its last recorded run and an estimate are printed).
import { benchFloatEval } from './float-eval.js';
import { benchCli, benchSim } from './sim.js';
import { benchSearch } from './search.js';
import { benchSearchParts } from './search-parts.js';
import { benchTrain } from './train.js';
import { benchFineTune } from './train-finetune.js';
import { GEMM_BENCH_SHAPES, formatBinaryBench, formatGemmBench, runBinaryBench, runGemmBench } from './gemm.js';

const GEMM_OPTIONS = process.env['BENCH_QUICK'] ? { runs: 2, minSeconds: 0.05 } : { runs: 5, minSeconds: 0.2 };

const BENCHES: Record<string, () => Promise<unknown>> = {
  sim: () => benchSim(),
  cli: async () => benchCli(),
  search: () => benchSearch(),
  'search-parts': () => benchSearchParts(),
  float: () => benchFloatEval(Number(process.env['BENCH_IMAGES'] ?? '1000')),
  train: async () => benchFineTune(await benchTrain()),
  gemm: async () => {
    process.stdout.write(`${formatGemmBench(runGemmBench(GEMM_BENCH_SHAPES, GEMM_OPTIONS), GEMM_OPTIONS)}\n`);
    process.stdout.write(`${formatBinaryBench(runBinaryBench(GEMM_BENCH_SHAPES.slice(1), GEMM_OPTIONS))}\n`);
  },
};

// search and search-parts take minutes: only when asked for (BENCH=search, BENCH=search-parts); cli is part of sim.
const selected = (process.env['BENCH'] ?? Object.keys(BENCHES).filter((k) => !k.startsWith('search') && k !== 'cli').join(',')).split(',').map((s) => s.trim()).filter(Boolean);
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
