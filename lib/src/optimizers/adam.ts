import { adamFamilyExtras, decoupledWeightDecaySpec } from "./adam-family";
import type { DecoupledWeightDecayOption } from "./adam-family";
import { adamFamilySpec, createOptimizer, flag, parseOptimizerOptions, zeros } from "./base";
import type { AdamFamilyOptions, Algorithm } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdamOptions extends AdamFamilyOptions, DecoupledWeightDecayOption {
  /** Use the running maximum of the second moment (default false). */
  amsgrad?: boolean;
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
 * `maxExpAvgSq` (v_max) when amsgrad. β₁ is `optimizer.momentum`, read at each step (a
 * momentum-cycling schedule changes it, as PyTorch's change betas[0]); 1 − β₁ᵗ uses the current β₁.
 */
export function adam(options: AdamOptions = {}): Optimizer {
  const { betas, eps, weightDecay, amsgrad, decoupledWeightDecay, ...common } =
    parseOptimizerOptions("adam", options, {
      ...adamFamilySpec(1e-3),
      amsgrad: [false, flag],
      ...decoupledWeightDecaySpec,
    });
  return createOptimizer(
    "adam",
    common,
    adamAlgorithm(betas[1], eps, amsgrad),
    adamFamilyExtras(betas, weightDecay, decoupledWeightDecay),
  );
}

/**
 * Adam's update, shared with AdamW (weight decay is applied before it, by createOptimizer); β₁
 * comes with each step, as the optimizer's momentum.
 */
export function adamAlgorithm(
  beta2: number,
  eps: number,
  amsgrad: boolean,
): Algorithm<{ expAvg: Float64Array; expAvgSq: Float64Array; maxExpAvgSq?: Float64Array }> {
  return {
    createBuffers: (size) =>
      zeros(size, amsgrad ? ["expAvg", "expAvgSq", "maxExpAvgSq"] : ["expAvg", "expAvgSq"]),
    update(params, grad, { expAvg, expAvgSq, maxExpAvgSq }, step, lr, beta1) {
      // m moves as torch.lerp does, m + (1 − β₁)(g − m). Per-step factors are computed once:
      // multiplying by 1/√(1 − β₂ᵗ) may differ from dividing by its last bit. The loop is written
      // out twice so that the common one has no per-element branch (V8 does not unswitch loops).
      const w1 = 1 - beta1;
      const w2 = 1 - beta2;
      const stepSize = lr / (1 - beta1 ** step);
      const inverseBiasCorrection2Sqrt = 1 / Math.sqrt(1 - beta2 ** step);
      if (maxExpAvgSq) {
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const m = expAvg[i] + w1 * (g - expAvg[i]);
          expAvg[i] = m;
          const v = expAvgSq[i] * beta2 + w2 * g * g;
          expAvgSq[i] = v;
          const vMax = Math.max(maxExpAvgSq[i], v);
          maxExpAvgSq[i] = vMax;
          params[i] -= stepSize * (m / (Math.sqrt(vMax) * inverseBiasCorrection2Sqrt + eps));
        }
      } else {
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const m = expAvg[i] + w1 * (g - expAvg[i]);
          expAvg[i] = m;
          const v = expAvgSq[i] * beta2 + w2 * g * g;
          expAvgSq[i] = v;
          params[i] -= stepSize * (m / (Math.sqrt(v) * inverseBiasCorrection2Sqrt + eps));
        }
      }
    },
  };
}
