import { invalid, requireBoolean, requireOptions, requirePositiveInteger } from "../../errors";
import { miniBatches } from "../../random";
import { defineObjective, type ObjectiveParts } from "../define";
import type { Objective, Vector } from "../objective";
import { requireDomain, requireMatrix, requireVariables, squareDomain } from "../options";
import { latexName } from "../notation";
import { requirePoint } from "../point";
import { quadraticFacts } from "./quadratic";

export interface LinearRegressionOptions {
  /** Features: one row per example, or one number per example when there is a single feature. */
  X: readonly (readonly number[])[] | readonly number[];
  /** Targets, one per example. */
  y: readonly number[];
  /** Prepends a column of ones, so the first parameter is the intercept b (y ≈ b + w·x). */
  fitIntercept?: boolean;
  /** Parameter names: "b", "w" (or "w1" …) with an intercept, else "θ0", "θ1" … by default. */
  variables?: readonly string[];
  /** Display name; "linear regression" by default. */
  name?: string;
  /** Plot range per parameter; the least-squares solution ± 3 by default. */
  domain?: readonly (readonly [number, number])[];
}

export interface StochasticOptions {
  /** Examples per mini-batch, 1 … m; the last batch of an epoch may be smaller. */
  batchSize: number;
  /** Seed of the shuffling; 0 by default. The same seed gives the same batches. */
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
 * Example (seed 003):
 *
 *     const J = linearRegression({ X: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [5, 7, 9, 11] });
 *     J.value([0, 0]);    // 34.5
 *     J.gradient([0, 0]); // Float64Array [-22.5, -30.5]
 *     J.minima;           // [[-1, 3]] (up to rounding)
 */
export function linearRegression(options: LinearRegressionOptions): LinearRegression {
  requireOptions(
    "linearRegression",
    options,
    ["X", "y", "fitIntercept", "variables", "name", "domain"],
    "{ X: [[1, 2], [2, 3]], y: [5, 7] }",
  );
  const singleFeature = Array.isArray(options.X) && !options.X.some(Array.isArray);
  const features = requireMatrix(
    "X",
    singleFeature ? (options.X as readonly number[]).map((v) => [v]) : (options.X as number[][]),
  );
  const m = features.length;
  requirePoint(options.y, m, "y");
  const y = [...options.y];
  const fitIntercept = requireBoolean("fitIntercept", options.fitIntercept ?? false);
  const X = fitIntercept ? features.map((row) => [1, ...row]) : features;
  const n = X[0].length;
  const variables =
    options.variables === undefined
      ? defaultParameters(n, fitIntercept)
      : requireVariables(options.variables, n);

  // J(θ) = ½θᵀ(XᵀX/m)θ − (Xᵀy/m)ᵀθ + const, so the quadratic's facts apply.
  const gram = variables.map((_, j) => variables.map((__, k) => mean(X, (row) => row[j] * row[k])));
  const moment = variables.map((_, j) => mean(X, (row, i) => row[j] * y[i]));
  const { smoothness, minima } = quadraticFacts(
    gram,
    moment.map((v) => -v),
  );
  const domain =
    options.domain !== undefined
      ? requireDomain(options.domain, n)
      : (minima?.[0].map((v) => [v - 3, v + 3] as const) ?? squareDomain(n, -5, 5));

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

  const name = options.name ?? "linear regression";
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
      const { batchSize, seed = 0 } = requireOptions(
        "stochastic",
        stochasticOptions,
        ["batchSize", "seed"],
        "{ batchSize: 2 }",
      );
      requirePositiveInteger("batchSize", batchSize);
      if (batchSize > m)
        throw invalid("batchSize", `an integer from 1 to ${m} (the examples)`, batchSize);
      const batches = miniBatches(m, batchSize, seed);
      let batch = batches.next();
      const nextBatch = () => {
        batch = batches.next();
      };
      const stochastic = defineObjective({
        name: `${name} (mini-batches of ${batchSize}, seed ${seed})`,
        ...description,
        ...meanSquaredError(() => batch),
      });
      return { ...stochastic, nextBatch };
    },
  };
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
