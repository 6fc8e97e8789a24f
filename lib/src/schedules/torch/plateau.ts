import { parseOptions, REQUIRED, requireNonNegative, requireUnitInterval } from "../../errors";
import { oneOf, orderedSchedule, requireCount } from "../define";
import type { Schedule } from "../schedule";

/** Options of reduceLROnPlateau: PyTorch's ReduceLROnPlateau arguments in camelCase. */
export interface ReduceLROnPlateauOptions {
  /** The starting learning rate (≥ 0). Required. */
  lr: number;
  /** "min" (the default): the loss should fall; "max": the metric should rise. */
  mode?: "min" | "max";
  /** The factor of each cut (in [0, 1), default 0.1). */
  factor?: number;
  /** Epochs without improvement tolerated before a cut (an integer ≥ 0, default 10). */
  patience?: number;
  /** How much better than the best counts as an improvement (≥ 0, default 1e-4). */
  threshold?: number;
  /** "rel" (the default): threshold is relative to the best; "abs": absolute. */
  thresholdMode?: "rel" | "abs";
  /** Epochs to wait after a cut before counting bad epochs again (an integer ≥ 0, default 0). */
  cooldown?: number;
  /** The rate is never cut below this (≥ 0, default 0). */
  minLr?: number;
  /** Cuts smaller than this are skipped (≥ 0, default 1e-8). */
  eps?: number;
}

/**
 * PyTorch's ReduceLROnPlateau: multiplies the rate by `factor` (not below minLr) once the loss has
 * failed to improve for more than `patience` epochs, then waits `cooldown` epochs before counting
 * again. "Improve" means, for mode "min": loss < best·(1 − threshold) ("rel") or
 * loss < best − threshold ("abs"); mode "max" mirrors it. Reductions smaller than `eps` are
 * skipped, as in PyTorch.
 *
 * Stateful: call lr(t, { loss, grad }) in order t = 0, 1, 2, … (t = 0 starts over). The loss at
 * t = 0 is the starting loss, which PyTorch never sees, so it is not an epoch; from t ≥ 1 the loss
 * is epoch t − 1's metric, i.e. lr(t) is the rate after scheduler.step(loss) has run t times.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.reduceLROnPlateau({ lr: 1, patience: 1 });
 * // Epoch 0's loss 1 sets the best; epochs 1 and 2 do not improve on it, and the second bad
 * // epoch (more than patience = 1) cuts the rate.
 * [5, 1, 1, 1, 1].map((loss, t) => s.lr(t, { loss, grad: [0] })); // → [1, 1, 1, 0.1, 0.1]
 * ```
 */
export function reduceLROnPlateau(options: ReduceLROnPlateauOptions): Schedule {
  const {
    lr: initialLr,
    mode,
    factor,
    patience,
    threshold,
    thresholdMode,
    cooldown,
    minLr,
    eps,
  } = parseOptions(
    "reduceLROnPlateau",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      mode: ["min", oneOf("min", "max")],
      factor: [0.1, requireUnitInterval],
      patience: [10, requireCount],
      threshold: [1e-4, requireNonNegative],
      thresholdMode: ["rel", oneOf("rel", "abs")],
      cooldown: [0, requireCount],
      minLr: [0, requireNonNegative],
      eps: [1e-8, requireNonNegative],
    },
    "{ lr: 0.1, factor: 0.5, patience: 10 }",
  );
  const sign = mode === "min" ? -1 : 1;
  const improves = (loss: number, best: number) =>
    thresholdMode === "rel"
      ? sign * loss > sign * best * (1 + sign * threshold)
      : sign * loss > sign * best + threshold;

  let lr = initialLr;
  let best = -sign * Infinity;
  let badEpochs = 0;
  let cooldownLeft = 0;

  return orderedSchedule("reduceLROnPlateau", {
    start() {
      lr = initialLr;
      best = -sign * Infinity;
      badEpochs = 0;
      cooldownLeft = 0;
      return lr;
    },
    next({ loss }) {
      if (improves(loss, best)) {
        best = loss;
        badEpochs = 0;
      } else badEpochs += 1;
      if (cooldownLeft > 0) {
        cooldownLeft -= 1;
        badEpochs = 0;
      }
      if (badEpochs > patience) {
        const reduced = Math.max(lr * factor, minLr);
        if (lr - reduced > eps) lr = reduced;
        cooldownLeft = cooldown;
        badEpochs = 0;
      }
      return lr;
    },
  });
}
