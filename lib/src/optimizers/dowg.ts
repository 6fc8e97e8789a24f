import { createOptimizer, nonNegative, parseOptimizerOptions, positive, scalar } from "./base";
import type { CommonOptions } from "./base";
import { distanceOverGradients } from "./distance-over-gradients";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";

export interface DowgOptions extends CommonOptions {
  /** Multiplies DoWG's step: θ ← θ − γηg (≥ 0, optax's default 1, where η alone sets the step). */
  lr?: number | Schedule;
  /** First guess r̄₀² of the squared distance to the solution (> 0; default: eps, as optax). */
  initEstimSqDist?: number;
  /** Added to √v in η's denominator, and r̄₀² when initEstimSqDist is unset (≥ 0, default 1e-4). */
  eps?: number;
  /** L2 weight decay λ added to the gradient before everything else (≥ 0, default 0: none). */
  weightDecay?: number;
}

/**
 * DoWG, Distance over Weighted Gradients, as optax.contrib.dowg (optax 0.2.8): DoG whose gradient
 * sum weights each step by the squared distance estimate of its time. Khaled, Mishchenko and Jin
 * (2023), "DoWG Unleashed: An Efficient Universal Parameter-Free Gradient Descent Method".
 *
 * ```text
 * θ₀ ← θ (the params of the first step);  r̄² ← initEstimSqDist (default ε);  v ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ) + λθ
 *   r̄² ← max(r̄², ‖θ − θ₀‖²)
 *   v ← v + r̄²‖g‖²
 *   η ← r̄² / (√v + ε)
 *   θ ← θ − γηg
 * ```
 * γ is `lr` (default 1). State: `eta` (η, the learned rate), `estimSqDist` (r̄²),
 * `weightedSqNormGrads` (v) and `initParams` (θ₀).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.dowg();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.9955
 * ```
 */
export function dowg(options: DowgOptions = {}): Optimizer {
  const { initEstimSqDist, eps, weightDecay, ...common } = parseOptimizerOptions("dowg", options, {
    lr: [1, nonNegative],
    initEstimSqDist: [undefined, positive],
    eps: [1e-4, nonNegative],
    weightDecay: [0, nonNegative],
  });
  return createOptimizer(
    "dowg",
    common,
    distanceOverGradients(
      () => ({ estimSqDist: scalar(0), weightedSqNormGrads: scalar(0) }),
      (_params, { estimSqDist }) => {
        estimSqDist[0] = initEstimSqDist ?? eps;
      },
      (distSq, gradSqNorm, { estimSqDist, weightedSqNormGrads }) => {
        const r2 = Math.max(estimSqDist[0], distSq);
        estimSqDist[0] = r2;
        weightedSqNormGrads[0] = r2 * gradSqNorm + weightedSqNormGrads[0];
        return r2 / (Math.sqrt(weightedSqNormGrads[0]) + eps);
      },
    ),
    { weightDecay },
  );
}
