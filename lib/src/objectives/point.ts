import { invalid, type LrlabError } from "../errors";
import type { Vector } from "./objective";

/** Why `x` is not `dim` finite numbers, or undefined when it is. O(dim). */
export function pointError(x: Vector, dim: number, parameter = "x"): LrlabError | undefined {
  if (x == null || typeof x !== "object" || x.length !== dim) {
    return invalid(parameter, `an array of ${dim} finite number${dim === 1 ? "" : "s"}`, x);
  }
  for (let i = 0; i < dim; i++) {
    if (!Number.isFinite(x[i])) return invalid(`${parameter}[${i}]`, "a finite number", x[i]);
  }
  return undefined;
}

/**
 * Checks that `x` holds `dim` finite numbers. Every `value`, `gradient` and `hessian` checks its
 * input first, so bad input is an error that names `x`, never a NaN that spreads.
 */
export function requirePoint(x: Vector, dim: number, parameter = "x"): void {
  const error = pointError(x, dim, parameter);
  if (error !== undefined) throw error;
}

/** The error for an `out` array that is not a Float64Array of length `dim`. */
export function outputError(out: unknown, dim: number): LrlabError {
  return invalid("out", `a Float64Array of length ${dim}`, out);
}

/** The array `gradient` writes into: `out` when given (it must have length `dim`), else a new one. */
export function gradientOutput(out: Float64Array | undefined, dim: number): Float64Array {
  if (out === undefined) return new Float64Array(dim);
  if (!(out instanceof Float64Array) || out.length !== dim) throw outputError(out, dim);
  return out;
}
