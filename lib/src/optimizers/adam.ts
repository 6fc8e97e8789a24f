import { betaPair, createOptimizer, flag, lerp, nonNegative, parseOptions, zeros } from "./base";
import type { Algorithm, CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdamOptions extends CommonOptions {
  /** Decay rates [β₁, β₂] of the two moment averages (each in [0, 1), default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** Added to the root of the second moment (≥ 0, default 1e-8). */
  eps?: number;
  /** Weight decay λ (≥ 0, default 0): L2 on the gradient, or decoupled (AdamW) when asked. */
  weightDecay?: number;
  /** Use the running maximum of the second moment (default false). */
  amsgrad?: boolean;
  /** Decay the weights directly, θ ← θ(1 − γλ), as AdamW (default false). */
  decoupledWeightDecay?: boolean;
}

/**
 * Adam, as torch.optim.Adam (lr default 1e-3).
 *
 * ```text
 * m ← 0, v ← 0, v_max ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:
 *     if decoupledWeightDecay:  θ ← θ(1 − γλ)
 *     else:                     g ← g + λθ
 *   m ← β₁m + (1 − β₁)g
 *   v ← β₂v + (1 − β₂)g²
 *   if amsgrad:  v_max ← max(v_max, v);  v̂ ← v_max
 *   else:        v̂ ← v
 *   θ ← θ − γ/(1 − β₁ᵗ) · m / (√v̂ / √(1 − β₂ᵗ) + ε)
 * ```
 * ε is added after the bias correction of √v̂. State: `expAvg` (m), `expAvgSq` (v),
 * `maxExpAvgSq` (v_max) when amsgrad.
 */
export function adam(options: AdamOptions = {}): Optimizer {
  const { betas, eps, weightDecay, amsgrad, decoupledWeightDecay, ...common } = parseOptions(
    "adam",
    options,
    {
      lr: [1e-3, nonNegative],
      betas: [[0.9, 0.999], betaPair],
      eps: [1e-8, nonNegative],
      weightDecay: [0, nonNegative],
      amsgrad: [false, flag],
      decoupledWeightDecay: [false, flag],
    },
  );
  return createOptimizer(
    "adam",
    common,
    adamAlgorithm(betas, eps, weightDecay, amsgrad, decoupledWeightDecay),
  );
}

/** Adam's update, shared with AdamW. */
export function adamAlgorithm(
  [beta1, beta2]: readonly [number, number],
  eps: number,
  weightDecay: number,
  amsgrad: boolean,
  decoupledWeightDecay: boolean,
): Algorithm<{ expAvg: Float64Array; expAvgSq: Float64Array; maxExpAvgSq?: Float64Array }> {
  return {
    createBuffers: (size) => zeros(size, amsgrad ? ["expAvg", "expAvgSq", "maxExpAvgSq"] : ["expAvg", "expAvgSq"]),
    update(params, grad, { expAvg, expAvgSq, maxExpAvgSq }, step, lr) {
      const stepSize = lr / (1 - beta1 ** step);
      const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** step);
      const shrink = 1 - lr * weightDecay;
      for (let i = 0; i < params.length; i++) {
        let p = params[i];
        let g = grad[i];
        if (weightDecay !== 0) {
          if (decoupledWeightDecay) p *= shrink;
          else g += weightDecay * p;
        }
        const m = lerp(expAvg[i], g, 1 - beta1);
        expAvg[i] = m;
        let v = expAvgSq[i] * beta2 + (1 - beta2) * g * g;
        expAvgSq[i] = v;
        if (maxExpAvgSq) {
          v = Math.max(maxExpAvgSq[i], v);
          maxExpAvgSq[i] = v;
        }
        params[i] = p - stepSize * (m / (Math.sqrt(v) / biasCorrection2Sqrt + eps));
      }
    },
  };
}
