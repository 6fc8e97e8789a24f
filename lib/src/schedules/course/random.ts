import { parseOptions, REQUIRED, requireNonNegative, requirePositiveInteger } from "../../errors";
import { requireInteger, requireStep } from "../define";
import type { Schedule } from "../schedule";

/** murmur3's 32-bit finalizer: scrambles an integer into a well-mixed unsigned 32-bit one. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) that depends only on (seed, t, i): a counter-based RNG. */
function uniform(seed: number, t: number, i: number): number {
  const h = mix32(mix32(mix32(seed + 0x9e3779b9) ^ (t + 0x7f4a7c15)) ^ (i + 0x2545f491));
  return h / 2 ** 32;
}

/** Options of randomPerParameter. */
export interface RandomPerParameterOptions {
  /** The lowest rate: every rate is drawn from [lr, lr + spread) (≥ 0). Required. */
  lr: number;
  /** The width of the range the rates are drawn from (≥ 0). Required. */
  spread: number;
  /** Picks the draws: the same seed repeats the same rates (an integer, default 0). */
  seed?: number;
}

/**
 * A random rate per parameter: every parameter i gets its own rate lr + spread·U(0, 1), redrawn
 * every step (0.01 + 0.02·random() is { lr: 0.01, spread: 0.02 }). The draws come from a seeded
 * counter-based RNG (a hash of seed, t and i), so the same seed repeats the same rates in any call
 * order.
 *
 * `lrPerParameter(t, dim)` gives the rates; an optimizer given the schedule as lr applies them
 * exactly for plain SGD (see Schedule.lrPerParameter), and its lr reads their mean. `lr(t)` is
 * parameter 0's rate.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 });
 * const rates = s.lrPerParameter!(0, 2);
 * rates.every((rate) => rate >= 0.01 && rate < 0.03); // → true
 * rates; // → [0.01016, 0.01371]
 * s.lrPerParameter!(0, 2); // → [0.01016, 0.01371] (the same seed and step: the same rates)
 * s.lr(0) === rates[0]; // → true (parameter 0's rate)
 * ```
 */
export function randomPerParameter(options: RandomPerParameterOptions): Schedule {
  const { lr, spread, seed } = parseOptions(
    "randomPerParameter",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      spread: [REQUIRED, requireNonNegative],
      seed: [0, requireInteger],
    },
    "{ lr: 0.01, spread: 0.02 }",
  );
  const rate = (t: number, i: number) => lr + spread * uniform(seed, requireStep(t), i);
  return {
    name: "randomPerParameter",
    lr: (t) => rate(t, 0),
    lrPerParameter: (t, dim) =>
      Float64Array.from({ length: requirePositiveInteger("dim", dim) }, (_, i) => rate(t, i)),
  };
}
