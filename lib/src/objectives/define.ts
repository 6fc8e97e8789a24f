import { pointError } from "../errors";
import { gradientOutput } from "./point";
import type { Objective, Vector } from "./objective";

/** An objective as a built-in writes it: `value`, `gradient` and `hessian` may trust their input. */
export interface ObjectiveParts extends Omit<Objective, "dim" | "value" | "gradient" | "hessian"> {
  value(x: Vector): number;
  gradient(x: Vector, out: Float64Array): Float64Array;
  hessian?(x: Vector): number[][];
}

/**
 * Adds the input checks (length, finiteness, `out`) and `dim` to parts that trust their input:
 * the built-ins' hand-written ones and `fromExpression`'s generated ones.
 */
export function defineObjective(
  parts: ObjectiveParts & Pick<Required<ObjectiveParts>, "hessian">,
): Objective & Pick<Required<Objective>, "hessian">;
export function defineObjective(parts: ObjectiveParts): Objective;
export function defineObjective(parts: ObjectiveParts): Objective {
  const { value, gradient, hessian, ...description } = parts;
  const dim = parts.variables.length;
  return {
    ...description,
    dim,
    value(x) {
      checkPoint(x, dim);
      return value(x);
    },
    gradient(x, out) {
      checkPoint(x, dim);
      return gradient(x, gradientOutput(out, dim));
    },
    ...(hessian && {
      hessian(x: Vector) {
        checkPoint(x, dim);
        return hessian(x);
      },
    }),
  };
}

/**
 * Throws `pointError` unless `x` holds `dim` finite numbers: `requirePoint` on the hot path. It
 * runs on every call, so it is apart from `requirePoint`, which also checks option arrays: V8 then
 * sees only points here and keeps the check to a few nanoseconds (about half of requirePoint's).
 */
function checkPoint(x: Vector, dim: number): void {
  if (x == null || x.length !== dim) throw pointError(x, dim);
  for (let i = 0; i < dim; i++) if (!Number.isFinite(x[i])) throw pointError(x, dim);
}
