import { invalid, requireFinite, requireOptions } from "../../errors";
import { defineObjective } from "../define";
import { solve, symmetricEigenvalues } from "../linear-algebra";
import type { Objective } from "../objective";
import {
  defaultVariables,
  requireDomain,
  requireMatrix,
  requireVariables,
  squareDomain,
} from "../options";
import { latexName, polynomial } from "../notation";
import { requirePoint } from "../point";

export interface QuadraticOptions {
  /** The Hessian: a symmetric n × n matrix. */
  A: readonly (readonly number[])[];
  /** The linear term; zeros by default. */
  b?: readonly number[];
  /** The constant term; 0 by default. */
  c?: number;
  /** Names of the n variables; x, y, z (or x1 … xn) by default. */
  variables?: readonly string[];
  /** Display name; the formula by default. */
  name?: string;
  /** Plot range per variable; [−5, 5] for each by default. */
  domain?: readonly (readonly [number, number])[];
}

/**
 * What stability lessons need from a quadratic with Hessian A and linear term b: L = max |λ(A)|
 * and, when A is positive definite, the minimizer x* = −A⁻¹b.
 */
export function quadraticFacts(
  A: readonly (readonly number[])[],
  b: readonly number[],
): { smoothness: number; minima?: number[][] } {
  const eigenvalues = symmetricEigenvalues(A);
  const smoothness = Math.max(-eigenvalues[0], eigenvalues[eigenvalues.length - 1]);
  const minimizer =
    eigenvalues[0] > 0
      ? solve(
          A,
          b.map((entry) => -entry),
        )
      : undefined;
  return minimizer === undefined ? { smoothness } : { smoothness, minima: [minimizer] };
}

/**
 * f(x) = ½xᵀAx + bᵀx + c, with ∇f(x) = Ax + b and Hessian A. Plain gradient descent converges
 * exactly when 0 < lr < 2/L, where L = `smoothness` = max |λ(A)|.
 *
 * Example: `quadratic({ A: [[0.2, 0], [0, 4]] })` is 0.1x² + 2y²: value([1, 1]) = 2.1,
 * gradient([1, 1]) = [0.2, 4], smoothness = 4, minima = [[0, 0]].
 */
export function quadratic(options: QuadraticOptions): Objective {
  requireOptions(
    "quadratic",
    options,
    ["A", "b", "c", "variables", "name", "domain"],
    "{ A: [[0.2, 0], [0, 4]] }",
  );
  const A = requireMatrix("A", options.A);
  const dim = A.length;
  // requireMatrix makes every row as wide as the first.
  if (A[0].length !== dim) throw invalid("A", "a square matrix", options.A);
  A.forEach((row, i) => {
    row.forEach((entry, j) => {
      if (entry !== A[j][i])
        throw invalid("A", `a symmetric matrix (A[${i}][${j}] = A[${j}][${i}])`, options.A);
    });
  });
  if (options.b !== undefined) requirePoint(options.b, dim, "b");
  const b = options.b === undefined ? new Array<number>(dim).fill(0) : [...options.b];
  const c = requireFinite("c", options.c ?? 0);
  const variables =
    options.variables === undefined
      ? defaultVariables(dim)
      : requireVariables(options.variables, dim);

  const formula = (
    square: (v: string) => string,
    product: (v: string, w: string) => string,
    name: (v: string) => string,
  ) =>
    polynomial([
      ...variables.flatMap((v, i) => [
        [A[i][i] / 2, square(name(v))] as const,
        ...variables
          .slice(i + 1)
          .map((w, k) => [A[i][i + 1 + k], product(name(v), name(w))] as const),
      ]),
      ...variables.map((v, i) => [b[i], name(v)] as const),
      [c, ""],
    ]);
  const text = formula(
    (v) => `${v}^2`,
    (v, w) => `${v}*${w}`,
    (v) => v,
  );

  return defineObjective({
    name: options.name ?? text,
    variables,
    formula: text,
    latex: formula(
      (v) => `${v}^2`,
      (v, w) => `${v} ${w}`,
      latexName,
    ),
    domain:
      options.domain === undefined ? squareDomain(dim, -5, 5) : requireDomain(options.domain, dim),
    ...quadraticFacts(A, b),
    value(x) {
      let sum = c;
      for (let i = 0; i < dim; i++) {
        let half = b[i];
        for (let j = 0; j < dim; j++) half += 0.5 * A[i][j] * x[j];
        sum += x[i] * half;
      }
      return sum;
    },
    gradient(x, out) {
      for (let i = 0; i < dim; i++) {
        let sum = b[i];
        for (let j = 0; j < dim; j++) sum += A[i][j] * x[j];
        out[i] = sum;
      }
      return out;
    },
    hessian: () => A.map((row) => [...row]),
  });
}

/** x² + y², the round bowl: every direction has curvature 2, so GD heads straight to 0. */
export const bowl = quadratic({
  A: [
    [2, 0],
    [0, 2],
  ],
  name: "bowl",
});

/** 0.1x² + 2y²: condition number 40, so a rate stable along y (< 0.5) crawls along x. */
export const illConditioned = quadratic({
  A: [
    [0.2, 0],
    [0, 4],
  ],
  name: "ill-conditioned",
});

/**
 * 2.75x² + 4.5xy + 2.75y²: curvatures 1 and 10 along the diagonals (the axes rotated by 45°), so
 * per-coordinate methods cannot align with them.
 */
export const rotatedQuadratic = quadratic({
  A: [
    [5.5, 4.5],
    [4.5, 5.5],
  ],
  name: "rotated quadratic",
});

/** x² − y²: a saddle at the origin, no minimum; GD started on the x-axis stalls there. */
export const saddle = quadratic({
  A: [
    [2, 0],
    [0, -2],
  ],
  name: "saddle",
  domain: [
    [-2, 2],
    [-2, 2],
  ],
});
