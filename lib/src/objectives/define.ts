import { gradientOutput, requirePoint } from "./point";
import type { Objective, Vector } from "./objective";

/** An objective as a built-in writes it: `value`, `gradient` and `hessian` may trust their input. */
export interface ObjectiveParts extends Omit<Objective, "dim" | "value" | "gradient" | "hessian"> {
  value(x: Vector): number;
  gradient(x: Vector, out: Float64Array): Float64Array;
  hessian?(x: Vector): number[][];
}

/** Adds the input checks (length, finiteness, `out`) and `dim` to hand-written parts. */
export function defineObjective(parts: ObjectiveParts): Objective {
  const { value, gradient, hessian, ...description } = parts;
  const dim = parts.variables.length;
  return {
    ...description,
    dim,
    value(x) {
      requirePoint(x, dim);
      return value(x);
    },
    gradient(x, out) {
      requirePoint(x, dim);
      return gradient(x, gradientOutput(out, dim));
    },
    ...(hessian && {
      hessian(x: Vector) {
        requirePoint(x, dim);
        return hessian(x);
      },
    }),
  };
}
