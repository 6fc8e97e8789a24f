import {
  requireIntegerIn,
  requireNonNegative,
  requireOptions,
  requirePositiveInteger,
} from "../../errors";
import { timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Half-cosine from `lr` at position 0 to `etaMin` at position `period`. */
function cosineBetween(lr: number, etaMin: number, position: number, period: number): number {
  return etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * position) / period))) / 2;
}

/**
 * PyTorch's CosineAnnealingLR: lr(t) = etaMin + (lr − etaMin)·(1 + cos(πt/tMax))/2. Past tMax it
 * follows the cosine back up, as PyTorch does.
 *
 * Example: cosineAnnealingLR({ lr: 1, tMax: 4 }) gives 1, 0.854, 0.5, 0.146, 0, 0.146 at t = 0…5.
 */
export function cosineAnnealingLR(options: {
  lr: number;
  tMax: number;
  etaMin?: number;
}): Schedule {
  requireOptions("cosineAnnealingLR", options, ["lr", "tMax", "etaMin"], "{ lr: 0.1, tMax: 100 }");
  const lr = requireNonNegative("lr", options.lr);
  const tMax = requirePositiveInteger("tMax", options.tMax);
  const etaMin = requireNonNegative("etaMin", options.etaMin ?? 0);
  return timeSchedule("cosineAnnealingLR", (t) => cosineBetween(lr, etaMin, t, tMax));
}

/**
 * PyTorch's CosineAnnealingWarmRestarts (SGDR): cosine annealing over a cycle of t0 steps, then a
 * restart at lr; each cycle is tMult times longer than the one before.
 * lr(t) = etaMin + (lr − etaMin)·(1 + cos(π·tCur/tI))/2, with tCur the steps since the last restart
 * and tI the current cycle's length.
 *
 * Example: cosineAnnealingWarmRestarts({ lr: 1, t0: 2, tMult: 2 }) gives 1, 0.5 (cycle of 2),
 * then 1, 0.854, 0.5, 0.146 (cycle of 4), then 1 at t = 0…6.
 */
export function cosineAnnealingWarmRestarts(options: {
  lr: number;
  t0: number;
  tMult?: number;
  etaMin?: number;
}): Schedule {
  const known = ["lr", "t0", "tMult", "etaMin"];
  requireOptions("cosineAnnealingWarmRestarts", options, known, "{ lr: 0.1, t0: 10 }");
  const lr = requireNonNegative("lr", options.lr);
  const t0 = requirePositiveInteger("t0", options.t0);
  const tMult = requireIntegerIn("tMult", options.tMult ?? 1, 1, Infinity);
  const etaMin = requireNonNegative("etaMin", options.etaMin ?? 0);
  return timeSchedule("cosineAnnealingWarmRestarts", (t) => {
    if (tMult === 1) return cosineBetween(lr, etaMin, t % t0, t0);
    let tCur = t;
    let tI = t0;
    while (tCur >= tI) {
      tCur -= tI;
      tI *= tMult;
    }
    return cosineBetween(lr, etaMin, tCur, tI);
  });
}
