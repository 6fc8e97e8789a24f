/** A point in parameter space: a plain array or a Float64Array of length `dim`. */
export type Vector = ArrayLike<number>;

/** A differentiable function to minimize. Every built-in and every parsed expression is one. */
export interface Objective {
  /** Short display name, e.g. "rosenbrock" or the expression text. */
  readonly name: string;
  /** Number of parameters. */
  readonly dim: number;
  /** Parameter names in order, e.g. ["x", "y"]. */
  readonly variables: readonly string[];
  /** f(x). */
  value(x: Vector): number;
  /** ∇f(x); writes into `out` when given (and returns it), else into a new array. */
  gradient(x: Vector, out?: Float64Array): Float64Array;
  /** The formula as plain text, e.g. "x^2 + 2y^2". */
  readonly formula: string;
  /** The formula as LaTeX, without surrounding dollar signs. */
  readonly latex: string;
  /** Known global minimizers, when known. */
  readonly minima?: readonly (readonly number[])[];
  /** 1-D objectives with several minima: every local minimizer inside `domain`, in increasing order. */
  readonly localMinima?: readonly number[];
  /** Suggested plot range for each variable, [min, max]. */
  readonly domain: readonly (readonly [number, number])[];
  /** The Hessian at x, where it is known in closed form. */
  hessian?(x: Vector): number[][];
  /**
   * L, the largest Hessian eigenvalue in absolute value, on quadratics (constant Hessian): plain
   * gradient descent is stable exactly when 0 < lr < 2/L.
   */
  readonly smoothness?: number;
  /**
   * Stochastic objectives only: draws the next mini-batch. `value` and `gradient` use the current
   * batch until this is called again. The runner calls it once before each step.
   */
  nextBatch?(): void;
}
