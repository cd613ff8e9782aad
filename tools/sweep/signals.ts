// Ctrl-C during a sweep: the first SIGINT stops dispatching new points and gives the running ones a grace
// period to finish (their rows are worth keeping); when it runs out, or on a second Ctrl-C, the running
// points are abandoned. Every finished point is already on disk (points-store.ts), so nothing is lost
// but the abandoned work, and `--resume` redoes exactly that.
import type { PointPool } from './pool.js';

/** Exit code of a process ended by SIGINT (128 + 2), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** Default grace period for running points after the first Ctrl-C. */
export const DEFAULT_GRACE_MS = 10_000;

/** The installed handler. */
export interface InterruptHandler {
  /** True once a SIGINT arrived. */
  interrupted(): boolean;
  /** Removes the handler and its timer (call when the sweep is over). */
  dispose(): void;
}

/** Handles SIGINT for the lifetime of `pool`; `say` prints a line to the user (stderr). */
export function handleInterrupts(pool: PointPool, options: { graceMs: number; say: (line: string) => void }): InterruptHandler {
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  const onSigint = () => {
    count++;
    if (count === 1) {
      pool.stop();
      const running = pool.running();
      if (running === 0) return;
      options.say(`interrupt: starting no more points; waiting up to ${Math.round(options.graceMs / 1000)} s for ${running} running point(s) (Ctrl-C again to stop now)`);
      timer = setTimeout(() => pool.terminate(), options.graceMs);
      // The timer must not keep the process alive once the running points have finished.
      timer.unref();
      return;
    }
    if (count === 2) options.say('interrupt: abandoning the running point(s)');
    pool.terminate();
  };
  process.on('SIGINT', onSigint);
  return {
    interrupted: () => count > 0,
    dispose: () => {
      process.off('SIGINT', onSigint);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
