// Caps on what one figure carries, and the decimation that keeps long runs under them.
import { invalid } from "../errors";

/** At most this many points in one trace. */
export const MAX_POINTS_PER_TRACE = 2000;
/** At most this many points over all the traces of one figure (about 200 KB of JSON). */
export const MAX_POINTS_PER_FIGURE = 10_000;
/** At most this many animation frames or slider steps. */
export const MAX_FRAMES = 200;

/**
 * The indices of a series of `length` points to draw, at most `maxPoints` of them: all of them
 * when they fit, else the first steps densely (where most happens), the last steps densely (where
 * a run settles, oscillates or blows up), and evenly spaced steps in between. Always sorted, always
 * starts with 0 and ends with length − 1.
 *
 * @example decimate(10_000, 100) // [0, 1, …, 39, 40 + k·199, …, 9990, …, 9999]
 */
export function decimate(length: number, maxPoints: number = MAX_POINTS_PER_TRACE): number[] {
  if (!Number.isInteger(length) || length < 0) throw invalid("length", "an integer ≥ 0", length);
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw invalid("maxPoints", "an integer ≥ 2", maxPoints);
  }
  if (length <= maxPoints) return Array.from({ length }, (_, i) => i);
  const head = Math.max(1, Math.floor(maxPoints * 0.4));
  const tail = Math.max(1, Math.floor(maxPoints * 0.1));
  const middle = maxPoints - head - tail;
  const middleStart = head;
  const middleEnd = length - tail; // exclusive
  const kept: number[] = [];
  for (let i = 0; i < head; i++) kept.push(i);
  for (let k = 0; k < middle; k++) {
    kept.push(middleStart + Math.floor((k * (middleEnd - middleStart)) / middle));
  }
  for (let i = middleEnd; i < length; i++) kept.push(i);
  return kept;
}

/** The per-trace point cap when a figure has `traces` traces sharing the figure's budget. */
export function pointsPerTrace(traces: number): number {
  return Math.max(2, Math.min(MAX_POINTS_PER_TRACE, Math.floor(MAX_POINTS_PER_FIGURE / traces)));
}
