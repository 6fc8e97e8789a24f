import { parseOptions, REQUIRED, requireNonNegative, requirePositiveInteger } from "../../errors";
import { requireMultiplier, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Half-cosine from `lr` at position 0 to `etaMin` at position `period`. */
function cosineBetween(lr: number, etaMin: number, position: number, period: number): number {
  return etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * position) / period))) / 2;
}

/** Options of cosineAnnealingLR: PyTorch's CosineAnnealingLR arguments in camelCase. */
export interface CosineAnnealingLROptions {
  /** The starting (highest) learning rate (≥ 0). Required. */
  lr: number;
  /** Steps of the half cosine from lr down to etaMin (a positive integer). Required. */
  tMax: number;
  /** The rate at t = tMax (≥ 0, default 0). */
  etaMin?: number;
}

/**
 * PyTorch's CosineAnnealingLR: lr(t) = etaMin + (lr − etaMin)·(1 + cos(πt/tMax))/2. Past tMax it
 * follows the cosine back up, as PyTorch does.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.cosineAnnealingLR({ lr: 1, tMax: 4 });
 * [0, 1, 2, 3, 4, 5].map((t) => s.lr(t)); // → [1, 0.854, 0.5, 0.146, 0, 0.146]
 * ```
 */
export function cosineAnnealingLR(options: CosineAnnealingLROptions): Schedule {
  const { lr, tMax, etaMin } = parseOptions(
    "cosineAnnealingLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      tMax: [REQUIRED, requirePositiveInteger],
      etaMin: [0, requireNonNegative],
    },
    "{ lr: 0.1, tMax: 100 }",
  );
  return timeSchedule("cosineAnnealingLR", (t) => cosineBetween(lr, etaMin, t, tMax));
}

/** Options of cosineAnnealingWarmRestarts: PyTorch's CosineAnnealingWarmRestarts in camelCase. */
export interface CosineAnnealingWarmRestartsOptions {
  /** The rate at the start of every cycle (≥ 0). Required. */
  lr: number;
  /** Steps in the first cycle (a positive integer). Required. */
  t0: number;
  /** How many times longer each cycle is than the one before (an integer ≥ 1, default 1). */
  tMult?: number;
  /** The rate each cycle anneals towards (≥ 0, default 0). */
  etaMin?: number;
}

/**
 * PyTorch's CosineAnnealingWarmRestarts (SGDR): cosine annealing over a cycle of t0 steps, then a
 * restart at lr; each cycle is tMult times longer than the one before.
 * lr(t) = etaMin + (lr − etaMin)·(1 + cos(π·tCur/tI))/2, with tCur the steps since the last restart
 * and tI the current cycle's length.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.cosineAnnealingWarmRestarts({ lr: 1, t0: 2, tMult: 2 });
 * // A cycle of 2 steps, then one of 4, then a restart at t = 6.
 * [0, 1, 2, 3, 4, 5, 6].map((t) => s.lr(t)); // → [1, 0.5, 1, 0.854, 0.5, 0.146, 1]
 * ```
 */
export function cosineAnnealingWarmRestarts(options: CosineAnnealingWarmRestartsOptions): Schedule {
  const { lr, t0, tMult, etaMin } = parseOptions(
    "cosineAnnealingWarmRestarts",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      t0: [REQUIRED, requirePositiveInteger],
      tMult: [1, requireMultiplier],
      etaMin: [0, requireNonNegative],
    },
    "{ lr: 0.1, t0: 10 }",
  );
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
