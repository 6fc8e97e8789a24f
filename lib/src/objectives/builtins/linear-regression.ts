import { parseOptions, requireBoolean, requirePoint, REQUIRED } from "../../errors";
import { batchCursor } from "../../random";
import { defineObjective, type ObjectiveParts } from "../define";
import type { Objective, Vector } from "../objective";
import {
  requireDomain,
  requireMatrix,
  requireName,
  requireVariables,
  squareDomain,
} from "../options";
import { latexName } from "../notation";
import { quadraticFacts } from "./quadratic";

export interface LinearRegressionOptions {
  /**
   * Features: m ≥ 1 rows of the same number of finite numbers, one row per example, or m finite
   * numbers when there is a single feature. Required.
   */
  X: readonly (readonly number[])[] | readonly number[];
  /** Targets: m finite numbers, one per example. Required. */
  y: readonly number[];
  /**
   * Prepends a column of ones, so the first parameter is the intercept b (y ≈ b + w·x): true or
   * false (default false).
   */
  fitIntercept?: boolean;
  /**
   * Parameter names: distinct identifiers, one per column (default "b", "w" (or "w1" …) with an
   * intercept, else "θ0", "θ1" …).
   */
  variables?: readonly string[];
  /** Display name: any string (default "linear regression"). */
  name?: string;
  /**
   * Plot range per parameter: pairs [min, max] with min < max (default the least-squares solution
   * ± 3, or [−5, 5] when XᵀX is singular).
   */
  domain?: readonly (readonly [number, number])[];
}

export interface StochasticOptions {
  /**
   * Examples per mini-batch: an integer from 1 to m. Required. The last batch of an epoch may be
   * smaller.
   */
  batchSize: number;
  /**
   * Seed of the shuffling: an integer from 0 to 2³² − 1 (default 0). The same seed gives the same
   * batches.
   */
  seed?: number;
}

/** Mean squared error of a linear model over a dataset. */
export interface LinearRegression extends Objective {
  /** The design matrix, one row per example (with the column of ones when fitting an intercept). */
  readonly X: readonly (readonly number[])[];
  readonly y: readonly number[];
  /** The Hessian XᵀX/m, the same at every θ. */
  hessian(theta: Vector): number[][];
  /** L, the largest eigenvalue of XᵀX/m: full-batch GD converges exactly when 0 < lr < 2/L. */
  readonly smoothness: number;
  /**
   * The same loss over seeded mini-batches: each epoch shuffles the examples and `nextBatch()`
   * moves to the next `batchSize` of them. The first batch is drawn at once. Without `minima`:
   * each batch has its own minimizer.
   */
  stochastic(options: StochasticOptions): Objective;
}

/**
 * J(θ) = (1/2m)·Σᵢ (xᵢ·θ − yᵢ)² = (1/2m)·‖Xθ − y‖², with ∇J(θ) = (1/m)·Xᵀ(Xθ − y) and the
 * constant Hessian XᵀX/m. `minima` holds the least-squares solution when XᵀX is invertible.
 *
 * Example:
 *
 * ```ts
 * const J = objectives.linearRegression({ X: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [5, 7, 9, 11] });
 * J.value([0, 0]); // → 34.5
 * J.gradient([0, 0]); // → [-22.5, -30.5]
 * J.minima; // → [[-1, 3]] (up to rounding)
 * const line = objectives.linearRegression({ X: [0, 1, 2], y: [1, 3, 5], fitIntercept: true });
 * line.variables; // → ["b", "w"]
 * line.value([1, 2]); // → 0
 * const batches = line.stochastic({ batchSize: 2, seed: 1 });
 * batches.name; // → "linear regression (mini-batches of 2, seed 1)"
 * ```
 */
