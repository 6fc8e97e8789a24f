import { requirePositiveFraction, requirePositiveInteger } from "../errors";
import { createOptimizer, nonNegative, parseOptimizerOptions, scalar } from "./base";
import type { Algorithm, CommonOptions } from "./base";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";

/** Options shared by scheduleFreeSgd and scheduleFreeAdamw. */
export interface ScheduleFreeOptions extends CommonOptions {
  /**
   * Linear warm-up over this many steps, as optax's (a positive integer; default none): the base
   * step uses γ·min(t − 1, w)/w at step t and the averaging weight γ·min(t, w)/w. As in optax,
   * these rates are computed in float32 (so γ itself is rounded to float32, even after warm-up).
   */
  warmupSteps?: number;
  /** β, the interpolation y = (1 − β)z + βx (in (0, 1], default 0.9). */
  b1?: number;
  /** Weight decay λ, evaluated at y (≥ 0, default 0). */
  weightDecay?: number;
  /** p, each step's weight in the average is γ_maxᵖ (≥ 0, default 2). */
  weightLrPower?: number;
}

export interface ScheduleFreeSgdOptions extends ScheduleFreeOptions {
  /** SGD's learning rate γ (≥ 0, optax's default 1). */
  lr?: number | Schedule;
}

/**
 * Schedule-Free SGD, as optax.contrib.schedule_free_sgd (optax 0.2.8): instead of a decaying
 * schedule, the point to use is a running average x of the SGD iterates z, and gradients are
 * taken at y, between the two. Defazio, Yang, Mehta, Mishchenko, Khaled and Cutkosky (2024), "The
 * Road Less Scheduled".
 *
 * ```text
 * z ← θ, y ← θ (the params of the first step), W ← 0, γ_max ← 0
 * for t = 1, 2, …:
 *   g ← ∇f(y) + λy                       (gradients at y: params holds y)
 *   γ_max ← max(γ_max, γ)
 *   W ← W + γ_maxᵖ;  c ← γ_maxᵖ / W      (c ← 0 when 0/0)
 *   x ← (y − (1 − β)z) / β              (the previous average, from y and z)
 *   z ← z − γg
 *   x ← (1 − c)x + c·z
 *   y ← βx + (1 − β)z
 * evalParams(y) = (y − (1 − β)z) / β    (x: evaluate and deploy this one)
 * ```
 * `params` holds y, where gradients are taken; `optimizer.evalParams(params)` returns x, the point
 * to evaluate (optax.contrib.schedule_free_eval_params). With warmupSteps w, the γ of z's step is
 * γ·min(t − 1, w)/w and γ_max's is γ·min(t, w)/w, off by one as in optax. γ is `lr`, read at each
 * step. State: `z`, `maxLr` (γ_max), `weightSum` (W) and `averagingWeight` (c, the weight of the
 * newest iterate in x: 1/t with a constant γ and p = 2).
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.scheduleFreeSgd({ lr: 0.1 });
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.8
 * opt.evalParams(x)[0]; // → 0.8
 * ```
 */
export function scheduleFreeSgd(options: ScheduleFreeSgdOptions = {}): Optimizer {
  const { warmupSteps, b1, weightDecay, weightLrPower, ...common } = parseOptimizerOptions(
    "scheduleFreeSgd",
    options,
    { lr: [1, nonNegative], ...scheduleFreeSpec },
  );
  return createOptimizer(
    "scheduleFreeSgd",
    common,
    scheduleFree(
      { warmupSteps, b1, weightLrPower },
      () => ({}),
      (_t, grad, y, lr, _buffers, u) => {
        for (let i = 0; i < u.length; i++) {
          const g = weightDecay === 0 ? grad[i] : grad[i] + weightDecay * y[i];
          u[i] = -lr * g;
        }
      },
    ),
  );
}

/** Rows of the spec table shared by scheduleFreeSgd and scheduleFreeAdamw. */
export const scheduleFreeSpec = {
  warmupSteps: [undefined, requirePositiveInteger],
  b1: [0.9, requirePositiveFraction],
  weightDecay: [0, nonNegative],
  weightLrPower: [2, nonNegative],
} as const;

/**
 * optax.warmup_constant_schedule(0, peak, w) at `count`: peak·min(count, w)/w, computed as optax
 * computes it, in float32 (its step count is an int32, and int32 / int is a float32 in JAX), so
 * even after the warm-up the rate is peak rounded to float32.
 */
function warmup(peak: number, warmupSteps: number | undefined, count: number): number {
  if (warmupSteps === undefined) return peak;
  const f32 = Math.fround;
  const frac = f32(1 - f32(Math.min(count, warmupSteps) / warmupSteps));
  return f32(f32(f32(0 - peak) * frac) + f32(peak));
}

/**
 * optax.contrib.schedule_free around a base optimizer without momentum: `baseUpdate` writes the
 * base optimizer's update u (z ← z + u) for step t at y with learning rate lr.
 */
export function scheduleFree<B extends Record<string, Float64Array>>(
  {
    warmupSteps,
    b1,
    weightLrPower,
  }: { warmupSteps: number | undefined; b1: number; weightLrPower: number },
  baseBuffers: (size: number) => B,
  baseUpdate: (
    t: number,
    grad: ArrayLike<number>,
    y: Float64Array,
    lr: number,
    buffers: B,
    u: Float64Array,
  ) => void,
): Algorithm<
  B & {
    z: Float64Array;
    maxLr: Float64Array;
    weightSum: Float64Array;
    averagingWeight: Float64Array;
  }
> {
  let u = new Float64Array(0);
  return {
    createBuffers: (size) => ({
      ...baseBuffers(size),
      z: new Float64Array(size),
      maxLr: scalar(0),
      weightSum: scalar(0),
      averagingWeight: scalar(0),
    }),
    update(y, grad, buffers, step, lr) {
      const { z, maxLr, weightSum, averagingWeight } = buffers;
      if (step === 1) z.set(y);
      const gammaMax = Math.max(maxLr[0], warmup(lr, warmupSteps, step));
      maxLr[0] = gammaMax;
      const weight = gammaMax ** weightLrPower;
      const total = weightSum[0] + weight;
      weightSum[0] = total;
      const ratio = weight / total;
      const c = Number.isNaN(weight) || Number.isNaN(total) ? NaN : Number.isNaN(ratio) ? 0 : ratio;
      averagingWeight[0] = c;
      if (u.length !== y.length) u = new Float64Array(y.length);
      baseUpdate(step, grad, y, warmup(lr, warmupSteps, step - 1), buffers, u);
      const keep = 1 - b1;
      const oneMinusC = 1 - c;
      for (let i = 0; i < y.length; i++) {
        const zOld = z[i];
        const zNew = zOld + u[i];
        z[i] = zNew;
        const previousX = (y[i] - keep * zOld) / b1;
        const x = oneMinusC * previousX + c * zNew;
        const yNew = b1 * x + keep * zNew;
        y[i] = y[i] + (yNew - y[i]);
      }
    },
    evalParams(y, { z }) {
      const keep = 1 - b1;
      const x = new Float64Array(y.length);
      for (let i = 0; i < y.length; i++) x[i] = (y[i] - keep * z[i]) / b1;
      return x;
    },
  };
}
