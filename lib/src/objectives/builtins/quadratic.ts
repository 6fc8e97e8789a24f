import { invalid, parseOptions, requireFinite, requirePoint, REQUIRED } from "../../errors";
import { defineObjective } from "../define";
import { solve, symmetricEigenvalues } from "../linear-algebra";
import type { Objective } from "../objective";
import {
  defaultVariables,
  requireDomain,
  requireMatrix,
  requireName,
  requireVariables,
  squareDomain,
} from "../options";
import { latexName, polynomial } from "../notation";

export interface QuadraticOptions {
  /** The Hessian: a symmetric n × n matrix of finite numbers, n ≥ 1, given as rows. Required. */
  A: readonly (readonly number[])[];
  /** The linear term: n finite numbers (default all zeros). */
  b?: readonly number[];
  /** The constant term: a finite number (default 0). */
  c?: number;
  /** Names of the n variables: distinct identifiers (default x, y, z for n ≤ 3, else x1 … xn). */
  variables?: readonly string[];
  /** Display name: any string (default the formula, e.g. "0.1x^2 + 2y^2"). */
  name?: string;
  /** Plot range per variable: n pairs [min, max] with min < max (default [−5, 5] for each). */
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
 * Example:
 *
 * ```ts
 * const f = objectives.quadratic({ A: [[0.2, 0], [0, 4]] });
 * f.formula; // → "0.1x^2 + 2y^2"
 * f.value([1, 1]); // → 2.1
 * f.gradient([1, 1]); // → [0.2, 4]
 * f.smoothness; // → 4
 * f.minima; // → [[0, 0]]
 * objectives.quadratic({ A: [[6]], b: [-3], c: 4 }).minima; // → [[0.5]]
 * ```
 */
export function quadratic(options: QuadraticOptions): Objective {
  // parseOptions checks in the table's order: A fixes n, which b, variables and domain must fit.
  let dim = 0;
  const parsed = parseOptions(
    "quadratic",
    options,
    {
      A: [
        REQUIRED,
        (parameter, A) => {
          const symmetric = requireSymmetric(parameter, A);
          dim = symmetric.length;
          return symmetric;
        },
      ],
      b: [undefined, (parameter, b) => requirePoint(b, dim, parameter)],
      c: [0, requireFinite],
      variables: [undefined, (_, variables) => requireVariables(variables, dim)],
      name: [undefined, requireName],
      domain: [undefined, (_, domain) => requireDomain(domain, dim)],
    },
    "{ A: [[0.2, 0], [0, 4]] }",
  );
  const { A, c } = parsed;
  const b = parsed.b === undefined ? new Array<number>(dim).fill(0) : [...parsed.b];
  const variables = parsed.variables ?? defaultVariables(dim);

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
    name: parsed.name ?? text,
    variables,
    formula: text,
    latex: formula(
      (v) => `${v}^2`,
      (v, w) => `${v} ${w}`,
      latexName,
    ),
    domain: parsed.domain ?? squareDomain(dim, -5, 5),
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

/** A symmetric square matrix of finite numbers, copied. */
function requireSymmetric(parameter: string, matrix: QuadraticOptions["A"]): number[][] {
  const A = requireMatrix(parameter, matrix);
  // requireMatrix makes every row as wide as the first.
  if (A[0].length !== A.length) throw invalid(parameter, "a square matrix", matrix);
  A.forEach((row, i) => {
    row.forEach((entry, j) => {
      if (entry !== A[j][i]) {
        throw invalid(parameter, `a symmetric matrix (A[${i}][${j}] = A[${j}][${i}])`, matrix);
      }
    });
  });
  return A;
}

/**
 * x² + y², the round bowl: every direction has curvature 2, so GD heads straight to 0.
 *
 * Example:
 *
 * ```ts
 * objectives.bowl.value([1, 2]); // → 5
 * objectives.bowl.gradient([1, 2]); // → [2, 4]
 * objectives.bowl.smoothness; // → 2
 * ```
 */
export const bowl = quadratic({
  A: [
    [2, 0],
    [0, 2],
  ],
  name: "bowl",
});

/**
 * 0.1x² + 2y²: condition number 40, so a rate stable along y (< 0.5) crawls along x.
 *
 * Example:
 *
 * ```ts
 * objectives.illConditioned.formula; // → "0.1x^2 + 2y^2"
 * objectives.illConditioned.gradient([1, 1]); // → [0.2, 4]
 * 2 / objectives.illConditioned.smoothness!; // → 0.5 (the largest stable rate)
 * ```
 */
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
 *
 * Example:
 *
 * ```ts
 * objectives.rotatedQuadratic.formula; // → "2.75x^2 + 4.5x*y + 2.75y^2"
 * objectives.rotatedQuadratic.gradient([1, -1]); // → [1, -1] (curvature 1 along y = −x)
 * objectives.rotatedQuadratic.smoothness; // → 10
 * ```
 */
export const rotatedQuadratic = quadratic({
  A: [
    [5.5, 4.5],
    [4.5, 5.5],
  ],
  name: "rotated quadratic",
});

/**
 * x² − y²: a saddle at the origin, no minimum; GD started on the x-axis stalls there.
 *
 * Example:
 *
 * ```ts
 * objectives.saddle.gradient([1, 1]); // → [2, -2]
 * objectives.saddle.minima; // → undefined
 * objectives.saddle.domain; // → [[-2, 2], [-2, 2]]
 * ```
 */
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
