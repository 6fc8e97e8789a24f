/** What loss- and gradient-driven schedules see at step t: the loss and gradient at the current parameters. */
export interface ScheduleContext {
  readonly loss: number;
  readonly grad: ArrayLike<number>;
  /** The current parameters. An optimizer's step() always passes them; only `localMinimum` needs them. */
  readonly x?: ArrayLike<number>;
}

/**
 * A learning-rate schedule. `lr(t)` is the learning rate in effect after t scheduler steps.
 * Given as an optimizer's lr (`sgd({ lr: schedule })`), it is called by that optimizer's step(), in
 * order t = 0, 1, 2, … with the context. Time-based schedules ignore `ctx` and may be called in
 * any order.
 */
export interface Schedule {
  readonly name: string;
  lr(t: number, ctx?: ScheduleContext): number;
  /** Clears internal state (for stateful schedules such as reduceLROnPlateau). */
  reset?(): void;
  /**
   * Per-parameter schedules only (`randomPerParameter`): one rate per parameter at step t.
   * An optimizer given it as lr steps with their mean m as its rate and the gradient scaled by
   * rateᵢ/m, so plain SGD moves each θᵢ by exactly −rateᵢ·gᵢ; other optimizers see a rescaled
   * gradient instead. Its lr, and a run's lrs, read m.
   */
  lrPerParameter?(t: number, dim: number, ctx?: ScheduleContext): Float64Array;
  /**
   * Momentum-cycling schedules only (oneCycleLR and cyclicLR, unless made with
   * `cycleMomentum: false`, and sequentialLR and restarts wrapping one): the momentum in effect for
   * the update at step t, indexed as `lr(t)`.
   * It is SGD's, RMSprop's and classicMomentum's μ, or the Adam family's β₁, as PyTorch's
   * `cycle_momentum` writes `group["momentum"]` or `group["betas"][0]`. An optimizer given the
   * schedule as lr sets its momentum to it before each step (optimizers/scheduled.ts), and
   * `minimize` records it in `run.momenta`; an optimizer without momentum (adagrad, adadelta) made
   * with such a schedule is an error.
   */
  momentum?(t: number): number;
}
