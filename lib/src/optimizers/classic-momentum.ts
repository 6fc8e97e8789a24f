import { createOptimizer, momentumFactor, nonNegative, parseOptimizerOptions, zeros } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface ClassicMomentumOptions extends CommonOptions {
  /** Momentum factor β (≥ 0, default 0.9). */
  momentum?: number;
}

/**
 * The course's classic momentum form (seed 004): the velocity carries the learning rate.
 * lr defaults to 1e-3 as SGD's.
 *
 * ```text
 * v ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   v ← βv − γg
 *   θ ← θ + v
 * ```
 * With a constant γ this is torch.optim.SGD(momentum=β, dampening=0) with v = −γb. When γ changes
 * during a run they differ: here v still carries the earlier rates, while SGD scales the whole
 * buffer b by the current γ. State: `velocity` (v). β is `optimizer.momentum`, read at each step.
 */
export function classicMomentum(options: ClassicMomentumOptions = {}): Optimizer {
  const { momentum, ...common } = parseOptimizerOptions("classicMomentum", options, {
    lr: [1e-3, nonNegative],
    momentum: [0.9, nonNegative],
  });
  return createOptimizer(
    "classicMomentum",
    common,
    {
      createBuffers: (size) => zeros(size, ["velocity"]),
      update(params, grad, { velocity }, _step, lr, beta) {
        for (let i = 0; i < params.length; i++) {
          const v = beta * velocity[i] - lr * grad[i];
          velocity[i] = v;
          params[i] += v;
        }
      },
    },
    { momentum: momentumFactor(momentum) },
  );
}
