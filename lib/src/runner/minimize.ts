import { invalid, parseOptions, requireNonNegative, requirePoint, REQUIRED } from "../errors";
import type { Objective, Vector } from "../objectives/objective";
import { requireGradientShape, requireObjective } from "../objectives/require-objective";
import type { Optimizer } from "../optimizers/optimizer";
import { allFinite, norm } from "../vectors";
import {
  divergenceBound,
  pastBound,
  rejectScheduleOption,
  requireOptimizer,
  requireRecordableSteps,
  runLabel,
  startRun,
  type Run,
  type RunStatus,
} from "./run";

export interface MinimizeOptions {
  /** Starting point: `objective.dim` finite numbers. */
  x0: Vector;
  /**
   * Updates the parameters, at the rate its `lr` gives: a number, or a schedule such as
   * `sgd({ lr: inverseTime({ lr: 0.1, decay: 0.01 }) })`. minimize resets it first, which starts a
   * schedule again; a number lr and a momentum set on it are kept, and what a schedule sets is
   * left where the schedule put it.
   */
  optimizer: Optimizer;
  /** Most updates to make: a positive integer, at most 10⁶ and 10⁷/dim (every step is recorded). */
  steps: number;
  /** Stops as "converged" once ‖∇f‖ ≤ tol. Default 1e-8; 0 stops only where ∇f = 0 exactly. */
  tol?: number;
}

const MINIMIZE_EXAMPLE = "{ x0: [1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 50 }";

/**
 * Runs `optimizer` on `objective` from x0 for up to `steps` updates and records everything:
 * xs[t], losses[t] and grads[t] at every visited point (xs[0] = x0) and lrs[t], the rate of the
 * update from xs[t]. Each step: objective.nextBatch?.(), then loss and gradient at xs[t]; stop if
 * ‖grad‖ ≤ tol ("converged"); else one optimizer step, optimizer.step(x, grad, loss). An optimizer
 * made with a schedule as its lr evaluates it in that step (lr = schedule.lr(t, { loss, grad, x }));
 * lrs records the rate each step used. A schedule with `momentum` (oneCycleLR, cyclicLR) also sets
 * the optimizer's momentum, as PyTorch's cycle_momentum does, and the run records it in `momenta`.
 *
 * Divergence never throws and never records a NaN: if a new point, its loss or its gradient is not
 * finite, or its loss exceeds 1e6·max(1, |loss₀|), the run ends "diverged" at the last good point,
 * with `reason` saying what happened. A schedule that gives a rate that is not a finite number ≥ 0
 * is an error (the schedule, not the run, is wrong).
 *
 * A Schedule-Free optimizer (one with `evalParams`) takes gradients at xs, and the run also
 * records `evalXs`, the points to evaluate (optimizer.evalParams after each update). Optimizers that
 * read the loss (polyakSgd, momo, momoAdam) get losses[t] with each step.
 *
 * Re-running gives the same run: minimize calls optimizer.reset() first, which starts its schedule
 * again. With a per-parameter schedule (lrPerParameter), lrs records the rates' mean.
 *
 * Example: minimize(f, { x0: [0], optimizer: sgd({ lr: 0.1 }), steps: 50 }) on f(x) = 3x² − 3x + 4
 * walks 0, 0.3, 0.42, … to 0.5.
 */
export function minimize(objective: Objective, options: MinimizeOptions): Run {
  requireObjective(objective);
  rejectScheduleOption("minimize", options);
  const { x0, optimizer, steps, tol } = parseOptions(
    "minimize",
    options,
    {
      x0: [REQUIRED, (name, value) => requirePoint(value, objective.dim, name)],
      optimizer: [REQUIRED, requireOptimizer],
      steps: [REQUIRED, (name, value) => requireRecordableSteps(name, value, objective.dim)],
      tol: [1e-8, requireNonNegative],
    },
    MINIMIZE_EXAMPLE,
  );
  const cyclesMomentum = optimizer.schedule?.momentum !== undefined;
  startRun(optimizer);
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
  let x = Float64Array.from(x0);

  const stopDiverged = (t: number, what: string) => {
    status = "diverged";
    reason = `step ${t}: ${what}`;
  };

  for (let t = 0; ; t++) {
    if (!allFinite(x)) {
      stopDiverged(t, "the parameters are not finite");
      break;
    }
    objective.nextBatch?.();
    const loss = objective.value(x);
    const grad = requireGradientShape(objective.gradient(x), x.length);
    if (!Number.isFinite(loss) || !allFinite(grad)) {
      if (t === 0) throw invalid("x0", "a point where the loss and gradient are finite", x0);
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

    x = Float64Array.from(x);
    optimizer.step(x, grad, loss);
    lrs.push(optimizer.lr);
    if (cyclesMomentum) momenta.push(optimizer.momentum!);
  }
  lrs.length = xs.length - 1;
  momenta.length = lrs.length;

  return {
    label: runLabel(optimizer, lrs),
    optimizer: optimizer.name,
    objective: objective.name,
    xs,
    ...(evalXs && evalLosses && { evalXs, evalLosses }),
    losses,
    grads,
    lrs,
    ...(cyclesMomentum && { momenta }),
    status,
    steps: xs.length - 1,
    ...(reason !== undefined && { reason }),
  };
}
