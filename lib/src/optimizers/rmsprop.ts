import {
  createOptimizer,
  flag,
  momentumFactor,
  nonNegative,
  parseOptimizerOptions,
  zeros,
} from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface RmspropOptions extends CommonOptions {
  /** Smoothing constant α (≥ 0, default 0.99). */
  alpha?: number;
  /** Added to the root of the average (≥ 0, default 1e-8). */
  eps?: number;
  /** L2 penalty λ added to the gradient (≥ 0, default 0). */
  weightDecay?: number;
  /** Momentum factor μ (≥ 0, default 0). */
  momentum?: number;
  /** Divide by the estimated variance instead of the raw second moment (default false). */
  centered?: boolean;
}

/**
 * RMSprop, as torch.optim.RMSprop (lr default 1e-2).
 *
 * ```text
 * v ← 0, g_ave ← 0, b ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:  g ← g + λθ
 *   v ← αv + (1 − α)g²
 *   ṽ ← v
 *   if centered:
 *     g_ave ← αg_ave + (1 − α)g
 *     ṽ ← ṽ − g_ave²
 *   if μ > 0:
 *     b ← μb + g / (√ṽ + ε)
 *     θ ← θ − γb
 *   else:
 *     θ ← θ − γ · g / (√ṽ + ε)
 * ```
 * State: `squareAvg` (v), `gradAvg` (g_ave) when centered, `momentumBuffer` (b, zeros at first)
 * from the first step with μ > 0. μ is `optimizer.momentum`, read at each step. (PyTorch creates b
 * only if μ > 0 at the first step, and fails if μ becomes > 0 later; here b starts then.)
 */
export function rmsprop(options: RmspropOptions = {}): Optimizer {
  const { alpha, eps, weightDecay, momentum, centered, ...common } = parseOptimizerOptions(
    "rmsprop",
    options,
    {
      lr: [1e-2, nonNegative],
      alpha: [0.99, nonNegative],
      eps: [1e-8, nonNegative],
      weightDecay: [0, nonNegative],
      momentum: [0, nonNegative],
      centered: [false, flag],
    },
  );
  return createOptimizer(
    "rmsprop",
    common,
    {
      createBuffers: (
        size,
      ): { squareAvg: Float64Array; gradAvg?: Float64Array; momentumBuffer?: Float64Array } => ({
        ...zeros(size, ["squareAvg"]),
        ...(centered && zeros(size, ["gradAvg"])),
      }),
      update(params, grad, buffers, _step, lr, mu) {
        const { squareAvg, gradAvg } = buffers;
        const momentumBuffer =
          mu > 0 ? (buffers.momentumBuffer ??= new Float64Array(params.length)) : undefined;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const v = squareAvg[i] * alpha + (1 - alpha) * g * g;
          squareAvg[i] = v;
          let avg: number;
          if (gradAvg) {
            const m = gradAvg[i] + (1 - alpha) * (g - gradAvg[i]);
            gradAvg[i] = m;
            avg = Math.sqrt(v - m * m) + eps;
          } else {
            avg = Math.sqrt(v) + eps;
          }
          if (momentumBuffer) {
            const b = momentumBuffer[i] * mu + g / avg;
            momentumBuffer[i] = b;
            params[i] -= lr * b;
          } else {
            params[i] -= lr * (g / avg);
          }
        }
      },
    },
    { weightDecay, momentum: momentumFactor(momentum) },
  );
}
