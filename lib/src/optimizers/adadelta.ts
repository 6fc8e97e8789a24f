import { requireClosedUnitInterval } from "../errors";
import { createOptimizer, nonNegative, parseOptimizerOptions, zeros } from "./base";
import type { CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";

export interface AdadeltaOptions extends CommonOptions {
  /** Decay ρ of both running averages (in [0, 1], default 0.9). */
  rho?: number;
  /** Added inside both roots (≥ 0, default 1e-6). */
  eps?: number;
  /** L2 penalty λ added to the gradient (≥ 0, default 0). */
  weightDecay?: number;
}

/**
 * Adadelta, as torch.optim.Adadelta (lr default 1.0).
 *
 * ```text
 * v ← 0, u ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:  g ← g + λθ
 *   v ← ρv + (1 − ρ)g²
 *   Δx ← √(u + ε) / √(v + ε) · g
 *   u ← ρu + (1 − ρ)Δx²
 *   θ ← θ − γΔx
 * ```
 * State: `squareAvg` (v), `accDelta` (u).
 */
export function adadelta(options: AdadeltaOptions = {}): Optimizer {
  const { rho, eps, weightDecay, ...common } = parseOptimizerOptions("adadelta", options, {
    lr: [1.0, nonNegative],
    rho: [0.9, requireClosedUnitInterval],
    eps: [1e-6, nonNegative],
    weightDecay: [0, nonNegative],
  });
  return createOptimizer(
    "adadelta",
    common,
    {
      createBuffers: (size) => zeros(size, ["squareAvg", "accDelta"]),
      update(params, grad, { squareAvg, accDelta }, _step, lr) {
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const v = squareAvg[i] * rho + (1 - rho) * g * g;
          squareAvg[i] = v;
          const delta = (Math.sqrt(accDelta[i] + eps) / Math.sqrt(v + eps)) * g;
          accDelta[i] = accDelta[i] * rho + (1 - rho) * delta * delta;
          params[i] -= lr * delta;
        }
      },
    },
    { weightDecay },
  );
}
