import { invalid } from "../errors";
import type { Vector } from "./objective";

/**
 * Checks that `x` holds `dim` finite numbers, in O(dim). Every `value`, `gradient` and `hessian`
 * calls it first, so bad input is an error that names `x`, never a NaN that spreads.
 */
export function requirePoint(x: Vector, dim: number, parameter = "x"): void {
  if (x == null || typeof x !== "object" || x.length !== dim) {
    throw invalid(parameter, `an array of ${dim} finite number${dim === 1 ? "" : "s"}`, x);
  }
  for (let i = 0; i < dim; i++) {
    if (!Number.isFinite(x[i])) throw invalid(`${parameter}[${i}]`, "a finite number", x[i]);
  }
}

/** The array `gradient` writes into: `out` when given (it must have length `dim`), else a new one. */
export function gradientOutput(out: Float64Array | undefined, dim: number): Float64Array {
  if (out === undefined) return new Float64Array(dim);
  if (!(out instanceof Float64Array) || out.length !== dim) {
    throw invalid("out", `a Float64Array of length ${dim}`, out);
  }
  return out;
}
