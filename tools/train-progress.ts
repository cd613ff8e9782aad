// Progress of a training run on stderr: a bar (cli-progress) with epoch, loss, held-out accuracy, images/s
// and ETA on a terminal; one line per epoch otherwise (logs, CI).
import cliProgress from 'cli-progress';
import type { TrainTick } from '../compiler/train/trainer.js';

export interface TrainProgress {
  tick(t: TrainTick): void;
  stop(): void;
}

/** A progress display for `totalImages` training images (epochs × steps × batch), starting at `doneImages`. */
export function startTrainProgress(label: string, totalImages: number, doneImages: number, batch: number): TrainProgress {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  const first = doneImages;
  let bar: cliProgress.SingleBar | undefined;
  const rate = (done: number) => (done - first) / Math.max(1e-9, (performance.now() - started) / 1000);
  return {
    tick(t) {
      const done = (t.epoch * t.steps + t.step) * batch;
      const fields = {
        epoch: `${t.epoch + 1}/${t.epochs}`, loss: t.loss.toFixed(4), held: t.heldOutAccuracy === undefined ? '  -  ' : `${t.heldOutAccuracy.toFixed(2)}%`,
        ips: rate(done).toFixed(0),
      };
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar({
            format: `${label} [{bar}] {percentage}% | epoch {epoch} | loss {loss} | held-out {held} | {ips} img/s | ETA {eta_formatted}`,
            stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50,
          }, cliProgress.Presets.shades_classic);
          bar.start(totalImages, doneImages, fields);
        }
        bar.update(done, fields);
      } else if (t.phase === 'epoch') {
        process.stderr.write(`${label}: epoch ${fields.epoch} loss ${fields.loss} held-out ${fields.held} ${fields.ips} img/s\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
