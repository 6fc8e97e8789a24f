import { invalid, requireNonNegative, requireOptions, requirePoint } from "../errors";
import type { Objective, Vector } from "../objectives/objective";
import { requireGradientShape, requireObjective } from "../objectives/require-objective";
import type { Optimizer } from "../optimizers/optimizer";
import { requireSchedule } from "../schedules/define";
import type { Schedule } from "../schedules/schedule";
import { applyScheduledMomentum, requireMomentumFor } from "./momentum";
import { requireRecordableSteps, startRun, type Run, type RunStatus } from "./run";

export interface MinimizeOptions {
  /** Starting point: `objective.dim` finite numbers. */
  x0: Vector;
  /**
   * Updates the parameters; minimize resets it first (keeping its lr and momentum) and restores its
   * lr and momentum afterwards.
   */
  optimizer: Optimizer;
  /**
   * Sets optimizer.lr before every update; without one the optimizer's own lr is used. A schedule
   * that cycles momentum (oneCycleLR, cyclicLR) also sets optimizer.momentum.
   */
  schedule?: Schedule;
  /** Most updates to make: a positive integer, at most 10⁶ and 10⁷/dim (every step is recorded). */
  steps: number;
  /** Stops as "converged" once ‖∇f‖ ≤ tol. Default 1e-8; 0 stops only where ∇f = 0 exactly. */
  tol?: number;
}

const MINIMIZE_OPTIONS = ["x0", "optimizer", "schedule", "steps", "tol"];
const MINIMIZE_EXAMPLE = "{ x0: [1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 50 }";

/** A run diverges once its loss exceeds DIVERGENCE_FACTOR·max(1, |loss₀|). */
const DIVERGENCE_FACTOR = 1e6;

/** The loss past which a run whose first loss is `loss0` has diverged. */
export function divergenceBound(loss0: number): number {
  return DIVERGENCE_FACTOR * Math.max(1, Math.abs(loss0));
}

/** Why a run whose loss passed `bound` stopped, for its `reason`. */
export function pastBound(loss: number, bound: number): string {
  return `loss ${formatNumber(loss)} > ${formatNumber(bound)} = 1e6·max(1, |loss₀|)`;
}

/** Checks the optimizer option of the runners: an Optimizer from `optimizers`. */
export function requireOptimizer(parameter: string, optimizer: Optimizer): Optimizer {
  if (typeof optimizer?.step !== "function") {
    throw invalid(parameter, "an Optimizer such as optimizers.sgd({ lr: 0.1 })", optimizer);
  }
  return optimizer;
}

/** A number in 3 significant digits for labels and messages: 0.1, 0.098, 1e-7, 2.1e+7. */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(3));
  const magnitude = Math.abs(rounded);
  return magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-4)
    ? rounded.toExponential()
    : String(rounded);
}

export function norm(v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return Math.sqrt(sum);
}

export function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}

/**
 * Runs `optimizer` on `objective` from x0 for up to `steps` updates and records everything:
 * xs[t], losses[t] and grads[t] at every visited point (xs[0] = x0) and lrs[t], the rate of the
 * update from xs[t]. Each step: objective.nextBatch?.(), then loss and gradient at xs[t]; stop if
 * ‖grad‖ ≤ tol ("converged"); else lr = schedule.lr(t, { loss, grad, x }) and one optimizer step.
 * A schedule with `momentum` (oneCycleLR, cyclicLR) also sets optimizer.momentum to momentum(t)
 * before that step, as PyTorch's cycle_momentum does, and the run records it in `momenta`; an
 * optimizer without momentum (adagrad, adadelta) is then an error before any step.
 *
 * Divergence never throws and never records a NaN: if a new point, its loss or its gradient is not
 * finite, or its loss exceeds 1e6·max(1, |loss₀|), the run ends "diverged" at the last good point,
 * with `reason` saying what happened. A non-finite scheduled rate ends it the same way.
 *
 * A Schedule-Free optimizer (one with `evalParams`) takes gradients at xs, and the run also
 * records `evalXs`, the points to evaluate (optimizer.evalParams after each update). Optimizers that
 * read the loss (polyakSgd, momo, momoAdam) get losses[t] with each step.
 *
 * Re-running gives the same run: minimize calls optimizer.reset() and schedule.reset?.() first.
 * With a per-parameter schedule (lrPerParameter), the optimizer gets their mean m as lr and the
 * gradient scaled by rateᵢ/m (exact for plain SGD), and lrs records m.
 *
 * Example: minimize(f, { x0: [0], optimizer: sgd({ lr: 0.1 }), steps: 50 }) on f(x) = 3x² − 3x + 4
 * walks 0, 0.3, 0.42, … to 0.5.
 */
