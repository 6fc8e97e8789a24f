import { adamFamilyExtras, decoupledWeightDecaySpec } from "./adam-family";
import type { DecoupledWeightDecayOption } from "./adam-family";
import { adamFamilySpec, createOptimizer, parseOptimizerOptions, zeros } from "./base";
import type { AdamFamilyOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface RadamOptions extends AdamFamilyOptions, DecoupledWeightDecayOption {}

/**
 * RAdam, Adam with a rectified adaptive rate, as torch.optim.RAdam (lr default 1e-3).
 *
 * ```text
 * m ← 0, v ← 0, ρ∞ ← 2/(1 − β₂) − 1
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:
 *     if decoupledWeightDecay:  θ ← θ(1 − γλ)
 *     else:                     g ← g + λθ
 *   m ← β₁m + (1 − β₁)g
 *   v ← β₂v + (1 − β₂)g²
 *   m̂ ← m / (1 − β₁ᵗ)
 *   ρₜ ← ρ∞ − 2tβ₂ᵗ / (1 − β₂ᵗ)
 *   if ρₜ > 5:
 *     l ← √(1 − β₂ᵗ) / (√v + ε)
 *     r ← √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ))
 *     θ ← θ − γ · m̂ · l · r
 *   else:
 *     θ ← θ − γ · m̂                     (plain momentum SGD while the variance is unreliable)
 * ```
 * ε is added to √v before the bias correction. State: `expAvg` (m), `expAvgSq` (v). β₁ is
 * `optimizer.momentum`, read at each step; 1 − β₁ᵗ uses the current β₁.
 */
export function radam(options: RadamOptions = {}): Optimizer {
  const { betas, eps, weightDecay, decoupledWeightDecay, ...common } = parseOptimizerOptions(
    "radam",
    options,
    { ...adamFamilySpec(1e-3), ...decoupledWeightDecaySpec },
  );
  const beta2 = betas[1];
  const rhoInf = 2 / (1 - beta2) - 1;
  return createOptimizer(
    "radam",
    common,
    {
      createBuffers: (size) => zeros(size, ["expAvg", "expAvgSq"]),
      update(params, grad, { expAvg, expAvgSq }, step, lr, beta1) {
        const biasCorrection1 = 1 - beta1 ** step;
        const biasCorrection2 = 1 - beta2 ** step;
        const rhoT = rhoInf - (2 * step * beta2 ** step) / biasCorrection2;
        const rectified = rhoT > 5;
        const rect = rectified
          ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
          : 1;
        const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        const w1 = 1 - beta1;
        const w2 = 1 - beta2;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const m = expAvg[i] + w1 * (g - expAvg[i]);
          expAvg[i] = m;
          const v = expAvgSq[i] * beta2 + w2 * g * g;
          expAvgSq[i] = v;
          const momentumStep = (m / biasCorrection1) * lr;
          params[i] -= rectified
            ? momentumStep * (biasCorrection2Sqrt / (Math.sqrt(v) + eps)) * rect
            : momentumStep;
        }
      },
    },
    adamFamilyExtras(betas, weightDecay, decoupledWeightDecay),
  );
}
