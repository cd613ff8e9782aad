// A progress bar (cli-progress) on stderr that appears only on a TTY and only once a run has taken over a second.
import cliProgress from 'cli-progress';

export interface Progress {
  /** Reports `done` of `total` units. */
  update(done: number): void;
  stop(): void;
}

/** A lazily shown progress bar with ETA; silent when stderr is not a TTY. */
export function startProgress(label: string, total: number, unit = 'img'): Progress {
  const started = performance.now();
  let bar: cliProgress.SingleBar | undefined;
  const tty = process.stderr.isTTY === true;
  return {
    update(done: number) {
      if (!tty) return;
      if (!bar && performance.now() - started > 1000) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% {value}/{total} ${unit} | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