export function minimize(objective: Objective, options: MinimizeOptions): Run {
  requireObjective(objective);
  requireOptions("minimize", options, MINIMIZE_OPTIONS, MINIMIZE_EXAMPLE);
  const { optimizer, schedule } = options;
  requirePoint(options.x0, objective.dim, "x0");
  const steps = requireRecordableSteps("steps", options.steps, objective.dim);
  const tol = requireNonNegative("tol", options.tol ?? 1e-8);
  requireOptimizer("optimizer", optimizer);
  if (schedule !== undefined) requireSchedule("schedule", schedule);
  requireMomentumFor(optimizer, schedule);

  const baseLr = optimizer.lr;
  const restore = startRun(optimizer, schedule);
  const xs: Float64Array[] = [];
  // Schedule-Free's evaluation points, one per xs (optimizer.evalParams at each recorded point).
  const evalXs: Float64Array[] | undefined = optimizer.evalParams ? [] : undefined;
  const evalLosses: number[] | undefined = optimizer.evalParams ? [] : undefined;
  const losses: number[] = [];
  const grads: Float64Array[] = [];
  const lrs: number[] = [];
  const momenta: number[] = [];
  let status: RunStatus = "max-steps";
  let reason: string | undefined;
  let bound = Infinity;
  let x = Float64Array.from(options.x0);

  const stopDiverged = (t: number, what: string) => {
    status = "diverged";
    reason = `step ${t}: ${what}`;
  };

  try {
    for (let t = 0; ; t++) {
      if (!allFinite(x)) {
        stopDiverged(t, "the parameters are not finite");
        break;
      }
      objective.nextBatch?.();
      const loss = objective.value(x);
      const grad = requireGradientShape(objective.gradient(x), x.length);
      if (!Number.isFinite(loss) || !allFinite(grad)) {
        if (t === 0)
          throw invalid("x0", "a point where the loss and gradient are finite", options.x0);
        stopDiverged(t, `the ${Number.isFinite(loss) ? "gradient" : "loss"} is not finite`);
        break;
      }
      if (loss > bound) {
        stopDiverged(t, pastBound(loss, bound));
        break;
      }
      if (t === 0) bound = divergenceBound(loss);
      xs.push(x);
      if (evalXs && evalLosses) {
        const evalX = optimizer.evalParams!(x);
        evalXs.push(evalX);
        evalLosses.push(objective.value(evalX));
      }
      losses.push(loss);
      grads.push(grad);
      if (norm(grad) <= tol) {
        status = "converged";
        break;
      }
      if (t === steps) break;

      const context = { loss, grad, x };
      const rates = schedule?.lrPerParameter?.(t, x.length, context);
      if (rates?.some((rate) => rate < 0)) {
        throw invalid(`${schedule?.name}.lrPerParameter(${t})`, "rates ≥ 0", rates);
      }
      const lr = rates
        ? rates.reduce((a, b) => a + b, 0) / rates.length
        : (schedule?.lr(t, context) ?? baseLr);
      if (typeof lr !== "number") {
        throw invalid(`${schedule?.name ?? "schedule"}.lr(${t})`, "a number ≥ 0", lr);
      }
      if (!Number.isFinite(lr)) {
        // Named by the update it would have made, as the other reasons are.
        stopDiverged(t + 1, `${schedule?.name} gave the learning rate ${lr}`);
        break;
      }
      if (lr < 0) throw invalid(`${schedule?.name}.lr(${t})`, "a number ≥ 0", lr);
      optimizer.lr = lr;
      lrs.push(lr);
      const momentum = applyScheduledMomentum(optimizer, schedule, t);
      if (momentum !== undefined) momenta.push(momentum);
      x = Float64Array.from(x);
      optimizer.step(x, rates && lr > 0 ? grad.map((g, i) => (g * rates[i]) / lr) : grad, loss);
    }
  } finally {
    restore();
  }
  lrs.length = xs.length - 1;
  momenta.length = Math.min(momenta.length, lrs.length);

  const firstLr = lrs.length > 0 ? lrs[0] : baseLr;
  return {
    label: `${optimizer.name} lr=${formatNumber(firstLr)}${schedule ? ` ${schedule.name}` : ""}`,
    optimizer: optimizer.name,
    objective: objective.name,
    xs,
    ...(evalXs && evalLosses && { evalXs, evalLosses }),
    losses,
    grads,
    lrs,
    ...(schedule?.momentum !== undefined && { momenta }),
    status,
    steps: xs.length - 1,
    ...(reason !== undefined && { reason }),
  };
}
