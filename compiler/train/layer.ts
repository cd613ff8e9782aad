// The contract between the training engine's layers and the network that runs them: where parameters,
// gradients and state live, and what forward/backward take and return.
import type { Act } from './act.js';
import type { TrainKernels } from './kernels.js';

/** A contiguous range of one of the flat arrays (parameters, buffers or statistics). */
export interface Slot {
  readonly offset: number;
  readonly length: number;
}

/**
 * What one forward/backward pass of a shard works on. `params` are the trainable parameters (shared by
 * every shard), `grads` this shard's gradients in the same layout (layers ADD to them), `buffers` state
 * that is not trained (BatchNorm running statistics), `stats` this shard's contributions to buffer
 * updates (BatchNorm batch mean and variance), written in train mode.
 */
export interface RunContext {
  readonly kernels: TrainKernels;
  readonly params: Float32Array;
  readonly grads: Float32Array;
  readonly buffers: Float32Array;
  readonly stats: Float32Array;
  readonly train: boolean;
}

/**
 * One node of a training network. `forward` keeps what `backward` needs (one pass at a time: forward,
 * then at most one backward). `backward` receives the output gradient (it may overwrite it), adds the
 * parameter gradients to `ctx.grads`, and returns one gradient per input (undefined where the spec says
 * none is needed, e.g. the network input).
 */
export interface Layer {
  readonly name: string;
  readonly inputs: readonly string[];
  forward(xs: readonly Act[], ctx: RunContext): Act;
  backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[];
}

/** The fields every layer spec has: its kind, output value name, input value names and which inputs need gradients. */
export interface LayerSpecBase {
  readonly kind: string;
  readonly name: string;
  readonly inputs: readonly string[];
  readonly needGrad: readonly boolean[];
}

/** A layer built from its spec: its name and inputs are the spec's (one place, not a copy per layer class). */
export abstract class SpecLayer<S extends LayerSpecBase> implements Layer {
  constructor(protected readonly spec: S) {}

  get name(): string {
    return this.spec.name;
  }

  get inputs(): readonly string[] {
    return this.spec.inputs;
  }

  abstract forward(xs: readonly Act[], ctx: RunContext): Act;
  abstract backward(dy: Float32Array, ctx: RunContext): (Float32Array | undefined)[];
}

/** Builds a layer from its (JSON-serializable) spec; the table of these is passed to the network explicitly. */
export type LayerFactory = (spec: LayerSpecBase) => Layer;

/** A parameter-tensor transform applied before use (fake quantization of weights): forward, then backward. */
export interface WeightTransform {
  /** The tensor the layer uses in place of the latent `w` (a new array or `w` itself). */
  forward(w: Float32Array, ctx: RunContext): Float32Array;
  /** Gradient of the used tensor → gradient of the latent one (returned), own parameters' gradients added to ctx.grads. */
  backward(dw: Float32Array, ctx: RunContext): Float32Array;
}

/** Builds a weight transform from its spec (`kind` selects the factory). */
export type WeightTransformFactory = (spec: { readonly kind: string }) => WeightTransform;

/** The factories a network is built with: layer kinds and weight-transform kinds. */
export interface LayerFactories {
  readonly layers: Readonly<Record<string, LayerFactory>>;
  readonly weightTransforms: Readonly<Record<string, WeightTransformFactory>>;
}

/** Adds `src` into `dst` (same length). */
export function addInto(dst: Float32Array, src: Float32Array): void {
  for (let i = 0; i < dst.length; i++) dst[i]! += src[i]!;
}
