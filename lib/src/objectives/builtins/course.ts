import { seededRandom } from "../../random";
import { linearRegression } from "./linear-regression";
import { quadratic } from "./quadratic";

/** θ², the loss of the course's first lesson (seed 000): minimum 0 at θ = 0, L = 2. */
export const thetaSquared = quadratic({ A: [[2]], variables: ["θ"], domain: [[-11, 11]] });

/** 3x² − 3x + 4 (seed 002): minimum 3.25 at x = 0.5, L = 6, so GD converges for lr < 1/3. */
export const courseQuadratic = quadratic({ A: [[6]], b: [-3], c: 4 });

/**
 * x² over [−5, 5]: seed 004's Day-74 `func`/`dfunc` (the seed calls them without showing them;
 * this is the course's usual choice).
 */
export const xSquared = quadratic({ A: [[2]], name: "x^2 (day 74)" });

/**
 * Seed 003's regression: X = [[1, 2], [2, 3], [3, 4], [4, 5]], y = [5, 7, 9, 11], loss
 * (1/2m)·Σ(Xθ − y)². The data fit exactly at θ = (−1, 3); XᵀX/m has eigenvalues ≈ 20.94 and
 * 0.06, so GD needs lr < 2/20.94 ≈ 0.0955 and then crawls along the flat direction.
 */
export const seed003Regression = linearRegression({
  X: [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
  ],
  y: [5, 7, 9, 11],
  name: "seed 003 regression",
});

/**
 * Seed 004's y = b + w·x. The seed does not show its data, so this is ours, deterministic:
 * xᵢ = i/10 for i = 0 … 19 and yᵢ = 1 + 2xᵢ + 0.2·zᵢ, with zᵢ standard normal noise from
 * `seededRandom(4)` (Box–Muller). Parameters (b, w); the least-squares fit is near (1, 2).
 */
export const seed004Regression = linearRegression({
  X: Array.from({ length: 20 }, (_, i) => i / 10),
  y: noisyLine(20, 4),
  fitIntercept: true,
  name: "seed 004 regression",
});

function noisyLine(m: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: m }, (_, i) => {
    const noise = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return 1 + 2 * (i / 10) + 0.2 * noise;
  });
}
