import { invalid } from "../errors";
import { createOptimizer, finite, nonNegative, parseOptimizerOptions, scalar } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";
import { polyakStepSize } from "./polyak-step";

export interface PolyakSgdOptions extends Omit<CommonOptions, "lr"> {
  /** γ_max, the largest step size the rule may give (≥ 0, default 1). */
  maxLr?: number;
  /**
   * s, optax's `scaling` (≥ 0, default 1): the gradient is scaled by it before Polyak's rule (see
   * below). It is this optimizer's `lr`, the value schedules set.
   */
  scaling?: number;
  /** f*, a guess of the minimum value of the loss (finite, default 0). */
  fMin?: number;
  /** Added to ‖sg‖² in the denominator (≥ 0, default 0). */
  eps?: number;
  /** `"sps"` (default) or `"sps+"`, which uses max(f − f*, 0) so that the step never points uphill. */
  variant?: "sps" | "sps+";
}

/**
 * SGD with Polyak's step size, as optax.polyak_sgd (optax 0.2.8): the step that would reach the
 * loss f* if the loss were linear. Polyak (1987), "Introduction to Optimization"; its stochastic
 * form from Loizou, Vaswani, Laradji and Lacoste-Julien (2021), "Stochastic Polyak Step-size for
 * SGD: An Adaptive Learning Rate for Fast Convergence"; "sps+" from Garrigos, Gower and Schaipp
 * (2023), "Function Value Learning: Adaptive Learning Rates Based on the Polyak Stepsize and
 * Function Splitting in ERM".
 *
 * ```text
 * for t = 1, 2, …:
 *   g ← ∇f(θ);  u ← −s·g
 *   gap ← f(θ) − f*                   ("sps+": max(f(θ) − f*, 0))
 *   η ← 0                             if ‖u‖² + ε ≤ 2⁻⁵² (machine epsilon)
 *       min(gap / (‖u‖² + ε), γ_max)  otherwise
 *   θ ← θ + ηu
 * ```
 * It reads the loss: call `step(params, grad, loss)` with f(θ) (minimize and train do). `lr` is
 * optax's `scaling` s (the option `scaling`, default 1): as in optax it scales the gradient
 * *before* the rule, so while the cap γ_max does not bind the step is gap/(s‖g‖²)·g, smaller for
 * a larger s; only a capped step grows with s. State: `stepSize` (η, the learned rate: the step
 * is θ ← θ − s·η·g).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.polyakSgd();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4], 5); // f(x) = x₁² + x₂² = 5 there, f* = 0
 * x[0]; // → 0.5
 * opt.state.buffers.stepSize[0]; // → 0.25
 * ```
 */
export function polyakSgd(options: PolyakSgdOptions = {}): Optimizer {
  const { maxLr, scaling, fMin, eps, variant, trackEffectiveLr } = parseOptimizerOptions(
    "polyakSgd",
    options,
    {
      maxLr: [1, nonNegative],
      scaling: [1, nonNegative],
      fMin: [0, finite],
      eps: [0, nonNegative],
      variant: ["sps", requireVariant],
    },
  );
  return createOptimizer(
    "polyakSgd",
    { lr: scaling, trackEffectiveLr },
    {
      readsLoss: true,
      createBuffers: () => ({ stepSize: scalar(0) }),
      update(params, grad, { stepSize }, _step, s, _momentum, loss) {
        const scale = -s;
        let gradSqNorm = 0;
        for (let i = 0; i < params.length; i++) {
          const u = scale * grad[i];
          gradSqNorm += u * u;
        }
        let gap = loss - fMin;
        if (variant === "sps+") gap = Math.max(gap, 0);
        const eta = polyakStepSize(gap, gradSqNorm + eps, maxLr);
        stepSize[0] = eta;
        for (let i = 0; i < params.length; i++) params[i] = params[i] + eta * (scale * grad[i]);
      },
    },
  );
}

function requireVariant(parameter: string, value: "sps" | "sps+"): "sps" | "sps+" {
  if (value !== "sps" && value !== "sps+") throw invalid(parameter, '"sps" or "sps+"', value);
  return value;
}
