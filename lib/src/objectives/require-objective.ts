import { invalid, LrlabError } from "../errors";
import type { Objective } from "./objective";

/**
 * Checks an argument that must be an Objective (a positive integer `dim`, `value` and `gradient`
 * functions), naming `parameter` otherwise. A function gets a hint: objectives such as
 * objectives.xCos are made by calling a factory.
 */
export function requireObjective(objective: unknown, parameter = "objective"): Objective {
  const candidate = objective as Partial<Objective> | null | undefined;
  const ok =
    candidate != null &&
    typeof candidate === "object" &&
    Number.isInteger(candidate.dim) &&
    (candidate.dim as number) > 0 &&
    typeof candidate.value === "function" &&
    typeof candidate.gradient === "function";
  if (ok) return objective as Objective;
  const error = invalid(
    parameter,
    'an Objective such as objectives.rosenbrock or fromExpression("x^2"), with dim, value and gradient',
    objective,
  );
  if (typeof objective !== "function") throw error;
  throw new LrlabError(`${error.message}: call the function to make the objective`);
}

/** Checks what a custom objective's gradient returned: an array of `dim` numbers. */
export function requireGradientShape<G>(gradient: G, dim: number): G {
  if ((gradient as ArrayLike<number> | undefined)?.length !== dim) {
    const accepted = `an array of ${dim} number${dim === 1 ? "" : "s"}`;
    throw invalid("objective.gradient(x)", accepted, gradient);
  }
  return gradient;
}
