import { requireIntegerIn } from "./errors";

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine. Each call returns a number in [0, 1).
 *
 * Example: `const random = seededRandom(42); random(); // 0.6011037519201636`
 */
export function seededRandom(seed: number): () => number {
  let state = requireIntegerIn("seed", seed, 0, 2 ** 32 - 1);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
