import { beale, himmelblau, rosenbrock } from "./classic";
import {
  courseQuadratic,
  seed003Regression,
  seed004Regression,
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
 * Example: `objectives.rosenbrock.gradient([-1.2, 1]) // Float64Array [-215.6, -88]`
 */
export const objectives = {
  // The course's functions.
  thetaSquared,
  courseQuadratic,
  xSquared,
  seed003Regression,
  seed004Regression,
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
