// Momentum cycling in one place: minimize (and train) hand a schedule's momentum(t) to the
// optimizer here, as PyTorch's OneCycleLR and CyclicLR write group["momentum"] or betas[0].
import { describe, invalid, LrlabError } from "../errors";
import type { Optimizer } from "../optimizers/optimizer";
import type { Schedule } from "../schedules/schedule";

/**
 * Checks, before any step, that `optimizer` can follow `schedule`'s momentum: when the schedule
 * cycles momentum (has `momentum`), the optimizer must have a `momentum` property, else an
 * LrlabError naming both and suggesting `cycleMomentum: false`, as PyTorch raises "optimizer must
 * support momentum or beta1 with `cycle_momentum` option enabled". Without a schedule, or with one
 * that does not cycle momentum, it does nothing.
 */
export function requireMomentumFor(optimizer: Optimizer, schedule: Schedule | undefined): void {
  if (schedule?.momentum === undefined) return;
  if (typeof schedule.momentum !== "function") {
    throw invalid(`${schedule.name}.momentum`, "a function of the step t", schedule.momentum);
  }
  if (typeof optimizer.momentum !== "number") {
    throw new LrlabError(
      `${schedule.name} cycles momentum, but the optimizer ${optimizer.name} has none: make the ` +
        `schedule with cycleMomentum: false, or use an optimizer with momentum (sgd, rmsprop, ` +
        `classicMomentum, adam, adamw, adamax, nadam, radam)`,
    );
  }
}

/**
 * Sets `optimizer.momentum` to `schedule.momentum(t)` for the update at step t, and returns that
 * value; returns undefined and changes nothing when there is no schedule or it does not cycle
 * momentum. Call it before each step, after setting the step's lr. Throws an LrlabError when the
 * optimizer has no momentum (see requireMomentumFor: call that first to fail before any step) or
 * when the value is one the optimizer rejects (e.g. β₁ ≥ 1 for adam).
 *
 * Example: applyScheduledMomentum(sgd({ momentum: 0.9 }), oneCycleLR({ maxLr: 1, totalSteps: 10 }), 2)
 * sets the optimizer's momentum to 0.85 and returns 0.85.
 */
export function applyScheduledMomentum(
  optimizer: Optimizer,
  schedule: Schedule | undefined,
  t: number,
): number | undefined {
  requireMomentumFor(optimizer, schedule);
  if (schedule?.momentum === undefined) return undefined;
  const momentum = schedule.momentum(t);
  try {
    optimizer.momentum = momentum;
  } catch (error) {
    if (!(error instanceof LrlabError)) throw error;
    throw new LrlabError(
      `${schedule.name}.momentum(${t}) = ${describe(momentum)} does not suit ${optimizer.name}: ${error.message}`,
    );
  }
  return momentum;
}
