// The content identity of design points and of a whole sweep. A point's hash covers everything its
// result depends on: the accsim build, the content hashes of the model, data, calibration data and
// hardware file, and the preset, array, dataflow, image count and seed. Equal hashes mean equal results,
// so the hash is the queue's job id (resubmitting is idempotent) and the shards' stamp.
import { existsSync } from 'node:fs';
import { shippedDataDir } from '../install-paths.js';
import { accsimBuild } from './accsim-build.js';
import { modelBundle, pathBundle, sha256Hex, type InputBundle } from './input-bundle.js';
import { pointKey, type DesignPointSpec } from './point-spec.js';

/** The input files every point of one sweep reads, as bundles. */
export interface SweepInputs {
  model: InputBundle;
  data?: InputBundle;
  calib?: InputBundle;
  hw?: InputBundle;
  /**
   * Without --data the evaluator falls back to the data set accsim ships when it exists (tools/install-paths.ts
   * shippedDataDir): part of the identity too, and a worker must see the same one.
   */
  defaultData?: InputBundle;
}

/** Bundles the inputs of a grid (all its points share them: any one spec tells them). */
export function sweepInputs(spec: DesignPointSpec): SweepInputs {
  const inputs: SweepInputs = { model: modelBundle(spec.model) };
  if (spec.data !== undefined) inputs.data = pathBundle(spec.data);
  else if (existsSync(shippedDataDir())) inputs.defaultData = pathBundle(shippedDataDir());
  if (spec.calib !== undefined) inputs.calib = pathBundle(spec.calib);
  if (spec.hwFile !== undefined) inputs.hw = pathBundle(spec.hwFile);
  return inputs;
}

/** The point's content hash (hex SHA-256). */
export function pointHash(inputs: SweepInputs, spec: DesignPointSpec, build = accsimBuild()): string {
  return sha256Hex(JSON.stringify([
    'accsim-point/1', build, inputs.model.hash, inputs.data?.hash ?? null, inputs.defaultData?.hash ?? null, inputs.calib?.hash ?? null, inputs.hw?.hash ?? null,
    spec.preset, spec.array, spec.dataflow, spec.limit ?? null, spec.seed,
  ]));
}

/**
 * The sweep's hash: its points in grid order, each by its CSV identity (model and data as typed, which
 * the rows carry) and its content hash. Shards stamp their files with it; a queue sweep is named by it.
 */
export function sweepHash(points: readonly { spec: DesignPointSpec; hash: string }[]): string {
  return sha256Hex(JSON.stringify(['accsim-sweep/1', ...points.map((p) => [pointKey(p.spec), p.hash])]));
}
