// Training checkpoints: the exact state of a run (parameters, buffers, optimizer moments and step, the
// best epoch so far, the held-out history) in a .safetensors file with a JSON record in its metadata,
// written atomically. A fingerprint of the run (network, data, recipe, seed) guards `--resume` against
// continuing a different run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fail } from '../../core/diagnostics.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { Tensor } from '../ir/tensor.js';
import { readSafetensors, writeSafetensors } from '../qir/safetensors.js';
import type { TrainProgressState } from './trainer.js';

const FORMAT = 'accsim-train-checkpoint/1';

/** A SHA-256 over the JSON of everything that defines a run (so a resumed run is the same run). */
export function runFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const f32 = (data: Float32Array): Tensor => ({ type: { dtype: 'f32', shape: [data.length] }, data });

/** Writes `state` to `path` atomically. */
export function saveCheckpoint(path: string, state: TrainProgressState, fingerprint: string): void {
  const tensors = new Map<string, Tensor>([
    ['params', f32(state.params)], ['buffers', f32(state.buffers)], ['adam.m', f32(state.optimizer.m)], ['adam.v', f32(state.optimizer.v)],
  ]);
  if (state.best) {
    tensors.set('best.params', f32(state.best.params));
    tensors.set('best.buffers', f32(state.best.buffers));
  }
  const record = {
    format: FORMAT, fingerprint, epoch: state.epoch, step: state.step, t: state.optimizer.t, history: state.history,
    best: state.best ? { accuracy: state.best.accuracy, epoch: state.best.epoch } : null,
  };
  writeFileAtomic(path, writeSafetensors(tensors, { accsim: JSON.stringify(record) }));
}

/** Reads a checkpoint; TRN020 when it is not one, TRN021 when it belongs to another run. */
export function loadCheckpoint(path: string, fingerprint: string): TrainProgressState {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    fail('TRN020', `cannot read checkpoint '${path}'`, { file: path });
  }
  const st = readSafetensors(bytes, path);
  const raw = st.metadata['accsim'];
  const record = raw === undefined ? undefined : (JSON.parse(raw) as { format: string; fingerprint: string; epoch: number; step: number; t: number; history: number[]; best: { accuracy: number; epoch: number } | null });
  if (record?.format !== FORMAT) fail('TRN020', `${path} is not an accsim training checkpoint`, { file: path });
  if (record.fingerprint !== fingerprint) fail('TRN021', `${path} was written by a different run (model, data, preset, recipe or seed differ); start without --resume or give the same options`, { file: path });
  const get = (name: string): Float32Array => {
    const t = st.tensors.get(name);
    if (t === undefined) fail('TRN020', `checkpoint ${path} lacks ${name}`, { file: path });
    return t.data as Float32Array;
  };
  return {
    params: get('params'), buffers: get('buffers'), optimizer: { m: get('adam.m'), v: get('adam.v'), t: record.t },
    epoch: record.epoch, step: record.step, history: record.history,
    best: record.best ? { params: get('best.params'), buffers: get('best.buffers'), accuracy: record.best.accuracy, epoch: record.best.epoch } : undefined,
  };
}
