import {
  closedUnitInterval,
  createOptimizer,
  nonNegative,
  optionMomentum,
  parseOptimizerOptions,
  zeros,
} from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";

export interface LionOptions extends CommonOptions {
  /**
   * γ, the size of every coordinate's step (≥ 0; optax has no default, lrlab's is 1e-4, the paper's
   * advice of 3–10× below AdamW's 1e-3).
   */
  lr?: number | Schedule;
  /** β₁, how much of the momentum the step's sign takes (in [0, 1], default 0.9). */
  b1?: number;
  /** β₂, the momentum's decay rate (in [0, 1], default 0.99). */
  b2?: number;
  /** Decoupled weight decay λ, scaled by γ as the sign step is (≥ 0, default 1e-3). */
  weightDecay?: number;
}

/**
 * Lion, EvoLved Sign Momentum, as optax.lion (optax 0.2.8): every coordinate moves by ±γ, in the
 * direction of the sign of an interpolation between the momentum and the gradient. Not
 * learning-rate-free; found by program search. Chen, Liang, Huang, Real, Wang, Pham, Dong, Luong,
 * Hsieh, Lu and Le (2023), "Symbolic Discovery of Optimization Algorithms".
 *
 * ```text
 * m ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   c ← sign((1 − β₁)g + β₁m)
 *   m ← (1 − β₂)g + β₂m
 *   θ ← θ − γ(c + λθ)
 * ```
 * State: `mu` (m). β₁ is `optimizer.momentum`, read at each step.
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.lion({ lr: 0.1 });
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, -4]);
 * [x[0], x[1]]; // → [0.8999, 2.0998]
 * ```
 */
export function lion(options: LionOptions = {}): Optimizer {
  const { b1, b2, weightDecay, ...common } = parseOptimizerOptions("lion", options, {
    lr: [1e-4, nonNegative],
    b1: [0.9, closedUnitInterval],
    b2: [0.99, closedUnitInterval],
    weightDecay: [1e-3, nonNegative],
  });
  const w2 = 1 - b2;
  return createOptimizer(
    "lion",
    common,
    {
      createBuffers: (size) => zeros(size, ["mu"]),
      update(params, grad, { mu }, _step, lr, beta1) {
        const w1 = 1 - beta1;
        const scale = -lr;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          let u = Math.sign(w1 * g + beta1 * mu[i]);
          mu[i] = w2 * g + b2 * mu[i];
          if (weightDecay !== 0) u = u + weightDecay * params[i];
          params[i] = params[i] + scale * u;
        }
      },
    },
    { momentum: optionMomentum(b1, "b1", closedUnitInterval) },
  );
}
