import { seededRandom } from "../../random";
import { linearRegression } from "./linear-regression";
import { quadratic } from "./quadratic";

/**
 * θ², the loss of lesson 01: minimum 0 at θ = 0, L = 2, so GD converges exactly for 0 < lr < 1.
 *
 * Example:
 *
 * ```ts
 * objectives.thetaSquared.name; // → "θ^2"
 * objectives.thetaSquared.gradient([10]); // → [20]
 * objectives.thetaSquared.smoothness; // → 2
 * ```
 */
export const thetaSquared = quadratic({ A: [[2]], variables: ["θ"], domain: [[-11, 11]] });

/**
 * 3x² − 3x + 4, lesson 06's function: minimum 3.25 at x = 0.5, L = 6, so GD converges for
 * lr < 1/3.
 *
 * Example:
 *
 * ```ts
 * objectives.courseQuadratic.formula; // → "3x^2 - 3x + 4"
 * objectives.courseQuadratic.minima; // → [[0.5]]
 * objectives.courseQuadratic.value([0.5]); // → 3.25
 * ```
 */
export const courseQuadratic = quadratic({ A: [[6]], b: [-3], c: 4 });

/**
 * x² over [−5, 5], the function of lessons 02 to 04 (the course's usual `func`/`dfunc`).
 *
 * Example:
 *
 * ```ts
 * objectives.xSquared.name; // → "x^2"
 * objectives.xSquared.gradient([-3]); // → [-6]
 * objectives.xSquared.domain; // → [[-5, 5]]
 * ```
 */
export const xSquared = quadratic({ A: [[2]] });

/**
 * Least squares on four points that a linear model fits exactly: X = [[1, 2], [2, 3], [3, 4],
 * [4, 5]], y = [5, 7, 9, 11], loss (1/2m)·Σ(Xθ − y)², no intercept. The fit is exact at
 * θ = (−1, 3) (loss 0); XᵀX/m has eigenvalues ≈ 20.94 and 0.06, so GD needs lr < 2/20.94 ≈ 0.0955
 * and then crawls along the flat direction. Lessons 03, 07 and 08 use it.
 *
 * Example:
 *
 * ```ts
 * const J = objectives.exactFitRegression;
 * J.name; // → "exact-fit regression (4 points)"
 * J.value([0, 0]); // → 34.5
 * J.minima; // → [[-1, 3]] (up to rounding)
 * 2 / J.smoothness; // → 0.0955
 * ```
 */
export const exactFitRegression = linearRegression({
  X: [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
  ],
  y: [5, 7, 9, 11],
  name: "exact-fit regression (4 points)",
});

/**
 * A line y = b + w·x fitted to 20 noisy points, deterministic: xᵢ = i/10 for i = 0 … 19 and
 * yᵢ = 1 + 2xᵢ + 0.2·zᵢ, with zᵢ standard normal noise from `seededRandom(4)` (Box–Muller).
 * Parameters (b, w); the least-squares fit is near (1, 2). Lessons 02, 03, 08 and 10 use it,
 * often through `.stochastic({ batchSize, seed })`.
 *
 * Example:
 *
 * ```ts
 * const line = objectives.noisyLineRegression;
 * line.name; // → "noisy-line regression (20 points)"
 * line.variables; // → ["b", "w"]
 * line.X[3]; // → [1, 0.3]
 * line.minima; // → [[0.9547, 1.991]]
 * ```
 */
export const noisyLineRegression = linearRegression({
  X: Array.from({ length: 20 }, (_, i) => i / 10),
  y: noisyLine(20, 4),
  fitIntercept: true,
  name: "noisy-line regression (20 points)",
});

function noisyLine(m: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: m }, (_, i) => {
    const noise = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return 1 + 2 * (i / 10) + 0.2 * noise;
  });
}
