import { invalid, parseOptions, REQUIRED, requirePositiveInteger, requireSeed } from "./errors";

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine. Each call returns a number in [0, 1).
 *
 * Example: `const random = seededRandom(42); random(); // 0.6011037519201636`
 */
export function seededRandom(seed: number): () => number {
  let state = requireSeed("seed", seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates: puts `items` in a uniformly random order, in place, drawing from `random`.
 *
 * Example:
 *
 * ```ts
 * const order = [0, 1, 2, 3, 4];
 * shuffle(order, seededRandom(1));
 * [...order].sort(); // → [0, 1, 2, 3, 4]
 * ```
 */
export function shuffle<T>(
  items: { length: number; [index: number]: T },
  random: () => number,
): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
}

/**
 * Seeded mini-batches of the row indices 0 … rows − 1, as a PyTorch DataLoader with shuffle=True
 * draws them: each epoch shuffles the rows, then `next()` returns the next `batchSize` of them (the
 * last batch of an epoch may be smaller), as a view that the following call replaces.
 *
 * Example:
 *
 * ```ts
 * const batches = miniBatches(5, 2, 0);
 * [batches.next().length, batches.next().length, batches.next().length]; // → [2, 2, 1]
 * ```
 */
export function miniBatches(rows: number, batchSize: number, seed: number): { next(): Int32Array } {
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  let start = rows;
  return {
    next() {
      if (start >= rows) {
        shuffle(order, random);
        start = 0;
      }
      const batch = order.subarray(start, Math.min(start + batchSize, rows));
      start += batchSize;
      return batch;
    },
  };
}

/**
 * The mini-batches of an objective's `stochastic(options)`: checks `{ batchSize, seed }` (batchSize
 * from 1 to `rows`, named "the <noun>" in its error; seed 0 by default), draws the first batch at
 * once, and returns the current batch and `nextBatch()`, which moves to the next one. Shared by
 * linearRegression's and the networks' `stochastic`.
 */
export function batchCursor(
  options: { batchSize: number; seed?: number },
  rows: number,
  noun: string,
  example: string,
): { batchSize: number; seed: number; batch: () => Int32Array; nextBatch: () => void } {
  const { batchSize, seed } = parseOptions(
    "stochastic",
    options,
    {
      batchSize: [
        REQUIRED,
        (parameter, value) => {
          requirePositiveInteger(parameter, value);
          if (value > rows) {
            throw invalid(parameter, `an integer from 1 to ${rows} (the ${noun})`, value);
          }
          return value;
        },
      ],
      seed: [0, requireSeed],
    },
    example,
  );
  const batches = miniBatches(rows, batchSize, seed);
  let current = batches.next();
  return {
    batchSize,
    seed,
    batch: () => current,
    nextBatch() {
      current = batches.next();
    },
  };
}
