import { beta1Momentum, createOptimizer, parseOptimizerOptions } from "./base";
import { dAdaptationBuffers, dAdaptationSpec, dAdaptedLr } from "./d-adaptation";
import type { DAdaptationOptions } from "./d-adaptation";
import type { Optimizer } from "./optimizer";

export interface DadaptAdamwOptions extends DAdaptationOptions {
  /** Added to √v in the denominators (≥ 0, default 1e-8). */
  eps?: number;
}

/**
 * D-Adaptation applied to AdamW, as optax.contrib.dadapt_adamw (optax 0.2.8): Adam whose step is
 * an estimate d of the distance to the solution, which only grows. Defazio and Mishchenko (2023),
 * "Learning-Rate-Free Learning by D-Adaptation".
 *
 * ```text
 * m ← 0, v ← 0, s ← 0, r ← 0, d ← d₀
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   dlr ← d · γ · √(1 − β₂ᵗ)/(1 − β₁ᵗ)
 *   a ← ⟨g, s / (√v + ε)⟩                (with s and v of step t − 1)
 *   m ← β₁m + (1 − β₁)·dlr·g
 *   v ← β₂v + (1 − β₂)g²
 *   s ← √β₂·s + (1 − √β₂)·dlr·g
 *   r ← √β₂·r + (1 − √β₂)·dlr·a
 *   d ← max(d, r / ((1 − √β₂)‖s‖₁))
 *   θ ← θ − λ·dlr·θ − m / (√v + ε)
 * ```
 * γ is `lr` (default 1, optax's `learning_rate`, read at each step as optax reads a schedule).
 * State: `estimLr` (d, the learned rate: the step is about γd), `numeratorWeighted` (r), `expAvg`
 * (m), `expAvgSq` (v), `gradSum` (s). β₁ is `optimizer.momentum`, read at each step.
 *
 * As in optax, the estimate is 0/0 = NaN, and the parameters NaN soon after, when every gradient of
 * the first step is exactly 0 or lr = 0 (the sum s is then 0).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.dadaptAdamw();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.999999
 * ```
 */
export function dadaptAdamw(options: DadaptAdamwOptions = {}): Optimizer {
  const { betas, eps, estimLr0, weightDecay, ...common } = parseOptimizerOptions(
    "dadaptAdamw",
    options,
    dAdaptationSpec,
  );
  const beta2 = betas[1];
  const sb2 = Math.sqrt(beta2);
  return createOptimizer(
    "dadaptAdamw",
    common,
    {
      createBuffers: (size) =>
        dAdaptationBuffers(size, estimLr0, ["expAvg", "expAvgSq", "gradSum"]),
      update(params, grad, buffers, step, lr, beta1) {
        const { estimLr, numeratorWeighted, expAvg, expAvgSq, gradSum } = buffers;
        const dlr = dAdaptedLr(estimLr[0], lr, beta1, beta2, step);
        let numeratorAcum = 0;
        for (let i = 0; i < params.length; i++) {
          numeratorAcum += grad[i] * (gradSum[i] / (Math.sqrt(expAvgSq[i]) + eps));
        }
        const w1 = (1 - beta1) * dlr;
        const w2 = 1 - beta2;
        const ws = (1 - sb2) * dlr;
        let gradSumL1 = 0;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          expAvg[i] = beta1 * expAvg[i] + w1 * g;
          expAvgSq[i] = beta2 * expAvgSq[i] + w2 * g * g;
          gradSum[i] = sb2 * gradSum[i] + ws * g;
          gradSumL1 += Math.abs(gradSum[i]);
        }
        numeratorWeighted[0] = sb2 * numeratorWeighted[0] + ws * numeratorAcum;
        const dEstimate = numeratorWeighted[0] / ((1 - sb2) * gradSumL1);
        estimLr[0] = Math.max(estimLr[0], dEstimate);
        const decay = -weightDecay * dlr;
        for (let i = 0; i < params.length; i++) {
          const p = params[i];
          params[i] = p + (decay * p - expAvg[i] / (Math.sqrt(expAvgSq[i]) + eps));
        }
      },
    },
    { momentum: beta1Momentum(betas) },
  );
}
