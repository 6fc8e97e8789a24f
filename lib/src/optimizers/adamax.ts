import { adamFamilyExtras } from "./adam-family";
import { adamFamilySpec, createOptimizer, parseOptimizerOptions, zeros } from "./base";
import type { AdamFamilyOptions } from "./base";
import type { Optimizer } from "./optimizer";

export type AdamaxOptions = AdamFamilyOptions;

/**
 * Adamax, Adam with the infinity norm, as torch.optim.Adamax (lr default 2e-3).
 *
 * ```text
 * m ← 0, u ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   if λ ≠ 0:  g ← g + λθ
 *   m ← β₁m + (1 − β₁)g
 *   u ← max(β₂u, |g| + ε)
 *   θ ← θ − γ/(1 − β₁ᵗ) · m / u
 * ```
 * ε is added to |g| inside the max. State: `expAvg` (m), `expInf` (u). β₁ is `optimizer.momentum`,
 * read at each step.
 */
export function adamax(options: AdamaxOptions = {}): Optimizer {
  const { betas, eps, weightDecay, ...common } = parseOptimizerOptions(
    "adamax",
    options,
    adamFamilySpec(2e-3),
  );
  const beta2 = betas[1];
  return createOptimizer(
    "adamax",
    common,
    {
      createBuffers: (size) => zeros(size, ["expAvg", "expInf"]),
      update(params, grad, { expAvg, expInf }, step, lr, beta1) {
        const clr = lr / (1 - beta1 ** step);
        const w1 = 1 - beta1;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const m = expAvg[i] + w1 * (g - expAvg[i]);
          expAvg[i] = m;
          const u = Math.max(expInf[i] * beta2, Math.abs(g) + eps);
          expInf[i] = u;
          params[i] -= clr * (m / u);
        }
      },
    },
    adamFamilyExtras(betas, weightDecay),
  );
}
