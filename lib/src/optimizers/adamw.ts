import { adamAlgorithm } from "./adam";
import { adamFamilyExtras } from "./adam-family";
import { adamFamilySpec, createOptimizer, flag, nonNegative, parseOptimizerOptions } from "./base";
import type { AdamFamilyOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdamwOptions extends AdamFamilyOptions {
  /** Use the running maximum of the second moment (default false). */
  amsgrad?: boolean;
}

/**
 * AdamW, as torch.optim.AdamW (lr default 1e-3): Adam whose weight decay shrinks the weights
 * directly instead of adding λθ to the gradient.
 *
 * ```text
 * m ← 0, v ← 0, v_max ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   θ ← θ(1 − γλ)
 *   m ← β₁m + (1 − β₁)g
 *   v ← β₂v + (1 − β₂)g²
 *   if amsgrad:  v_max ← max(v_max, v);  v̂ ← v_max
 *   else:        v̂ ← v
 *   θ ← θ − γ/(1 − β₁ᵗ) · m / (√v̂ / √(1 − β₂ᵗ) + ε)
 * ```
 * State: `expAvg` (m), `expAvgSq` (v), `maxExpAvgSq` (v_max) when amsgrad. β₁ is
 * `optimizer.momentum`, read at each step.
 */
export function adamw(options: AdamwOptions = {}): Optimizer {
  const { betas, eps, weightDecay, amsgrad, ...common } = parseOptimizerOptions("adamw", options, {
    ...adamFamilySpec(1e-3),
    weightDecay: [1e-2, nonNegative],
    amsgrad: [false, flag],
  });
  return createOptimizer(
    "adamw",
    common,
    adamAlgorithm(betas[1], eps, amsgrad),
    adamFamilyExtras(betas, weightDecay, true),
  );
}
