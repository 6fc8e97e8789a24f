/**
 * Every local minimizer of a 1-D function inside [min, max], from its derivative: scan a grid for
 * places where f' goes from ≤ 0 to > 0, then bisect each to full precision.
 *
 * Example: for f(x) = x·cos(x) on [−10, 10], f'(x) = cos(x) − x·sin(x) gives
 * `localMinima1d(df, [-10, 10]) // [-6.4373…, -0.8603…, 3.4256…, 9.5293…]`.
 */
export function localMinima1d(
  derivative: (x: number) => number,
  [min, max]: readonly [number, number],
  gridPoints = 2000,
): number[] {
  const minima: number[] = [];
  const step = (max - min) / gridPoints;
  let previous = derivative(min);
  for (let i = 1; i <= gridPoints; i++) {
    const right = min + i * step;
    const slope = derivative(right);
    if (previous <= 0 && slope > 0) minima.push(bisect(derivative, right - step, right));
    previous = slope;
  }
  return minima;
}

/** The point in [low, high] where `derivative` turns positive, given f'(low) ≤ 0 < f'(high). */
function bisect(derivative: (x: number) => number, low: number, high: number): number {
  for (;;) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) return middle;
    if (derivative(middle) > 0) high = middle;
    else low = middle;
  }
}
