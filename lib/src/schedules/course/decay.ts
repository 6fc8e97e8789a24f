import {
  invalid,
  parseOptions,
  REQUIRED,
  requireBoolean,
  requireNonNegative,
  requirePositive,
  requirePositiveFraction,
  requirePositiveInteger,
} from "../../errors";
import { renamed, requireSchedule, requireStep, timeSchedule } from "../define";
import type { Schedule } from "../schedule";
import { cosineAnnealingLR } from "../torch/cosine";
import { linearLR } from "../torch/linear";
import { sequentialLR } from "../torch/compose";

/** Options of constant. */
export interface ConstantOptions {
  /** The learning rate at every step (≥ 0). Required. */
  lr: number;
}

/**
 * A fixed rate: lr(t) = lr, i.e. no schedule.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.constant({ lr: 0.01 });
 * [0, 1, 1000].map((t) => s.lr(t)); // → [0.01, 0.01, 0.01]
 * ```
 */
export function constant(options: ConstantOptions): Schedule {
  const { lr } = parseOptions(
    "constant",
    options,
    { lr: [REQUIRED, requireNonNegative] },
    "{ lr: 0.01 }",
  );
  return timeSchedule("constant", () => lr);
}

/** Options of inverseTime. */
export interface InverseTimeOptions {
  /** The rate at t = 0 (≥ 0). Required. */
  lr: number;
  /** The decay k in lr/(1 + kt) (≥ 0; 0 keeps the rate constant). Required. */
  decay: number;
}

/**
 * Inverse-time decay: lr(t) = lr/(1 + decay·t), the time-based decay 1/(1 + kt) scaled by lr, with
 * t the step (or epoch) index from 0. It is Keras's legacy `decay` argument; the "dynamic" rate
 * 1/(1 + 0.01t) is inverseTime({ lr: 1, decay: 0.01 }).
 *
 * Example:
 *
 * ```ts
 * const s = schedules.inverseTime({ lr: 0.1, decay: 0.5 });
 * [0, 1, 2, 3].map((t) => s.lr(t)); // → [0.1, 0.0667, 0.05, 0.04]
 * const dynamic = schedules.inverseTime({ lr: 1, decay: 0.01 });
 * [0, 1, 2].map((t) => dynamic.lr(t)); // → [1, 0.990099, 0.980392]
 * ```
 */
export function inverseTime(options: InverseTimeOptions): Schedule {
  const { lr, decay } = parseOptions(
    "inverseTime",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      decay: [REQUIRED, requireNonNegative],
    },
    "{ lr: 0.1, decay: 0.5 }",
  );
  return timeSchedule("inverseTime", (t) => lr / (1 + decay * t));
}

/** Options of exponentialDecay: optax's exponential_decay arguments in camelCase. */
export interface ExponentialDecayOptions {
  /** The rate at t = 0 (≥ 0). Required. */
  lr: number;
  /** The factor applied over every decaySteps steps (≥ 0; below 1 to decay). Required. */
  decayRate: number;
  /** Steps over which the rate is multiplied by decayRate (> 0, default 1: every step). */
  decaySteps?: number;
  /** Decay in whole periods of decaySteps, a staircase, instead of smoothly (default false). */
  staircase?: boolean;
}

/**
 * Exponential decay as TensorFlow and optax define it: lr(t) = lr·decayRate^(t/decaySteps), or
 * with `staircase` lr·decayRate^⌊t/decaySteps⌋ (which is PyTorch's StepLR). "lr *= 0.99 after
 * every step" is exponentialDecay({ lr: 0.01, decayRate: 0.99 }).
 *
 * Example:
 *
 * ```ts
 * const smooth = schedules.exponentialDecay({ lr: 0.1, decayRate: 0.5, decaySteps: 2 });
 * [0, 1, 2, 3].map((t) => smooth.lr(t)); // → [0.1, 0.0707, 0.05, 0.0354]
 * const stairs = schedules.exponentialDecay({
 *   lr: 0.1,
 *   decayRate: 0.5,
 *   decaySteps: 2,
 *   staircase: true,
 * });
 * [0, 1, 2, 3].map((t) => stairs.lr(t)); // → [0.1, 0.1, 0.05, 0.05]
 * ```
 */
export function exponentialDecay(options: ExponentialDecayOptions): Schedule {
  const { lr, decayRate, decaySteps, staircase } = parseOptions(
    "exponentialDecay",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      decayRate: [REQUIRED, requireNonNegative],
      decaySteps: [1, requirePositive],
      staircase: [false, requireBoolean],
    },
    "{ lr: 0.1, decayRate: 0.5 }",
  );
  return timeSchedule("exponentialDecay", (t) => {
    const periods = t / decaySteps;
    return lr * decayRate ** (staircase ? Math.floor(periods) : periods);
  });
}

/** Options of restarts. */
export interface RestartsOptions {
  /** The schedule to restart (any Schedule, including loss-driven and stateful ones). Required. */
  schedule: Schedule;
  /** Steps between restarts (a positive integer). Required. */
  period: number;
}

