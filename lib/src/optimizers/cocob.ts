import { createOptimizer, nonNegative, parseOptimizerOptions, positive, zeros } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";

export interface CocobOptions extends CommonOptions {
  /**
   * γ, optax's `learning_rate` (≥ 0, default 1): it multiplies the gradient *before* the betting,
   * and the bets are nearly invariant to the gradient's scale, so γ changes little (only through
   * ε); γ = 0 stops the parameters.
   */
  lr?: number | Schedule;
  /** α, caps the bet early on: the denominator is at least αL (> 0, default 100). */
  alpha?: number;
  /** ε, the first value of each L (> 0, default 1e-8). */
  eps?: number;
  /** L2 weight decay λ added to the gradient before everything else (≥ 0, default 0). */
  weightDecay?: number;
}

/**
 * COCOB-Backprop, Continuous Coin Betting, as optax.contrib.cocob (optax 0.2.8): each parameter
 * bets a fraction of the wealth it has won so far on the sign of the negative gradient, so no
 * learning rate is needed. Orabona and Tommasi (2017), "Training Deep Networks without Learning
 * Rates Through Coin Betting".
 *
 * ```text
 * θ₀ ← θ (the params of the first step);  L ← ε, G ← 0, R ← 0, C ← 0   (per parameter)
 * for t = 1, 2, …:
 *   c ← γ(∇f(θ) + λθ)
 *   L ← max(L, |c|)                      (largest gradient seen)
 *   G ← G + |c|                          (sum of absolute gradients)
 *   R ← max(R − c(θ − θ₀), 0)            (reward: the wealth won)
 *   C ← C − c                            (sum of negative gradients)
 *   η ← (L + R) / (L · max(G + L, αL))
 *   θ ← θ₀ + ηC
 * ```
 * All per parameter. The last line is dual averaging with the learned rate η: θ − θ₀ = −η Σc.
 * State (each sized to params): `eta` (η, the learned rate), `scale` (L), `subgradients` (G),
 * `reward` (R), `cumulativeGradients` (C), `initParticles` (θ₀).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.cocob();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.99
 * ```
 */
export function cocob(options: CocobOptions = {}): Optimizer {
  const { alpha, eps, weightDecay, ...common } = parseOptimizerOptions("cocob", options, {
    lr: [1, nonNegative],
    alpha: [100, positive],
    eps: [1e-8, positive],
    weightDecay: [0, nonNegative],
  });
  return createOptimizer(
    "cocob",
    common,
    {
      createBuffers: (size) => {
        const buffers = zeros(size, [
          "eta",
          "scale",
          "subgradients",
          "reward",
          "cumulativeGradients",
          "initParticles",
        ]);
        buffers.scale.fill(eps);
        return buffers;
      },
      update(params, grad, buffers, step, lr) {
        const { eta, scale, subgradients, reward, cumulativeGradients, initParticles } = buffers;
        if (step === 1) initParticles.set(params);
        for (let i = 0; i < params.length; i++) {
          const c = lr * grad[i];
          const p = params[i];
          const p0 = initParticles[i];
          const L = Math.max(scale[i], Math.abs(c));
          scale[i] = L;
          const G = subgradients[i] + Math.abs(c);
          subgradients[i] = G;
          const R = Math.max(reward[i] - c * (p - p0), 0);
          reward[i] = R;
          const C = cumulativeGradients[i] - c;
          cumulativeGradients[i] = C;
          const denominator = L * Math.max(G + L, alpha * L);
          eta[i] = (L + R) / denominator;
          params[i] = p + (-p + (p0 + (C / denominator) * (L + R)));
        }
      },
    },
    { weightDecay },
  );
}
