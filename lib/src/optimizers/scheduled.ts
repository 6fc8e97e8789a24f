// One source of truth for the rate: a schedule given as an optimizer's `lr` (optax's way) is
// evaluated here, inside step(), and nowhere else. Momentum cycling (oneCycleLR, cyclicLR) is
// applied here too, as PyTorch's schedulers write group["momentum"] or betas[0].
import { describe, invalid, LrlabError } from "../errors";
import { requireSchedule } from "../schedules/define";
import type { Schedule, ScheduleContext } from "../schedules/schedule";
import type { Optimizer } from "./optimizer";

/**
 * Checks, before any step, that `optimizer` can follow `schedule`'s momentum: when the schedule
 * cycles momentum (has `momentum`), the optimizer must have a `momentum` property, else an
 * LrlabError naming both and suggesting `cycleMomentum: false`, as PyTorch raises "optimizer must
 * support momentum or beta1 with `cycle_momentum` option enabled".
 */
function requireMomentumFor(optimizer: Optimizer, schedule: Schedule): void {
  if (schedule.momentum === undefined) return;
  if (typeof schedule.momentum !== "function") {
    throw invalid(`${schedule.name}.momentum`, "a function of the step t", schedule.momentum);
  }
  if (typeof optimizer.momentum !== "number") {
    throw new LrlabError(
      `${schedule.name} cycles momentum, but the optimizer ${optimizer.name} has none: make the ` +
        `schedule with cycleMomentum: false, or use an optimizer with momentum (sgd, rmsprop, ` +
        `classicMomentum, the Adam family, dadaptAdamw, prodigy, momo, momoAdam, lion)`,
    );
  }
}

/**
 * `optimizer` with its rate (and, for a momentum-cycling schedule, its momentum) set by `schedule`
 * before every step. Each step t = 0, 1, 2, … (counted since creation or reset):
 *
 * ```text
 * ctx ← { loss, grad, x: params }               (what step(params, grad, loss) was given)
 * if the schedule is per-parameter (lrPerParameter):
 *   rᵢ ← schedule.lrPerParameter(t, n, ctx);  γ ← mean(r);  g ← g · r/γ   (exact for plain SGD)
 * else:
 *   γ ← schedule.lr(t, ctx)                     (a finite number ≥ 0, else an LrlabError)
 * μ ← schedule.momentum(t)                      (momentum-cycling schedules only)
 * optimizer.step(params, g, loss) with rate γ and momentum μ
 * ```
 *
 * `lr` then reads the rate of the last step (NaN before the first) and cannot be set: the schedule
 * is the rate's one source. `reset()` resets the schedule too. A schedule that keeps state from
 * step to step (one with `reset`, such as reduceLROnPlateau) belongs to the optimizer that last
 * started it at t = 0: another optimizer stepping it is an error, as each needs its own. With a
 * per-parameter schedule, `state.effectiveLr` (trackEffectiveLr) is measured against the scaled
 * gradient, so it reads γ for every parameter. The factories call this when their `lr` option is a
 * schedule, so `sgd({ lr: stepLR({ lr: 0.1, stepSize: 30 }) })` is the public way in.
 */
/** Which optimizer a stateful schedule serves: the one that last started it at t = 0. */
const owners = new WeakMap<Schedule, Optimizer>();

export function withSchedule(optimizer: Optimizer, schedule: Schedule): Optimizer {
  requireSchedule("lr", schedule);
  requireMomentumFor(optimizer, schedule);
  let t = 0;
  let lastLr = NaN;
  let scaled: Float64Array | undefined;
  const claim = (step: number) => {
    if (step === 0) owners.set(schedule, scheduled);
    else if (owners.get(schedule) !== scheduled) {
      throw new LrlabError(
        `${schedule.name} keeps state from step to step, and another optimizer has started it ` +
          `since: give each optimizer its own ${schedule.name}({ … })`,
      );
    }
  };
  /** The rate of step t (the mean, for per-parameter rates), checked; names the schedule on error. */
  const rateOf = (step: number, n: number, context: ScheduleContext, noLoss: boolean) => {
    let rates: Float64Array | undefined;
    let lr: number;
    try {
      rates = schedule.lrPerParameter?.(step, n, context);
      lr = rates ? rates.reduce((a, b) => a + b, 0) / rates.length : schedule.lr(step, context);
    } catch (error) {
      if (!(noLoss && error instanceof LrlabError)) throw error;
      throw new LrlabError(
        `${schedule.name} reads the loss: call ${optimizer.name}'s step(params, grad, loss) with ` +
          `the loss at params (${error.message})`,
      );
    }
    if (rates && (rates.length !== n || rates.some((r) => !(r >= 0) || !Number.isFinite(r)))) {
      throw invalid(`${schedule.name}.lrPerParameter(${step})`, `${n} finite rates ≥ 0`, rates);
    }
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) {
      throw invalid(`${schedule.name}.lr(${step})`, "a finite number ≥ 0", lr);
    }
    return { lr, rates };
  };
  const scheduled: Optimizer = {
    name: optimizer.name,
    schedule,
    get lr() {
      return lastLr;
    },
    set lr(value: number) {
      throw invalid(
        "lr",
        `left to the schedule: ${optimizer.name}'s rate comes from ${schedule.name} at every step ` +
          `(make a new optimizer to change it)`,
        value,
      );
    },
    step(params, grad, loss) {
      if (schedule.reset) claim(t);
      const context = { loss: loss ?? NaN, grad, x: params };
      const { lr, rates } = rateOf(t, params.length, context, loss === undefined);
      optimizer.lr = lr;
      if (schedule.momentum !== undefined) applyMomentum(optimizer, schedule, t);
      let g = grad;
      if (rates && lr > 0) {
        scaled = scaled?.length === grad.length ? scaled : new Float64Array(grad.length);
        for (let i = 0; i < grad.length; i++) scaled[i] = (grad[i] * rates[i]) / lr;
        g = scaled;
      }
      optimizer.step(params, g, loss);
      lastLr = lr;
      t += 1;
    },
    reset() {
      optimizer.reset();
      if (owners.get(schedule) === scheduled) schedule.reset?.();
      t = 0;
      lastLr = NaN;
    },
    get state() {
      return optimizer.state;
    },
  };
  if (optimizer.evalParams) scheduled.evalParams = (params) => optimizer.evalParams!(params);
  if (typeof optimizer.momentum === "number") {
    Object.defineProperty(scheduled, "momentum", {
      enumerable: true,
      get: () => optimizer.momentum,
      set: (value: number) => {
        if (schedule.momentum !== undefined) {
          throw invalid(
            "momentum",
            `left to the schedule: ${schedule.name} cycles ${optimizer.name}'s momentum at every step`,
            value,
          );
        }
        optimizer.momentum = value;
      },
    });
  }
  return scheduled;
}

/** Sets the momentum of the update at step t to schedule.momentum(t), naming the schedule on error. */
function applyMomentum(optimizer: Optimizer, schedule: Schedule, t: number): void {
  const momentum = schedule.momentum!(t);
  try {
    optimizer.momentum = momentum;
  } catch (error) {
    if (!(error instanceof LrlabError)) throw error;
    throw new LrlabError(
      `${schedule.name}.momentum(${t}) = ${describe(momentum)} does not suit ${optimizer.name}: ${error.message}`,
    );
  }
}
