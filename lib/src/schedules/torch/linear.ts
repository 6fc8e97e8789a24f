import {
  parseOptions,
  REQUIRED,
  requireClosedUnitInterval,
  requireNonNegative,
  requirePositiveFraction,
  requirePositiveInteger,
} from "../../errors";
import { timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Options of linearLR: PyTorch's LinearLR arguments in camelCase. */
export interface LinearLROptions {
  /** The base learning rate that the factors multiply (≥ 0). Required. */
  lr: number;
  /** The factor at t = 0 (in (0, 1], default 1/3). */
  startFactor?: number;
  /** The factor from t = totalIters on (in [0, 1], default 1). */
  endFactor?: number;
  /** Steps from startFactor to endFactor (a positive integer, default 5). */
  totalIters?: number;
}

/**
 * PyTorch's LinearLR, the usual warm-up: the factor moves linearly from startFactor to endFactor
 * over totalIters steps, then stays. lr(t) = lr·(s + (e − s)·min(t, T)/T).
 *
 * Example:
 *
 * ```ts
 * const s = schedules.linearLR({ lr: 0.1, startFactor: 0.5, totalIters: 4 });
 * [0, 1, 2, 3, 4, 5].map((t) => s.lr(t)); // → [0.05, 0.0625, 0.075, 0.0875, 0.1, 0.1]
 * ```
 */
export function linearLR(options: LinearLROptions): Schedule {
  const { lr, startFactor, endFactor, totalIters } = parseOptions(
    "linearLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      startFactor: [1 / 3, requirePositiveFraction],
      endFactor: [1, requireClosedUnitInterval],
      totalIters: [5, requirePositiveInteger],
    },
    "{ lr: 0.1, startFactor: 0.1, totalIters: 5 }",
  );
  // Weighted as start·(1 − w) + end·w: exact at both ends, and never below 0 by rounding.
  return timeSchedule("linearLR", (t) => {
    const w = Math.min(t, totalIters) / totalIters;
    return lr * (startFactor * (1 - w) + endFactor * w);
  });
}

/** Options of constantLR: PyTorch's ConstantLR arguments in camelCase. */
export interface ConstantLROptions {
  /** The rate from t = totalIters on (≥ 0). Required. */
  lr: number;
  /** The factor on lr before t = totalIters (in [0, 1], default 1/3). */
  factor?: number;
  /** Steps at the reduced rate (a positive integer, default 5). */
  totalIters?: number;
}

/**
 * PyTorch's ConstantLR: lr·factor for the first totalIters steps, then lr.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.constantLR({ lr: 0.3, factor: 0.5, totalIters: 2 });
 * [0, 1, 2].map((t) => s.lr(t)); // → [0.15, 0.15, 0.3]
 * ```
 */
export function constantLR(options: ConstantLROptions): Schedule {
  const { lr, factor, totalIters } = parseOptions(
    "constantLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      factor: [1 / 3, requireClosedUnitInterval],
      totalIters: [5, requirePositiveInteger],
    },
    "{ lr: 0.1, factor: 0.5, totalIters: 5 }",
  );
  return timeSchedule("constantLR", (t) => (t < totalIters ? lr * factor : lr));
}

/** Options of polynomialLR: PyTorch's PolynomialLR arguments in camelCase. */
export interface PolynomialLROptions {
  /** The starting learning rate (≥ 0). Required. */
  lr: number;
  /** The step at which the rate reaches 0 and stays (a positive integer, default 5). */
  totalIters?: number;
  /** The power of the decay (≥ 0, default 1: a straight line). */
  power?: number;
}

/**
 * PyTorch's PolynomialLR: lr(t) = lr·(1 − min(t, T)/T)^power, reaching 0 at t = totalIters.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.polynomialLR({ lr: 1, totalIters: 4, power: 2 });
 * [0, 1, 2, 3, 4].map((t) => s.lr(t)); // → [1, 0.5625, 0.25, 0.0625, 0]
 * ```
 */
export function polynomialLR(options: PolynomialLROptions): Schedule {
  const { lr, totalIters, power } = parseOptions(
    "polynomialLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      totalIters: [5, requirePositiveInteger],
      power: [1, requireNonNegative],
    },
    "{ lr: 0.1, totalIters: 5, power: 2 }",
  );
  return timeSchedule(
    "polynomialLR",
    (t) => lr * (1 - Math.min(t, totalIters) / totalIters) ** power,
  );
}
