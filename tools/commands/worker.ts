// `accsim worker --queue redis://host:port`: evaluates the design points of queued sweeps, on any number
// of machines (docs/SWEEP.md). Ctrl-C (or SIGTERM) finishes the running points and exits; a second one
// abandons them (the queue hands them to another worker once their lock expires).
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccsimCommand } from './command.js';
import { fail } from '../../core/diagnostics.js';
import { SIMULATING_EVALUATOR, type EvaluatorModule } from '../sweep/evaluator-ref.js';
import { checkReachable, parseRedisUrl } from '../sweep/queue/redis-target.js';
import { startQueueWorker } from '../sweep/queue/queue-worker.js';

type WorkerArgs = { queue: string; concurrency?: number; 'stall-seconds': number; cache?: string };

function positiveInteger(flag: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 1)) fail('SWP015', `--${flag} must be a positive integer, got ${v}`);
}

/** The worker command with the given evaluator module (the CLI's: the simulating one). */
export function makeWorkerCommand(evaluator: EvaluatorModule): AccsimCommand<WorkerArgs> {
  return {
    command: 'worker',
    describe: 'evaluate the design points of sweeps submitted with `accsim sweep --queue` (run it on any number of machines)',
    builder: (y) =>
      y
        .option('queue', { type: 'string', demandOption: true, describe: 'Redis URL, redis://host:port[/db] (rediss:// for TLS)' })
        .option('concurrency', { type: 'number', describe: 'points evaluated at once, one thread each (default one per core)' })
        .option('stall-seconds', { type: 'number', default: 30, describe: 'job lock duration: a point of a worker that died runs again elsewhere after about this long' })
        .option('cache', { type: 'string', describe: 'folder for models and data fetched from Redis (default <tmp>/accsim-worker-cache)' }),
    examples: [['$0 worker --queue redis://10.0.0.5:6379 --concurrency 8', 'serve sweep points with 8 evaluation threads']],
    handler: async (args) => {
      positiveInteger('concurrency', args.concurrency);
      positiveInteger('stall-seconds', args['stall-seconds']);
      const target = parseRedisUrl(args.queue);
      await checkReachable(target);
      const say = (line: string) => void process.stdout.write(`${line}\n`);
      const worker = startQueueWorker({
        target, concurrency: args.concurrency ?? availableParallelism(), stallSeconds: args['stall-seconds'],
        cacheDir: args.cache ?? join(tmpdir(), 'accsim-worker-cache'), evaluator, say,
      });
      await new Promise<void>((resolve) => {
        let signals = 0;
        const onSignal = () => {
          signals++;
          say(signals === 1 ? 'stopping: finishing the running point(s) (Ctrl-C again to abandon them)' : 'stopping now: the running point(s) go back to the queue when their lock expires');
          void worker.close(signals > 1).then(resolve);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      });
    },
  };
}

/** `accsim worker` as the CLI registers it. */
export const workerCommand = makeWorkerCommand(SIMULATING_EVALUATOR);
