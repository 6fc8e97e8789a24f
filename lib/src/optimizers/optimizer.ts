/** An optimizer updates parameters in place from their gradient, like torch.optim. */
export interface Optimizer {
  /** Display name, e.g. "adam". Figures colour runs by it. */
  readonly name: string;
  /** The learning rate used by the next step; schedules write it before each step. */
  lr: number;
  /**
   * The momentum used by the next step, only on optimizers that have one: PyTorch's
   * `group["momentum"]` for sgd, rmsprop and classicMomentum, and β₁ (`group["betas"][0]`) for adam,
   * adamw, adamax, nadam and radam; adagrad and adadelta have no such property. Momentum-cycling
   * schedules (oneCycleLR, cyclicLR) write it before each step, as PyTorch's do. Setting it checks
   * the value as the factory checks its option (μ ≥ 0; β₁ in [0, 1)); reset() restores the
   * factory's value.
   */
  momentum?: number;
  /** Updates `params` in place from `grad` (same length). */
  step(params: Float64Array, grad: ArrayLike<number>): void;
  /**
   * Clears all state (step count and buffers), as a fresh optimizer; lr keeps its value, momentum
   * (if any) returns to the factory's.
   */
  reset(): void;
  /**
   * A snapshot (copies) of the state: step count and buffers such as momentum or squared-gradient
   * averages. Read it after each step to plot how the state evolves.
   */
  readonly state: OptimizerState;
}

export interface OptimizerState {
  /** Steps taken since creation or the last reset. */
  readonly step: number;
  /**
   * PyTorch's per-parameter state in camelCase (momentumBuffer, sum, squareAvg, gradAvg, accDelta,
   * expAvg, expAvgSq, maxExpAvgSq, expInf), each sized to params; NAdam's scalar muProduct is a
   * one-element array. Empty before the first step.
   */
  readonly buffers: Readonly<Record<string, Float64Array>>;
  /**
   * Each parameter's effective learning rate in the last step: |Δθᵢ| / |gᵢ| where gᵢ ≠ 0 (NaN
   * where gᵢ = 0), g being the gradient passed to step. Present only when the optimizer was made
   * with `trackEffectiveLr: true` (it copies params every step); from a recorded trajectory,
   * `optimizers.effectiveLr(before, after, grad)` computes the same.
   */
  readonly effectiveLr?: Float64Array;
}
