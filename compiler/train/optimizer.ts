// Optimizers over the flat parameter array: SGD with momentum and Adam (Kingma & Ba 2015, bias-corrected),
// with decoupled weight decay (AdamW / SGDW style) on the parameters a mask selects. Deterministic:
// elementwise in index order, state in Float32Arrays that a checkpoint saves.

export interface OptimizerConfig {
  readonly kind: 'sgd' | 'adam';
  /** SGD momentum (0.9) or Adam β1. */
  readonly momentum: number;
  /** Adam β2. */
  readonly beta2: number;
  readonly eps: number;
  /** Decoupled weight decay per step: p −= lr·weightDecay·p where `decay` is 1. */
  readonly weightDecay: number;
}

export const ADAM: OptimizerConfig = { kind: 'adam', momentum: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };
export const SGD_MOMENTUM: OptimizerConfig = { kind: 'sgd', momentum: 0.9, beta2: 0, eps: 0, weightDecay: 0 };

/** Optimizer state: first and second moments and the step count. */
export interface OptimizerState {
  m: Float32Array;
  v: Float32Array;
  t: number;
}

export function newOptimizerState(size: number): OptimizerState {
  return { m: new Float32Array(size), v: new Float32Array(size), t: 0 };
}

/**
 * One update of `params` with gradient `grads` at learning rate `lr` (scaled per element by `lrScale`
 * when given; `decay[i]` = 1 applies the weight decay to element i).
 *   sgd:  m = μ·m + g;  p −= lr·m
 *   adam: m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g²;  p −= lr·(m/(1−β1^t)) / (√(v/(1−β2^t)) + ε)
 */
export function optimizerStep(cfg: OptimizerConfig, state: OptimizerState, params: Float32Array, grads: Float32Array, lr: number, decay?: Uint8Array, lrScale?: Float32Array): void {
  state.t++;
  const { m, v } = state;
  const b1 = cfg.momentum;
  const c1 = 1 - b1 ** state.t;
  const c2 = 1 - cfg.beta2 ** state.t;
  for (let i = 0; i < params.length; i++) {
    const rate = lrScale ? lr * lrScale[i]! : lr;
    const g = grads[i]!;
    if (cfg.weightDecay > 0 && decay?.[i] === 1) params[i]! -= rate * cfg.weightDecay * params[i]!;
    if (cfg.kind === 'sgd') {
      m[i] = b1 * m[i]! + g;
      params[i]! -= rate * m[i]!;
    } else {
      m[i] = b1 * m[i]! + (1 - b1) * g;
      v[i] = cfg.beta2 * v[i]! + (1 - cfg.beta2) * g * g;
      params[i]! -= (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + cfg.eps);
    }
  }
}
