import { parseOptions, REQUIRED, requireNonNegative, requirePositiveInteger } from "../../errors";
import { exponentialDecay } from "../course/decay";
import { renamed, requireSteps, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Options of stepLR: PyTorch's StepLR arguments in camelCase. */
export interface StepLROptions {
  /** The starting learning rate (≥ 0). Required. */
  lr: number;
  /** Steps between two cuts of the rate (a positive integer). Required. */
  stepSize: number;
  /** The factor of each cut (≥ 0, default 0.1). */
  gamma?: number;
}

/**
 * PyTorch's StepLR: lr(t) = lr·gamma^⌊t/stepSize⌋, exponential decay with a staircase.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.stepLR({ lr: 0.1, stepSize: 2 });
 * [0, 1, 2, 3, 4].map((t) => s.lr(t)); // → [0.1, 0.1, 0.01, 0.01, 0.001]
 * ```
 */
export function stepLR(options: StepLROptions): Schedule {
  const { lr, stepSize, gamma } = parseOptions(
    "stepLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      stepSize: [REQUIRED, requirePositiveInteger],
      gamma: [0.1, requireNonNegative],
    },
    "{ lr: 0.1, stepSize: 10 }",
  );
  return renamed(
    "stepLR",
    exponentialDecay({ lr, decayRate: gamma, decaySteps: stepSize, staircase: true }),
  );
}

/** Options of multiStepLR: PyTorch's MultiStepLR arguments in camelCase. */
export interface MultiStepLROptions {
  /** The starting learning rate (≥ 0). Required. */
  lr: number;
  /** The steps at which the rate is cut (integers ≥ 0, any order; repeats cut twice). Required. */
  milestones: readonly number[];
  /** The factor of each cut (≥ 0, default 0.1). */
  gamma?: number;
}

/**
 * PyTorch's MultiStepLR: lr(t) = lr·gamma^(number of milestones ≤ t). A milestone listed twice
 * counts twice, as in PyTorch.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.multiStepLR({ lr: 1, milestones: [1, 3], gamma: 0.5 });
 * [0, 1, 2, 3].map((t) => s.lr(t)); // → [1, 0.5, 0.5, 0.25]
 * ```
 */
export function multiStepLR(options: MultiStepLROptions): Schedule {
  const { lr, milestones, gamma } = parseOptions(
    "multiStepLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      milestones: [REQUIRED, requireSteps],
      gamma: [0.1, requireNonNegative],
    },
    "{ lr: 0.1, milestones: [30, 80] }",
  );
  return timeSchedule("multiStepLR", (t) => lr * gamma ** milestones.filter((m) => m <= t).length);
}

/** Options of exponentialLR: PyTorch's ExponentialLR arguments in camelCase. */
export interface ExponentialLROptions {
  /** The starting learning rate (≥ 0). Required. */
  lr: number;
  /** The factor applied after every step (≥ 0; below 1 to decay). Required. */
  gamma: number;
}

/**
 * PyTorch's ExponentialLR: lr(t) = lr·gammaᵗ, the rate multiplied by gamma after every step
 * (`lr *= 0.99`).
 *
 * Example:
 *
 * ```ts
 * const s = schedules.exponentialLR({ lr: 0.01, gamma: 0.99 });
 * [0, 1, 2].map((t) => s.lr(t)); // → [0.01, 0.0099, 0.009801]
 * ```
 */
export function exponentialLR(options: ExponentialLROptions): Schedule {
  const { lr, gamma } = parseOptions(
    "exponentialLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      gamma: [REQUIRED, requireNonNegative],
    },
    "{ lr: 0.1, gamma: 0.9 }",
  );
  return renamed("exponentialLR", exponentialDecay({ lr, decayRate: gamma }));
}
