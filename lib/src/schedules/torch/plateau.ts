import {
  requireIntegerIn,
  requireNonNegative,
  requireOptions,
  requireUnitInterval,
} from "../../errors";
import { orderedSchedule } from "../define";
import { requireChoice } from "../../errors";
import type { Schedule } from "../schedule";

/**
 * PyTorch's ReduceLROnPlateau: multiplies the rate by `factor` (not below minLr) once the loss has
 * failed to improve for more than `patience` epochs, then waits `cooldown` epochs before counting
 * again. "Improve" means, for mode "min": loss < best·(1 − threshold) ("rel") or
 * loss < best − threshold ("abs"); mode "max" mirrors it. Reductions smaller than `eps`
 * (default 1e-8) are skipped, as in PyTorch.
 *
 * Stateful: call lr(t, { loss, grad }) in order t = 0, 1, 2, … (t = 0 starts over). The loss at
 * t = 0 is the starting loss, which PyTorch never sees, so it is not an epoch; from t ≥ 1 the loss
 * is epoch t − 1's metric, i.e. lr(t) is the rate after scheduler.step(loss) has run t times.
 *
 * Example: reduceLROnPlateau({ lr: 1, patience: 1 }) fed the losses 5 (start), 1, 1, 1, 1 gives
 * 1, 1, 1, 0.1, 0.1 at t = 0…4: epoch 0 sets the best, epochs 1 and 2 do not improve, and the
 * second bad epoch (more than patience = 1) cuts the rate.
 */
export function reduceLROnPlateau(options: {
  lr: number;
  mode?: "min" | "max";
  factor?: number;
  patience?: number;
  threshold?: number;
  thresholdMode?: "rel" | "abs";
  cooldown?: number;
  minLr?: number;
  eps?: number;
}): Schedule {
  const known = [
    "lr",
    "mode",
    "factor",
    "patience",
    "threshold",
    "thresholdMode",
    "cooldown",
    "minLr",
    "eps",
  ];
  requireOptions("reduceLROnPlateau", options, known, "{ lr: 0.1, factor: 0.5, patience: 10 }");
  const initialLr = requireNonNegative("lr", options.lr);
  const mode = requireChoice("mode", options.mode ?? "min", ["min", "max"]);
  const factor = requireUnitInterval("factor", options.factor ?? 0.1);
  const patience = requireIntegerIn("patience", options.patience ?? 10, 0, Infinity);
  const threshold = requireNonNegative("threshold", options.threshold ?? 1e-4);
  const thresholdMode = requireChoice("thresholdMode", options.thresholdMode ?? "rel", [
    "rel",
    "abs",
  ]);
  const cooldown = requireIntegerIn("cooldown", options.cooldown ?? 0, 0, Infinity);
  const minLr = requireNonNegative("minLr", options.minLr ?? 0);
  const eps = requireNonNegative("eps", options.eps ?? 1e-8);
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