export function linearRegression(options: LinearRegressionOptions): LinearRegression {
  // parseOptions checks in the table's order: X fixes m (examples) and n (parameters: one per
  // column, and the intercept), which y, variables and domain must fit.
  let m = 0;
  let n = 0;
  const parsed = parseOptions(
    "linearRegression",
    options,
    {
      X: [
        REQUIRED,
        (parameter, X) => {
          const rows = requireFeatures(parameter, X);
          m = rows.length;
          n = rows[0].length;
          return rows;
        },
      ],
      y: [REQUIRED, (parameter, y) => requirePoint(y, m, parameter)],
      fitIntercept: [
        false,
        (parameter, fitIntercept) => {
          if (requireBoolean(parameter, fitIntercept)) n += 1;
          return fitIntercept;
        },
      ],
      variables: [undefined, (_, variables) => requireVariables(variables, n)],
      name: [undefined, requireName],
      domain: [undefined, (_, domain) => requireDomain(domain, n)],
    },
    "{ X: [[1, 2], [2, 3]], y: [5, 7] }",
  );
  const { fitIntercept } = parsed;
  const features = parsed.X as number[][];
  const X = fitIntercept ? features.map((row) => [1, ...row]) : features;
  const y = [...parsed.y];
  const variables = parsed.variables ?? defaultParameters(n, fitIntercept);

  // J(θ) = ½θᵀ(XᵀX/m)θ − (Xᵀy/m)ᵀθ + const, so the quadratic's facts apply.
  const gram = variables.map((_, j) => variables.map((__, k) => mean(X, (row) => row[j] * row[k])));
  const moment = variables.map((_, j) => mean(X, (row, i) => row[j] * y[i]));
  const { smoothness, minima } = quadraticFacts(
    gram,
    moment.map((v) => -v),
  );
  const domain =
    parsed.domain ?? minima?.[0].map((v) => [v - 3, v + 3] as const) ?? squareDomain(n, -5, 5);

  const design = Float64Array.from(X.flat());
  const targets = Float64Array.from(y);
  const everyExample = Int32Array.from(y, (_, i) => i);
  /** Value and gradient over the examples `batch()` returns at the time of the call. */
  const meanSquaredError = (
    batch: () => Int32Array,
  ): Pick<ObjectiveParts, "value" | "gradient"> => ({
    value(theta) {
      const rows = batch();
      let sum = 0;
      for (const r of rows) {
        const residual = predict(design, theta, r, n) - targets[r];
        sum += residual * residual;
      }
      return sum / (2 * rows.length);
    },
    gradient(theta, out) {
      const rows = batch();
      out.fill(0);
      for (const r of rows) {
        const residual = predict(design, theta, r, n) - targets[r];
        for (let j = 0; j < n; j++) out[j] += residual * design[r * n + j];
      }
      for (let j = 0; j < n; j++) out[j] /= rows.length;
      return out;
    },
  });

  const name = parsed.name ?? "linear regression";
  // Shared with the mini-batch losses, which have no known minimizer of their own.
  const description = { variables, ...formulas(variables, fitIntercept, m), domain };
  const fullBatch = defineObjective({
    name,
    ...description,
    minima,
    ...meanSquaredError(() => everyExample),
    smoothness,
    hessian: () => gram.map((row) => [...row]),
  });
  return {
    ...fullBatch,
    smoothness,
    X,
    y,
    stochastic(stochasticOptions) {
      const { batchSize, seed, batch, nextBatch } = batchCursor(
        stochasticOptions,
        m,
        "examples",
        "{ batchSize: 2 }",
      );
      const stochastic = defineObjective({
        name: `${name} (mini-batches of ${batchSize}, seed ${seed})`,
        ...description,
        ...meanSquaredError(batch),
      });
      return { ...stochastic, nextBatch };
    },
  };
}

/** Features as rows of finite numbers: one number per example is a row of one feature. */
function requireFeatures(parameter: string, X: LinearRegressionOptions["X"]): number[][] {
  const singleFeature = Array.isArray(X) && !X.some(Array.isArray);
  return requireMatrix(
    parameter,
    singleFeature
      ? (X as readonly number[]).map((v) => [v])
      : (X as readonly (readonly number[])[]),
  );
}

/** xᵢ·θ for row `r` of the flat design matrix with `n` columns. */
function predict(design: Float64Array, theta: Vector, r: number, n: number): number {
  let sum = 0;
  for (let j = 0; j < n; j++) sum += design[r * n + j] * theta[j];
  return sum;
}

/** (1/m)·Σᵢ term(rowᵢ, i). */
function mean(rows: readonly number[][], term: (row: number[], i: number) => number): number {
  return rows.reduce((sum, row, i) => sum + term(row, i), 0) / rows.length;
}

function defaultParameters(n: number, fitIntercept: boolean): string[] {
  if (!fitIntercept) return Array.from({ length: n }, (_, j) => `θ${j}`);
  return n === 2 ? ["b", "w"] : ["b", ...Array.from({ length: n - 1 }, (_, j) => `w${j + 1}`)];
}

/** The loss as text and LaTeX, e.g. "(1/(2m)) Σᵢ (b + w·xᵢ - yᵢ)^2, m = 20". */
function formulas(variables: readonly string[], fitIntercept: boolean, m: number) {
  const [first, ...rest] = variables;
  const tuple = (names: readonly string[], latex: boolean) => {
    const shown = latex ? names.map(latexName) : names;
    return shown.length === 1 ? shown[0] : `(${shown.join(", ")})`;
  };
  const text = fitIntercept
    ? `${first} + ${rest.length === 1 ? `${rest[0]}·xᵢ` : `xᵢ·${tuple(rest, false)}`}`
    : `xᵢ·${tuple(variables, false)}`;
  const latex = fitIntercept
    ? `${latexName(first)} + ${rest.length === 1 ? `${latexName(rest[0])}\\,x_i` : `x_i^\\top ${tuple(rest, true)}`}`
    : `x_i^\\top ${tuple(variables, true)}`;
  return {
    formula: `(1/(2m)) Σᵢ (${text} - yᵢ)^2, m = ${m}`,
    latex: `\\frac{1}{2m}\\sum_{i=1}^{m}\\left(${latex} - y_i\\right)^2,\\quad m = ${m}`,
  };
}
