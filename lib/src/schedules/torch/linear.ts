import {
  requireClosedUnitInterval,
  requireNonNegative,
  requireOptions,
  requirePositiveInteger,
} from "../../errors";
import { timeSchedule } from "../define";
import { requireNumber } from "../../errors";
import type { Schedule } from "../schedule";

/**
 * PyTorch's LinearLR, the usual warm-up: the factor moves linearly from startFactor to endFactor
 * over totalIters steps, then stays. lr(t) = lr·(s + (e − s)·min(t, T)/T).
 *
 * Example: linearLR({ lr: 0.1, startFactor: 0.5, totalIters: 4 }) gives 0.05, 0.0625, 0.075,
 * 0.0875, 0.1, 0.1 at t = 0…5.
 */
export function linearLR(options: {
  lr: number;
  startFactor?: number;
  endFactor?: number;
  totalIters?: number;
}): Schedule {
  const known = ["lr", "startFactor", "endFactor", "totalIters"];
  requireOptions("linearLR", options, known, "{ lr: 0.1, startFactor: 0.1, totalIters: 5 }");
  const lr = requireNonNegative("lr", options.lr);
  const start = requireNumber(
    "startFactor",
    options.startFactor ?? 1 / 3,
    "a number in (0, 1]",
    (v) => v > 0 && v <= 1,
  );
  const end = requireClosedUnitInterval("endFactor", options.endFactor ?? 1);
  const totalIters = requirePositiveInteger("totalIters", options.totalIters ?? 5);
  // Weighted as start·(1 − w) + end·w: exact at both ends, and never below 0 by rounding.
  return timeSchedule("linearLR", (t) => {
    const w = Math.min(t, totalIters) / totalIters;
    return lr * (start * (1 - w) + end * w);
  });
}

/**
 * PyTorch's ConstantLR: lr·factor for the first totalIters steps, then lr.
 *
 * Example: constantLR({ lr: 0.3, factor: 0.5, totalIters: 2 }) gives 0.15, 0.15, 0.3 at t = 0…2.
 */
export function constantLR(options: {
  lr: number;
  factor?: number;
  totalIters?: number;
}): Schedule {
  const example = "{ lr: 0.1, factor: 0.5, totalIters: 5 }";
  requireOptions("constantLR", options, ["lr", "factor", "totalIters"], example);
  const lr = requireNonNegative("lr", options.lr);
  const factor = requireClosedUnitInterval("factor", options.factor ?? 1 / 3);
  const totalIters = requirePositiveInteger("totalIters", options.totalIters ?? 5);
  return timeSchedule("constantLR", (t) => (t < totalIters ? lr * factor : lr));
}

/**
 * PyTorch's PolynomialLR: lr(t) = lr·(1 − min(t, T)/T)^power, reaching 0 at t = totalIters.
 *
 * Example: polynomialLR({ lr: 1, totalIters: 4, power: 2 }) gives 1, 0.5625, 0.25, 0.0625, 0 at
 * t = 0…4.
 */
export function polynomialLR(options: {
  lr: number;
  totalIters?: number;
  power?: number;
}): Schedule {
  const example = "{ lr: 0.1, totalIters: 5, power: 2 }";
  requireOptions("polynomialLR", options, ["lr", "totalIters", "power"], example);
  const lr = requireNonNegative("lr", options.lr);
  const totalIters = requirePositiveInteger("totalIters", options.totalIters ?? 5);
  const power = requireNonNegative("power", options.power ?? 1);
  return timeSchedule(
    "polynomialLR",
    (t) => lr * (1 - Math.min(t, totalIters) / totalIters) ** power,
  );
}
