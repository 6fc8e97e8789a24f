import {
  requireNonNegative,
  requireOptions,
  requirePositive,
  requirePositiveInteger,
} from "../../errors";
import { orderedSchedule, requireContext, requireStep, timeSchedule } from "../define";
import type { Schedule, ScheduleContext } from "../schedule";

// Seed 002's mission: four ways to change the rate (time, derivative, loss, current local
// minimum), each with where it fails.

/**
 * Time-based: lr(t) = lr·(1 − (t+1)/epochs), floored at 0. t is the epoch index from 0, as in
 * seed 002's `learning_rate*(1-(i+1)/training_epochs)` for i in range(epochs).
 *
 * Fails: it ignores how training is going (the rate falls whether or not the loss does); it hits 0
 * at t = epochs − 1, so the last update does nothing, and stays 0 afterwards; too few epochs stop
 * the walk before the minimum.
 *
 * Example: timeBased({ lr: 0.1, epochs: 50 }) gives 0.098, 0.096, 0.094 at t = 0…2 and 0 at 49.
 */
export function timeBased(options: { lr: number; epochs: number }): Schedule {
  requireOptions("timeBased", options, ["lr", "epochs"], "{ lr: 0.1, epochs: 50 }");
  const lr = requireNonNegative("lr", options.lr);
  const epochs = requirePositiveInteger("epochs", options.epochs);
  return timeSchedule("timeBased", (t) => lr * Math.max(0, 1 - (t + 1) / epochs));
}

function norm(v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return Math.sqrt(sum);
}

/**
 * Derivative-scaled: lr(t) = lr·‖g‖ (|f′(x)| in one dimension), seed 002's
 * `learning_rate * np.abs(grad)`. Needs ctx.
 *
 * Fails: the step lr·‖g‖·g grows with the square of the gradient, so from a far start it
 * overshoots and blows up; near the minimum the rate shrinks to 0 and progress crawls. On seed
 * 002's f(x) = 3x² − 3x + 4 with lr = 0.01, u = f′(x) = 6x − 3 maps to u·(1 − 0.06|u|), which
 * diverges once |u| > 33.3, i.e. |x − 0.5| > 5.56.
 *
 * Example: derivativeScaled({ lr: 0.01 }) on that f gives 0.09 at x = 2 (f′ = 9) and 0.57 at
 * x = 10 (f′ = 57, a step of −32.5 to x = −22.5, where the rate is 1.38).
 */
export function derivativeScaled(options: { lr: number }): Schedule {
  requireOptions("derivativeScaled", options, ["lr"], "{ lr: 0.01 }");
  const lr = requireNonNegative("lr", options.lr);
  return {
    name: "derivativeScaled",
    lr(t, ctx) {
      requireStep(t);
      return lr * norm(requireContext("derivativeScaled", ctx).grad);
    },
  };
}

/**
 * Loss-scaled: lr(t) = lr·max(loss, 0)/scale. Needs ctx.
 *
 * Fails: it only behaves while loss/scale stays in [0, 1] (seed 002's summary), so set `scale` to
 * about the starting loss. A loss above scale makes the rate larger than lr and can diverge; a
 * minimum loss above 0 (3.25 for 3x² − 3x + 4) means the rate never shrinks; a negative loss
 * gives rate 0 and the run stalls.
 *
 * Example: lossScaled({ lr: 0.01, scale: 4 }) on 3x² − 3x + 4 gives 0.01 at x = 0 (loss 4) and
 * 0.008125 at the minimum x = 0.5 (loss 3.25).
 */
export function lossScaled(options: { lr: number; scale?: number }): Schedule {
  requireOptions("lossScaled", options, ["lr", "scale"], "{ lr: 0.01, scale: 4 }");
  const lr = requireNonNegative("lr", options.lr);
  const scale = requirePositive("scale", options.scale ?? 1);
  return {
    name: "lossScaled",
    lr(t, ctx) {
      requireStep(t);
      return (lr * Math.max(requireContext("lossScaled", ctx).loss, 0)) / scale;
    },
  };
}

/**
 * Driven by the current local minimum: fit a quadratic along the last step and use the rate that
 * lands on its minimum x̂*. The secant curvature h = ⟨Δx, Δg⟩/‖Δx‖² (Δ between the previous and
 * the current point) puts x̂* at x − g/h, so lr(t) = ‖x − x̂*‖/‖g‖ = 1/h (the Barzilai–Borwein
 * step). lr(0) = lr, since there is no previous point; so is every step where h ≤ 0 or is not
 * finite. Stateful: call in order with ctx including x (minimize does).
 *
 * Fails: it assumes the function is locally a bowl. Where the curvature along the step is ≤ 0
 * there is no model minimum (falls back to lr); where it is tiny (flat regions, x⁴ near 0) the
 * rate is huge and the step jumps far; gradient noise (mini-batches) ruins the secant; the loss
 * may rise from one step to the next.
 *
 * Example: localMinimum({ lr: 0.01 }) on 3x² − 3x + 4 from x = 0: step 0 uses 0.01 and reaches
 * x = 0.03 (f′ from −3 to −2.82), so h = 0.18/0.03 = 6 and lr(1) = 1/6, which lands on x = 0.5.
 */
export function localMinimum(options: { lr: number }): Schedule {
  requireOptions("localMinimum", options, ["lr"], "{ lr: 0.01 }");
  const lr = requireNonNegative("lr", options.lr);
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
