import { createOptimizer, nonNegative, parseOptimizerOptions } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdagradOptions extends CommonOptions {
  /** Learning-rate decay η (≥ 0, default 0). */
  lrDecay?: number;
  /** L2 penalty λ added to the gradient (≥ 0, default 0). */
  weightDecay?: number;
  /** Starting value of the accumulator (≥ 0, default 0). */
  initialAccumulatorValue?: number;
  /** Added to the root of the accumulator (≥ 0, default 1e-10). */
  eps?: number;
}

/**
 * AdaGrad, as torch.optim.Adagrad (lr default 1e-2).
 *
 * ```text
 * s ← initialAccumulatorValue
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   γ̃ ← γ / (1 + (t − 1)η)
 *   if λ ≠ 0:  g ← g + λθ
 *   s ← s + g²
 *   θ ← θ − γ̃ · g / (√s + ε)
 * ```
 * State: `sum` (s). The per-parameter effective rate γ̃ / (√s + ε) only falls as s grows.
 */
export function adagrad(options: AdagradOptions = {}): Optimizer {
  const { lrDecay, weightDecay, initialAccumulatorValue, eps, ...common } = parseOptimizerOptions(
    "adagrad",
    options,
    {
      lr: [1e-2, nonNegative],
      lrDecay: [0, nonNegative],
      weightDecay: [0, nonNegative],
      initialAccumulatorValue: [0, nonNegative],
      eps: [1e-10, nonNegative],
    },
  );
  return createOptimizer(
    "adagrad",
    common,
    {
      createBuffers: (size) => ({ sum: new Float64Array(size).fill(initialAccumulatorValue) }),
      update(params, grad, { sum }, step, lr) {
        const clr = lr / (1 + (step - 1) * lrDecay);
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const s = sum[i] + g * g;
          sum[i] = s;
          params[i] -= clr * (g / (Math.sqrt(s) + eps));
        }
      },
    },
    { weightDecay },
  );
}