/**
 * Restarts a schedule every `period` steps: lr(t, ctx) = schedule.lr(t mod period, ctx). The
 * context, reset, lrPerParameter and momentum pass through, so a loss- or gradient-driven schedule
 * works too, a stateful one starts over at each restart, and a momentum-cycling one (oneCycleLR,
 * cyclicLR) cycles its momentum again from the start of each period.
 *
 * Restarting a constant rate does nothing: `if t % 100 == 0: lr = 0.01` on a rate that starts at
 * 0.01 and never changes is restarts({ schedule: constant({ lr: 0.01 }), period: 100 }).
 * Restarting a decaying schedule is a real warm restart, e.g.
 * restarts({ schedule: exponentialDecay({ lr: 0.01, decayRate: 0.99 }), period: 100 }); see also
 * cosineAnnealingWarmRestarts.
 *
 * Example:
 *
 * ```ts
 * const decaying = schedules.exponentialDecay({ lr: 1, decayRate: 0.5 });
 * const s = schedules.restarts({ schedule: decaying, period: 2 });
 * [0, 1, 2, 3].map((t) => s.lr(t)); // → [1, 0.5, 1, 0.5]
 * const cycles = schedules.restarts({
 *   schedule: schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 }),
 *   period: 10,
 * });
 * [cycles.momentum!(2), cycles.momentum!(12)]; // → [0.85, 0.85]
 * ```
 */
export function restarts(options: RestartsOptions): Schedule {
  const { schedule, period } = parseOptions(
    "restarts",
    options,
    {
      schedule: [REQUIRED, requireSchedule],
      period: [REQUIRED, requirePositiveInteger],
    },
    "{ schedule: exponentialDecay({ lr: 0.01, decayRate: 0.99 }), period: 100 }",
  );
  const restarted: Schedule = {
    name: "restarts",
    lr: (t, ctx) => schedule.lr(requireStep(t) % period, ctx),
  };
  if (schedule.reset) restarted.reset = () => schedule.reset?.();
  if (schedule.lrPerParameter) {
    restarted.lrPerParameter = (t, dim, ctx) =>
      schedule.lrPerParameter!(requireStep(t) % period, dim, ctx);
  }
  if (schedule.momentum) {
    restarted.momentum = (t) => schedule.momentum!(requireStep(t) % period);
  }
  return restarted;
}

/** Options of warmupCosine (optax's warmup_cosine_decay_schedule, with its init_value as a factor). */
export interface WarmupCosineOptions {
  /** The peak rate, reached at t = warmupSteps (≥ 0). Required. */
  lr: number;
  /** Steps of linear warm-up (a positive integer). Required. */
  warmupSteps: number;
  /** The step at which the cosine reaches etaMin (an integer > warmupSteps). Required. */
  totalSteps: number;
  /** The rate at t = 0 as a fraction of lr (in (0, 1], default 0.1). */
  startFactor?: number;
  /** The rate at t = totalSteps and after (≥ 0, default 0). */
  etaMin?: number;
}

/**
 * Linear warm-up, then cosine decay, then a floor (optax's warmup_cosine_decay_schedule). The rate
 * rises linearly from startFactor·lr at t = 0 to lr at t = warmupSteps, falls along a half cosine
 * to etaMin at t = totalSteps and stays there. It is PyTorch's usual SequentialLR of LinearLR and
 * CosineAnnealingLR, plus the floor.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.warmupCosine({ lr: 1, warmupSteps: 2, totalSteps: 4, startFactor: 0.5 });
 * [0, 1, 2, 3, 4, 5].map((t) => s.lr(t)); // → [0.5, 0.75, 1, 0.5, 0, 0]
 * const floor = schedules.warmupCosine({ lr: 1, warmupSteps: 1, totalSteps: 3, etaMin: 0.1 });
 * [0, 1, 2, 3, 4].map((t) => floor.lr(t)); // → [0.1, 1, 0.55, 0.1, 0.1]
 * ```
 */
export function warmupCosine(options: WarmupCosineOptions): Schedule {
  const { lr, warmupSteps, totalSteps, startFactor, etaMin } = parseOptions(
    "warmupCosine",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      warmupSteps: [REQUIRED, requirePositiveInteger],
      totalSteps: [REQUIRED, requirePositiveInteger],
      startFactor: [0.1, requirePositiveFraction],
      etaMin: [0, requireNonNegative],
    },
    "{ lr: 0.1, warmupSteps: 5, totalSteps: 100 }",
  );
  if (totalSteps <= warmupSteps) {
    throw invalid("totalSteps", `an integer > warmupSteps (${warmupSteps})`, totalSteps);
  }
  return renamed(
    "warmupCosine",
    sequentialLR({
      schedules: [
        linearLR({ lr, startFactor, endFactor: 1, totalIters: warmupSteps }),
        cosineAnnealingLR({ lr, tMax: totalSteps - warmupSteps, etaMin }),
        constant({ lr: etaMin }),
      ],
      milestones: [warmupSteps, totalSteps],
    }),
  );
}
