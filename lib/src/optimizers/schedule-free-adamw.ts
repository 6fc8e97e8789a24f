import { createOptimizer, nonNegative, parseOptimizerOptions, unitInterval, zeros } from "./base";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";
import { scheduleFree, scheduleFreeSpec } from "./schedule-free-sgd";
import type { ScheduleFreeOptions } from "./schedule-free-sgd";

export interface ScheduleFreeAdamwOptions extends ScheduleFreeOptions {
  /** AdamW's learning rate γ (≥ 0, optax's default 0.0025). */
  lr?: number | Schedule;
  /** β₂, decay rate of the squared-gradient average (in [0, 1), default 0.999). */
  b2?: number;
  /** Added to √v̂ in the denominator (≥ 0, default 1e-8). */
  eps?: number;
}

/**
 * Schedule-Free AdamW, as optax.contrib.schedule_free_adamw (optax 0.2.8): Schedule-Free
 * averaging (see scheduleFreeSgd) around Adam without its first moment, with decoupled weight
 * decay. Defazio, Yang, Mehta, Mishchenko, Khaled and Cutkosky (2024), "The Road Less Scheduled".
 *
 * ```text
 * z ← θ, y ← θ (the params of the first step), v ← 0, W ← 0, γ_max ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(y)                            (gradients at y: params holds y)
 *   γ_max ← max(γ_max, γ)
 *   W ← W + γ_maxᵖ;  c ← γ_maxᵖ / W      (c ← 0 when 0/0)
 *   x ← (y − (1 − β₁)z) / β₁             (the previous average, from y and z)
 *   v ← β₂v + (1 − β₂)g²
 *   z ← z − γ(g / (√(v / (1 − β₂ᵗ)) + ε) + λy)
 *   x ← (1 − c)x + c·z
 *   y ← β₁x + (1 − β₁)z
 * evalParams(y) = (y − (1 − β₁)z) / β₁   (x: evaluate and deploy this one)
 * ```
 * `params` holds y; `optimizer.evalParams(params)` returns x, the point to evaluate
 * (optax.contrib.schedule_free_eval_params). With warmupSteps w, the γ of z's step is
 * γ·min(t − 1, w)/w and γ_max's is γ·min(t, w)/w, off by one as in optax. γ is `lr`, read at each
 * step. State: `nu` (v), `z`, `maxLr` (γ_max), `weightSum` (W) and `averagingWeight` (c).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.scheduleFreeAdamw({ lr: 0.1 });
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.9
 * opt.evalParams(x)[0]; // → 0.9
 * ```
 */
export function scheduleFreeAdamw(options: ScheduleFreeAdamwOptions = {}): Optimizer {
  const { warmupSteps, b1, b2, eps, weightDecay, weightLrPower, ...common } = parseOptimizerOptions(
    "scheduleFreeAdamw",
    options,
    {
      lr: [0.0025, nonNegative],
      b2: [0.999, unitInterval],
      eps: [1e-8, nonNegative],
      ...scheduleFreeSpec,
    },
  );
  const w2 = 1 - b2;
  return createOptimizer(
    "scheduleFreeAdamw",
    common,
    scheduleFree(
      { warmupSteps, b1, weightLrPower },
      (size) => zeros(size, ["nu"]),
      (t, grad, y, lr, { nu }, u) => {
        const biasCorrection = 1 - b2 ** t;
        const scale = -lr;
        for (let i = 0; i < u.length; i++) {
          const g = grad[i];
          const v = w2 * (g * g) + b2 * nu[i];
          nu[i] = v;
          let update = (1 / (Math.sqrt(v / biasCorrection) + eps)) * g;
          if (weightDecay !== 0) update = update + weightDecay * y[i];
          u[i] = scale * update;
        }
      },
    ),
  );
}
