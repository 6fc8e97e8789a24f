import {
  requireBoolean,
  requireNonNegative,
  requireOptions,
  requirePositive,
  requirePositiveInteger,
} from "../../errors";
import { requireSchedule, requireStep, timeSchedule } from "../define";
import { requireNumber } from "../../errors";
import type { Schedule } from "../schedule";
import { cosineAnnealingLR } from "../torch/cosine";
import { linearLR } from "../torch/linear";
import { sequentialLR } from "../torch/compose";

/**
 * A fixed rate: lr(t) = lr. What the course calls "no schedule".
 *
 * Example: constant({ lr: 0.01 }) gives 0.01, 0.01, 0.01, …
 */
export function constant(options: { lr: number }): Schedule {
  requireOptions("constant", options, ["lr"], "{ lr: 0.01 }");
  const lr = requireNonNegative("lr", options.lr);
  return timeSchedule("constant", () => lr);
}

/**
 * Inverse-time decay: lr(t) = lr / (1 + decay·t). Seed 004's lr_i = lr/(1 + decay·i) with i the
 * epoch index from 0, Keras's legacy `decay` argument, and seed 003's "dynamic" rate
 * 1/(1 + 0.01t) = inverseTime({ lr: 1, decay: 0.01 }).
 *
 * Example: inverseTime({ lr: 0.1, decay: 0.5 }) gives 0.1, 0.0667, 0.05, 0.04 at t = 0…3.
 */
export function inverseTime(options: { lr: number; decay: number }): Schedule {
  requireOptions("inverseTime", options, ["lr", "decay"], "{ lr: 0.1, decay: 0.5 }");
  const lr = requireNonNegative("lr", options.lr);
  const decay = requireNonNegative("decay", options.decay);
  return timeSchedule("inverseTime", (t) => lr / (1 + decay * t));
}

/**
 * Exponential decay as TensorFlow and optax define it: lr(t) = lr·decayRate^(t/decaySteps), or
 * with `staircase` lr·decayRate^⌊t/decaySteps⌋ (which is PyTorch's StepLR). Seed 003's
 * "lr *= 0.99 after every step" is exponentialDecay({ lr: 0.01, decayRate: 0.99 }).
 *
 * Example: exponentialDecay({ lr: 0.1, decayRate: 0.5, decaySteps: 2 }) gives 0.1, 0.0707, 0.05,
 * 0.0354 at t = 0…3; with staircase: true, 0.1, 0.1, 0.05, 0.05.
 */
export function exponentialDecay(options: {
  lr: number;
  decayRate: number;
  decaySteps?: number;
  staircase?: boolean;
}): Schedule {
  const known = ["lr", "decayRate", "decaySteps", "staircase"];
  requireOptions("exponentialDecay", options, known, "{ lr: 0.1, decayRate: 0.5 }");
  const lr = requireNonNegative("lr", options.lr);
  const decayRate = requireNonNegative("decayRate", options.decayRate);
  const decaySteps = requirePositive("decaySteps", options.decaySteps ?? 1);
  const staircase = requireBoolean("staircase", options.staircase ?? false);
  return timeSchedule("exponentialDecay", (t) => {
    const periods = t / decaySteps;
    return lr * decayRate ** (staircase ? Math.floor(periods) : periods);
  });
}

/**
 * Restarts a schedule every `period` steps: lr(t, ctx) = schedule.lr(t mod period, ctx). The
 * context, reset and lrPerParameter pass through, so a loss- or gradient-driven schedule works
 * too, and a stateful one starts over at each restart.
 *
 * Seed 003's restart code, `if t % 100 == 0: learning_rate = 0.01` on a rate that starts at 0.01
 * and never changes, is restarts({ schedule: constant({ lr: 0.01 }), period: 100 }): the restart
 * does nothing. Restarting a decaying schedule is a real warm restart, e.g.
 * restarts({ schedule: exponentialDecay({ lr: 0.01, decayRate: 0.99 }), period: 100 }); see also
 * cosineAnnealingWarmRestarts.
 *
 * Example: restarts({ schedule: exponentialDecay({ lr: 1, decayRate: 0.5 }), period: 2 }) gives
 * 1, 0.5, 1, 0.5 at t = 0…3.
 */
export function restarts(options: { schedule: Schedule; period: number }): Schedule {
  const example = "{ schedule: exponentialDecay({ lr: 0.01, decayRate: 0.99 }), period: 100 }";
  requireOptions("restarts", options, ["schedule", "period"], example);
  const schedule = requireSchedule("schedule", options.schedule);
  const period = requirePositiveInteger("period", options.period);
  const restarted: Schedule = {
    name: "restarts",
    lr: (t, ctx) => schedule.lr(requireStep(t) % period, ctx),
  };
  if (schedule.reset) restarted.reset = () => schedule.reset?.();
  if (schedule.lrPerParameter) {
    restarted.lrPerParameter = (t, dim, ctx) =>
      schedule.lrPerParameter!(requireStep(t) % period, dim, ctx);
  }
  return restarted;
}

/**
 * Linear warm-up, then cosine decay, then a floor (seed 000's warm-up; optax's
 * warmup_cosine_decay_schedule). The rate rises linearly from startFactor·lr at t = 0 to lr at
 * t = warmupSteps, falls along a half cosine to etaMin at t = totalSteps and stays there. It is
 * PyTorch's usual SequentialLR of LinearLR and CosineAnnealingLR, plus the floor.
 *
 * Example: warmupCosine({ lr: 1, warmupSteps: 2, totalSteps: 4, startFactor: 0.5 }) gives
 * 0.5, 0.75, 1, 0.5, 0, 0 at t = 0…5.
 */
export function warmupCosine(options: {
  lr: number;
  warmupSteps: number;
  totalSteps: number;
  startFactor?: number;
  etaMin?: number;
}): Schedule {
  const known = ["lr", "warmupSteps", "totalSteps", "startFactor", "etaMin"];
  requireOptions("warmupCosine", options, known, "{ lr: 0.1, warmupSteps: 5, totalSteps: 100 }");
  const { lr, startFactor = 0.1, etaMin = 0 } = options;
  const warmupSteps = requirePositiveInteger("warmupSteps", options.warmupSteps);
  const totalSteps = requireNumber(
    "totalSteps",
    options.totalSteps,
    `an integer > warmupSteps (${warmupSteps})`,
    (v) => Number.isInteger(v) && v > warmupSteps,
  );
  const schedule = sequentialLR({
    schedules: [
      linearLR({ lr, startFactor, endFactor: 1, totalIters: warmupSteps }),
      cosineAnnealingLR({ lr, tMax: totalSteps - warmupSteps, etaMin }),
      constant({ lr: etaMin }),
    ],
    milestones: [warmupSteps, totalSteps],
  });
  return { name: "warmupCosine", lr: schedule.lr };
}
