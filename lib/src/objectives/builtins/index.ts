import { beale, himmelblau, rosenbrock } from "./classic";
import {
  courseQuadratic,
  exactFitRegression,
  noisyLineRegression,
  thetaSquared,
  xSquared,
} from "./course";
import { linearRegression } from "./linear-regression";
import { logisticRegression, mlp } from "./network";
import { rastrigin, xCos } from "./multimodal";
import { bowl, illConditioned, quadratic, rotatedQuadratic, saddle } from "./quadratic";

/**
 * Every built-in objective, each with a hand-written exact gradient, and the factories.
 *
 * Example:
 *
 * ```ts
 * objectives.rosenbrock.gradient([-1.2, 1]); // → [-215.6, -88]
 * objectives.xCos().name; // → "x cos(x)"
 * ```
 */
export const objectives = {
  // The lessons' functions and data.
  thetaSquared,
  courseQuadratic,
  xSquared,
  exactFitRegression,
  noisyLineRegression,
  // 1-D, several local minima.
  xCos,
  rastrigin,
  // 2-D test functions.
  bowl,
  illConditioned,
  rotatedQuadratic,
  saddle,
  rosenbrock,
  beale,
  himmelblau,
  // Factories.
  quadratic,
  linearRegression,
  logisticRegression,
  mlp,
};
