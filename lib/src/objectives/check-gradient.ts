import { parseOptions, requireFinite, requirePoint } from "../errors";
import type { Objective, Vector } from "./objective";
import { requireGradientShape, requireObjective } from "./require-objective";

export interface GradientCheck {
  /** The worst error over the components: |analyticᵢ − numericᵢ| / max(1, |analyticᵢ|, |numericᵢ|). */
  readonly maxRelativeError: number;
  /** The component where it occurs. */
  readonly worstIndex: number;
  /** `objective.gradient(x)`. */
  readonly analytic: Float64Array;
  /** Central differences (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ. */
  readonly numeric: Float64Array;
  /** Whether maxRelativeError ≤ tolerance. */
  readonly passed: boolean;
}

export interface CheckGradientOptions {
  /** The largest maxRelativeError that passes: a finite number (default 1e-6). */
  tolerance?: number;
}

/**
 * Compares `objective.gradient(x)` with central differences of `objective.value`, using the step
 * hᵢ = ∛ε·max(1, |xᵢ|) ≈ 6e-6·max(1, |xᵢ|) that balances truncation and rounding error. The error
 * is relative where the gradient is larger than 1 and absolute below.
 *
 * Example:
 *
 * ```ts
 * const check = checkGradient(objectives.rosenbrock, [-1.2, 1]);
 * check.passed; // → true
 * check.analytic; // → [-215.6, -88]
 * check.maxRelativeError < 1e-9; // → true
 * const wrong = { ...objectives.bowl, gradient: () => Float64Array.of(1, 1) };
 * checkGradient(wrong, [0, 0], { tolerance: 1e-3 }).passed; // → false
 * ```
 */
export function checkGradient(
  objective: Objective,
  x: Vector,
  options: CheckGradientOptions = {},
): GradientCheck {
  requireObjective(objective);
  requirePoint(x, objective.dim);
  const { tolerance } = parseOptions(
    "checkGradient",
    options,
    { tolerance: [1e-6, requireFinite] },
    "{ tolerance: 1e-6 }",
  );
  const analytic = requireGradientShape(objective.gradient(x), objective.dim);
  const numeric = new Float64Array(objective.dim);
  const shifted = Float64Array.from(x);
  let maxRelativeError = 0;
  let worstIndex = 0;
  for (let i = 0; i < objective.dim; i++) {
    const step = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(x[i]));
    shifted[i] = x[i] + step;
    const forward = objective.value(shifted);
    shifted[i] = x[i] - step;
    const backward = objective.value(shifted);
    shifted[i] = x[i];
    numeric[i] = (forward - backward) / (2 * step);
    const error =
      Math.abs(analytic[i] - numeric[i]) / Math.max(1, Math.abs(analytic[i]), Math.abs(numeric[i]));
    if (!(error <= maxRelativeError)) {
      maxRelativeError = error;
      worstIndex = i;
    }
  }
  return { maxRelativeError, worstIndex, analytic, numeric, passed: maxRelativeError <= tolerance };
}
