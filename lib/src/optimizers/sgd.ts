import { invalid } from "../errors";
import { createOptimizer, finite, flag, nonNegative, parseOptions, zeros } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface SgdOptions extends CommonOptions {
  /** Momentum factor μ (≥ 0, default 0: plain gradient descent). */
  momentum?: number;
  /** Dampening τ for momentum (default 0). */
  dampening?: number;
  /** L2 penalty λ added to the gradient (≥ 0, default 0). */
  weightDecay?: number;
  /** Nesterov momentum, as PyTorch writes it (default false; needs momentum > 0, dampening 0). */
  nesterov?: boolean;
}

/**
 * Stochastic gradient descent with momentum, as torch.optim.SGD (lr default 1e-3).
 *
 * ```text
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:  g ← g + λθ
 *   if μ ≠ 0:
 *     if t = 1:  b ← g                      (no dampening on the first step)
 *     else:      b ← μb + (1 − τ)g
 *     if nesterov:  g ← g + μb
 *     else:         g ← b
 *   θ ← θ − γg
 * ```
 * State: `momentumBuffer` (b), only when μ ≠ 0.
 */
export function sgd(options: SgdOptions = {}): Optimizer {
  const { momentum, dampening, weightDecay, nesterov, ...common } = parseOptions("sgd", options, {
    lr: [1e-3, nonNegative],
    momentum: [0, nonNegative],
    dampening: [0, finite],
    weightDecay: [0, nonNegative],
    nesterov: [false, flag],
  });
  if (nesterov && (momentum <= 0 || dampening !== 0)) {
    throw invalid(
      "nesterov",
      `false when momentum = ${momentum} and dampening = ${dampening} (Nesterov momentum requires momentum > 0 and dampening = 0)`,
      nesterov,
    );
  }
  return createOptimizer(
    "sgd",
    common,
    {
      createBuffers: (size): { momentumBuffer?: Float64Array } =>
        momentum !== 0 ? zeros(size, ["momentumBuffer"]) : {},
      update(params, grad, { momentumBuffer }, step, lr) {
        if (!momentumBuffer) {
          for (let i = 0; i < params.length; i++) params[i] -= lr * grad[i];
          return;
        }
        // The first step sets b ← g undamped: with the zeroed buffer, b·0 + 1·g is exactly g.
        const mu = step === 1 ? 0 : momentum;
        const gradScale = step === 1 ? 1 : 1 - dampening;
        if (nesterov) {
          for (let i = 0; i < params.length; i++) {
            const g = grad[i];
            const b = momentumBuffer[i] * mu + gradScale * g;
            momentumBuffer[i] = b;
            params[i] -= lr * (g + momentum * b);
          }
        } else {
          for (let i = 0; i < params.length; i++) {
            const b = momentumBuffer[i] * mu + gradScale * grad[i];
            momentumBuffer[i] = b;
            params[i] -= lr * b;
          }
        }
      },
    },
    { weightDecay },
  );
}
