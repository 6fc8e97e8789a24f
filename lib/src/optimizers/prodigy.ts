import {
  beta1Momentum,
  closedUnitInterval,
  createOptimizer,
  flag,
  parseOptimizerOptions,
  positive,
} from "./base";
import { dAdaptationBuffers, dAdaptationSpec, dAdaptedLr } from "./d-adaptation";
import type { DAdaptationOptions } from "./d-adaptation";
import type { Optimizer } from "./optimizer";

export interface ProdigyOptions extends DAdaptationOptions {
  /** β₃, decay of the sums behind the estimate (in [0, 1]; default √β₂, as optax). */
  beta3?: number;
  /** ε, added to √v after scaling by d (≥ 0, default 1e-8). */
  eps?: number;
  /** c, multiplies every new estimate of d (> 0, default 1). */
  estimLrCoef?: number;
  /** Leaves the bias correction and γ out of the sum s, which slows d early on (default false). */
  safeguardWarmup?: boolean;
}

/**
 * Prodigy, as optax.contrib.prodigy (optax 0.2.8): Adam on the gradient scaled by d, an estimate
 * of the distance to the solution that only grows, weighted so that it grows faster than
 * D-Adaptation's. Mishchenko and Defazio (2024), "Prodigy: An Expeditiously Adaptive
 * Parameter-Free Learner".
 *
 * ```text
 * θ₀ ← θ (the params of the first step);  m ← 0, v ← 0, s ← 0, r ← 0, d ← d₀
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   dlr ← d · γ · √(1 − β₂ᵗ)/(1 − β₁ᵗ)
 *   m ← β₁m + (1 − β₁)·d·g
 *   v ← β₂v + (1 − β₂)·(d·g)²
 *   s ← β₃s + d·(dlr or, with safeguardWarmup, d)·g / d₀
 *   r ← β₃r + (d/d₀)·dlr·⟨g, θ₀ − θ⟩
 *   d ← max(d, c·r / ‖s‖₁)
 *   θ ← θ − λ·dlr·θ − dlr·m / (√v + d·ε)          (the new d)
 * ```
 * γ is `lr` (default 1, optax's `learning_rate`, read at each step as optax reads a schedule).
 * State: `estimLr` (d, the learned rate: the step is about γd), `numeratorWeighted` (r), `expAvg`
 * (m), `expAvgSq` (v), `gradSum` (s), `params0` (θ₀). β₁ is `optimizer.momentum`, read at each
 * step.
 *
 * As in optax, the estimate is 0/0 = NaN, and the parameters NaN soon after, when every gradient of
 * the first step is exactly 0 or lr = 0 (the sum s is then 0).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.prodigy();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.999999
 * ```
 */
export function prodigy(options: ProdigyOptions = {}): Optimizer {
  const {
    betas,
    beta3: beta3Option,
    eps,
    estimLr0,
    estimLrCoef,
    weightDecay,
    safeguardWarmup,
    ...common
  } = parseOptimizerOptions("prodigy", options, {
    ...dAdaptationSpec,
    beta3: [undefined, closedUnitInterval],
    estimLrCoef: [1, positive],
    safeguardWarmup: [false, flag],
  });
  const beta2 = betas[1];
  const beta3 = beta3Option ?? Math.sqrt(beta2);
  return createOptimizer(
    "prodigy",
    common,
    {
      createBuffers: (size) =>
        dAdaptationBuffers(size, estimLr0, ["expAvg", "expAvgSq", "gradSum", "params0"]),
      update(params, grad, buffers, step, lr, beta1) {
        const { estimLr, numeratorWeighted, expAvg, expAvgSq, gradSum, params0 } = buffers;
        if (step === 1) params0.set(params);
        const d = estimLr[0];
        const dlr = dAdaptedLr(d, lr, beta1, beta2, step);
        const sumScale = safeguardWarmup ? d : dlr;
        let numeratorAcum = 0;
        for (let i = 0; i < params.length; i++) {
          numeratorAcum += grad[i] * (params0[i] - params[i]);
        }
        const w1 = 1 - beta1;
        const w2 = 1 - beta2;
        let denominator = 0;
        for (let i = 0; i < params.length; i++) {
          const dg = d * grad[i];
          expAvg[i] = beta1 * expAvg[i] + w1 * dg;
          expAvgSq[i] = beta2 * expAvgSq[i] + w2 * dg * dg;
          gradSum[i] = beta3 * gradSum[i] + (sumScale * dg) / estimLr0;
          denominator += Math.abs(gradSum[i]);
        }
        numeratorWeighted[0] = beta3 * numeratorWeighted[0] + (d / estimLr0) * dlr * numeratorAcum;
        const estimate = (estimLrCoef * numeratorWeighted[0]) / denominator;
        const dNew = Math.max(d, estimate);
        estimLr[0] = dNew;
        const decay = -weightDecay * dlr;
        const epsD = dNew * eps;
        for (let i = 0; i < params.length; i++) {
          const p = params[i];
          params[i] = p + (decay * p - (dlr * expAvg[i]) / (Math.sqrt(expAvgSq[i]) + epsD));
        }
      },
    },
    { momentum: beta1Momentum(betas) },
  );
}
