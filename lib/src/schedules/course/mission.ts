import { norm } from "../../vectors";
import {
  parseOptions,
  REQUIRED,
  requireNonNegative,
  requirePositive,
  requirePositiveInteger,
} from "../../errors";
import { contextSchedule, orderedSchedule, requireContext, timeSchedule } from "../define";
import type { Schedule, ScheduleContext } from "../schedule";

// Four rules that change the rate, driven by time, by the derivative, by the loss and by the
// current local minimum, each with where it fails.

/** Options of timeBased. */
export interface TimeBasedOptions {
  /** The rate the schedule falls from: lr(t) = lr·(1 − (t + 1)/epochs) (≥ 0). Required. */
  lr: number;
  /** The epoch count: the rate reaches 0 at t = epochs − 1 (a positive integer). Required. */
  epochs: number;
}

/**
 * Time-based: lr(t) = lr·(1 − (t+1)/epochs), floored at 0. t is the epoch index from 0, as in
 * `learning_rate*(1-(i+1)/training_epochs)` for i in range(epochs).
 *
 * Fails: it ignores how training is going (the rate falls whether or not the loss does); it hits 0
 * at t = epochs − 1, so the last update does nothing, and stays 0 afterwards; too few epochs stop
 * the walk before the minimum.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.timeBased({ lr: 0.1, epochs: 50 });
 * [0, 1, 2, 49, 60].map((t) => s.lr(t)); // → [0.098, 0.096, 0.094, 0, 0]
 * ```
 */
export function timeBased(options: TimeBasedOptions): Schedule {
  const { lr, epochs } = parseOptions(
    "timeBased",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      epochs: [REQUIRED, requirePositiveInteger],
    },
    "{ lr: 0.1, epochs: 50 }",
  );
  return timeSchedule("timeBased", (t) => lr * Math.max(0, 1 - (t + 1) / epochs));
}

/** Options of derivativeScaled. */
export interface DerivativeScaledOptions {
  /** The rate per unit of gradient norm: lr(t) = lr·‖g‖ (≥ 0). Required. */
  lr: number;
}

/**
 * Derivative-scaled: lr(t) = lr·‖g‖ (|f′(x)| in one dimension), as in
 * `learning_rate * np.abs(grad)`. Needs ctx.
 *
 * Fails: the step lr·‖g‖·g grows with the square of the gradient, so from a far start it
 * overshoots and blows up; near the minimum the rate shrinks to 0 and progress crawls. On
 * f(x) = 3x² − 3x + 4 with lr = 0.01, u = f′(x) = 6x − 3 maps to u·(1 − 0.06|u|), which diverges
 * once |u| > 33.3, i.e. |x − 0.5| > 5.56.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.derivativeScaled({ lr: 0.01 });
 * const f = (x: number) => 3 * x * x - 3 * x + 4;
 * const df = (x: number) => 6 * x - 3;
 * s.lr(0, { loss: f(2), grad: [df(2)] }); // → 0.09
 * // From x = 10 the step is −0.57·57 = −32.5, to x = −22.5, where the rate is larger still.
 * s.lr(0, { loss: f(10), grad: [df(10)] }); // → 0.57
 * s.lr(1, { loss: f(-22.5), grad: [df(-22.5)] }); // → 1.38
 * ```
 */
export function derivativeScaled(options: DerivativeScaledOptions): Schedule {
  const { lr } = parseOptions(
    "derivativeScaled",
    options,
    { lr: [REQUIRED, requireNonNegative] },
    "{ lr: 0.01 }",
  );
  return contextSchedule("derivativeScaled", ({ grad }) => lr * norm(grad));
}

/** Options of lossScaled. */
export interface LossScaledOptions {
  /** The rate when the loss equals scale: lr(t) = lr·max(loss, 0)/scale (≥ 0). Required. */
  lr: number;
  /** The loss that gives the rate lr; set it to about the starting loss (> 0, default 1). */
  scale?: number;
}

