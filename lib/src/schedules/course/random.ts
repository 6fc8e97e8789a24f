import { requireNonNegative, requireOptions, requirePositiveInteger } from "../../errors";
import { requireStep } from "../define";
import { requireNumber } from "../../errors";
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

/**
 * Seed 003's random rate: every parameter i gets its own rate lr + spread·U(0, 1), redrawn every
 * step (the seed uses 0.01 + 0.02·random()). The draws come from a seeded counter-based RNG (a
 * hash of seed, t and i), so the same seed repeats the same rates in any call order.
 *
 * `lrPerParameter(t, dim)` gives the rates; `minimize` applies them exactly for plain SGD (see
 * Schedule.lrPerParameter) and records their mean. `lr(t)` is parameter 0's rate.
 *
 * Example: randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 }).lrPerParameter(0, 2) gives two
 * rates in [0.01, 0.03); the same call always gives the same two.
 */
export function randomPerParameter(options: {
  lr: number;
  spread: number;
  seed?: number;
}): Schedule {
  requireOptions(
    "randomPerParameter",
    options,
    ["lr", "spread", "seed"],
    "{ lr: 0.01, spread: 0.02 }",
  );
  const lr = requireNonNegative("lr", options.lr);
  const spread = requireNonNegative("spread", options.spread);
  const seed = requireNumber("seed", options.seed ?? 0, "an integer", Number.isInteger);
  const rate = (t: number, i: number) => lr + spread * uniform(seed, requireStep(t), i);
  return {
    name: "randomPerParameter",
    lr: (t) => rate(t, 0),
    lrPerParameter: (t, dim) =>
      Float64Array.from({ length: requirePositiveInteger("dim", dim) }, (_, i) => rate(t, i)),
  };
}
