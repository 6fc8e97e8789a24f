import { outputError } from "../errors";

/** The array `gradient` writes into: `out` when given (it must have length `dim`), else a new one. */
export function gradientOutput(out: Float64Array | undefined, dim: number): Float64Array {
  if (out === undefined) return new Float64Array(dim);
  if (!(out instanceof Float64Array) || out.length !== dim) throw outputError(out, dim);
  return out;
}