/**
 * Loss-scaled: lr(t) = lr·max(loss, 0)/scale. Needs ctx.
 *
 * Fails: it only behaves while loss/scale stays in [0, 1], so set `scale` to about the starting
 * loss. A loss above scale makes the rate larger than lr and can diverge; a minimum loss above 0
 * (3.25 for 3x² − 3x + 4) means the rate never shrinks; a negative loss gives rate 0 and the run
 * stalls.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.lossScaled({ lr: 0.01, scale: 4 });
 * const f = (x: number) => 3 * x * x - 3 * x + 4;
 * s.lr(0, { loss: f(0), grad: [-3] }); // → 0.01
 * s.lr(1, { loss: f(0.5), grad: [0] }); // → 0.008125 (at the minimum, loss 3.25)
 * ```
 */
export function lossScaled(options: LossScaledOptions): Schedule {
  const { lr, scale } = parseOptions(
    "lossScaled",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      scale: [1, requirePositive],
    },
    "{ lr: 0.01, scale: 4 }",
  );
  return contextSchedule("lossScaled", ({ loss }) => (lr * Math.max(loss, 0)) / scale);
}

/** Options of localMinimum. */
export interface LocalMinimumOptions {
  /** The rate at t = 0 and wherever the curvature along the step is ≤ 0 (≥ 0). Required. */
  lr: number;
}

/**
 * Driven by the current local minimum: fit a quadratic along the last step and use the rate that
 * lands on its minimum x̂*. The secant curvature h = ⟨Δx, Δg⟩/‖Δx‖² (Δ between the previous and
 * the current point) puts x̂* at x − g/h, so lr(t) = ‖x − x̂*‖/‖g‖ = 1/h (the Barzilai–Borwein
 * step). lr(0) = lr, since there is no previous point; so is every step where h ≤ 0 or is not
 * finite. Stateful: call in order with ctx including x (an optimizer's step() does).
 *
 * Fails: it assumes the function is locally a bowl. Where the curvature along the step is ≤ 0
 * there is no model minimum (falls back to lr); where it is tiny (flat regions, x⁴ near 0) the
 * rate is huge and the step jumps far; gradient noise (mini-batches) ruins the secant; the loss
 * may rise from one step to the next.
 *
 * On 3x² − 3x + 4 from x = 0, step 0 uses lr and reaches x = 0.03 (f′ from −3 to −2.82), so
 * h = 0.18/0.03 = 6 and lr(1) = 1/6, which lands on the minimum x = 0.5.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.localMinimum({ lr: 0.01 });
 * const f = (x: number) => 3 * x * x - 3 * x + 4;
 * const df = (x: number) => 6 * x - 3;
 * s.lr(0, { loss: f(0), grad: [df(0)], x: [0] }); // → 0.01
 * const x1 = 0 - 0.01 * df(0);
 * const lr1 = s.lr(1, { loss: f(x1), grad: [df(x1)], x: [x1] });
 * lr1; // → 0.166667
 * x1 - lr1 * df(x1); // → 0.5
 * ```
 */
export function localMinimum(options: LocalMinimumOptions): Schedule {
  const { lr } = parseOptions(
    "localMinimum",
    options,
    { lr: [REQUIRED, requireNonNegative] },
    "{ lr: 0.01 }",
  );
  let previousX = new Float64Array(0);
  let previousGrad = new Float64Array(0);

  function point(ctx: ScheduleContext | undefined) {
    const { grad, x } = requireContext("localMinimum", ctx, true);
    return { grad, x: x! };
  }

  function remember({ grad, x }: { grad: ArrayLike<number>; x: ArrayLike<number> }) {
    previousX = Float64Array.from(x);
    previousGrad = Float64Array.from(grad);
  }

  return orderedSchedule("localMinimum", {
    start(ctx) {
      remember(point(ctx));
      return lr;
    },
    next(ctx) {
      const { grad, x } = point(ctx);
      let dxDg = 0;
      let dxDx = 0;
      for (let i = 0; i < x.length; i++) {
        const dx = x[i] - previousX[i];
        dxDg += dx * (grad[i] - previousGrad[i]);
        dxDx += dx * dx;
      }
      remember({ grad, x });
      const rate = dxDx / dxDg;
      return rate > 0 && Number.isFinite(rate) ? rate : lr;
    },
  });
}
