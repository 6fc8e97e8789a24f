import { invalid } from "../errors";
import {
  createOptimizer,
  finite,
  flag,
  momentumFactor,
  nonNegative,
  parseOptimizerOptions,
} from "./base";
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
 *     if b unset:  b ← g                    (no dampening on the first step with μ ≠ 0)
 *     else:        b ← μb + (1 − τ)g
 *     if nesterov:  g ← g + μb
 *     else:         g ← b
 *   θ ← θ − γg
 * ```
 * State: `momentumBuffer` (b), from the first step with μ ≠ 0. μ is `optimizer.momentum`, read at
 * each step, so a momentum-cycling schedule can change it between steps, as PyTorch's do.
 */
export function sgd(options: SgdOptions = {}): Optimizer {
  const { momentum, dampening, weightDecay, nesterov, ...common } = parseOptimizerOptions(
    "sgd",
    options,
    {
      lr: [1e-3, nonNegative],
      momentum: [0, nonNegative],
      dampening: [0, finite],
      weightDecay: [0, nonNegative],
      nesterov: [false, flag],
    },
  );
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
      createBuffers: (): { momentumBuffer?: Float64Array } => ({}),
      update(params, grad, buffers, _step, lr, mu) {
        if (mu === 0) {
          for (let i = 0; i < params.length; i++) params[i] -= lr * grad[i];
          return;
        }
        // As PyTorch, the first step with μ ≠ 0 sets b ← g undamped: with a zeroed buffer,
        // b·0 + 1·g is exactly g.
        const fresh = buffers.momentumBuffer === undefined;
        const momentumBuffer = (buffers.momentumBuffer ??= new Float64Array(params.length));
        const decay = fresh ? 0 : mu;
        const gradScale = fresh ? 1 : 1 - dampening;
        if (nesterov) {
          for (let i = 0; i < params.length; i++) {
            const g = grad[i];
            const b = momentumBuffer[i] * decay + gradScale * g;
            momentumBuffer[i] = b;
            params[i] -= lr * (g + mu * b);
          }
        } else {
          for (let i = 0; i < params.length; i++) {
            const b = momentumBuffer[i] * decay + gradScale * grad[i];
            momentumBuffer[i] = b;
            params[i] -= lr * b;
          }
        }
      },
    },
    { weightDecay, momentum: momentumFactor(momentum) },
  );
}
