import { adamAlgorithm } from "./adam";
import { betaPair, createOptimizer, flag, nonNegative, parseOptions } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdamwOptions extends CommonOptions {
  /** Decay rates [β₁, β₂] of the two moment averages (each in [0, 1), default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** Added to the root of the second moment (≥ 0, default 1e-8). */
  eps?: number;
  /** Decoupled weight decay λ (≥ 0, default 1e-2). */
  weightDecay?: number;
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
 * State: `expAvg` (m), `expAvgSq` (v), `maxExpAvgSq` (v_max) when amsgrad.
 */
export function adamw(options: AdamwOptions = {}): Optimizer {
  const { betas, eps, weightDecay, amsgrad, ...common } = parseOptions("adamw", options, {
    lr: [1e-3, nonNegative],
    betas: [[0.9, 0.999], betaPair],
    eps: [1e-8, nonNegative],
    weightDecay: [1e-2, nonNegative],
    amsgrad: [false, flag],
  });
  return createOptimizer("adamw", common, adamAlgorithm(betas, eps, weightDecay, amsgrad, true));
}
