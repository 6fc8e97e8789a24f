import { invalid, requireNonNegative, requireOptions, requirePositiveInteger } from "../../errors";
import { exponentialDecay } from "../course/decay";
import { timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/**
 * PyTorch's StepLR: lr(t) = lr·gamma^⌊t/stepSize⌋, exponential decay with a staircase.
 *
 * Example: stepLR({ lr: 0.1, stepSize: 2 }) gives 0.1, 0.1, 0.01, 0.01, 0.001 at t = 0…4.
 */
export function stepLR(options: { lr: number; stepSize: number; gamma?: number }): Schedule {
  requireOptions("stepLR", options, ["lr", "stepSize", "gamma"], "{ lr: 0.1, stepSize: 10 }");
  const stepSize = requirePositiveInteger("stepSize", options.stepSize);
  const decayed = exponentialDecay({
    lr: options.lr,
    decayRate: requireNonNegative("gamma", options.gamma ?? 0.1),
    decaySteps: stepSize,
    staircase: true,
  });
  return { name: "stepLR", lr: decayed.lr };
}

/**
 * PyTorch's MultiStepLR: lr(t) = lr·gamma^(number of milestones ≤ t). A milestone listed twice
 * counts twice, as in PyTorch.
 *
 * Example: multiStepLR({ lr: 1, milestones: [1, 3], gamma: 0.5 }) gives 1, 0.5, 0.5, 0.25 at
 * t = 0…3.
 */
export function multiStepLR(options: {
  lr: number;
  milestones: readonly number[];
  gamma?: number;
}): Schedule {
  const example = "{ lr: 0.1, milestones: [30, 80] }";
  requireOptions("multiStepLR", options, ["lr", "milestones", "gamma"], example);
  const lr = requireNonNegative("lr", options.lr);
  const gamma = requireNonNegative("gamma", options.gamma ?? 0.1);
  const { milestones } = options;
  if (!Array.isArray(milestones) || !milestones.every((m) => Number.isInteger(m) && m >= 0)) {
    throw invalid("milestones", "an array of integers ≥ 0", milestones);
  }
  return timeSchedule("multiStepLR", (t) => lr * gamma ** milestones.filter((m) => m <= t).length);
}

/**
 * PyTorch's ExponentialLR: lr(t) = lr·gammaᵗ.
 *
 * Example: exponentialLR({ lr: 0.01, gamma: 0.99 }) gives 0.01, 0.0099, 0.009801 at t = 0…2
 * (seed 003's exponential decay).
 */
export function exponentialLR(options: { lr: number; gamma: number }): Schedule {
  requireOptions("exponentialLR", options, ["lr", "gamma"], "{ lr: 0.1, gamma: 0.9 }");
  const decayed = exponentialDecay({
    lr: options.lr,
    decayRate: requireNonNegative("gamma", options.gamma),
  });
  return { name: "exponentialLR", lr: decayed.lr };
}
