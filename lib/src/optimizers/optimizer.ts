/** An optimizer updates parameters in place from their gradient, like torch.optim. */
export interface Optimizer {
  /** Display name, e.g. "adam". Figures colour runs by it. */
  readonly name: string;
  /** The learning rate used by the next step; schedules write it before each step. */
  lr: number;
  /** Updates `params` in place from `grad` (same length). */
  step(params: Float64Array, grad: ArrayLike<number>): void;
  /** Clears all state (step count and buffers), as a fresh optimizer. */
  reset(): void;
  /** Read-only view of the state: step count and buffers such as momentum or squared-gradient averages. */
  readonly state: OptimizerState;
}

export interface OptimizerState {
  /** Steps taken since creation or the last reset. */
  readonly step: number;
  /** Named per-parameter buffers, e.g. momentumBuffer, sum, squareAvg, expAvg, expAvgSq. */
  readonly buffers: Readonly<Record<string, Float64Array>>;
  /**
   * Each parameter's effective learning rate in the last step: |Δθᵢ| / |gᵢ| where gᵢ ≠ 0
   * (NaN where gᵢ = 0). Lessons plot how adaptive methods change it.
   */
  readonly effectiveLr?: Float64Array;
}
