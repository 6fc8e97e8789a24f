import type { Schedule } from "../schedules/schedule";

/** An optimizer updates parameters in place from their gradient, like torch.optim. */
export interface Optimizer {
  /** Display name, e.g. "adam". Figures colour runs by it. */
  readonly name: string;
  /**
   * With a number as the factory's `lr`: the learning rate of the next step, which may be set
   * between steps. With a schedule as `lr`: the rate the last step used (NaN before the first),
   * read-only, as the schedule sets it at every step.
   */
  lr: number;
  /**
   * The schedule given as the factory's `lr`, if any (optax's way: the rate has one home). step()
   * evaluates it at every step, t = 0, 1, 2, … since creation or reset(), with the context
   * { loss, grad, x: params }; a momentum-cycling schedule (oneCycleLR, cyclicLR) also sets
   * `momentum`. Runs are labelled with its name.
   */
  readonly schedule?: Schedule;
  /**
   * The momentum used by the next step, only on optimizers that have one: PyTorch's
   * `group["momentum"]` for sgd, rmsprop and classicMomentum, and β₁ (`group["betas"][0]`) for adam,
   * adamw, adamax, nadam and radam; adagrad and adadelta have no such property. Momentum-cycling
   * schedules (oneCycleLR, cyclicLR) write it before each step, as PyTorch's do. Setting it checks
   * the value as the factory checks its option (μ ≥ 0; β₁ in [0, 1)); reset() restores the
   * factory's value.
   */
  momentum?: number;
  /**
   * Updates `params` in place from `grad` (same length). `loss` is the loss at `params` before the
   * step: the optimizers that read it (polyakSgd, momo, momoAdam) require it, a finite number, and
   * the others ignore it. `minimize` and `train` always pass it.
   */
  step(params: Float64Array, grad: ArrayLike<number>, loss?: number): void;
  /**
   * Only on Schedule-Free optimizers (scheduleFreeSgd, scheduleFreeAdamw), which keep two sequences:
   * `params` is where gradients are taken (y, optax's params), and evalParams(params) returns a new
   * array with the point to evaluate and deploy (x, optax.contrib.schedule_free_eval_params),
   * computed from params and the state. Before the first step it is a copy of params. `minimize`
   * records it as `run.evalXs`; `train` evaluates there and returns it as `params`.
   */
  evalParams?(params: Float64Array): Float64Array;
  /**
   * Clears all state (step count and buffers), as a fresh optimizer; lr keeps its value, momentum
   * (if any) returns to the factory's, and a schedule given as lr starts again from t = 0.
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
   *
   * The optimizers from optax use optax's state names in camelCase, scalars as one-element arrays,
   * and each records the rate it has learned after every step, as a one-element array unless
   * noted: polyakSgd `stepSize`, dog and dowg `eta`, dadaptAdamw and prodigy `estimLr` (the
   * distance estimate d), scheduleFreeSgd and scheduleFreeAdamw `averagingWeight` (cₜ, with
   * `maxLr` and `weightSum`), cocob `eta` (per parameter), momo and momoAdam `tau`. Each file's
   * doc comment says which state entry is which symbol of its pseudo-code.
   */
  readonly buffers: Readonly<Record<string, Float64Array>>;
  /**
   * Each parameter's effective learning rate in the last step: |Δθᵢ| / |gᵢ| where gᵢ ≠ 0 (NaN
   * where gᵢ = 0), g being the gradient passed to step. Present only when the optimizer was made
   * with `trackEffectiveLr: true` (it copies params every step); from a recorded trajectory,
   * `effectiveLr(before, after, grad)` computes the same.
   */
  readonly effectiveLr?: Float64Array;
}
