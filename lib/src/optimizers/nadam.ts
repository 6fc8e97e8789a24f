import { adamFamilyExtras, decoupledWeightDecaySpec } from "./adam-family";
import type { DecoupledWeightDecayOption } from "./adam-family";
import { adamFamilySpec, createOptimizer, nonNegative, parseOptimizerOptions, zeros } from "./base";
import type { AdamFamilyOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface NadamOptions extends AdamFamilyOptions, DecoupledWeightDecayOption {
  /** Momentum decay ψ of the μ schedule (≥ 0, default 4e-3). */
  momentumDecay?: number;
}

/**
 * NAdam, Adam with Nesterov momentum, as torch.optim.NAdam (lr default 2e-3).
 *
 * ```text
 * m ← 0, v ← 0, Πμ ← 1
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:
 *     if decoupledWeightDecay:  θ ← θ(1 − γλ)
 *     else:                     g ← g + λθ
 *   μₜ ← β₁(1 − ½·0.96^(tψ))
 *   μₜ₊₁ ← β₁(1 − ½·0.96^((t+1)ψ))
 *   Πμ ← Πμ · μₜ
 *   m ← β₁m + (1 − β₁)g
 *   v ← β₂v + (1 − β₂)g²
 *   d ← √(v / (1 − β₂ᵗ)) + ε
 *   θ ← θ − γ(1 − μₜ)/(1 − Πμ) · g/d − γμₜ₊₁/(1 − Πμ·μₜ₊₁) · m/d
 * ```
 * State: `expAvg` (m), `expAvgSq` (v), `muProduct` (Πμ, a one-element array). β₁ is
 * `optimizer.momentum`, read at each step: as in PyTorch, μₜ, μₜ₊₁ and the factor multiplied into
 * Πμ use the β₁ of step t.
 */
export function nadam(options: NadamOptions = {}): Optimizer {
  const { betas, eps, weightDecay, momentumDecay, decoupledWeightDecay, ...common } =
    parseOptimizerOptions("nadam", options, {
      ...adamFamilySpec(2e-3),
      momentumDecay: [4e-3, nonNegative],
      ...decoupledWeightDecaySpec,
    });
  const beta2 = betas[1];
  return createOptimizer(
    "nadam",
    common,
    {
      createBuffers: (size) =>
        Object.assign(zeros(size, ["expAvg", "expAvgSq"]), { muProduct: Float64Array.of(1) }),
      update(params, grad, { expAvg, expAvgSq, muProduct }, step, lr, beta1) {
        const biasCorrection2 = 1 - beta2 ** step;
        const mu = beta1 * (1 - 0.5 * 0.96 ** (step * momentumDecay));
        const muNext = beta1 * (1 - 0.5 * 0.96 ** ((step + 1) * momentumDecay));
        const product = muProduct[0] * mu;
        muProduct[0] = product;
        const gradStep = (lr * (1 - mu)) / (1 - product);
        const avgStep = (lr * muNext) / (1 - product * muNext);
        const w1 = 1 - beta1;
        const w2 = 1 - beta2;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const m = expAvg[i] + w1 * (g - expAvg[i]);
          expAvg[i] = m;
          const v = expAvgSq[i] * beta2 + w2 * g * g;
          expAvgSq[i] = v;
          const denom = Math.sqrt(v / biasCorrection2) + eps;
          params[i] = params[i] - gradStep * (g / denom) - avgStep * (m / denom);
        }
      },
    },
    adamFamilyExtras(betas, weightDecay, decoupledWeightDecay),
  );
}
