import { defineObjective } from "../define";

/**
 * Rosenbrock's banana: f(x, y) = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1) at the end of a
 * long, curved, flat valley. ∇f = [−2(1 − x) − 400x(y − x²), 200(y − x²)].
 *
 * Example:
 *
 * ```ts
 * objectives.rosenbrock.value([-1.2, 1]); // → 24.2
 * objectives.rosenbrock.gradient([-1.2, 1]); // → [-215.6, -88]
 * objectives.rosenbrock.minima; // → [[1, 1]]
 * ```
 */
export const rosenbrock = defineObjective({
  name: "rosenbrock",
  variables: ["x", "y"],
  formula: "(1 - x)^2 + 100(y - x^2)^2",
  latex: "(1 - x)^2 + 100\\left(y - x^2\\right)^2",
  minima: [[1, 1]],
  domain: [
    [-2, 2],
    [-1, 3],
  ],
  value: (p) => (1 - p[0]) ** 2 + 100 * (p[1] - p[0] * p[0]) ** 2,
  gradient(p, out) {
    const x = p[0];
    const y = p[1];
    const valley = y - x * x;
    out[0] = -2 * (1 - x) - 400 * x * valley;
    out[1] = 200 * valley;
    return out;
  },
  hessian: (p) => [
    [2 - 400 * p[1] + 1200 * p[0] * p[0], -400 * p[0]],
    [-400 * p[0], 200],
  ],
});

/**
 * Beale's function: f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum
 * 0 at (3, 0.5), with steep walls at the corners of [−4.5, 4.5]².
 *
 * Example:
 *
 * ```ts
 * objectives.beale.value([0, 0]); // → 14.203125
 * objectives.beale.gradient([0, 0]); // → [-12.75, 0]
 * objectives.beale.value([3, 0.5]); // → 0
 * ```
 */
export const beale = defineObjective({
  name: "beale",
  variables: ["x", "y"],
  formula: "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
  latex: "(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2",
  minima: [[3, 0.5]],
  domain: [
    [-4.5, 4.5],
    [-4.5, 4.5],
  ],
  value(p) {
    const { first, second, third } = bealeTerms(p[0], p[1]);
    return first ** 2 + second ** 2 + third ** 2;
  },
  gradient(p, out) {
    const x = p[0];
    const y = p[1];
    const { first, second, third } = bealeTerms(x, y);
    out[0] = 2 * (first * (y - 1) + second * (y * y - 1) + third * (y * y * y - 1));
    out[1] = 2 * x * (first + 2 * second * y + 3 * third * y * y);
    return out;
  },
  hessian(p) {
    const x = p[0];
    const y = p[1];
    const { first, second, third } = bealeTerms(x, y);
    const [dx1, dx2, dx3] = [y - 1, y * y - 1, y * y * y - 1];
    const [dy1, dy2, dy3] = [x, 2 * x * y, 3 * x * y * y];
    const xy = 2 * (dx1 * dy1 + first + dx2 * dy2 + 2 * y * second + dx3 * dy3 + 3 * y * y * third);
    const yy = 2 * (dy1 * dy1 + dy2 * dy2 + 2 * x * second + dy3 * dy3 + 6 * x * y * third);
    return [
      [2 * (dx1 * dx1 + dx2 * dx2 + dx3 * dx3), xy],
      [xy, yy],
    ];
  },
});

/** The three residuals whose squares make Beale's function. */
function bealeTerms(x: number, y: number) {
  return {
    first: 1.5 - x + x * y,
    second: 2.25 - x + x * y * y,
    third: 2.625 - x + x * y * y * y,
  };
}

/**
 * Himmelblau's function: f(x, y) = (x² + y − 11)² + (x + y² − 7)², four global minima of value 0,
 * so the start point decides which one GD finds. ∇f = [4x·u + 2v, 2u + 4y·v] with u = x² + y − 11,
 * v = x + y² − 7.
 *
 * Example:
 *
 * ```ts
 * objectives.himmelblau.value([0, 0]); // → 170
 * objectives.himmelblau.gradient([0, 0]); // → [-14, -22]
 * objectives.himmelblau.value([3, 2]); // → 0 (one of its four minima)
 * ```
 */
export const himmelblau = defineObjective({
  name: "himmelblau",
  variables: ["x", "y"],
  formula: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
  latex: "\\left(x^2 + y - 11\\right)^2 + \\left(x + y^2 - 7\\right)^2",
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.28318599128617],
    [3.584428340330492, -1.848126526964404],
  ],
  domain: [
    [-5, 5],
    [-5, 5],
  ],
  value: (p) => (p[0] * p[0] + p[1] - 11) ** 2 + (p[0] + p[1] * p[1] - 7) ** 2,
  gradient(p, out) {
    const x = p[0];
    const y = p[1];
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    out[0] = 4 * x * u + 2 * v;
    out[1] = 2 * u + 4 * y * v;
    return out;
  },
  hessian(p) {
    const x = p[0];
    const y = p[1];
    return [
      [12 * x * x + 4 * y - 42, 4 * (x + y)],
      [4 * (x + y), 4 * x + 12 * y * y - 26],
    ];
  },
});
